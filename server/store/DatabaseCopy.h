#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Copies every row of a SQLite database into an empty database of the same schema (PostgreSQL,
// for `tasklane-server migrate-to`). The tables come from the source's schema, not from a list,
// so a table that a later migration adds is copied without anyone remembering to; they are
// copied parents first (by their foreign keys), ids kept, in one transaction on the target,
// and each table's rows are counted again there before it commits. Any failure throws
// StoreError and leaves the target as it was.
class DatabaseCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // Tables that hold only short-lived state and are not copied: rate-limit windows last a
    // minute (or a sign-in window), and starting them afresh costs nothing.
    static QStringList skippedTables();

    DatabaseCopy(Database &source, Database &target);

    // Migrates the source, then in one transaction on the target: refuses it unless every table
    // is empty, migrates it to the same version, copies, verifies. Returns the rows copied per
    // table, in the order copied.
    QList<TableCount> run();

private:
    // The tables with any row in the target (schema_migrations aside, which the normal
    // migrations fill), in name order.
    QStringList nonEmptyTargetTables();
    // The source's tables to copy, every parent before the tables that refer to it.
    QStringList tablesInDependencyOrder();
    QStringList columns(const QString &table);
    qint64 copyTable(const QString &table);
    // PostgreSQL: sequences behind serial or identity columns continue after the copied ids.
    void advanceSequences();

    Database &m_source;
    Database &m_target;
};
