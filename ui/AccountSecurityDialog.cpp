#include "AccountSecurityDialog.h"

#include "AppContext.h"
#include "NoticeBanners.h"
#include "NoticeService.h"
#include "PageLayout.h"
#include "PasskeyModel.h"
#include "PasskeyService.h"
#include "PasskeysTab.h"
#include "PasswordTab.h"
#include "PersonalTokenModel.h"
#include "PersonalTokensTab.h"
#include "SecurityLogModel.h"
#include "SecurityLogTab.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "SessionsTab.h"
#include "TwoFactorTab.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr int ClockTickMs = 60 * 1000;
} // namespace

AccountSecurityDialog::AccountSecurityDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_service(context.securityService())
    , m_banners(new NoticeBanners(context.noticeService(), this))
    , m_tabs(new QTabWidget(this))
    , m_passwordTab(new PasswordTab(m_service, context.session()->account().username, m_tabs))
    , m_tokensTab(new PersonalTokensTab(m_service, context.personalTokenModel(),
                                        context.session()->account().isAdmin, m_tabs))
    , m_sessionsTab(new SessionsTab(m_service, context.sessionModel(), m_tabs))
    , m_passkeysTab(new PasskeysTab(context.passkeyService(), context.passkeyModel(), m_tabs))
    , m_logTab(new SecurityLogTab(m_service, context.securityLogModel(), m_tabs))
    , m_busyBar(PageLayout::createBusyBar(QStringLiteral("securityBusyBar"), QString(), this))
    , m_busyLabel(new QLabel(this))
    , m_username(context.session()->account().username)
{
    setObjectName(QStringLiteral("accountSecurityDialog"));
    setModal(false);

    m_tabs->setObjectName(QStringLiteral("accountSecurityTabs"));
    // The tabs' texts and tooltips come in retranslateUi().
    m_tabs->addTab(m_passwordTab, QString());
    m_tabs->addTab(m_tokensTab, QString());
    m_tabs->addTab(m_sessionsTab, QString());
    m_tabs->addTab(m_passkeysTab, QString());
    m_tabs->addTab(m_logTab, QString());

    m_busyBar->setFixedWidth(90);
    m_busyBar->hide();
    m_busyLabel->setObjectName(QStringLiteral("securityBusyLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeAccountSecurityButton"));
    m_closeButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_busyBar);
    bottomRow->addWidget(m_busyLabel, 1);
    bottomRow->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banners);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottomRow);

    connect(m_service, &SecurityService::operationStarted, this,
            &AccountSecurityDialog::onOperationChanged);
    connect(m_service, &SecurityService::operationFinished, this,
            &AccountSecurityDialog::onOperationChanged);
    connect(context.passkeyService(), &PasskeyService::busyChanged, this,
            &AccountSecurityDialog::onOperationChanged);
    // The log shows what the other tabs just did when it is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_logTab)
            m_logTab->refresh();
    });

    // A token revoked or rotated here warns no more: the banners follow at once, not at the next
    // poll minutes later (a banner offering to rotate a revoked token).
    const auto tokensChanged = [this] { m_context.noticeService()->refresh(); };
    connect(m_service, &SecurityService::tokenRevoked, this, tokensChanged);
    connect(m_service, &SecurityService::tokenRotated, this, tokensChanged);

    // Rotate from an expiry warning: the token, selected in its tab, and its rotation asked for.
    connect(m_banners, &NoticeBanners::rotateRequested, this, [this](const QString &tokenId) {
        m_tabs->setCurrentWidget(m_tokensTab);
        m_tokensTab->selectToken(tokenId, true);
    });
    // "No, sign it out and change my password": the session is gone; the password is next.
    connect(context.noticeService(), &NoticeService::alertAnswered, this,
            [this](const QString &, bool denied) {
                if (!denied)
                    return;
                m_tabs->setCurrentWidget(m_passwordTab);
                m_passwordTab->setFocus(Qt::OtherFocusReason);
                m_sessionsTab->refresh();
            });

    m_clockTimer.setInterval(ClockTickMs);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_context.personalTokenModel()->refreshTimes();
        m_context.sessionModel()->refreshTimes();
        m_context.passkeyModel()->refreshTimes();
        m_context.securityLogModel()->refreshTimes();
    });
    resize(980, 560);
    retranslateUi();
}

