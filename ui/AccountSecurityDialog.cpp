#include "AccountSecurityDialog.h"

#include "AppContext.h"
#include "PageLayout.h"
#include "PasswordTab.h"
#include "PersonalTokenModel.h"
#include "PersonalTokensTab.h"
#include "SecurityLogModel.h"
#include "SecurityLogTab.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "SessionsTab.h"

#include <QDialogButtonBox>
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
    , m_tabs(new QTabWidget(this))
    , m_passwordTab(new PasswordTab(m_service, context.session()->account().username, m_tabs))
    , m_tokensTab(new PersonalTokensTab(m_service, context.personalTokenModel(),
                                        context.session()->account().isAdmin, m_tabs))
    , m_sessionsTab(new SessionsTab(m_service, context.sessionModel(), m_tabs))
    , m_logTab(new SecurityLogTab(m_service, context.securityLogModel(), m_tabs))
    , m_busyBar(PageLayout::createBusyBar(QStringLiteral("securityBusyBar"),
                                          tr("Talking to the server"), this))
    , m_busyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("accountSecurityDialog"));
    setAccessibleName(tr("Account security"));
    const Account account = context.session()->account();
    setWindowTitle(account.username.isEmpty()
                       ? tr("Account security")
                       : tr("Account security \u2013 %1").arg(account.username));
    setModal(false);

    m_tabs->setObjectName(QStringLiteral("accountSecurityTabs"));
    m_tabs->setAccessibleName(tr("Account security sections"));
    m_tabs->addTab(m_passwordTab, tr("&Password"));
    m_tabs->addTab(m_tokensTab, tr("&Tokens"));
    m_tabs->addTab(m_sessionsTab, tr("&Sessions"));
    m_tabs->addTab(m_logTab, tr("Security &log"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_passwordTab), tr("Change your password"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_tokensTab),
                          tr("Personal access tokens for scripts and other apps"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_sessionsTab), tr("Devices signed in to your account"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_logTab), tr("What happened to your account"));

    m_busyBar->setFixedWidth(90);
    m_busyBar->hide();
    m_busyLabel->setObjectName(QStringLiteral("securityBusyLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeAccountSecurityButton"));
    close->setAccessibleName(tr("Close Account security"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_busyBar);
    bottomRow->addWidget(m_busyLabel, 1);
    bottomRow->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottomRow);

    connect(m_service, &SecurityService::operationStarted, this,
            &AccountSecurityDialog::onOperationChanged);
    connect(m_service, &SecurityService::operationFinished, this,
            &AccountSecurityDialog::onOperationChanged);
    // The log shows what the other tabs just did when it is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_logTab)
            m_logTab->refresh();
    });

    m_clockTimer.setInterval(ClockTickMs);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_context.personalTokenModel()->refreshTimes();
        m_context.sessionModel()->refreshTimes();
        m_context.securityLogModel()->refreshTimes();
    });
    resize(980, 560);
}

AccountSecurityDialog::~AccountSecurityDialog()
{
    disconnect(m_service, nullptr, this, nullptr);
}

int AccountSecurityDialog::insertTab(int index, QWidget *page, const QString &label)
{
    return m_tabs->insertTab(index, page, label);
}

void AccountSecurityDialog::refresh()
{
    m_tokensTab->refresh();
    m_sessionsTab->refresh();
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
    else if (m_service->isBusy(Operation::LoadTokens) || m_service->isBusy(Operation::LoadSessions))
        text = tr("Loading\u2026");
    else if (m_service->isBusy(Operation::LoadLog))
        text = tr("Loading the security log\u2026");
    m_busyLabel->setText(text);
    m_busyLabel->setAccessibleName(text);
    m_busyBar->setVisible(!text.isEmpty());
}
