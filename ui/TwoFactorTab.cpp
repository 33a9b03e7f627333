#include "TwoFactorTab.h"

#include "BackupCodeSheet.h"
#include "BackupCodesDialog.h"
#include "ErrorPanel.h"
#include "PageLayout.h"
#include "TwoFactorCodeDialog.h"
#include "TwoFactorService.h"
#include "TwoFactorSetupWizard.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *wrappedLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton *actionButton(const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(QLatin1String(objectName));
    button->setAutoDefault(false);
    return button;
}

} // namespace

TwoFactorTab::TwoFactorTab(TwoFactorService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_heading(new QLabel(this))
    , m_explanation(wrappedLabel("twoFactorExplanationLabel", this))
    , m_stateLabel(wrappedLabel("twoFactorStateLabel", this))
    , m_detailsLabel(wrappedLabel("twoFactorDetailsLabel", this))
    , m_backupCodesLabel(wrappedLabel("backupCodesRemainingLabel", this))
    , m_warningFrame(new QFrame(this))
    , m_warningLabel(wrappedLabel("backupCodesWarningLabel", m_warningFrame))
    , m_enableButton(actionButton("enableTwoFactorButton", this))
    , m_regenerateButton(actionButton("regenerateBackupCodesButton", this))
    , m_disableButton(actionButton("disableTwoFactorButton", this))
    , m_refreshButton(actionButton("refreshTwoFactorButton", this))
    , m_progressBar(
          PageLayout::createBusyBar(QStringLiteral("twoFactorProgressBar"), QString(), this))
    , m_errorPanel(new ErrorPanel(QStringLiteral("twoFactorError"), this))
{
    setObjectName(QStringLiteral("twoFactorTab"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(true);
    m_stateLabel->setFont(stateFont);

    // The warning: an icon and a sentence in a framed box, so it reads as one notice.
    m_warningFrame->setObjectName(QStringLiteral("backupCodesWarningFrame"));
    m_warningFrame->setFrameShape(QFrame::StyledPanel);
    auto *warningIcon = new QLabel(m_warningFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warningIcon->setPixmap(style()
                               ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                               .pixmap(iconSize, iconSize));
    auto *warningLayout = new QHBoxLayout(m_warningFrame);
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warningLabel, 1);
    m_warningFrame->hide();

    m_progressBar->hide();

    connect(m_enableButton, &QPushButton::clicked, this, &TwoFactorTab::openWizard);
    connect(m_regenerateButton, &QPushButton::clicked, this, [this] { openCodeDialog(false); });
    connect(m_disableButton, &QPushButton::clicked, this, [this] { openCodeDialog(true); });
    connect(m_refreshButton, &QPushButton::clicked, this, &TwoFactorTab::refresh);

    connect(m_service, &TwoFactorService::statusFetched, this, &TwoFactorTab::showStatus);
    connect(m_service, &TwoFactorService::busyChanged, this, &TwoFactorTab::setBusy);
    connect(m_service, &TwoFactorService::failed, this,
            [this](TwoFactorService::Action action, const ApiError &error) {
                // The dialogs show their own failures, where the user is looking.
                if (action == TwoFactorService::Action::FetchStatus)
                    showLoadError(error);
            });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_enableButton);
    buttons->addWidget(m_regenerateButton);
    buttons->addWidget(m_disableButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_backupCodesLabel);
    layout->addWidget(m_warningFrame);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_errorPanel);
    layout->addStretch();

    if (const auto status = m_service->status())
        showStatus(*status);
    else
        showStatus({}); // buttons off until the first answer
    m_enableButton->setEnabled(m_service->status().has_value());
    setBusy(m_service->isBusy());
    retranslateUi();
}

void TwoFactorTab::retranslateUi()
{
    setAccessibleName(tr("Two-factor authentication"));
    setWindowTitle(tr("Two-Factor Authentication"));
    m_heading->setText(tr("Two-factor authentication"));
    m_explanation->setText(
        tr("With two-factor authentication, signing in takes a code from an app on your phone as "
           "well as your password, so a stolen password alone does not open your account."));
    m_enableButton->setAccessibleName(tr("Enable two-factor authentication"));
    m_enableButton->setToolTip(tr("Set up an authenticator app and get backup codes"));
    m_regenerateButton->setText(tr("&New Backup Codes\u2026"));
    m_regenerateButton->setAccessibleName(tr("Regenerate backup codes"));
    m_regenerateButton->setToolTip(
        tr("Make ten new backup codes; the ones you have now stop working"));
    m_disableButton->setText(tr("&Disable Two-Factor Authentication\u2026"));
    m_disableButton->setAccessibleName(tr("Disable two-factor authentication"));
    m_disableButton->setToolTip(tr("Sign in with your password alone again"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setAccessibleName(tr("Refresh the two-factor status"));
    m_progressBar->setAccessibleName(tr("Talking to the server"));
    renderStatus(); // the state, details, backup code lines and the Enable button's text
    if (!m_errorPanel->isHidden() && m_renderError)
        m_renderError();
}

void TwoFactorTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

TwoFactorSetupWizard *TwoFactorTab::setupWizard() const
{
    return m_wizard;
}

TwoFactorCodeDialog *TwoFactorTab::codeDialog() const
{
    return m_codeDialog;
}

BackupCodesDialog *TwoFactorTab::backupCodesDialog() const
{
    return m_backupCodesDialog;
}

void TwoFactorTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Every time it is opened or chosen: the state may have changed on another device.
    if (!event->spontaneous() && !m_service->isBusy())
        refresh();
}

void TwoFactorTab::refresh()
{
    m_errorPanel->clear();
    m_service->fetchStatus();
}

void TwoFactorTab::showStatus(const TwoFactorStatus &status)
{
    m_status = status;
    m_errorPanel->clear();
    renderStatus();
}

void TwoFactorTab::renderStatus()
{
    const TwoFactorStatus &status = m_status;
    const bool known = m_service->status().has_value();
    if (!known) {
        m_stateLabel->setText(tr("Checking two-factor authentication\u2026"));
        m_detailsLabel->clear();
    } else if (status.enabled) {
        m_stateLabel->setText(tr("Two-factor authentication is on."));
        m_detailsLabel->setText(
            status.enabledAt.isValid()
                ? tr("On since %1. Signing in asks for a code from your authenticator app.")
                      .arg(QLocale().toString(status.enabledAt.toLocalTime().date(),
                                              QLocale::LongFormat))
                : tr("Signing in asks for a code from your authenticator app."));
    } else {
        m_stateLabel->setText(tr("Two-factor authentication is off."));
        m_detailsLabel->setText(
            status.pending
                ? tr("A setup was started and not finished, so it is still off. Continue Setup "
                     "picks it up with the same key.")
                : tr("Signing in needs only your password."));
    }
    m_detailsLabel->setVisible(!m_detailsLabel->text().isEmpty());

    m_backupCodesLabel->setVisible(known && status.enabled);
    if (status.backupCodesRemaining == 1)
        m_backupCodesLabel->setText(tr("1 unused backup code left."));
    else
        m_backupCodesLabel->setText(
            tr("%1 unused backup codes left.").arg(status.backupCodesRemaining));

    m_warningFrame->setVisible(known && status.backupCodesLow());
    const QString advice =
        tr("Make new ones now, so you can still sign in if you lose your phone.");
    if (status.backupCodesRemaining == 0)
        m_warningLabel->setText(tr("You have no backup codes left.") + QLatin1Char(' ') + advice);
    else if (status.backupCodesRemaining == 1)
        m_warningLabel->setText(tr("Only 1 backup code is left.") + QLatin1Char(' ') + advice);
    else
        m_warningLabel->setText(
            tr("Only %1 backup codes are left.").arg(status.backupCodesRemaining) +
            QLatin1Char(' ') + advice);
    m_warningLabel->setAccessibleName(m_warningLabel->text());

    m_enableButton->setText(status.pending ? tr("&Continue Setup\u2026")
                                           : tr("&Enable Two-Factor Authentication\u2026"));
    m_enableButton->setVisible(!status.enabled);
    m_regenerateButton->setVisible(status.enabled);
    m_disableButton->setVisible(status.enabled);
    setBusy(m_service->isBusy());
}

void TwoFactorTab::showLoadError(const ApiError &error)
{
    m_renderError = [this, error] {
        m_errorPanel->showMessage(tr("The two-factor status could not be loaded: %1")
                                      .arg(TwoFactorService::describeError(error)),
                                  error.requestId);
    };
    m_renderError();
}

void TwoFactorTab::setBusy(bool busy)
{
    m_progressBar->setVisible(busy);
    const bool known = m_service->status().has_value();
    for (QPushButton *button : {m_enableButton, m_regenerateButton, m_disableButton})
        button->setEnabled(known && !busy);
    m_refreshButton->setEnabled(!busy);
}

void TwoFactorTab::openWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new TwoFactorSetupWizard(m_service, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Finished or cancelled: a cancelled setup stays pending, which the status then says.
    connect(m_wizard, &QDialog::finished, this, &TwoFactorTab::refresh);
    m_wizard->open();
}

void TwoFactorTab::openCodeDialog(bool disabling)
{
    if (m_codeDialog) {
        m_codeDialog->raise();
        m_codeDialog->activateWindow();
        return;
    }
    m_codeDialog =
        new TwoFactorCodeDialog(m_service,
                                disabling ? TwoFactorCodeDialog::Purpose::Disable
                                          : TwoFactorCodeDialog::Purpose::RegenerateBackupCodes,
                                this);
    m_codeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_codeDialog, &TwoFactorCodeDialog::backupCodesRegenerated, this,
            &TwoFactorTab::showNewBackupCodes);
    m_codeDialog->open();
}

void TwoFactorTab::showNewBackupCodes(const QStringList &codes)
{
    BackupCodeSheet sheet;
    sheet.account = m_service->accountName();
    sheet.server = m_service->serverUrl();
    sheet.createdAt = QDateTime::currentDateTimeUtc();
    sheet.codes = codes;
    m_backupCodesDialog = new BackupCodesDialog(sheet, this);
    m_backupCodesDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_backupCodesDialog->open();
}
