#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A real tasklane-server process for a test: its own temporary data directory (SQLite), port 0,
// stopped with SIGTERM when the object goes away. The binary comes from TASKLANE_SERVER_BIN,
// which CMake sets for every test.
class TestServer
{
public:
    explicit TestServer(QStringList extraArguments = {});
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    static QString binary();
    // Per-address and per-credential rate limits far above what one test run does, for tests
    // that sign in again and again (the limits have tests of their own).
    static QStringList highRateLimits();

    // Starts and waits for the "listening on" line; false (with a QWARN) on failure.
    bool start();
    // Sends SIGTERM and waits; returns the exit code (-1 if it had to be killed).
    int stop();
    // Sends SIGKILL and waits: the server dies with whatever it was doing, nothing cleaned up.
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }

    QUrl url(const QString &path = {}) const;
    QString baseUrl() const { return m_baseUrl; }
    QString dataDir() const
    {
        return m_sharedDataDir.isEmpty() ? m_dataDir.path() : m_sharedDataDir;
    }
    // Before start(): run on another server's data directory (one database, two instances).
    void shareDataDir(const QString &dataDir) { m_sharedDataDir = dataDir; }
    QString databaseFile() const;
    QByteArray output() const { return m_output; }

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs `tasklane-server --data-dir DIR args...` (an admin command) and waits for it.
    Result runCli(const QStringList &arguments, const QByteArray &standardInput = {}) const;
    // Creates an account with the CLI; QFAILs inside the caller's test on failure.
    bool createUser(const QString &username, const QString &password, bool admin = false) const;

private:
    QTemporaryDir m_dataDir;
    QString m_sharedDataDir;
    QStringList m_extraArguments;
    QProcess m_process;
    QByteArray m_output;
    QString m_baseUrl;
};
