#include "TestPostgres.h"

#include <QAtomicInt>
#include <QCoreApplication>
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
