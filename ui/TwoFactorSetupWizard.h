#pragma once

#include <QWizard>

class TwoFactorBackupCodesPage;
class TwoFactorScanPage;
class TwoFactorService;
class TwoFactorVerifyPage;

// Turning two-factor authentication on, in three steps: scan the QR code (or type the key),
// enter the first code, save the ten backup codes. Cancel before the code is accepted leaves
// two-factor authentication off; the server keeps the setup pending with the same key, and the
// next wizard says so. After the code is accepted there is no Back and no Cancel: the backup
// codes are shown this once, and Finish needs "I have saved these backup codes".
class TwoFactorSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ScanPageId, VerifyPageId, BackupCodesPageId };

    TwoFactorSetupWizard(TwoFactorService *service, QWidget *parent = nullptr);

    TwoFactorScanPage *scanPage() const { return m_scanPage; }
    TwoFactorVerifyPage *verifyPage() const { return m_verifyPage; }
    TwoFactorBackupCodesPage *backupCodesPage() const { return m_backupCodesPage; }
    // True once the server accepted the code (two-factor authentication is on).
    bool isEnabled() const;

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void nameButtons();

    TwoFactorService *m_service;
    TwoFactorScanPage *m_scanPage;
    TwoFactorVerifyPage *m_verifyPage;
    TwoFactorBackupCodesPage *m_backupCodesPage;
};
