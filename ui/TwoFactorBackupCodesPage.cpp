#include "TwoFactorBackupCodesPage.h"

#include "BackupCodesView.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

TwoFactorBackupCodesPage::TwoFactorBackupCodesPage(QWidget *parent)
    : QWizardPage(parent)
    , m_intro(new QLabel(this))
    , m_view(new BackupCodesView(this))
{
    setObjectName(QStringLiteral("twoFactorBackupCodesPage"));
    setFinalPage(true);

    QLabel *intro = m_intro;
    intro->setObjectName(QStringLiteral("backupCodesIntroLabel"));
    intro->setWordWrap(true);

    connect(m_view, &BackupCodesView::savedConfirmedChanged, this,
            &TwoFactorBackupCodesPage::completeChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    retranslateUi();
}

void TwoFactorBackupCodesPage::retranslateUi()
{
    setTitle(tr("Save your backup codes"));
    m_intro->setText(
        tr("Two-factor authentication is on. If you lose your phone or cannot use the app, these "
           "backup codes are how you sign in: each one works once. They are shown only now, so "
           "save or print them and keep them somewhere safe."));
}

void TwoFactorBackupCodesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void TwoFactorBackupCodesPage::setSheet(const BackupCodeSheet &sheet)
{
    m_view->setSheet(sheet);
    emit completeChanged();
}

void TwoFactorBackupCodesPage::initializePage()
{
    m_view->focusSaveButton();
}

bool TwoFactorBackupCodesPage::isComplete() const
{
    return m_view->savedConfirmed();
}
