#include "TestDatabase.h"

#include "TestPostgres.h"
#include "TestServer.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QAtomicInt connectionCounter;

// Nothing searched proves nothing: the answer is the one that fails a test.
bool nothingToSearch()
{
    qWarning("storesAnywhere: the database has nothing to search");
    return true;
}

} // namespace

TestDatabase::TestDatabase(const TestServer &server)
    : m_connectionName(
          QStringLiteral("test-database-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_postgres(!server.databaseUrl().isEmpty())
{
    QSqlDatabase db;
    if (m_postgres) {
        db = TestPostgres::connection(server.databaseUrl(), m_connectionName);
    } else {
        m_sqliteFile = server.databaseFile();
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_sqliteFile);
        // The server may be writing: wait for its lock rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    m_open = db.open();
    if (!m_open)
        qWarning("cannot open the server's database: %s", qPrintable(db.lastError().text()));
}

TestDatabase::~TestDatabase()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QList<QVariantList> TestDatabase::rows(const QString &sql, const QVariantList &values) const
{
    QList<QVariantList> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return result;
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        result.append(row);
    }
    return result;
}

QVariant TestDatabase::value(const QString &sql, const QVariantList &values) const
{
    const auto found = rows(sql, values);
    return found.isEmpty() || found.first().isEmpty() ? QVariant() : found.first().first();
}

int TestDatabase::execute(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    bool ok = false;
    if (values.isEmpty()) {
        // Unprepared: QPSQL prepares on the server, which refuses to prepare DDL.
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = ok && query.exec();
    }
    if (!ok) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.numRowsAffected();
}

int TestDatabase::count(const QString &table, const QString &where) const
{
    const QVariant counted =
        value(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where));
    return counted.isValid() ? counted.toInt() : -1;
}

bool TestDatabase::storesAnywhere(const QByteArray &needle) const
{
    if (!m_postgres) {
        int read = 0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(m_sqliteFile + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue; // no WAL file right now
            ++read;
            if (file.readAll().contains(needle))
                return true;
        }
        return read == 0 ? nothingToSearch() : false;
    }
    // Each row as PostgreSQL's text form of the whole row: every column, whatever its type.
    const auto tables = rows(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'public'"));
    if (tables.isEmpty())
        return nothingToSearch();
    for (const QVariantList &table : tables) {
        const auto texts =
            rows(QStringLiteral("SELECT t::text FROM \"%1\" t").arg(table.first().toString()));
        for (const QVariantList &text : texts) {
            if (text.first().toString().toUtf8().contains(needle))
                return true;
        }
    }
    return false;
}
