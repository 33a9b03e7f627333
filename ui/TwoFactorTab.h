#pragma once

#include "TwoFactorStatus.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ApiError;
class BackupCodesDialog;
class ErrorPanel;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class TwoFactorCodeDialog;
class TwoFactorService;
class TwoFactorSetupWizard;

// "Two-factor authentication" in the account security settings: the state in words (off, on
// since a date, a setup left unfinished), the backup codes left with a warning at
// TwoFactorStatus::LowBackupCodes or fewer, and the actions: Enable (the setup wizard), new
// backup codes and Disable (each after a code, in a small dialog), Refresh. Fetches the status
// the first time it is shown. Self-contained: give it the service; it can be shown on its own.
class TwoFactorTab : public QWidget
{
    Q_OBJECT

public:
    explicit TwoFactorTab(TwoFactorService *service, QWidget *parent = nullptr);

    void refresh();

    // The dialogs this tab has open, if any (for tests and for closing them with the tab).
    TwoFactorSetupWizard *setupWizard() const;
    TwoFactorCodeDialog *codeDialog() const;
    BackupCodesDialog *backupCodesDialog() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showStatus(const TwoFactorStatus &status);
    // The texts of the status shown (m_status), without touching the error panel.
    void renderStatus();
    void showLoadError(const ApiError &error);
    void setBusy(bool busy);
    void openWizard();
    void openCodeDialog(bool disabling);
    void showNewBackupCodes(const QStringList &codes);

    TwoFactorService *m_service;
    TwoFactorStatus m_status;            // the last shown, rendered again in a new language
    std::function<void()> m_renderError; // likewise the last load error
    QLabel *m_heading;
    QLabel *m_explanation;
    QLabel *m_stateLabel;
    QLabel *m_detailsLabel;
    QLabel *m_backupCodesLabel;
    QFrame *m_warningFrame;
    QLabel *m_warningLabel;
    QPushButton *m_enableButton;
    QPushButton *m_regenerateButton;
    QPushButton *m_disableButton;
    QPushButton *m_refreshButton;
    QProgressBar *m_progressBar;
    ErrorPanel *m_errorPanel;
    QPointer<TwoFactorSetupWizard> m_wizard;
    QPointer<TwoFactorCodeDialog> m_codeDialog;
    QPointer<BackupCodesDialog> m_backupCodesDialog;
};
