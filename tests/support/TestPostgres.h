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
};
