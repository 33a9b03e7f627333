#include "MainWindow.h"

#include "AccountSecurityDialog.h"
#include "AdminWindow.h"
#include "ApiClient.h"
#include "AppContext.h"
#include "BusyPage.h"
#include "DeferredIcon.h"
#include "LocalServer.h"
#include "NoticeTray.h"
#include "SessionManager.h"
#include "SettingsDialog.h"
#include "SignInPage.h"
#include "TaskService.h"
#include "TasksPage.h"
#include "TwoFactorService.h"
#include "TwoFactorSetupWizard.h"
#include "TwoFactorTab.h"
#include "WaitingForBrowserPage.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <cmath>

namespace {
constexpr int MessageMs = 8000;
constexpr int UndoOfferMs = 10000;

QString serverDisplayName(const QUrl &url)
{
    if (url.port() > 0)
        return url.host() + QLatin1Char(':') + QString::number(url.port());
    return url.host();
}
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_pages(new QStackedWidget(this))
    , m_welcomePage(new WelcomePage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Tasklane"));
    setWindowTitle(tr("Tasklane"));
    setMinimumSize(720, 480);
    resize(1000, 650);

    m_pages->setObjectName(QStringLiteral("pageStack"));
    // A click on a tray message leads to its banner in Account security.
    m_noticeTray = new NoticeTray(m_context.noticeService(), this);
    connect(m_noticeTray, &NoticeTray::noticeOpened, this,
            [this](const QString &alertId, const QString &tokenId) {
                showNormal();
                raise();
                activateWindow();
                showAccountSecurity();
                if (m_securityDialog)
                    m_securityDialog->showNotice(alertId, tokenId);
            });
    // The other pages join the stack when first shown (ensureSignInPage() and the like): the
    // stack measures every page it holds, shown or not, so pages built here would be laid out
    // (their text shaped and wrapped) before the first paint for nothing. The tasks page alone
    // (the list, the editor and their model views) cost more than the welcome page.
    //
    // The stack shows its first page at once, and a page lays itself out when shown, at its size
    // then: a new widget's 100x30, where every wrapped label's text is measured again and again
    // for a column a few words wide, all of it thrown away when the window is shown at its own
    // size. At the window's width, the layout at show() finds the same widths and reuses that.
    m_welcomePage->resize(size());
    m_pages->addWidget(m_welcomePage);
    setCentralWidget(m_pages);

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    retranslateUi();
    connectSession();

    // Welcome page.
    connect(m_welcomePage, &WelcomePage::useLocalServerRequested, this,
            [this] { useLocalServer(false); });
    connect(m_welcomePage, &WelcomePage::connectRequested, this,
            [this](const QUrl &url) { connectToServer(url, false); });
    connect(m_welcomePage, &WelcomePage::createFirstAccountRequested, this,
            [this](const QString &username, const QString &email, const QString &password) {
                LocalServer *server = m_context.localServer();
                if (!server->isRunning()) {
                    m_welcomePage->showError(tr("The server on this computer is not running."));
                    return;
                }
                m_welcomePage->setBusy(tr("Creating the account\u2026"));
                server->createAdministrator(
                    username, email, password,
                    [this, server, username](bool ok, const QString &error) {
                        if (!ok) {
                            m_welcomePage->showError(
                                error.isEmpty() ? tr("The account could not be created.") : error);
                            return;
                        }
                        m_welcomePage->hideFirstAccountForm();
                        m_context.setLastUsername(username);
                        connectToServer(server->url(), true);
                    });
            });

    // Tasks (the page itself: ensureTasksPage()).
    TaskService *service = m_context.taskService();
    connect(service, &TaskService::removed, this, [this](const Task &task) {
        showTransientMessage(tr("Deleted \u201c%1\u201d.").arg(task.title), UndoOfferMs);
        m_undoButton->show();
        m_undoOfferTimer.start();
    });
    connect(service, &TaskService::undoAvailableChanged, this, &MainWindow::updateActions);
    m_undoOfferTimer.setSingleShot(true);
    m_undoOfferTimer.setInterval(UndoOfferMs);
    connect(&m_undoOfferTimer, &QTimer::timeout, this, [this] { m_undoButton->hide(); });

    connect(
        m_context.apiClient(), &ApiClient::retryScheduled, this,
        [this](int delayMs, int attempt, const QString &) {
            const int seconds = std::max(1, int(std::ceil(delayMs / 1000.0)));
            showTransientMessage(
                tr("Server busy, retrying in %1 s (attempt %2)\u2026").arg(seconds).arg(attempt),
                delayMs + 1000);
        });

    setPage(m_welcomePage);
    updateStatusWidgets();
}

MainWindow::~MainWindow()
{
    // The context outlives the window; its signals must not reach destroyed pages.
    disconnect(m_context.session(), nullptr, this, nullptr);
    disconnect(m_context.taskService(), nullptr, this, nullptr);
    disconnect(m_context.apiClient(), nullptr, this, nullptr);
    if (m_context.hasLocalServer())
        disconnect(m_context.localServer(), nullptr, this, nullptr);
}

SignInPage *MainWindow::ensureSignInPage()
{
    if (m_signInPage)
        return m_signInPage;
    m_signInPage = new SignInPage(this);
    m_pages->addWidget(m_signInPage);
    connect(m_signInPage, &SignInPage::browserSignInRequested, this,
            [this] { m_context.session()->signInWithBrowser(); });
    connect(m_signInPage, &SignInPage::tokenSignInRequested, this,
            [this](const QString &token) { m_context.session()->signInWithToken(token); });
    connect(m_signInPage, &SignInPage::changeServerRequested, this, [this] {
        m_context.session()->cancelSignIn();
        showWelcome();
    });
    return m_signInPage;
}

WaitingForBrowserPage *MainWindow::ensureWaitingPage()
{
    if (m_waitingPage)
        return m_waitingPage;
    m_waitingPage = new WaitingForBrowserPage(this);
    m_pages->addWidget(m_waitingPage);
    connect(m_waitingPage, &WaitingForBrowserPage::cancelRequested, this, [this] {
        m_context.session()->cancelSignIn();
        showSignIn();
    });
    connect(m_waitingPage, &WaitingForBrowserPage::linkCopied, this, [this] {
        showTransientMessage(tr("Sign-in link copied to the clipboard."), MessageMs);
    });
    return m_waitingPage;
}

BusyPage *MainWindow::ensureBusyPage()
{
    if (m_busyPage)
        return m_busyPage;
    m_busyPage = new BusyPage(this);
    m_pages->addWidget(m_busyPage);
    connect(m_busyPage, &BusyPage::cancelRequested, this, &MainWindow::cancelBusy);
    return m_busyPage;
}

TasksPage *MainWindow::ensureTasksPage()
{
    if (m_tasksPage)
        return m_tasksPage;
    m_tasksPage = new TasksPage(m_context, this);
    m_pages->addWidget(m_tasksPage);

    connect(m_newTaskAction, &QAction::triggered, m_tasksPage, &TasksPage::createTask);
    connect(m_deleteAction, &QAction::triggered, m_tasksPage, &TasksPage::deleteCurrentTask);
    connect(m_findAction, &QAction::triggered, m_tasksPage, &TasksPage::focusSearch);
    connect(m_refreshAction, &QAction::triggered, m_tasksPage, &TasksPage::refresh);

    connect(m_tasksPage, &TasksPage::currentTaskChanged, this, &MainWindow::updateActions);
    connect(m_tasksPage, &TasksPage::errorOccurred, this, &MainWindow::showError);
    connect(m_tasksPage, &TasksPage::draftRestored, this, [this](const TasksPage::Draft &draft) {
        showTransientMessage(tr("Your unsaved changes to \u201c%1\u201d are back. They are not "
                                "saved yet.")
                                 .arg(draft.base.title),
                             2 * MessageMs);
    });
    connect(m_tasksPage, &TasksPage::draftDiscarded, this, [this](const TasksPage::Draft &draft) {
        showTransientMessage(tr("The unsaved changes of %1 to \u201c%2\u201d were discarded.")
                                 .arg(draft.username, draft.base.title),
                             2 * MessageMs);
    });
    emit tasksPageCreated(m_tasksPage);
    return m_tasksPage;
}

void MainWindow::whenEditsSettled(const std::function<void()> &proceed)
{
    // Without the tasks page nothing was ever edited.
    if (m_tasksPage)
        m_tasksPage->whenEditsSettled(proceed);
    else
        proceed();
}

void MainWindow::createActions()
{
    // Texts and tips come from retranslateUi(), so a language change renames them in place.
    const auto make = [this](const char *name, const QKeySequence &shortcut,
                             const QString &iconName) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        // Looked up in the icon theme when first drawn: none is before the first frame (the
        // menus are closed, the tool bar belongs to the tasks page), and the thirteen lookups
        // search the theme's folders.
        if (!iconName.isEmpty())
            action->setIcon(DeferredIcon::themeIcon(iconName));
        addAction(action); // shortcuts work while the menu bar is hidden or closed
        return action;
    };
    m_newTaskAction = make("actionNewTask", QKeySequence::New, QStringLiteral("document-new"));
    m_settingsAction =
        make("actionSettings", QKeySequence::Preferences, QStringLiteral("preferences-system"));
    m_securityAction =
        make("actionSecuritySettings", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
             QStringLiteral("security-high"));
    m_adminAction = make("actionAdministration", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                         QStringLiteral("system-users"));
    // Only administrators signed in with the admin scope ever see it (updateActions()).
    m_adminAction->setVisible(false);
    // Its place for administrators without the admin scope (updateActions()).
    m_adminTwoFactorAction =
        make("actionAdministrationNeedsTwoFactor", {}, QStringLiteral("security-medium"));
    m_adminTwoFactorAction->setVisible(false);
    m_adminSignInAction = make("actionSignInForAdministration", {}, QStringLiteral("system-users"));
    m_adminSignInAction->setVisible(false);
    m_signOutAction = make("actionSignOut", {}, QStringLiteral("system-log-out"));
    m_quitAction = make("actionQuit", QKeySequence::Quit, QStringLiteral("application-exit"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_undoDeleteAction = make("actionUndoDelete", QKeySequence::Undo, QStringLiteral("edit-undo"));
    m_deleteAction = make("actionDeleteTask", QKeySequence::Delete, QStringLiteral("edit-delete"));
    m_findAction = make("actionFind", QKeySequence::Find, QStringLiteral("edit-find"));
    m_refreshAction = make("actionRefresh", QKeySequence::Refresh, QStringLiteral("view-refresh"));
    if (m_refreshAction->shortcut() != QKeySequence(Qt::Key_F5))
        m_refreshAction->setShortcuts({m_refreshAction->shortcut(), QKeySequence(Qt::Key_F5)});
    m_aboutAction = make("actionAbout", {}, QStringLiteral("help-about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    // The task actions are connected with the tasks page (ensureTasksPage()).
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_securityAction, &QAction::triggered, this, &MainWindow::showAccountSecurity);
    connect(m_adminAction, &QAction::triggered, this, &MainWindow::showAdministration);
    connect(m_adminTwoFactorAction, &QAction::triggered, this,
            &MainWindow::setUpTwoFactorForAdministration);
    connect(m_adminSignInAction, &QAction::triggered, this,
            &MainWindow::signInAgainForAdministration);
    connect(m_context.twoFactorService(), &TwoFactorService::confirmed, this, [this] {
        const Account account = m_context.session()->account();
        if (!account.isAdmin || account.canAdminister())
            return;
        m_twoFactorTurnedOn = true;
        updateActions();
        showTransientMessage(tr("Two-factor authentication is on. Sign in again to get "
                                "administration (in the menu: Sign in again for administration)."),
                             4 * MessageMs);
    });
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_undoDeleteAction, &QAction::triggered, this, [this] {
        m_undoButton->hide();
        m_context.taskService()->undoRemove();
    });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));
    QMenu *file = bar->addMenu(QString());
    m_fileMenu = file;
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newTaskAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addAction(m_securityAction);
    file->addAction(m_adminAction);
    file->addAction(m_adminTwoFactorAction);
    file->addAction(m_adminSignInAction);
    file->addAction(m_signOutAction);
    file->setToolTipsVisible(true); // says why Account security is off, when it is
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = bar->addMenu(QString());
    m_editMenu = edit;
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoDeleteAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    QMenu *view = bar->addMenu(QString());
    m_viewMenu = view;
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refreshAction);
    QMenu *help = bar->addMenu(QString());
    m_helpMenu = help;
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(QString());
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newTaskAction);
    bar->addAction(m_deleteAction);
    bar->addAction(m_undoDeleteAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    for (QAction *action : bar->actions()) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
            button->setObjectName(action->objectName() + QStringLiteral("ToolButton"));
    }
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));

    m_undoButton = new QToolButton(bar);
    m_undoButton->setObjectName(QStringLiteral("undoDeleteButton"));
    m_undoButton->setDefaultAction(m_undoDeleteAction);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_undoButton->setAutoRaise(true);
    m_undoButton->hide();
    bar->addWidget(m_undoButton);

    m_serverLabel = new QLabel(bar);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    bar->addPermanentWidget(m_serverLabel);

    m_accountButton = new QToolButton(bar);
    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_accountButton->setAutoRaise(true);
    auto *menu = new QMenu(m_accountButton);
    menu->setObjectName(QStringLiteral("accountMenu"));
    menu->addAction(m_settingsAction);
    menu->addAction(m_securityAction);
    menu->addAction(m_adminAction);
    menu->addAction(m_adminTwoFactorAction);
    menu->addAction(m_adminSignInAction);
    menu->addAction(m_signOutAction);
    menu->setToolTipsVisible(true);
    m_accountButton->setMenu(menu);
    bar->addPermanentWidget(m_accountButton);
}

