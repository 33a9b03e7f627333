#include "TokenSecretDialog.h"

TokenSecretDialog::TokenSecretDialog(const QString &tokenName, const QString &secret,
                                     QWidget *parent)
    : SecretDialog(texts(tokenName), secret, parent)
    , m_tokenName(tokenName)
{}

SecretDialog::Texts TokenSecretDialog::texts(const QString &tokenName)
{
    return {
        QStringLiteral("tokenSecret"),
        tr("Your new token"),
        tr("Copy the token \u201c%1\u201d now").arg(tokenName),
        tr("This is the only time the token is shown. Tasklane and the server keep only a "
           "fingerprint of it, so nobody can show it to you again. Put it where your script or "
           "app will read it, or into a password manager. If you lose it, revoke it and create "
           "a new one."),
        tr("Anyone who has the token can use your tasks with the access you gave it: do not "
           "paste it into chats, tickets or email."),
        tr("The new token"),
        tr("Copy the token to the clipboard"),
        tr("I have &saved it"),
        tr("Close: the token has been saved"),
    };
}
