#pragma once

#include "TwoFactorService.h"

#include <QWizardPage>

#include <functional>

class ErrorPanel;
class QLabel;
class QProgressBar;
class QPushButton;
class QrCodeWidget;

// The setup wizard's first page: asks the server for the key (a pending setup keeps its key),
// then shows it as a QR code, as text in blocks of four with Copy, and its parameters in words,
// with short instructions. Complete once the key is there.
class TwoFactorScanPage : public QWizardPage
{
    Q_OBJECT

public:
    // `resumed`: a setup was started earlier and not finished, so the key is the one the user
    // may already have added to their app; the page says so.
    TwoFactorScanPage(TwoFactorService *service, bool resumed, QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override;

    bool hasSetup() const { return m_setup.isValid(); }
    TwoFactorSetup setup() const { return m_setup; }
    QrCodeWidget *qrCode() const { return m_qrCode; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void requestSetup();
    void showSetup(const TwoFactorSetup &setup);
    void copyKey();

    TwoFactorService *m_service;
    TwoFactorSetup m_setup;
    bool m_requested = false;
    QProgressBar *m_progressBar;
    ErrorPanel *m_errorPanel;
    QWidget *m_content;
    QrCodeWidget *m_qrCode;
    QLabel *m_keyLabel;
    QPushButton *m_copyKeyButton;
    QLabel *m_parametersLabel;
    QLabel *m_instructions;
    QLabel *m_resumedLabel;
    QLabel *m_keyCaption;
    QPushButton *m_retryButton;
    bool m_copied = false;               // Copy Key says "Copied" for two seconds
    std::function<void()> m_renderError; // the last failure, rendered again in a new language
};
