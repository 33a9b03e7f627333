#pragma once

#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

// One connection to the server's database. Opens SQLite (a file in the data dir) or
// PostgreSQL from a URL, applies the migrations, and runs prepared statements, cached by text.
class Database
{
public:
    // "sqlite:///path/to/file.db" or "postgresql://user:password@host:port/dbname".
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
    QSqlQuery &exec(const QString &sql, const QVariantList &values = {});

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
    void begin();
    void commit();
    void rollback();

    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    void finishActive();

    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // The statement whose rows a caller may still be reading. It is finished before the next
    // statement runs: an unfinished SELECT holds SQLite's read snapshot open, which hides other
    // processes' writes and makes COMMIT fail. Callers read all rows before the next exec().
    std::shared_ptr<QSqlQuery> m_active;
    int m_transactionDepth = 0;
};