void MainWindow::connectSession()
{
    SessionManager *session = m_context.session();
    connect(session, &SessionManager::stateChanged, this, [this](SessionManager::State state) {
        switch (state) {
        case SessionManager::State::SigningIn:
            // A silent sign-in already says whom it signs in.
            if (!m_restoring || currentPage() != m_busyPage)
                showBusy(tr("Signing in\u2026"), Busy::SigningIn);
            break;
        case SessionManager::State::Discovering:
            if (currentPage() == m_welcomePage)
                m_welcomePage->setBusy(tr("Looking for a Tasklane server at %1\u2026")
                                           .arg(m_serverUrl.toDisplayString()));
            break;
        default:
            break;
        }
        updateActions();
    });
    connect(session, &SessionManager::serverReady, this, [this] {
        m_context.setLastServerUrl(m_serverUrl);
        m_context.setServerIsLocal(m_serverIsLocal);
        m_welcomePage->setIdle();
        if (!m_restoring)
            showSignIn();
    });
    connect(session, &SessionManager::serverFailed, this, [this](const ApiError &error) {
        m_restoring = false;
        showWelcome();
        m_welcomePage->showError(error);
    });
    connect(session, &SessionManager::waitingForBrowser, this, [this](const QUrl &link) {
        const QUrl current = m_context.session()->signInLink();
        WaitingForBrowserPage *page = ensureWaitingPage();
        page->setSignInLink(current.isValid() ? current : link);
        setPage(page);
    });
    connect(session, &SessionManager::signedIn, this, &MainWindow::onSignedIn);
    connect(session, &SessionManager::signInFailed, this, [this](const ApiError &error) {
        m_restoring = false;
        if (error.kind == ApiError::Kind::Cancelled)
            return; // the user's own doing; the page has moved on already
        showSignIn();
        ensureSignInPage()->showError(error);
    });
    connect(session, &SessionManager::silentSignInFailed, this, [this](const QString &reason) {
        m_restoring = false;
        showSignIn(reason);
    });
    connect(session, &SessionManager::signedOut, this, &MainWindow::onSignedOut);
    connect(session, &SessionManager::keychainUnavailable, this,
            [this](const QString &message) { showTransientMessage(message, 3 * MessageMs); });
}

