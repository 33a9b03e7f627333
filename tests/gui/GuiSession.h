#pragma once

#include "HttpClient.h"
#include "MainWindow.h"

#include <QJsonObject>
#include <QModelIndex>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class AppContext;
class QAbstractItemModelTester;
class QTemporaryDir;
class TasksPage;
class TestServer;

// What every GUI test needs: a real tasklane-server with one account, an AppContext that keeps
// its settings in a temporary file and its credentials under a keychain service of its own, the
// real MainWindow shown offscreen, and the item models under QAbstractItemModelTester.
class GuiSession
{
public:
    static inline const QString Username = QStringLiteral("alice");
    static inline const QString Password = QStringLiteral("correct horse battery");
    static constexpr int SlowMs = 30000; // sign-ins hash passwords (Argon2id)

    GuiSession();
    ~GuiSession();

    // For initTestCase(): nothing of a test may reach the user's settings, data or keychain.
    static void prepareTestCase(const QString &applicationName);

    // Starts the server, creates the account (an administrator when `administrator`), builds
    // and shows the window. False on failure (with a QWARN saying why).
    bool setUp(const QStringList &serverArguments = {}, bool administrator = false);
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
    // all (the first page of them) and the model is idle. False (with a QWARN) if it did not get
    // there.
    bool signInWithTasks(const QList<QJsonObject> &tasks);

    // The current page's objectName.
    QString pageName() const;
    template<typename T> T *find(const char *name) const;

    // Saves a PNG into $TASKLANE_SCREENSHOTS when set.
    static void snap(const QString &name, QWidget *widget);

    // The task list's row (title column, as the view shows it) with this title; invalid if none.
    QModelIndex rowOfTitle(const QString &title) const;
    // Clicks the row's status cell (the title cell holds the done check box); false if no such row.
    bool clickRow(const QString &title);

    // A second, independent client of the same account, straight over HTTP.
    QString otherClientToken();
    HttpClient::Reply api(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    QJsonObject createTaskOverHttp(const QJsonObject &task);
    // GET /v1/tasks/{id} by the other client; empty if it did not answer 200.
    QJsonObject taskOnServer(const QString &id);
    static QJsonObject task(const QString &title, const QString &status = QStringLiteral("open"),
                            int priority = 4, const QString &due = {},
                            const QStringList &labels = {});

    // The keys (server|account) of the entries under this session's keychain service, asked of
    // the Secret Service with secret-tool, apart from the app.
    QStringList keychainKeys() const;
    // The secret the app keeps for `username` on the server it is connected to (empty if none).
    QString storedCredential(const QString &username);

    // Stops the server process from running (SIGSTOP): the kernel still accepts connections and
    // keeps what the app sends in the socket buffers, but nothing is answered.
    bool freezeServer();
    // True once a request waits, unread, in a socket of the frozen server.
    bool requestWaitingAtServer() const;

    // Answers the next modal dialog called `dialogName` with its button `buttonName`, calling
    // `inspect` first (e.g. for a screenshot). `answered()` says whether it happened.
    void answerModal(const QString &dialogName, const QString &buttonName,
                     std::function<void(QWidget *)> inspect = {});
    bool answered() const { return m_answered; }

    std::unique_ptr<TestServer> server;
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;

private:
    bool buildWindow();
    void watchTaskProxy(TasksPage *page);
    bool waitForPage(const char *name, int timeoutMs);

    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    HttpClient m_http;
    QString m_keychainService;
    QString m_token;
    QTimer m_modalTimer;
    bool m_answered = false;
};

template<typename T> T *GuiSession::find(const char *name) const
{
    return window->findChild<T *>(QLatin1String(name));
}
