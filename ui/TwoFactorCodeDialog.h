#pragma once

#include "TwoFactorService.h"

#include <QDialog>

#include <QStringList>
#include <functional>

class ErrorPanel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Asks for a current code before a sensitive two-factor change, says what the change does, sends
// it through TwoFactorService and stays open on a refusal (wrong code with the attempts left, a
// reused code, the lockout with its end), showing why under the field, so the user can try
// again. Closes (accepted) when the server agreed.
class TwoFactorCodeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        RegenerateBackupCodes, // a TOTP code
        Disable,               // a TOTP code or an unused backup code
    };

    TwoFactorCodeDialog(TwoFactorService *service, Purpose purpose, QWidget *parent = nullptr);

    Purpose purpose() const { return m_purpose; }
    // Whether `typed` has the shape the purpose accepts (6 digits; or a backup code for Disable).
    static bool looksLikeCode(const QString &typed, Purpose purpose);

    // Ignored while the server checks: new backup codes that arrive after the dialog closed would
    // never be shown.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

signals:
    void backupCodesRegenerated(const QStringList &codes);
    void twoFactorDisabled();

private:
    void retranslateUi();
    void submit();
    // Grows the dialog to the height its wrapped text needs at its width: a top-level window does
    // not follow its labels' height-for-width by itself, and would clip the explanation or an
    // error shown later.
    void fitToContents();
    void setBusy(bool busy);
    void updateButtons();
    void onFailed(TwoFactorService::Action action, const ApiError &error);
    TwoFactorService::Action action() const;

    TwoFactorService *m_service;
    Purpose m_purpose;
    QLabel *m_explanation;
    QLabel *m_codeLabel;
    QLineEdit *m_codeEdit;
    std::function<void()> m_renderError; // the last refusal, rendered again in a new language
    ErrorPanel *m_errorPanel;
    QProgressBar *m_progressBar;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirmButton;
    QPushButton *m_cancelButton;
    bool m_busy = false;
};
