#pragma once

#include "SecretDialog.h"

// The one-time password an administrator gives a new user or a user whose password was reset,
// shown the one time it can be seen (SecretDialog's parts named oneTimePassword*).
class OneTimePasswordDialog : public SecretDialog
{
    Q_OBJECT

public:
    OneTimePasswordDialog(const QString &username, const QString &password,
                          QWidget *parent = nullptr);

protected:
    Texts translatedTexts() const override { return texts(m_username); }

private:
    static Texts texts(const QString &username);

    QString m_username; // named in the texts, which are built again after a language change
};
