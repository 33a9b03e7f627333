#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

class TestServer;

// The database a TestServer runs on, for tests that read or write it behind the server's back:
// the SQLite file in its data directory, or its own PostgreSQL database when the tests run
// against PostgreSQL. The same calls work on both; the SQL given must be valid on both.
class TestDatabase
{
public:
    explicit TestDatabase(const TestServer &server);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool isOpen() const { return m_open; }
    bool isPostgres() const { return m_postgres; }

    // Runs a statement with "?" placeholders and returns its rows (none on failure, with a
    // warning naming the statement).
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {}) const;
    // The first column of the first row; an invalid QVariant when there is none.
    QVariant value(const QString &sql, const QVariantList &values = {}) const;
    // Runs a statement that changes rows or the schema (DDL too: without values it runs
    // unprepared); returns how many rows it changed, or -1 on failure.
    int execute(const QString &sql, const QVariantList &values = {}) const;
    // Rows of `table` that satisfy `where`.
    int count(const QString &table, const QString &where = QStringLiteral("1 = 1")) const;

    // True when `needle` is stored anywhere in the database, in whatever column: in SQLite the
    // bytes of its files (the database, its WAL and shared memory), in PostgreSQL every row of
    // every table of the server's, read as text. For "this secret is stored only as a hash".
    // True also when there was nothing to search (no file, no table), which proves nothing.
    bool storesAnywhere(const QByteArray &needle) const;

private:
    QString m_connectionName;
    QString m_sqliteFile;
    bool m_postgres = false;
    bool m_open = false;
};