void MainWindow::connectLocalServer()
{
    if (m_localServerWired)
        return;
    m_localServerWired = true;
    LocalServer *server = m_context.localServer();
    connect(server, &LocalServer::started, this, &MainWindow::onLocalServerStarted);
    connect(server, &LocalServer::failed, this, [this](const QString &message) {
        m_busy = Busy::None;
        m_restoring = false;
        if (currentPage() == m_tasksPage)
            showTransientMessage(message, 3 * MessageMs);
        else
            showWelcome();
        m_welcomePage->showError(message);
    });
}

void MainWindow::start()
{
    start(StartOptions{});
}

void MainWindow::start(const StartOptions &options)
{
    const QUrl lastServer = m_context.lastServerUrl();
    const QString lastUser = m_context.lastUsername();
    if (options.local || (!options.server.isValid() && m_context.serverIsLocal())) {
        useLocalServer(!lastUser.isEmpty());
        return;
    }
    const QUrl server = options.server.isValid() ? options.server : lastServer;
    if (!server.isValid()) {
        showWelcome();
        return;
    }
    if (!lastUser.isEmpty() && server.adjusted(QUrl::StripTrailingSlash) ==
                                   lastServer.adjusted(QUrl::StripTrailingSlash)) {
        restoreSession(server, lastUser);
        return;
    }
    showBusy(tr("Connecting to %1\u2026").arg(server.toDisplayString()), Busy::Connecting);
    connectToServer(server, false);
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void MainWindow::setPage(QWidget *page)
{
    if (page != m_busyPage)
        m_busy = Busy::None;
    m_pages->setCurrentWidget(page);
    // The tool bar only holds task actions: on the other pages it would be a row of grey.
    m_toolBar->setVisible(page == m_tasksPage);
    updateActions();
    updateStatusWidgets();
}

void MainWindow::showWelcome()
{
    m_welcomePage->setIdle();
    if (!m_context.serverIsLocal() && m_welcomePage->serverUrlText().isEmpty() &&
        m_context.lastServerUrl().isValid())
        m_welcomePage->setServerUrl(m_context.lastServerUrl());
    setPage(m_welcomePage);
}

void MainWindow::showSignIn(const QString &reason)
{
    QUrl server = m_serverUrl;
    if (!server.isValid())
        server = m_context.lastServerUrl();
    SignInPage *page = ensureSignInPage();
    page->setServer(server, m_serverIsLocal);
    page->setBusy(false);
    page->showReason(reason);
    // Said on every way to this page while the draft waits, and only for its own server. (No
    // tasks page yet: nobody signed in, so there is no draft.)
    const std::optional<TasksPage::Draft> noDraft;
    const auto &draft = m_tasksPage ? m_tasksPage->draft() : noDraft;
    if (draft && draft->isFor(server)) {
        page->showDraftNotice(
            tr("Your unsaved changes to \u201c%1\u201d will be restored after you sign in again "
               "as %2. They are kept in this window only: quitting Tasklane discards them.")
                .arg(draft->base.title, draft->username));
    } else {
        page->showDraftNotice({});
    }
    setPage(page);
    page->focusDefault();
}

void MainWindow::showBusy(const QString &text, Busy busy)
{
    m_busy = busy;
    BusyPage *page = ensureBusyPage();
    page->setText(text);
    setPage(page);
    m_busy = busy;
}

void MainWindow::showTasks()
{
    setPage(ensureTasksPage());
}

void MainWindow::useLocalServer(bool restoreAfterwards)
{
    connectLocalServer();
    m_restoreAfterLocalStart = restoreAfterwards;
    LocalServer *server = m_context.localServer();
    const QString text = tr("Starting the server on this computer\u2026");
    if (currentPage() == m_welcomePage)
        m_welcomePage->setBusy(text);
    else
        showBusy(text, Busy::StartingLocalServer);
    m_busy = Busy::StartingLocalServer;
    if (server->isRunning())
        onLocalServerStarted(server->url());
    else
        server->start();
}

void MainWindow::onLocalServerStarted(const QUrl &url)
{
    if (m_busy != Busy::StartingLocalServer)
        return; // cancelled meanwhile
    const bool restore = m_restoreAfterLocalStart;
    m_context.localServer()->hasAccounts([this, url, restore](bool any) {
        if (!any) {
            // A new server: its first account comes before any sign-in.
            m_busy = Busy::None;
            m_serverUrl = url;
            m_serverIsLocal = true;
            m_context.setServerIsLocal(true);
            showWelcome();
            m_welcomePage->showFirstAccountForm();
            return;
        }
        const QString user = m_context.lastUsername();
        if (restore && !user.isEmpty()) {
            m_serverIsLocal = true;
            restoreSession(url, user);
        } else {
            connectToServer(url, true);
        }
    });
}

void MainWindow::connectToServer(const QUrl &url, bool local)
{
    m_serverUrl = url;
    m_serverIsLocal = local;
    m_restoring = false;
    if (currentPage() == m_welcomePage)
        m_welcomePage->setBusy(
            tr("Looking for a Tasklane server at %1\u2026").arg(url.toDisplayString()));
    else if (currentPage() == m_busyPage)
        m_busyPage->setText(tr("Connecting to %1\u2026").arg(url.toDisplayString()));
    m_context.session()->connectToServer(url);
}

void MainWindow::restoreSession(const QUrl &url, const QString &username)
{
    m_serverUrl = url;
    m_restoring = true;
    showBusy(tr("Signing in to %1 as %2\u2026").arg(serverDisplayName(url), username),
             Busy::SigningIn);
    m_context.session()->restore(url, username);
}

void MainWindow::cancelBusy()
{
    const Busy busy = m_busy;
    m_busy = Busy::None;
    m_restoring = false;
    switch (busy) {
    case Busy::StartingLocalServer:
        if (m_context.hasLocalServer())
            m_context.localServer()->stop();
        showWelcome();
        break;
    case Busy::Connecting:
        m_context.session()->cancelSignIn();
        showWelcome();
        break;
    case Busy::SigningIn:
    case Busy::None:
        m_context.session()->cancelSignIn();
        if (m_context.session()->state() == SessionManager::State::SignedOut)
            showWelcome();
        else
            showSignIn();
        break;
    }
}

void MainWindow::onSignedIn(const Account &account)
{
    m_restoring = false;
    m_twoFactorTurnedOn = false;
    m_changingServer = false;
    if (account.serverUrl.isValid())
        m_serverUrl = account.serverUrl;
    m_context.setLastServerUrl(m_serverUrl);
    m_context.setServerIsLocal(m_serverIsLocal);
    m_context.setLastUsername(account.username);
    // Administration belongs to the administrator who opened it.
    if (m_adminWindow && m_adminWindow->userId() != account.userId)
        closeAdministration();
    showTasks();
    m_tasksPage->activate(account);
    showTransientMessage(tr("Signed in as %1.").arg(account.username), MessageMs);
}

void MainWindow::onSignedOut(const QString &reason)
{
    // Nothing of the account stays on screen (the service has emptied its models already).
    if (m_securityDialog) {
        m_securityDialog->close();
        m_securityDialog->deleteLater();
        m_securityDialog = nullptr;
    }
    closeAdministration();
    if (m_tasksPage) // none: the session ended before any sign-in showed tasks
        m_tasksPage->reset();
    m_undoButton->hide();
    // "Signed in as ..." must not linger under the sign-in page.
    statusBar()->clearMessage();
    m_twoFactorTurnedOn = false;
    if (m_changingServer) {
        m_changingServer = false;
        showWelcome();
        return;
    }
    if (m_signingInForAdministration) {
        m_signingInForAdministration = false;
        showSignIn(tr("Two-factor authentication is on: sign in again to get administration."));
        return;
    }
    showSignIn(reason);
}

void MainWindow::signOut()
{
    whenEditsSettled([this] {
        // Signed out on purpose: the next start shows the sign-in page, not a silent sign-in.
        m_context.forgetAccount();
        m_context.session()->signOut();
    });
}

void MainWindow::changeServer()
{
    whenEditsSettled([this] {
        m_context.forgetAccount();
        m_context.setServerIsLocal(false);
        if (m_context.session()->state() == SessionManager::State::SignedIn) {
            m_changingServer = true;
            m_context.session()->signOut();
        } else {
            m_context.session()->cancelSignIn();
            showWelcome();
        }
    });
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context, this);
    connect(&dialog, &SettingsDialog::changeServerRequested, this, &MainWindow::changeServer,
            Qt::QueuedConnection);
    dialog.exec();
}

