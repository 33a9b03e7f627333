#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Shows a new token's secret the one time it can be seen: read-only and selectable, a Copy
// button, and a plain warning that it will not be shown again. The secret is wiped from the
// field when the dialog closes.
class TokenSecretDialog : public QDialog
{
    Q_OBJECT

public:
    TokenSecretDialog(const QString &tokenName, const QString &secret, QWidget *parent = nullptr);
    ~TokenSecretDialog() override;

    void done(int result) override;

private:
    QLineEdit *m_secretEdit;
    QPushButton *m_copyButton;
    QLabel *m_copiedLabel;
};
