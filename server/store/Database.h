#pragma once

#include "LookupCache.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThread;
class SqliteReader;

// One connection to the server's database. Opens SQLite (a file in the data dir) or
// PostgreSQL from a URL, applies the migrations, and runs prepared statements, cached by text.
// A Database belongs to the thread that made it: Qt SQL connections, SQLite's reader and the
// statement cache may be used only there (the server has one per worker thread, WorkerPool).
// Debug builds assert it.
class Database
{
public:
    // "sqlite:///path/to/file.db" or "postgresql://user:password@host:port/dbname?options", the
    // options (sslmode=require, connect_timeout=5, ...) handed to libpq as they are. Throws
    // StoreError, with a one-line reason, when the database cannot be opened.
    explicit Database(const QString &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString sqliteUrl(const QString &filePath);

    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion();
    void migrate();

    // Runs a statement with positional "?" placeholders; throws StoreError on failure.
    // The returned query is positioned before the first row and valid until the next exec().
    // With placeholders the statement is prepared once and kept; without, on PostgreSQL it runs
    // unprepared (QPSQL prepares on the server, which refuses to prepare SET and DDL).
    QSqlQuery &exec(const QString &sql, const QVariantList &values = {});

    // Runs a SELECT and maps its first row, if it has one, with `map(const SqlRow &)`.
    // For the lookups every request makes: on SQLite, outside a transaction, it runs on a
    // SqliteReader instead of Qt SQL; inside one it runs on this connection, so that it sees
    // the transaction's own writes. Throws StoreError on failure.
    template<typename Map>
    auto selectFirst(const QString &sql, const QVariantList &values, Map &&map)
        -> std::optional<std::invoke_result_t<Map, const SqlRow &>>
    {
        std::optional<std::invoke_result_t<Map, const SqlRow &>> result;
        readFirstRow(sql, values, [&](const SqlRow &row) { result = map(row); });
        return result;
    }

    // selectFirst() through `cache`, under `key`: a found row is kept until the database
    // changes. Rows that are not found are not kept (unknown credentials must not fill memory).
    template<typename T, typename Map>
    std::optional<T> selectFirstCached(LookupCache<T> &cache, const QString &key,
                                       const QString &sql, const QVariantList &values, Map &&map)
    {
        // Read before the row: a commit in between leaves the entry under the older version,
        // where the next lookup will not find it.
        const auto version = dataVersion();
        if (version) {
            if (auto hit = cache.find(key, *version))
                return hit;
        }
        std::optional<T> found = selectFirst(sql, values, std::forward<Map>(map));
        if (found && version)
            cache.insert(key, *version, *found);
        return found;
    }

    // A number that changes whenever anything is committed to the database, by any
    // connection (SQLite's PRAGMA data_version on the reader connection). nullopt when there
    // is no such number (PostgreSQL, in-memory SQLite) or inside a transaction, whose own
    // uncommitted writes it would not show.
    std::optional<qint64> dataVersion();

    bool inTransaction() const { return m_transactionDepth > 0; }

    // Runs `work` in a transaction: committed when it returns, rolled back when it throws.
    template<typename Work> auto transaction(Work &&work)
    {
        begin();
        try {
            if constexpr (std::is_void_v<decltype(work())>) {
                work();
                commit();
            } else {
                auto result = work();
                commit();
                return result;
            }
        } catch (...) {
            rollback();
            throw;
        }
    }

private:
    void readFirstRow(const QString &sql, const QVariantList &values,
                      const std::function<void(const SqlRow &)> &read);
    void applyMigrations();
    [[noreturn]] void throwFailure(const QSqlError &error);
    // After a lost connection (PostgreSQL): a new one, before the next statement outside a
    // transaction. Throws StoreError (Unavailable) while the database cannot be reached.
    void reconnectIfLost();
    void begin();
    void commit();
    void rollback();

    SqlDialect m_dialect;
    QThread *m_thread; // the thread that made it, the only one that may use it
    QString m_connectionName;
    QSqlDatabase m_db;
    void finishActive();

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // The statement whose rows a caller may still be reading. It is finished before the next
    // statement runs: an unfinished SELECT holds SQLite's read snapshot open, which hides other
    // processes' writes and makes COMMIT fail. Callers read all rows before the next exec().
    std::shared_ptr<QSqlQuery> m_active;
    int m_transactionDepth = 0;
    bool m_connectionLost = false;
    std::unique_ptr<SqliteReader> m_reader; // SQLite files only
};
