#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class AccountSecurityDialog;
class AdminWindow;
class AppContext;
class NoticeTray;
class ApiError;
class BusyPage;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;
class SignInPage;
class TasksPage;
class TwoFactorTab;
class WaitingForBrowserPage;
class WelcomePage;
struct Account;

// The one window. Pages in a stack (welcome, sign-in, waiting for the browser, busy, tasks),
// the menus, tool bar and status bar, and the sign-in flow between SessionManager and the pages:
// the pages only ask, this class decides which page follows.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct StartOptions
    {
        QUrl server;        // --server: connect here instead of the last server
        bool local = false; // --local: use a server on this computer
    };

    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Decides the first page: a silent sign-in to the last server and account, the server
    // given on the command line, or the welcome page.
    void start(const StartOptions &options);
    void start();

    QWidget *currentPage() const;
    WelcomePage *welcomePage() const { return m_welcomePage; }
    // The pages other than the welcome page are built when first shown; null until then. The
    // tasks page comes with the first sign-in: a start that ends on the welcome or sign-in page
    // never builds it.
    SignInPage *signInPage() const { return m_signInPage; }
    TasksPage *tasksPage() const { return m_tasksPage; }
    // Account security, while it is open (built when first opened, gone at sign-out).
    AccountSecurityDialog *accountSecurityDialog() const;
    // The tray icon and its messages (new sign-ins, expiring tokens).
    NoticeTray *noticeTray() const { return m_noticeTray; }
    // Administration, while it is open (built when first opened, gone at sign-out).
    AdminWindow *adminWindow() const;

signals:
    // The tasks page was built and joined the page stack (once per window).
    void tasksPageCreated(TasksPage *page);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Busy { None, StartingLocalServer, Connecting, SigningIn };

    // Every constant text (actions, menus, tool bar), then the state's (updateActions(),
    // updateStatusWidgets()): at start and on QEvent::LanguageChange.
    void retranslateUi();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void connectSession();
    void connectLocalServer();

    void showWelcome();
    void showSignIn(const QString &reason = {});
    void showBusy(const QString &text, Busy busy);
    void showTasks();
    SignInPage *ensureSignInPage();
    WaitingForBrowserPage *ensureWaitingPage();
    BusyPage *ensureBusyPage();
    TasksPage *ensureTasksPage();
    // TasksPage::whenEditsSettled(), or `proceed` at once while there is no tasks page.
    void whenEditsSettled(const std::function<void()> &proceed);
    void setPage(QWidget *page);

    void useLocalServer(bool restoreAfterwards);
    void onLocalServerStarted(const QUrl &url);
    void connectToServer(const QUrl &url, bool local);
    void restoreSession(const QUrl &url, const QString &username);
    void cancelBusy();
    void onSignedIn(const Account &account);
    void onSignedOut(const QString &reason);
    void signOut();
    void changeServer();
    void showSettings();
    void showAccountSecurity();
    void showAdministration();
    // The setup wizard, for an administrator whose administration needs two-factor
    // authentication.
    void setUpTwoFactorForAdministration();
    // Signs out, to the sign-in page, which says that signing in again brings administration.
    void signInAgainForAdministration();
    // Closes Administration and forgets it: the session ended, or changed hands.
    void closeAdministration();
    void showAbout();
    void showTransientMessage(const QString &message, int milliseconds);
    void showError(const ApiError &error);
    void updateActions();
    void updateStatusWidgets();

    AppContext &m_context;
    QStackedWidget *m_pages;
    WelcomePage *m_welcomePage;
    // Built when first needed (the ensure…Page() functions).
    SignInPage *m_signInPage = nullptr;
    WaitingForBrowserPage *m_waitingPage = nullptr;
    BusyPage *m_busyPage = nullptr;
    TasksPage *m_tasksPage = nullptr;

    QAction *m_newTaskAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_securityAction = nullptr;
    QAction *m_adminAction = nullptr;
    // In the Administration entry's place, for an administrator without the admin scope: turn
    // two-factor authentication on (the server requires it), or sign in again once it is on.
    QAction *m_adminTwoFactorAction = nullptr;
    QAction *m_adminSignInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoDeleteAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolButton *m_accountButton = nullptr;
    QLabel *m_serverLabel = nullptr;
    QToolButton *m_undoButton = nullptr;
    QPointer<AccountSecurityDialog> m_securityDialog;
    TwoFactorTab *m_twoFactorTab = nullptr; // in m_securityDialog
    NoticeTray *m_noticeTray = nullptr;
    QPointer<AdminWindow> m_adminWindow;
    QTimer m_undoOfferTimer;

    Busy m_busy = Busy::None;
    bool m_restoring = false;      // a silent sign-in is running: no sign-in page in between
    bool m_changingServer = false; // the sign-out was for "Change server…": welcome page next
    bool m_restoreAfterLocalStart = false;
    bool m_localServerWired = false;
    bool m_closeConfirmed = false;
    QUrl m_serverUrl; // the server being used or connected to
    bool m_serverIsLocal = false;
    // Two-factor authentication was turned on in this sign-in: the admin scope needs a new one.
    bool m_twoFactorTurnedOn = false;
    // The sign-out was "Sign in again for administration": the sign-in page says why.
    bool m_signingInForAdministration = false;
};
