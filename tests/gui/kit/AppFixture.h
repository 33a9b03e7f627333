#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class AppContext;
class MainWindow;
class QAbstractItemModel;
class QAbstractItemModelTester;
class QTemporaryDir;
class TasksPage;

// The app as a user starts it, kept away from the user's own: an AppContext with its settings in
// a temporary folder and its credentials under a keychain service of its own (a real Secret
// Service, see scripts/with-test-session.sh), the real MainWindow shown offscreen, and every item
// model of the app (tasks, the table's proxy, tokens, sessions, the security log) under
// QAbstractItemModelTester for as long as it lives.
class AppFixture
{
public:
    static constexpr int WindowWidth = 1000;
    static constexpr int WindowHeight = 650;

    AppFixture();
    ~AppFixture();
    AppFixture(const AppFixture &) = delete;
    AppFixture &operator=(const AppFixture &) = delete;

    // Makes the temporary folder and keychain service, builds the window and starts it. False
    // (with a kit problem) on failure.
    bool create();
    // Drops the window and the context, then builds both again from the same settings file and
    // keychain service, as a restart of the app would; start() is called.
    bool restart();
    // Drops the window, the testers and the context (in that order); the folder stays.
    void destroy();

    QString settingsFile() const;
    QString keychainService() const { return m_keychainService; }

    // The objectName of the page the window shows ("welcomePage", "tasksPage", ...).
    QString pageName() const;
    // Waits until the window shows the page; false (with a kit problem) if it did not.
    bool waitForPage(const QString &name, int timeoutMs);

    // The keys (server|account) of the entries under this app's keychain service, asked of the
    // Secret Service with secret-tool, apart from the app.
    QStringList keychainKeys() const;
    // The secret the app keeps for `username` on the server it is connected to (empty if none).
    QString storedCredential(const QString &username);

    // Public for GuiSession's older names (home, context, window); new code uses the accessors
    // of GuiSession.
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    // The language the app starts in, as `tasklane --lang` gives it (set before create());
    // unset: none installed, the source texts (English).
    std::optional<QString> language;

private:
    bool build();
    void watch(QAbstractItemModel *model);
    void watchTaskProxy(TasksPage *page);

    QString m_keychainService;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_modelTesters;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};
