#pragma once

#include <QString>

class QSqlQuery;

// One result row read by column number, whichever way its statement ran: Qt SQL (QueryRow) or
// SQLite's own API (SqliteReader). Store code that maps a row to a value through it serves both.
class SqlRow
{
public:
    virtual ~SqlRow() = default;
    virtual QString text(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual bool isNull(int column) const = 0;

    // A nullable time in ms since the epoch: 0 when NULL.
    qint64 msOrZero(int column) const { return isNull(column) ? 0 : integer(column); }
};

// The current row of a QSqlQuery.
class QueryRow final : public SqlRow
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    {}
    QString text(int column) const override;
    qint64 integer(int column) const override;
    bool isNull(int column) const override;

private:
    const QSqlQuery &m_query;
};
