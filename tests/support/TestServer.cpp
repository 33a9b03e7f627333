#include "TestServer.h"

#include "TestPostgres.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

namespace {

// PostgreSQL databases by the data directory of the server that made them, so that a server
// sharing that directory (shareDataDir) finds the database too.
QHash<QString, QString> &databasesByDataDir()
{
    static QHash<QString, QString> databases;
    return databases;
}

} // namespace

QStringList TestServer::highRateLimits()
{
    return {QStringLiteral("--rate-limit-ip"), QStringLiteral("100000"),
            QStringLiteral("--rate-limit-credential"), QStringLiteral("100000")};
}

TestServer::TestServer(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

TestServer::~TestServer()
{
    if (isRunning())
        stop();
    if (m_ownsDatabase) {
        databasesByDataDir().remove(dataDir());
        TestPostgres::dropDatabase(m_databaseUrl);
    }
}

QString TestServer::databaseUrl() const
{
    if (m_forceSqlite || !TestPostgres::enabled())
        return {};
    if (m_databaseUrl.isEmpty()) {
        m_databaseUrl = databasesByDataDir().value(dataDir());
        if (m_databaseUrl.isEmpty()) {
            m_databaseUrl = TestPostgres::createDatabase();
            m_ownsDatabase = !m_databaseUrl.isEmpty();
            if (m_ownsDatabase)
                databasesByDataDir().insert(dataDir(), m_databaseUrl);
        }
    }
    return m_databaseUrl;
}

QStringList TestServer::storageArguments() const
{
    QStringList arguments{QStringLiteral("--data-dir"), dataDir()};
    if (TestPostgres::enabled() && !m_forceSqlite) {
        const QString url = databaseUrl();
        // No database: a URL that cannot work, so the server says why instead of using SQLite.
        arguments << QStringLiteral("--database")
                  << (url.isEmpty() ? QStringLiteral("postgresql://no-test-database.invalid/x")
                                    : url);
    }
    return arguments;
}

QString TestServer::binary()
{
    return qEnvironmentVariable("TASKLANE_SERVER_BIN");
}

bool TestServer::start()
{
    if (binary().isEmpty()) {
        qWarning("TASKLANE_SERVER_BIN is not set");
        return false;
    }
    QStringList arguments = storageArguments();
    arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    arguments += m_extraArguments;
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(100) && m_process.state() != QProcess::Running)
            break;
        m_output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_baseUrl = match.captured(1);
            return true;
        }
    }
    m_output += m_process.readAll();
    qWarning("tasklane-server did not start: %s", m_output.constData());
    return false;
}

int TestServer::stop()
{
    if (!isRunning())
        return m_process.exitCode();
    m_process.terminate(); // SIGTERM
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    m_output += m_process.readAll();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void TestServer::kill()
{
    if (!isRunning())
        return;
    m_process.kill(); // SIGKILL
    m_process.waitForFinished(15000);
    m_output += m_process.readAll();
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(m_baseUrl + path);
}

QString TestServer::databaseFile() const
{
    return QDir(dataDir()).filePath(QStringLiteral("tasklane.db"));
}

TestServer::Result TestServer::runCli(const QStringList &arguments,
                                      const QByteArray &standardInput) const
{
    QProcess process;
    process.start(binary(), storageArguments() + arguments);
    Result result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(standardInput);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool TestServer::createUser(const QString &username, const QString &password, bool admin) const
{
    QStringList arguments{QStringLiteral("user"),
                          QStringLiteral("add"),
                          username,
                          QStringLiteral("--email"),
                          username + QStringLiteral("@example.org"),
                          QStringLiteral("--password-stdin")};
    if (admin)
        arguments << QStringLiteral("--admin");
    const Result result = runCli(arguments, password.toUtf8() + '\n');
    if (result.exitCode != 0)
        qWarning("user add %s failed: %s", qPrintable(username), qPrintable(result.err));
    return result.exitCode == 0;
}
