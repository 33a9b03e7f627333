#pragma once

#include "BackupCodeSheet.h"

#include <QDialog>

class BackupCodesView;
class QLabel;
class QPushButton;

// New backup codes after "New backup codes…": the same view as the setup wizard's last page,
// closed with Done once the user has ticked that they saved them.
class BackupCodesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupCodesDialog(const BackupCodeSheet &sheet, QWidget *parent = nullptr);

    BackupCodesView *view() const { return m_view; }
    // Escape and the window's close button do nothing until the codes are saved: they are shown
    // this once.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    BackupCodesView *m_view;
    QPushButton *m_doneButton;
};
