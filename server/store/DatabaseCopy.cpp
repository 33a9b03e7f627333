#include "DatabaseCopy.h"

#include "Database.h"
#include "StoreError.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Statements name tables and columns read from the schema; only plain names, which need no
// quoting on either engine, are accepted.
QString checkedName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!plain.match(name).hasMatch())
        throw StoreError("the source database has a table or column with an unexpected name: " +
                         name.toStdString());
    return name;
}

// Parameters per INSERT: well under SQLite's and PostgreSQL's limits, enough rows per
// statement that a large log is not one round trip per row.
constexpr int ValuesPerStatement = 900;

const QString MigrationsTable = QStringLiteral("schema_migrations");

} // namespace

QStringList DatabaseCopy::skippedTables()
{
    return {QStringLiteral("rate_limits")};
}

DatabaseCopy::DatabaseCopy(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{}

QStringList DatabaseCopy::nonEmptyTargetTables()
{
    const bool postgres = m_target.dialect().engine() == SqlDialect::Engine::Postgres;
    QStringList tables;
    auto &query = m_target.exec(
        postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                  " WHERE table_schema = current_schema()"
                                  " AND table_type = 'BASE TABLE'")
                 : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                  " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    while (query.next())
        tables.append(query.value(0).toString());
    std::sort(tables.begin(), tables.end());
    QStringList nonEmpty;
    for (const QString &table : std::as_const(tables)) {
        if (table == MigrationsTable)
            continue;
        // Quoted: the target may hold tables that are not the server's, with any name.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        auto &rows = m_target.exec(QStringLiteral("SELECT 1 FROM \"%1\" LIMIT 1").arg(quoted));
        if (rows.next())
            nonEmpty.append(table);
    }
    return nonEmpty;
}

QStringList DatabaseCopy::columns(const QString &table)
{
    QStringList names;
    auto &query = m_source.exec(QStringLiteral("PRAGMA table_info(%1)").arg(checkedName(table)));
    while (query.next())
        names.append(checkedName(query.value(1).toString()));
    return names;
}

QStringList DatabaseCopy::tablesInDependencyOrder()
{
    QStringList tables;
    auto &query = m_source.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                               " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                               " ORDER BY name"));
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (table != MigrationsTable && !skippedTables().contains(table))
            tables.append(checkedName(table));
    }
    QHash<QString, QSet<QString>> parents;
    for (const QString &table : std::as_const(tables)) {
        auto &keys = m_source.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
        while (keys.next()) {
            const QString parent = keys.value(2).toString();
            if (parent != table)
                parents[table].insert(parent);
        }
    }
    // Repeatedly takes every table whose parents are all placed, in name order.
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString &table : std::as_const(tables)) {
            if (placed.contains(table))
                continue;
            const auto &needed = parents.value(table);
            if (std::all_of(needed.begin(), needed.end(), [&](const QString &parent) {
                    return placed.contains(parent) || !tables.contains(parent);
                })) {
                ordered.append(table);
                placed.insert(table);
                progress = true;
            }
        }
        if (!progress)
            throw StoreError("the source database's foreign keys form a cycle");
    }
    return ordered;
}

