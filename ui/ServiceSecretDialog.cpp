#include "ServiceSecretDialog.h"

ServiceSecretDialog::ServiceSecretDialog(const QString &clientName, const QString &clientId,
                                         const QString &secret, QWidget *parent)
    : SecretDialog(texts(clientName, clientId), secret, parent)
    , m_clientName(clientName)
    , m_clientId(clientId)
{}

SecretDialog::Texts ServiceSecretDialog::texts(const QString &clientName, const QString &clientId)
{
    return {
        QStringLiteral("serviceSecret"),
        tr("Service account secret"),
        tr("Copy the secret of \u201c%1\u201d now").arg(clientName),
        tr("This is the only time the secret is shown; the server keeps only a fingerprint of "
           "it. The service signs in with the client id %1 and this secret.")
            .arg(clientId),
        tr("Anyone who has the secret can use the owner's tasks with the scopes of this service "
           "account: keep it in the service's secret store, not in chats, tickets or email."),
        tr("The service account's secret"),
        tr("Copy the secret to the clipboard"),
        tr("I have &saved it"),
        tr("Close: the secret has been saved"),
    };
}
