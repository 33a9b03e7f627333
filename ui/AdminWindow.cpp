#include "AdminWindow.h"

#include "AdminUserModel.h"
#include "AdminUsersTab.h"
#include "AppContext.h"
#include "AuditLogModel.h"
#include "AuditLogTab.h"
#include "PageLayout.h"
#include "PersonalTokenModel.h"
#include "ServiceClientModel.h"
#include "ServiceClientService.h"
#include "ServiceClientsTab.h"
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
    , m_serviceClientModel(new ServiceClientModel(this))
    , m_serviceClientService(
          new ServiceClientService(context.apiClient(), m_serviceClientModel, this))
    , m_serviceClientsTab(
          new ServiceClientsTab(m_serviceClientService, m_serviceClientModel, m_tabs))
    , m_busyBar(PageLayout::createBusyBar(QStringLiteral("adminBusyBar"), QString(), this))
    , m_busyLabel(new QLabel(this))
    , m_closeButton(new QPushButton(this))
    , m_findAction(makeAction("actionFindUser", QKeySequence::Find))
    , m_refreshAction(makeAction("actionRefreshAdministration", QKeySequence(Qt::Key_F5)))
    , m_closeAction(makeAction("actionCloseAdministration", QKeySequence::Close))
{
    // A window of its own even with a parent: it closes with the main window and stays
    // above it, but is moved, sized and minimised on its own.
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose, false);
    setObjectName(QStringLiteral("adminWindow"));
    const Account account = context.session()->account();
    m_server = account.serverUrl.host();
    if (account.serverUrl.port() > 0)
        m_server += QLatin1Char(':') + QString::number(account.serverUrl.port());

    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(m_usersTab, QString());
    m_tabs->addTab(m_serviceClientsTab, QString());
    m_tabs->addTab(m_auditTab, QString());
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
    m_closeButton->setObjectName(QStringLiteral("closeAdminWindowButton"));
    m_closeButton->setAutoDefault(false);
    bar->addPermanentWidget(m_closeButton);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);

    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_usersTab);
        m_usersTab->focusSearch();
    });
    connect(m_refreshAction, &QAction::triggered, this, &AdminWindow::refresh);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    connect(m_service, &AdminService::operationStarted, this, &AdminWindow::onOperationChanged);
    connect(m_service, &AdminService::operationFinished, this, &AdminWindow::onOperationChanged);
    connect(m_serviceClientService, &ServiceClientService::busyChanged, this,
            &AdminWindow::onOperationChanged);
    // The audit log shows what the Users tab just did when it is looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_auditTab)
            m_auditTab->refresh();
        if (m_tabs->widget(index) == m_serviceClientsTab)
            m_serviceClientsTab->refresh();
    });

    m_clockTimer.setInterval(ClockTickMs);
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_context.adminUserModel()->refreshTimes();
        m_context.adminSessionModel()->refreshTimes();
        m_context.adminTokenModel()->refreshTimes();
        m_context.auditLogModel()->refreshTimes();
        m_serviceClientModel->refreshTexts();
    });
    retranslateUi();
    resize(1440, 780);
}

AdminWindow::~AdminWindow()
{
    disconnect(m_service, nullptr, this, nullptr);
}

QAction *AdminWindow::makeAction(const char *name, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void AdminWindow::setActionTexts(QAction *action, const QString &text, const QString &accessible)
{
    action->setText(text);
    // QAction has no accessible name of its own; tools read its tooltip.
    action->setToolTip(accessible);
    action->setStatusTip(accessible);
}

void AdminWindow::retranslateUi()
{
    setAccessibleName(tr("Administration"));
    setWindowTitle(m_server.isEmpty() ? tr("Administration")
                                      : tr("Administration \u2013 %1").arg(m_server));
    m_busyBar->setAccessibleName(tr("Talking to the server"));
    m_tabs->setAccessibleName(tr("Administration sections"));
    m_tabs->setTabText(m_tabs->indexOf(m_usersTab), tr("&Users"));
    m_tabs->setTabText(m_tabs->indexOf(m_auditTab), tr("&Audit log"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_usersTab),
                          tr("Find a user, see and end their sessions and tokens"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_auditTab), tr("What administrators did to accounts"));
    m_tabs->setTabText(m_tabs->indexOf(m_serviceClientsTab), tr("&Service accounts"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_serviceClientsTab),
                          tr("Programs that use a user's tasks with a secret of their own"));
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setAccessibleName(tr("Close Administration"));
    setActionTexts(m_findAction, tr("&Find user"), tr("Search the users"));
    setActionTexts(m_refreshAction, tr("&Refresh"), tr("Load the users and the audit log again"));
    setActionTexts(m_closeAction, tr("&Close"), tr("Close Administration"));
    onOperationChanged(); // the status line says what runs, in the new language
}

void AdminWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void AdminWindow::refresh()
{
    m_usersTab->refresh();
    if (m_tabs->currentWidget() == m_auditTab)
        m_auditTab->refresh();
    if (m_tabs->currentWidget() == m_serviceClientsTab)
        m_serviceClientsTab->refresh();
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
    else if (m_serviceClientService->isBusy(ServiceClientService::Operation::Load))
        text = tr("Loading the service accounts\u2026");
    else if (m_serviceClientService->isBusy())
        text = tr("Changing the service account\u2026");
    m_busyLabel->setText(text);
    m_busyLabel->setAccessibleName(text);
    m_busyBar->setVisible(!text.isEmpty());
}
