#include "OneTimePasswordDialog.h"

OneTimePasswordDialog::OneTimePasswordDialog(const QString &username, const QString &password,
                                             QWidget *parent)
    : SecretDialog(texts(username), password, parent)
    , m_username(username)
{}

SecretDialog::Texts OneTimePasswordDialog::texts(const QString &username)
{
    return {
        QStringLiteral("oneTimePassword"),
        tr("One-time password"),
        tr("Give %1 this one-time password").arg(username),
        tr("This is the only time it is shown: the server keeps only a hash of it. %1 signs in "
           "with it once and must then choose a new password before going on.")
            .arg(username),
        tr("Hand it over in person or through a channel only %1 can read, not in a shared chat "
           "or ticket.")
            .arg(username),
        tr("The one-time password"),
        tr("Copy the one-time password to the clipboard"),
        tr("I have &passed it on"),
        tr("Close: the one-time password has been passed on"),
    };
}
