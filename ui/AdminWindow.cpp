#include "AdminWindow.h"

#include "AdminUserModel.h"
#include "AdminUsersTab.h"
#include "AppContext.h"
#include "AuditLogModel.h"
#include "AuditLogTab.h"
#include "PageLayout.h"
#include "PersonalTokenModel.h"
#include "SessionManager.h"
#include "SessionModel.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStatusBar>
#include <QTabWidget>

namespace {
constexpr int ClockTickMs = 60 * 1000;
} // namespace

AdminWindow::AdminWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_service(context.adminService())
    , m_tabs(new QTabWidget(this))
    , m_usersTab(new AdminUsersTab(m_service, context.adminUserModel(), context.adminSessionModel(),
                                   context.adminTokenModel(), m_tabs))
    , m_auditTab(new AuditLogTab(m_service, context.auditLogModel(), m_tabs))
    , m_busyBar(PageLayout::createBusyBar(QStringLiteral("adminBusyBar"),
                                          tr("Talking to the server"), this))
    , m_busyLabel(new QLabel(this))
{
    // A window of its own even with a parent: it closes with the main window and stays
    // above it, but is moved, sized and minimised on its own.
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose, false);
    setObjectName(QStringLiteral("adminWindow"));
    setAccessibleName(tr("Administration"));
    const Account account = context.session()->account();
    QString server = account.serverUrl.host();
    if (account.serverUrl.port() > 0)
        server += QLatin1Char(':') + QString::number(account.serverUrl.port());
    setWindowTitle(server.isEmpty() ? tr("Administration")
                                    : tr("Administration \u2013 %1").arg(server));

    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setAccessibleName(tr("Administration sections"));
    m_tabs->addTab(m_usersTab, tr("&Users"));
    m_tabs->addTab(m_auditTab, tr("&Audit log"));
    m_tabs->setTabToolTip(0, tr("Find a user, see and end their sessions and tokens"));
    m_tabs->setTabToolTip(1, tr("What administrators did to accounts"));
    setCentralWidget(m_tabs);
    m_userId = account.userId;
    m_usersTab->setOwnUserId(account.userId);

    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("adminStatusBar"));
    m_busyBar->setFixedWidth(90);
    m_busyBar->hide();
    m_busyLabel->setObjectName(QStringLiteral("adminBusyLabel"));
    bar->addWidget(m_busyBar);
    bar->addWidget(m_busyLabel, 1);
    auto *close = new QPushButton(tr("&Close"), bar);
    close->setObjectName(QStringLiteral("closeAdminWindowButton"));
    close->setAccessibleName(tr("Close Administration"));
    close->setAutoDefault(false);
    bar->addPermanentWidget(close);
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    QAction *find =
        makeAction(tr("&Find user"), "actionFindUser", tr("Search the users"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_usersTab);
        m_usersTab->focusSearch();
    });
    QAction *reload =
        makeAction(tr("&Refresh"), "actionRefreshAdministration",
                   tr("Load the users and the audit log again"), QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, &AdminWindow::refresh);
    QAction *closeAction = makeAction(tr("&Close"), "actionCloseAdministration",
                                      tr("Close Administration"), QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    connect(m_service, &AdminService::operationStarted, this, &AdminWindow::onOperationChanged);
    connect(m_service, &AdminService::operationFinished, this, &AdminWindow::onOperationChanged);
    // The audit log shows what the Users tab just did when it is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_auditTab)
            m_auditTab->refresh();
    });

    m_clockTimer.setInterval(ClockTickMs);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_context.adminUserModel()->refreshTimes();
        m_context.adminSessionModel()->refreshTimes();
        m_context.adminTokenModel()->refreshTimes();
        m_context.auditLogModel()->refreshTimes();
    });
    resize(1440, 780);
}

AdminWindow::~AdminWindow()
{
    disconnect(m_service, nullptr, this, nullptr);
}

QAction *AdminWindow::makeAction(const QString &text, const char *name, const QString &accessible,
                                 const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    // QAction has no accessible name of its own; tools read its tooltip.
    action->setToolTip(accessible);
    action->setStatusTip(accessible);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void AdminWindow::refresh()
{
    m_usersTab->refresh();
    if (m_tabs->currentWidget() == m_auditTab)
        m_auditTab->refresh();
}

void AdminWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (event->spontaneous())
        return; // shown again by the window system (restored), not opened
    refresh();
    m_clockTimer.start();
}

void AdminWindow::onOperationChanged()
{
    using Operation = AdminService::Operation;
    // The most telling of what runs: a change before a load.
    QString text;
    if (m_service->isBusy(Operation::RevokeAll))
        text = tr("Revoking every session and token\u2026");
    else if (m_service->isBusy(Operation::DisableUser))
        text = tr("Disabling the account\u2026");
    else if (m_service->isBusy(Operation::EnableUser))
        text = tr("Enabling the account\u2026");
    else if (m_service->isBusy(Operation::ResetTwoFactor))
        text = tr("Resetting two-factor authentication\u2026");
    else if (m_service->isBusy(Operation::RevokeSession))
        text = tr("Signing the session out\u2026");
    else if (m_service->isBusy(Operation::RevokeToken))
        text = tr("Revoking the token\u2026");
    else if (m_service->isBusy(Operation::CreateUser))
        text = tr("Creating the account\u2026");
    else if (m_service->isBusy(Operation::ResetPassword))
        text = tr("Resetting the password\u2026");
    else if (m_service->isBusy(Operation::ChangeRole))
        text = tr("Changing the role\u2026");
    else if (m_service->isBusy(Operation::LoadUsers))
        text = tr("Loading users\u2026");
    else if (m_service->isBusy(Operation::LoadUser) || m_service->isBusy(Operation::LoadSessions) ||
             m_service->isBusy(Operation::LoadTokens))
        text = tr("Loading the user\u2026");
    else if (m_service->isBusy(Operation::LoadAudit))
        text = tr("Loading the audit log\u2026");
    m_busyLabel->setText(text);
    m_busyLabel->setAccessibleName(text);
    m_busyBar->setVisible(!text.isEmpty());
}
