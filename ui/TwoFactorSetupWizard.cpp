#include "TwoFactorSetupWizard.h"

#include "BackupCodeSheet.h"
#include "BackupCodesView.h"
#include "TwoFactorBackupCodesPage.h"
#include "TwoFactorScanPage.h"
#include "TwoFactorService.h"
#include "TwoFactorVerifyPage.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>

TwoFactorSetupWizard::TwoFactorSetupWizard(TwoFactorService *service, QWidget *parent)
    : QWizard(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("twoFactorSetupWizard"));
    // The same look on every platform: macOS's style hides the page titles the steps rely on.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);

    const bool resumed = service->status() && service->status()->pending;
    m_scanPage = new TwoFactorScanPage(service, resumed, this);
    m_verifyPage = new TwoFactorVerifyPage(service, this);
    m_backupCodesPage = new TwoFactorBackupCodesPage(this);
    setPage(ScanPageId, m_scanPage);
    setPage(VerifyPageId, m_verifyPage);
    setPage(BackupCodesPageId, m_backupCodesPage);
    nameButtons();

    connect(m_service, &TwoFactorService::setupStarted, this,
            [this](const TwoFactorSetup &setup) { m_verifyPage->setDigits(setup.digits); });
    connect(m_verifyPage, &TwoFactorVerifyPage::confirmed, this,
            [this](const QStringList &codes, const QDateTime &enabledAt) {
                BackupCodeSheet sheet;
                sheet.account = m_service->accountName();
                sheet.server = m_service->serverUrl();
                sheet.createdAt = enabledAt.isValid() ? enabledAt : QDateTime::currentDateTimeUtc();
                sheet.codes = codes;
                m_backupCodesPage->setSheet(sheet);
            });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        // Two-factor authentication is on from here: leaving is Finish, after the codes are saved.
        setOption(QWizard::NoCancelButton, id == BackupCodesPageId);
    });
    resize(760, 560);
    retranslateUi();
}

void TwoFactorSetupWizard::retranslateUi()
{
    setWindowTitle(tr("Enable Two-Factor Authentication"));
    setAccessibleName(windowTitle());
    setButtonText(QWizard::CommitButton, tr("&Verify"));
    // QWizard does not retranslate its own Back, Next, Finish and Cancel on a language change
    // (it picks their texts once), so they are set here from Qt's catalogue (qtbase_<lang>.qm),
    // with the texts QWizard uses in the classic style. The context is a variable so that lupdate
    // leaves these Qt texts out of Tasklane's .ts files.
    static const char *const QtWizardContext = "QWizard";
    setButtonText(BackButton, QCoreApplication::translate(QtWizardContext, "< &Back"));
    setButtonText(NextButton, QCoreApplication::translate(QtWizardContext, "&Next >"));
    setButtonText(FinishButton, QCoreApplication::translate(QtWizardContext, "&Finish"));
    setButtonText(CancelButton, QCoreApplication::translate(QtWizardContext, "Cancel"));
    nameButtons(); // the buttons' accessible names
}

void TwoFactorSetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

bool TwoFactorSetupWizard::isEnabled() const
{
    return m_verifyPage->isConfirmed();
}

void TwoFactorSetupWizard::reject()
{
    // While the code is checked, the answer may turn two-factor authentication on; after that the
    // backup codes must not be thrown away by Escape or the window's close button.
    if (m_verifyPage->isChecking())
        return;
    if (isEnabled() && !m_backupCodesPage->view()->savedConfirmed())
        return;
    QWizard::reject();
}

void TwoFactorSetupWizard::nameButtons()
{
    const struct
    {
        WizardButton which;
        const char *name;
        const char *accessibleName;
    } buttons[] = {
        {BackButton, "twoFactorWizardBackButton", QT_TR_NOOP("Back")},
        {NextButton, "twoFactorWizardNextButton", QT_TR_NOOP("Next")},
        {CommitButton, "twoFactorWizardVerifyButton", QT_TR_NOOP("Verify the code")},
        {FinishButton, "twoFactorWizardFinishButton", QT_TR_NOOP("Finish")},
        {CancelButton, "twoFactorWizardCancelButton", QT_TR_NOOP("Cancel the setup")},
    };
    for (const auto &entry : buttons) {
        QAbstractButton *button = this->button(entry.which);
        button->setObjectName(QLatin1String(entry.name));
        button->setAccessibleName(tr(entry.accessibleName));
    }
}
