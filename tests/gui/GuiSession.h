#pragma once

#include "HttpClient.h"
#include "MainWindow.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class AppContext;
class QAbstractItemModelTester;
class QTemporaryDir;
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

    // Starts the server, creates the account, builds and shows the window. False on failure
    // (with a QWARN saying why).
    bool setUp(const QStringList &serverArguments = {});
    // Closes the window and drops the context, then builds both again from the same settings
    // file and keychain service, as a restart of the app would; start() is called.
    bool restart();
    // Welcome page -> sign-in page -> FormBrowser -> tasks page; false if it did not get there.
    bool signInThroughUi();

    // The current page's objectName.
    QString pageName() const;
    template<typename T> T *find(const char *name) const;

    // Saves a PNG into $TASKLANE_SCREENSHOTS when set.
    static void snap(const QString &name, QWidget *widget);

    // A second, independent client of the same account, straight over HTTP.
    QString otherClientToken();
    HttpClient::Reply api(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    QJsonObject createTaskOverHttp(const QJsonObject &task);

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