qint64 DatabaseCopy::copyTable(const QString &table)
{
    const QStringList names = columns(table);
    if (names.isEmpty())
        throw StoreError("the source table " + table.toStdString() + " has no columns");
    const int rowsPerStatement = std::max<int>(1, ValuesPerStatement / int(names.size()));
    const QString rowPlaceholders =
        QLatin1Char('(') + QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
        QLatin1Char(')');
    const QString insert =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, names.join(QLatin1Char(',')));

    QVariantList batch;
    int batchRows = 0;
    qint64 copied = 0;
    const auto flush = [&] {
        if (batchRows == 0)
            return;
        try {
            m_target.exec(insert + QStringList(batchRows, rowPlaceholders).join(QLatin1Char(',')),
                          batch);
        } catch (const StoreError &error) {
            // Only the reason's first line: PostgreSQL's further lines quote the statement,
            // which QPSQL sends with the values written in (password hashes, sealed secrets).
            const std::string reason = error.what();
            throw StoreError("cannot copy the rows of " + table.toStdString() + ": " +
                                 reason.substr(0, reason.find('\n')),
                             error.kind());
        }
        copied += batchRows;
        batch.clear();
        batchRows = 0;
    };
    // In rowid order, so rows arrive in the order they were written (logs stay in order for a
    // reader that does not sort). A WITHOUT ROWID table (migration 21) has no rowid: its rows
    // come in its primary key's order, which for the audit log is (occurred_at, id).
    auto &definition = m_source.exec(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    const bool withoutRowid =
        definition.next() && definition.value(0).toString().trimmed().endsWith(
                                 QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
    auto &rows =
        m_source.exec(QStringLiteral("SELECT %1 FROM %2%3")
                          .arg(names.join(QLatin1Char(',')), table,
                               withoutRowid ? QString() : QStringLiteral(" ORDER BY rowid")));
    while (rows.next()) {
        for (int i = 0; i < names.size(); ++i)
            batch.append(rows.value(i));
        if (++batchRows == rowsPerStatement)
            flush();
    }
    flush();

    const auto count = [table](Database &db) {
        auto &query = db.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 inSource = count(m_source);
    const qint64 inTarget = count(m_target);
    if (inSource != copied || inTarget != copied)
        throw StoreError(QStringLiteral("the row counts of %1 differ: %2 in the source, %3 "
                                        "copied, %4 in the target")
                             .arg(table)
                             .arg(inSource)
                             .arg(copied)
                             .arg(inTarget)
                             .toStdString());
    return copied;
}

void DatabaseCopy::advanceSequences()
{
    if (m_target.dialect().engine() != SqlDialect::Engine::Postgres)
        return;
    QList<QStringList> serials;
    auto &query = m_target.exec(
        QStringLiteral("SELECT table_name, column_name,"
                       " pg_get_serial_sequence(quote_ident(table_name), column_name)"
                       " FROM information_schema.columns WHERE table_schema = current_schema()"
                       " AND pg_get_serial_sequence(quote_ident(table_name), column_name)"
                       " IS NOT NULL"));
    while (query.next())
        serials.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    for (const QStringList &serial : std::as_const(serials)) {
        // The next value is one past the largest copied id (or 1 when the table is empty).
        m_target.exec(QStringLiteral("SELECT setval(?, COALESCE(MAX(%1), 0) + 1, false) FROM %2")
                          .arg(checkedName(serial.at(1)), checkedName(serial.at(0))),
                      {serial.at(2)});
    }
}

QList<DatabaseCopy::TableCount> DatabaseCopy::run()
{
    m_source.migrate();
    // The source's write lock (BEGIN IMMEDIATE) for a consistent snapshot that nothing changes
    // while it is read; on the target one transaction, the migrations included (PostgreSQL's
    // DDL is transactional), so a failure anywhere leaves it as it was.
    return m_source.transaction([&] {
        return m_target.transaction([&] {
            const QStringList filled = nonEmptyTargetTables();
            if (!filled.isEmpty())
                throw StoreError("the target database is not empty (table " +
                                 filled.first().toStdString() +
                                 " has rows); migrate-to only fills an empty database");
            m_target.migrate();
            const int sourceVersion = m_source.schemaVersion();
            const int targetVersion = m_target.schemaVersion();
            if (sourceVersion != targetVersion)
                throw StoreError(QStringLiteral("the schema versions differ: %1 in the source, "
                                                "%2 in the target")
                                     .arg(sourceVersion)
                                     .arg(targetVersion)
                                     .toStdString());
            QList<TableCount> counts;
            for (const QString &table : tablesInDependencyOrder())
                counts.append({table, copyTable(table)});
            advanceSequences();
            return counts;
        });
    });
}
