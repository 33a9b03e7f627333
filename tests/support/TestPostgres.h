#pragma once

#include <QString>

class QSqlDatabase;

// The PostgreSQL cluster of a test run: scripts/with-postgres.sh starts one and exports
// TASKLANE_TEST_POSTGRES (a superuser's URL). Then each TestServer runs on a database of its
// own, made here and dropped when the server goes.
class TestPostgres
{
public:
    // True when the tests run against PostgreSQL.
    static bool enabled();
    // A new, empty database; returns its URL, or an empty string (with a warning) on failure.
    static QString createDatabase();
    // Drops the database, ending the connections still open to it.
    static void dropDatabase(const QString &url);
    // A QPSQL connection to `url` under `connectionName`, not opened yet.
    static QSqlDatabase connection(const QString &url, const QString &connectionName);

    // Whether this test has a cluster it may stop and start: scripts/with-postgres.sh --own
    // made one for it (TASKLANE_TEST_POSTGRES_DATA, TASKLANE_TEST_POSTGRES_PG_CTL).
    static bool canRestartCluster();
    // pg_ctl stop -m fast: the cluster ends every connection and is down when this returns.
    static bool stopCluster();
    // pg_ctl start: the cluster is back, on the same port, accepting connections.
    static bool startCluster();
    // pg_ctl restart -m fast, waiting until the cluster accepts connections again.
    static bool restartCluster();
};