AccountSecurityDialog *MainWindow::accountSecurityDialog() const
{
    return m_securityDialog;
}

void MainWindow::showAccountSecurity()
{
    if (!m_securityAction->isEnabled())
        return;
    if (!m_securityDialog) {
        m_securityDialog = new AccountSecurityDialog(m_context, this);
        // First, and shown first: the setting that protects the account most.
        m_twoFactorTab = new TwoFactorTab(m_context.twoFactorService(), m_securityDialog);
        m_securityDialog->insertTab(0, m_twoFactorTab, tr("&Two-factor"));
        m_securityDialog->tabs()->setCurrentWidget(m_twoFactorTab);
    }
    if (m_securityDialog->isVisible()) {
        m_securityDialog->refresh();
        m_twoFactorTab->refresh();
    }
    m_securityDialog->show();
    m_securityDialog->raise();
    m_securityDialog->activateWindow();
}

AdminWindow *MainWindow::adminWindow() const
{
    return m_adminWindow;
}

void MainWindow::showAdministration()
{
    if (!m_adminAction->isVisible() || !m_adminAction->isEnabled())
        return;
    if (!m_adminWindow)
        m_adminWindow = new AdminWindow(m_context, this);
    if (m_adminWindow->isVisible())
        m_adminWindow->refresh();
    m_adminWindow->show();
    m_adminWindow->raise();
    m_adminWindow->activateWindow();
}