void AccountSecurityDialog::retranslateUi()
{
    setAccessibleName(tr("Account security"));
    setWindowTitle(m_username.isEmpty() ? tr("Account security")
                                        : tr("Account security \u2013 %1").arg(m_username));
    m_tabs->setAccessibleName(tr("Account security sections"));
    const auto setTab = [this](QWidget *page, const QString &text, const QString &toolTip) {
        const int index = m_tabs->indexOf(page);
        m_tabs->setTabText(index, text);
        m_tabs->setTabToolTip(index, toolTip);
    };
    setTab(m_passwordTab, tr("&Password"), tr("Change your password"));
    setTab(m_tokensTab, tr("&Tokens"), tr("Personal access tokens for scripts and other apps"));
    setTab(m_sessionsTab, tr("&Sessions"), tr("Devices signed in to your account"));
    setTab(m_passkeysTab, tr("Pass&keys"), tr("Sign in with your device instead of a password"));
    setTab(m_logTab, tr("Security &log"), tr("What happened to your account"));
    // The two-factor tab is added by MainWindow with its own text (insertTab() gets it already
    // translated), so its source text is looked up in MainWindow's context, where the .ts files
    // have it.
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (qobject_cast<TwoFactorTab *>(m_tabs->widget(index)))
            m_tabs->setTabText(index, QCoreApplication::translate("MainWindow", "&Two-factor"));
    }
    m_busyBar->setAccessibleName(tr("Talking to the server"));
    // QDialogButtonBox retranslates the Close text itself.
    m_closeButton->setAccessibleName(tr("Close Account security"));
    onOperationChanged(); // the busy line
}

void AccountSecurityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

AccountSecurityDialog::~AccountSecurityDialog()
{
    disconnect(m_service, nullptr, this, nullptr);
    disconnect(m_context.noticeService(), nullptr, this, nullptr);
    disconnect(m_context.passkeyService(), nullptr, this, nullptr);
}

void AccountSecurityDialog::showNotice(const QString &alertId, const QString &tokenId)
{
    m_banners->focusNotice(alertId, tokenId);
}

int AccountSecurityDialog::insertTab(int index, QWidget *page, const QString &label)
{
    return m_tabs->insertTab(index, page, label);
}

void AccountSecurityDialog::refresh()
{
    m_context.noticeService()->refresh();
    m_tokensTab->refresh();
    m_sessionsTab->refresh();
    m_passkeysTab->refresh();
    m_logTab->refresh();
}

void AccountSecurityDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (event->spontaneous())
        return; // shown again by the window system (restored), not opened
    refresh();
    m_clockTimer.start();
}

void AccountSecurityDialog::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    if (!event->spontaneous()) // closed, not minimised with its parent
        m_passwordTab->clear();
}

void AccountSecurityDialog::onOperationChanged()
{
    using Operation = SecurityService::Operation;
    // The most telling of what runs: a change before a load.
    QString text;
    if (m_service->isBusy(Operation::ChangePassword))
        text = tr("Changing the password\u2026");
    else if (m_service->isBusy(Operation::CreateToken))
        text = tr("Creating the token\u2026");
    else if (m_service->isBusy(Operation::RevokeToken))
        text = tr("Revoking the token\u2026");
    else if (m_service->isBusy(Operation::RevokeSession))
        text = tr("Signing the session out\u2026");
    else if (m_service->isBusy(Operation::RevokeOtherSessions))
        text = tr("Signing out the other sessions\u2026");
    else if (m_context.passkeyService()->isBusy(PasskeyService::Operation::Remove))
        text = tr("Removing the passkey\u2026");
    else if (m_context.passkeyService()->isBusy(PasskeyService::Operation::Add))
        text = tr("Asking the server for a link to add a passkey\u2026");
    else if (m_service->isBusy(Operation::LoadTokens) ||
             m_service->isBusy(Operation::LoadSessions) ||
             m_context.passkeyService()->isBusy(PasskeyService::Operation::Load))
        text = tr("Loading\u2026");
    else if (m_service->isBusy(Operation::LoadLog))
        text = tr("Loading the security log\u2026");
    m_busyLabel->setText(text);
    m_busyLabel->setAccessibleName(text);
    m_busyBar->setVisible(!text.isEmpty());
}
