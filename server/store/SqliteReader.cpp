#include "SqliteReader.h"

#include "StoreError.h"

#include <QVariant>

#include <sqlite3.h>

namespace {

// The row sqlite3_step() stopped on, read in place.
class StatementRow final : public SqlRow
{
public:
    explicit StatementRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    QString text(int column) const override
    {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }

private:
    sqlite3_stmt *m_statement;
};

// Resets the statement however the read ends, so that it holds no read snapshot between
// requests (an open snapshot would hide later commits and keep the WAL from being checkpointed).
class ResetWhenDone
{
public:
    explicit ResetWhenDone(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    ~ResetWhenDone()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    ResetWhenDone(const ResetWhenDone &) = delete;
    ResetWhenDone &operator=(const ResetWhenDone &) = delete;

private:
    sqlite3_stmt *m_statement;
};

} // namespace

SqliteReader::SqliteReader(const QString &filePath)
{
    const QByteArray path = filePath.toUtf8();
    // NOMUTEX: the server uses a connection from one thread at a time.
    const int opened = sqlite3_open_v2(path.constData(), &m_db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (opened != SQLITE_OK) {
        const std::string reason = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(opened);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open the database for reading: " + reason);
    }
    // The same wait as the main connection (SqlDialect::connectionSetup), and no writes: this
    // connection exists to read.
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_exec(m_db, "PRAGMA query_only=ON", nullptr, nullptr, nullptr);
}

SqliteReader::~SqliteReader()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

void SqliteReader::fail(const char *what) const
{
    throw StoreError(std::string(what) + ": " + sqlite3_errmsg(m_db));
}

sqlite3_stmt *SqliteReader::statement(const QString &sql)
{
    sqlite3_stmt *&cached = m_statements[sql];
    if (!cached) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                               &cached, nullptr) != SQLITE_OK) {
            m_statements.remove(sql);
            fail("cannot prepare a statement");
        }
    }
    return cached;
}

qint64 SqliteReader::dataVersion()
{
    static const QString sql = QStringLiteral("PRAGMA data_version");
    qint64 version = 0;
    if (!readFirstRow(sql, {}, [&](const SqlRow &row) { version = row.integer(0); }))
        throw StoreError("PRAGMA data_version returned no row");
    return version;
}

bool SqliteReader::readFirstRow(const QString &sql, const QVariantList &values,
                                const std::function<void(const SqlRow &)> &read)
{
    sqlite3_stmt *stmt = statement(sql);
    const ResetWhenDone reset(stmt);
    if (sqlite3_bind_parameter_count(stmt) != values.size())
        throw StoreError("a statement got the wrong number of values");
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int bound = SQLITE_OK;
        // A null QString is NULL, as Qt SQL binds it.
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull())) {
            bound = sqlite3_bind_null(stmt, i + 1);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            bound = sqlite3_bind_text(stmt, i + 1, utf8.constData(), int(utf8.size()),
                                      SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            bound = sqlite3_bind_int64(stmt, i + 1, value.toLongLong());
        } else {
            throw StoreError("a statement got a value of a type the reader does not bind");
        }
        if (bound != SQLITE_OK)
            fail("cannot bind a value");
    }
    switch (sqlite3_step(stmt)) {
    case SQLITE_ROW:
        read(StatementRow(stmt));
        return true;
    case SQLITE_DONE:
        return false;
    default:
        fail("a statement failed");
    }
}
