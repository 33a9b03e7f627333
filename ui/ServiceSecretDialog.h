#pragma once

#include "SecretDialog.h"

// A service client's secret (new, or rotated), shown the one time it can be seen, with its
// client id beside it in the texts (SecretDialog's parts named serviceSecret*).
class ServiceSecretDialog : public SecretDialog
{
    Q_OBJECT

public:
    ServiceSecretDialog(const QString &clientName, const QString &clientId, const QString &secret,
                        QWidget *parent = nullptr);

protected:
    Texts translatedTexts() const override { return texts(m_clientName, m_clientId); }

private:
    static Texts texts(const QString &clientName, const QString &clientId);

    QString m_clientName;
    QString m_clientId;
};
