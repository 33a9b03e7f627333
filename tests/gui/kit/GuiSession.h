#pragma once

#include "AppContext.h"
#include "AppFixture.h"
#include "AppSignIn.h"
#include "HttpClient.h"
#include "KitProblem.h"
#include "MainWindow.h"
#include "ModalAnswerer.h"
#include "Screens.h"
#include "Screenshots.h"
#include "SessionManager.h"
#include "TaskList.h"
#include "TestServer.h"
#include "TestUser.h"
#include "Totp.h"
#include "Ui.h"
#include "UserFactory.h"

#include <QJsonObject>
#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;

// The GUI scripting kit in one object (docs/qa.md, "Writing a GUI script"): a real
// tasklane-server on port 0 with a fresh database and one account (alice), the real app
// (AppFixture), and the parts a script works with:
//
//   users()    UserFactory: more accounts (admin, two-factor), the API as any of them
//   signIn()   the app signed in without a browser window (FormBrowser), or with a token
//   open()     a screen by its objectName (Screens)
//   ui()       widgets and actions by objectName, with a clear message when one is missing
//   modals()   answers for modal dialogs (ModalAnswerer)
//   tasks()    the task list's rows
//   Totp       codes as the phone shows them (static; TestUser::freshCode())
//
// When the test function has failed, destroying the session (in cleanup()) saves a screenshot
// of the active window under gui-failures/ (Screenshots::onFailure()).
//
// The members before "The kit's parts" are the older names, kept for the scripts written before
// the kit; they forward to the parts.
class GuiSession
{
public:
    static inline const QString Username = QStringLiteral("alice");
    static inline const QString Password = QStringLiteral("correct horse battery");
    static constexpr int SlowMs = AppSignIn::SlowMs; // sign-ins hash passwords (Argon2id)

    GuiSession();
    ~GuiSession();
    GuiSession(const GuiSession &) = delete;
    GuiSession &operator=(const GuiSession &) = delete;

    // For initTestCase(): nothing of a test may reach the user's settings, data or keychain; and
    // the file and print dialogs are Qt's own, which a script can answer.
    static void prepareTestCase(const QString &applicationName);

    // Starts the server, creates alice (an administrator when `administrator`), builds and shows
    // the window. False on failure (with a kit problem saying why).
    bool setUp(const QStringList &serverArguments = {}, bool administrator = false);
    // Before setUp(): the app starts in `language` ("de"), as `tasklane --lang de` does.
    void setLanguage(const QString &language) { m_app.language = language; }
    // Closes the window and drops the context, then builds both again from the same settings
    // file and keychain service, as a restart of the app would; start() is called.
    bool restart();
    // Welcome page -> sign-in page; false if it did not get there.
    bool connectToServer();
    // Sign-in page -> FormBrowser -> tasks page; false if it did not get there.
    bool signInWithBrowser(const QString &username = Username, const QString &password = Password);
    // Welcome page -> sign-in page -> FormBrowser -> tasks page; false if it did not get there.
    bool signInThroughUi();
    // Creates `tasks` over HTTP, signs in through the window and waits until the list shows them
    // all (the first page of them) and the model is idle. False if it did not get there.
    bool signInWithTasks(const QList<QJsonObject> &tasks);

    // The current page's objectName.
    QString pageName() const;
    // Ui::find(): the widget or action called `name`, or nullptr (with a kit problem).
    template<typename T> T *find(const char *name) const;

    // Saves a PNG into $TASKLANE_SCREENSHOTS when set (Screenshots::snap()).
    static void snap(const QString &name, QWidget *widget);

    // TaskList::rowOfTitle() and clickRow().
    QModelIndex rowOfTitle(const QString &title) const;
    bool clickRow(const QString &title);

    // alice's "other device" over HTTP (UserFactory::accessToken() and api()).
    QString otherClientToken();
    HttpClient::Reply api(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    QJsonObject createTaskOverHttp(const QJsonObject &task);
    // GET /v1/tasks/{id} by the other client; empty if it did not answer 200.
    QJsonObject taskOnServer(const QString &id);
    static QJsonObject task(const QString &title, const QString &status = QStringLiteral("open"),
                            int priority = 4, const QString &due = {},
                            const QStringList &labels = {});

    // AppFixture::keychainKeys() and storedCredential().
    QStringList keychainKeys() const;
    QString storedCredential(const QString &username);

    // ServerFaults::freeze() and requestWaiting().
    bool freezeServer();
    bool requestWaitingAtServer() const;

    // ModalAnswerer::answer(); answered(): its steps all ran.
    void answerModal(const QString &dialogName, const QString &buttonName,
                     std::function<void(QWidget *)> inspect = {});
    bool answered() const { return m_modals.finished(); }

    std::unique_ptr<TestServer> server;

private:
    AppFixture m_app; // before the references to its members below

public:
    std::unique_ptr<QTemporaryDir> &home = m_app.home;
    std::unique_ptr<AppContext> &context = m_app.context;
    std::unique_ptr<MainWindow> &window = m_app.window;

    // ---- The kit's parts ----------------------------------------------------------------------

    // alice, made by setUp(): an administrator only if setUp() was asked to, two-factor
    // authentication off.
    // Non-const, so that enabling 2FA for it (users().enableTwoFactor(user())) is remembered.
    TestUser &user() { return m_user; }
    // Creates another account (see UserFactory::create()): e.g.
    //   createUser("carol", UserFactory::Option::TwoFactor)
    TestUser createUser(const QString &username, UserFactory::Options options = {});

    // Signs the app in as `user` through the sign-in page and the browser (FormBrowser), from
    // the welcome or the sign-in page; see AppSignIn::withBrowser().
    bool signIn(const TestUser &user, const QString &twoFactorCode = {});
    bool signInWithToken(const TestUser &user, const QString &token = {});
    bool signOut();

    // Screens::open(): e.g. open("twoFactorTab"), open<TwoFactorTab>("twoFactorTab").
    QWidget *open(QAnyStringView screen) { return m_screens.open(screen); }
    template<typename T> T *open(QAnyStringView screen) { return m_screens.open<T>(screen); }
    // Screens::openAndAnswer(): e.g. openAndAnswer("settingsDialog", "settingsOkButton").
    bool openAndAnswer(QAnyStringView screen, QAnyStringView button,
                       std::function<void(QWidget *)> inspect = {});
    // Ui::click() and Ui::trigger().
    bool click(QAnyStringView buttonName) { return ui().click(buttonName); }
    bool trigger(QAnyStringView actionName) { return ui().trigger(actionName); }

    UserFactory &users() { return *m_users; }
    AppFixture &app() { return m_app; }
    AppSignIn &appSignIn() { return *m_signIn; }
    Screens &screens() { return m_screens; }
    Ui &ui() const;
    ModalAnswerer &modals() { return m_modals; }
    TaskList &tasks() { return m_tasks; }

private:
    mutable Ui m_ui;
    ModalAnswerer m_modals;
    Screens m_screens;
    TaskList m_tasks;
    std::unique_ptr<UserFactory> m_users;
    std::unique_ptr<AppSignIn> m_signIn;
    TestUser m_user;
};

template<typename T> T *GuiSession::find(const char *name) const
{
    return ui().find<T>(QLatin1String(name));
}
