#include "TestPostgres.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace {

QString clusterUrl()
{
    return qEnvironmentVariable("TASKLANE_TEST_POSTGRES");
}

// Runs one statement on the cluster's maintenance database; CREATE and DROP DATABASE cannot run
// prepared or in a transaction, so it runs as it is.
bool runOnCluster(const QString &statement)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-postgres-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = TestPostgres::connection(clusterUrl(), name);
        if (!db.open()) {
            qWarning("cannot reach the test cluster: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString dataDirectory()
{
    return qEnvironmentVariable("TASKLANE_TEST_POSTGRES_DATA");
}

// Runs pg_ctl on the test's cluster with `arguments` after -D, as the cluster's owner: initdb
// refuses root, so as root with-postgres.sh made the cluster for the `postgres` user and says so
// in TASKLANE_TEST_POSTGRES_OWNER.
bool runPgCtl(const QStringList &arguments)
{
    QString program = qEnvironmentVariable("TASKLANE_TEST_POSTGRES_PG_CTL");
    QStringList all{QStringLiteral("-D"), dataDirectory()};
    all += arguments;
    const QString owner = qEnvironmentVariable("TASKLANE_TEST_POSTGRES_OWNER");
    if (!owner.isEmpty()) {
        all = QStringList{QStringLiteral("-u"), owner, QStringLiteral("--"), program} + all;
        program = QStringLiteral("runuser");
    }
    QProcess pgCtl;
    pgCtl.setProcessChannelMode(QProcess::MergedChannels);
    pgCtl.start(program, all);
    // pg_ctl -w waits up to its own -t; this only bounds a pg_ctl that hangs beyond it.
    if (!pgCtl.waitForFinished(120000) || pgCtl.exitStatus() != QProcess::NormalExit ||
        pgCtl.exitCode() != 0) {
        qWarning("pg_ctl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 pgCtl.readAll().constData());
        return false;
    }
    return true;
}

// Where pg_ctl start writes the server's log: with-postgres.sh's, beside the data directory.
QString serverLog()
{
    return QDir(dataDirectory()).absoluteFilePath(QStringLiteral("../server.log"));
}

} // namespace

bool TestPostgres::enabled()
{
    return !clusterUrl().isEmpty();
}

QSqlDatabase TestPostgres::connection(const QString &url, const QString &connectionName)
{
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed.host());
    db.setPort(parsed.port(5432));
    db.setUserName(parsed.userName(QUrl::FullyDecoded));
    db.setPassword(parsed.password(QUrl::FullyDecoded));
    db.setDatabaseName(parsed.path(QUrl::FullyDecoded).mid(1));
    return db;
}

QString TestPostgres::createDatabase()
{
    // The test's name in the database's, for whoever looks at a cluster left behind.
    const QString test = QCoreApplication::applicationName().left(20).toLower().remove(
        QRegularExpression(QStringLiteral("[^a-z0-9_]")));
    const QString name =
        test + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(24);
    if (!runOnCluster(QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    QUrl url(clusterUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

void TestPostgres::dropDatabase(const QString &url)
{
    const QString name = QUrl(url).path().mid(1);
    if (!name.isEmpty())
        runOnCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

bool TestPostgres::canRestartCluster()
{
    return enabled() && !dataDirectory().isEmpty() &&
           !qEnvironmentVariable("TASKLANE_TEST_POSTGRES_PG_CTL").isEmpty();
}

bool TestPostgres::stopCluster()
{
    return runPgCtl({QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                     QStringLiteral("stop")});
}

bool TestPostgres::startCluster()
{
    return runPgCtl({QStringLiteral("-l"), serverLog(), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("60"), QStringLiteral("start")});
}

bool TestPostgres::restartCluster()
{
    return runPgCtl({QStringLiteral("-l"), serverLog(), QStringLiteral("-m"),
                     QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("60"), QStringLiteral("restart")});
}