void MainWindow::setUpTwoFactorForAdministration()
{
    if (!m_adminTwoFactorAction->isVisible())
        return;
    if (auto *open = findChild<TwoFactorSetupWizard *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *wizard = new TwoFactorSetupWizard(m_context.twoFactorService(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Account security, if open, shows the new state too.
    connect(wizard, &QDialog::finished, this, [this] {
        if (m_twoFactorTab)
            m_twoFactorTab->refresh();
    });
    wizard->open();
}

void MainWindow::signInAgainForAdministration()
{
    if (!m_adminSignInAction->isVisible())
        return;
    whenEditsSettled([this] {
        m_signingInForAdministration = true;
        m_context.session()->signOut();
    });
}

void MainWindow::closeAdministration()
{
    if (!m_adminWindow)
        return;
    m_adminWindow->close();
    m_adminWindow->deleteLater();
    m_adminWindow = nullptr;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tasklane"),
        tr("<h3>Tasklane %1</h3><p>Your tasks, on your own server.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showTransientMessage(const QString &message, int milliseconds)
{
    statusBar()->showMessage(message, milliseconds);
}

void MainWindow::showError(const ApiError &error)
{
    showTransientMessage(error.userText(), 2 * MessageMs);
}

void MainWindow::updateActions()
{
    const bool onTasks = m_tasksPage && currentPage() == m_tasksPage &&
                         m_context.session()->state() == SessionManager::State::SignedIn;
    m_newTaskAction->setEnabled(onTasks);
    m_deleteAction->setEnabled(onTasks && m_tasksPage->hasCurrentTask());
    m_undoDeleteAction->setEnabled(onTasks && m_context.taskService()->canUndoRemove());
    m_findAction->setEnabled(onTasks);
    m_refreshAction->setEnabled(onTasks);
    const bool signedIn = m_context.session()->state() == SessionManager::State::SignedIn;
    m_signOutAction->setEnabled(signedIn);
    // The server refuses personal access tokens on the security settings (a leaked token must
    // not be able to mint more or end the owner's sessions), so the app does not offer them.
    const bool withToken = signedIn && m_context.session()->account().personalAccessToken;
    m_securityAction->setEnabled(signedIn && !withToken);
    const QString why =
        !signedIn   ? tr("Sign in to manage your account security.")
        : withToken ? tr("Account security is not available when signed in with a personal access "
                         "token: sign in with your browser to manage tokens and sessions.")
                    : tr("Manage your personal access tokens and signed-in sessions, and see the "
                         "security log");
    m_securityAction->setToolTip(why);
    m_securityAction->setStatusTip(why);
    // Hidden, not merely off, for everyone the server would refuse: users who are not
    // administrators, and administrators whose sign-in lacks the admin scope.
    const bool administrator = signedIn && m_context.session()->account().canAdminister();
    m_adminAction->setVisible(administrator);
    m_adminAction->setEnabled(administrator);
    if (!administrator)
        closeAdministration();
    // In its place, for an administrator signed in through the browser without the admin scope:
    // what to do about it. (A personal access token cannot set up two-factor authentication.)
    const Account account = m_context.session()->account();
    const bool withoutAdminScope = signedIn && !withToken && account.isAdmin && !administrator;
    const bool needsTwoFactor =
        withoutAdminScope && account.administrationNeedsTwoFactor() && !m_twoFactorTurnedOn;
    m_adminTwoFactorAction->setVisible(needsTwoFactor);
    m_adminTwoFactorAction->setEnabled(needsTwoFactor);
    m_adminSignInAction->setVisible(withoutAdminScope && !needsTwoFactor);
    m_adminSignInAction->setEnabled(withoutAdminScope && !needsTwoFactor);
}

void MainWindow::updateStatusWidgets()
{
    const bool signedIn = m_context.session()->state() == SessionManager::State::SignedIn;
    const Account account = m_context.session()->account();
    if (signedIn) {
        const QString name = account.displayName.isEmpty() ? account.username : account.displayName;
        m_accountButton->setText(name);
        m_accountButton->setToolTip(
            account.email.isEmpty()
                ? tr("Signed in as %1").arg(account.username)
                : tr("Signed in as %1 (%2)").arg(account.username, account.email));
        m_accountButton->setAccessibleName(tr("Account: %1").arg(name));
    }
    m_accountButton->setVisible(signedIn);
    const QUrl server = m_serverUrl.isValid() ? m_serverUrl : m_context.lastServerUrl();
    m_serverLabel->setVisible(server.isValid() && currentPage() != m_welcomePage);
    m_serverLabel->setText(m_serverIsLocal ? tr("Server: this computer")
                                           : tr("Server: %1").arg(serverDisplayName(server)));
    m_serverLabel->setToolTip(server.toDisplayString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !m_tasksPage || !m_tasksPage->hasUnsavedEdits()) {
        event->accept();
        return;
    }
    event->ignore();
    whenEditsSettled([this] {
        m_closeConfirmed = true;
        close();
    });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setAccessibleName(tr("Tasklane"));
    setWindowTitle(tr("Tasklane"));

    // QAction has no accessible name of its own; its menu entry and tool button read the tip.
    const auto setTexts = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    setTexts(m_newTaskAction, tr("&New task"), tr("Create a new task"));
    setTexts(m_settingsAction, tr("&Settings\u2026"), tr("Change the settings"));
    // Its tip depends on the session: updateActions() below sets it.
    m_securityAction->setText(tr("Account s&ecurity\u2026"));
    setTexts(m_adminAction, tr("&Administration\u2026"),
             tr("Manage users: their sessions, tokens and two-factor "
                "authentication, and the audit log"));
    setTexts(m_adminTwoFactorAction, tr("Administration needs &two-factor authentication…"),
             tr("This server gives administration only to accounts with two-factor "
                "authentication. Turn it on now, then sign in again."));
    setTexts(m_adminSignInAction, tr("Sign in again for &administration…"),
             tr("Two-factor authentication is on: sign in again to get "
                "administration."));
    setTexts(m_signOutAction, tr("Sign &out"), tr("Sign out of this server"));
    setTexts(m_quitAction, tr("&Quit"), tr("Quit Tasklane"));
    setTexts(m_undoDeleteAction, tr("&Undo delete"), tr("Bring back the task deleted last"));
    setTexts(m_deleteAction, tr("&Delete"), tr("Delete the selected task"));
    setTexts(m_findAction, tr("&Find"), tr("Search the tasks"));
    setTexts(m_refreshAction, tr("&Refresh"), tr("Load the tasks again"));
    setTexts(m_aboutAction, tr("&About Tasklane"), tr("About Tasklane"));

    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));

    m_toolBar->setWindowTitle(tr("Main tool bar"));
    m_toolBar->setAccessibleName(tr("Main tool bar"));
    m_undoButton->setAccessibleName(tr("Undo delete"));
    m_serverLabel->setAccessibleName(tr("Server"));
    m_accountButton->setAccessibleName(tr("Account"));

    if (m_securityDialog && m_twoFactorTab) {
        const int index = m_securityDialog->tabs()->indexOf(m_twoFactorTab);
        if (index >= 0)
            m_securityDialog->tabs()->setTabText(index, tr("&Two-factor"));
    }

    // The texts that follow the state (the security action's tip, "Signed in as %1", the
    // server) are rendered again from it.
    updateActions();
    updateStatusWidgets();
    // Tool buttons of actions get their accessible names from the actions' tips.
    for (QAction *action : m_toolBar->actions()) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setAccessibleName(action->toolTip());
    }
}
