#pragma once

#include <QString>
#include <QStringList>

class QSqlError;
class QUrlQuery;

// Everything that differs between SQLite and PostgreSQL lives here; stores write portable SQL.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine);

    Engine engine() const { return m_engine; }
    QString qtDriver() const;
    // Statements run on every new connection.
    QStringList connectionSetup() const;
    // QSqlDatabase::setConnectOptions() for a PostgreSQL URL's query (?sslmode=require&...):
    // every parameter goes to libpq as given (its names: "Parameter Key Words" in the libpq
    // manual), quoted; connect_timeout=10 and TCP keepalives with tcp_user_timeout unless the
    // URL sets them (docs/admin.md section 9), so a database that does not answer fails fast.
    // Throws StoreError on a value that cannot be passed (a ';').
    static QString postgresConnectOptions(const QUrlQuery &query);
    // The driver's reason a connection failed, on one line (libpq writes several).
    static QString oneLine(const QString &text);
    // Why a statement failed, for a StoreError (which reaches the log): the first line of the
    // driver's text and the SQLSTATE. PostgreSQL follows that line with DETAIL ("Key
    // (token_hash)=(...) already exists") and, for some errors, the statement as Qt's driver
    // sent it, values written in: a password hash or a sealed secret must not go to a log.
    // (The first line itself quotes a value only for a value of the wrong type, e.g. "invalid
    // input syntax for type integer", which the stores never bind.)
    static QString reasonOf(const QSqlError &error);
    // Taken around the migrations so that instances starting at once take turns (PostgreSQL's
    // session advisory lock); empty on SQLite, whose write lock serialises each migration.
    QString migrationLock() const;
    QString migrationUnlock() const;
    // QPSQL prepares every statement on the server, where SET and DDL cannot be prepared; there
    // a statement without placeholders runs unprepared. SQLite keeps it prepared and cached.
    bool preparesStatementsWithoutParameters() const { return m_engine == Engine::Sqlite; }
    // How a kept credential look-up (CredentialCache) learns that what it read has changed.
    // SQLite: PRAGMA data_version, which every commit by any connection moves
    // (Database::dataVersion()). PostgreSQL has no such number: there triggers move the user's
    // row of credential_versions in the same transaction as the change (migration 18).
    bool tracksCredentialVersions() const { return m_engine == Engine::Postgres; }
    // Column type for an auto-sized text primary key and for 64-bit integers.
    QString bigint() const { return QStringLiteral("BIGINT"); }
    // Selects a TEXT column so that Qt hands over its UTF-8 bytes (QVariant::toByteArray).
    // SQLite would convert stored text to UTF-16 for Qt one byte at a time, which dominated a
    // task listing; read as a BLOB the bytes come as stored. PostgreSQL sends UTF-8 already.
    QString textAsUtf8(const QString &column) const;
    // The statement that opens a transaction. SQLite: BEGIN IMMEDIATE, which takes the write
    // lock at once (waiting up to busy_timeout): a deferred transaction that read first and
    // writes later fails at once with "database is locked" when another process (a second
    // instance on the same data directory) wrote in between, whatever busy_timeout says.
    QString beginTransaction() const;
    // The first statement of a transaction that may return from its COMMIT before the commit
    // is flushed to disk (PostgreSQL: SET LOCAL synchronous_commit = off, for that transaction
    // only); empty on SQLite, whose commits never wait for a flush (WAL with
    // synchronous=NORMAL, connectionSetup()). Only for a transaction whose loss in a crash
    // leaves nothing half done: see the one caller, TokenEndpoint's client_credentials grant.
    QString commitWithoutFlushWait() const;
    // True when a statement failed because the connection is gone (PostgreSQL: SQLSTATE class
    // 08, an administrator or crash shutdown, or libpq's own "no connection" with no SQLSTATE).
    // Never on SQLite, which has no connection to lose.
    bool isConnectionLost(const QSqlError &error) const;
    // True when a statement failed on a UNIQUE constraint or unique index.
    bool isUniqueViolation(const QSqlError &error) const;
    // Escapes LIKE wildcards in user text; pair with "ESCAPE '\\'" in the statement.
    static QString escapeLike(const QString &text);

private:
    Engine m_engine;
};
