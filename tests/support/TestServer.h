#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A real tasklane-server process for a test: its own temporary data directory (SQLite), port 0,
// stopped with SIGTERM when the object goes away. The binary comes from TASKLANE_SERVER_BIN,
// which CMake sets for every test. When the tests run against PostgreSQL
// (scripts/with-postgres.sh sets TASKLANE_TEST_POSTGRES), the server runs on a fresh database
// of its own instead (--database), dropped when the object goes; the data directory still holds
// secret.key.
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
    // Before start(): run on another server's data directory and database (one database, two
    // instances). On PostgreSQL the database stays the other server's, dropped with it.
    void shareDataDir(const QString &dataDir) { m_sharedDataDir = dataDir; }
    // Before start(): SQLite in the data directory whatever the engine of the test run, for tests
    // about the data directory and its database file themselves.
    void useSqlite() { m_forceSqlite = true; }
    // The SQLite file in the data directory (not used on PostgreSQL).
    QString databaseFile() const;
    // The --database URL of this server's PostgreSQL database; empty on SQLite. Read the
    // database through TestDatabase, which takes either.
    QString databaseUrl() const;
    // --data-dir DIR, plus --database URL on PostgreSQL: for a test that starts the binary itself.
    QStringList storageArguments() const;
    QByteArray output() const { return m_output; }

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs `tasklane-server --data-dir DIR [--database URL] args...` (an admin command) and
    // waits for it.
    Result runCli(const QStringList &arguments, const QByteArray &standardInput = {}) const;
    // Creates an account with the CLI; QFAILs inside the caller's test on failure.
    bool createUser(const QString &username, const QString &password, bool admin = false) const;

private:
    QTemporaryDir m_dataDir;
    QString m_sharedDataDir;
    bool m_forceSqlite = false;
    // On PostgreSQL: the database, made on first use; dropped by the server that made it.
    mutable QString m_databaseUrl;
    mutable bool m_ownsDatabase = false;
    QStringList m_extraArguments;
    QProcess m_process;
    QByteArray m_output;
    QString m_baseUrl;
};
