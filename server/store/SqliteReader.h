#pragma once

#include "SqlRow.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// A second connection to the server's SQLite file, through SQLite's own API, for the lookups
// that run on every API request (the bearer credential with its session and user). Qt SQL's
// SQLite driver rebuilds a QSqlRecord of every column and a QVariant per value on each exec,
// which was a third of an authenticated GET /v1/tasks; here a cached statement is reset, bound
// and stepped, and the columns are read in place.
//
// Each read is a transaction of its own, so it sees everything committed so far, by this
// process or another, and nothing uncommitted: Database sends reads made inside one of its
// transactions to its own connection instead.
class SqliteReader
{
public:
    // Throws StoreError when the file cannot be opened.
    explicit SqliteReader(const QString &filePath);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    // Runs `sql` with `values` bound to its "?" placeholders in order (strings, integers,
    // null) and calls `read` with its first row, if it has one. Returns whether it had one.
    // Throws StoreError when the statement cannot be prepared or fails.
    bool readFirstRow(const QString &sql, const QVariantList &values,
                      const std::function<void(const SqlRow &)> &read);

    // PRAGMA data_version: changes whenever another connection (every connection but this
    // read-only one) commits.
    qint64 dataVersion();

private:
    sqlite3_stmt *statement(const QString &sql);
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
};
