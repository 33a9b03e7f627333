#pragma once

#include "BackupCodeSheet.h"

#include <QWizardPage>

class BackupCodesView;
class QLabel;

// The setup wizard's last page: two-factor authentication is on; the ten backup codes in a
// BackupCodesView. Finish stays disabled until "I have saved these backup codes" is ticked.
class TwoFactorBackupCodesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TwoFactorBackupCodesPage(QWidget *parent = nullptr);

    void setSheet(const BackupCodeSheet &sheet);
    BackupCodesView *view() const { return m_view; }

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    BackupCodesView *m_view;
};
