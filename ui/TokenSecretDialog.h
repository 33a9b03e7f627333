#pragma once

#include "SecretDialog.h"

// A new personal access token's secret, shown the one time it can be seen (SecretDialog's
// parts named tokenSecret*).
class TokenSecretDialog : public SecretDialog
{
    Q_OBJECT

public:
    TokenSecretDialog(const QString &tokenName, const QString &secret, QWidget *parent = nullptr);

protected:
    Texts translatedTexts() const override { return texts(m_tokenName); }

private:
    static Texts texts(const QString &tokenName);

    QString m_tokenName; // named in the texts, which are built again after a language change
};
