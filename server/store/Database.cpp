#include "Database.h"

#include "Migrations.h"
#include "SqliteReader.h"
#include "StoreError.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace {

QAtomicInt connectionCounter;

SqlDialect::Engine engineFor(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("sqlite"))
        return SqlDialect::Engine::Sqlite;
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return SqlDialect::Engine::Postgres;
    throw StoreError("unsupported database URL scheme (use sqlite:// or postgresql://)");
}

using Statements = QHash<QString, std::shared_ptr<QSqlQuery>>;

// Drops a connection and its prepared statements without asking the server to free them (it
// is gone, or about to be: QPSQL would warn "Unable to free statement" for each). The
// statements are released after their driver, so QPSQL's result destructor finds no
// connection to send DEALLOCATE on.
void dropConnection(QSqlDatabase &db, const QString &connectionName, Statements &statements,
                    std::shared_ptr<QSqlQuery> &active)
{
    Statements dropped = std::move(statements);
    statements.clear();
    std::shared_ptr<QSqlQuery> activeDropped = std::move(active);
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName); // closes the connection, deletes the driver
    activeDropped.reset();
    dropped.clear();
}

} // namespace

Database::Database(const QString &url)
    : m_dialect(engineFor(QUrl(url)))
    , m_thread(QThread::currentThread())
    , m_connectionName(QStringLiteral("tasklane-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    const QUrl parsed(url);
    m_db = QSqlDatabase::addDatabase(m_dialect.qtDriver(), m_connectionName);
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite) {
        m_db.setDatabaseName(parsed.path());
    } else {
        m_db.setHostName(parsed.host());
        m_db.setPort(parsed.port(5432));
        m_db.setUserName(parsed.userName(QUrl::FullyDecoded));
        m_db.setPassword(parsed.password(QUrl::FullyDecoded));
        m_db.setDatabaseName(parsed.path(QUrl::FullyDecoded).mid(1));
        try {
            m_db.setConnectOptions(SqlDialect::postgresConnectOptions(QUrlQuery(parsed)));
        } catch (...) {
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            throw;
        }
    }
    if (!m_db.open()) {
        // libpq's reason is the useful part (it never holds the password); Qt only adds
        // "Unable to connect".
        const QSqlError error = m_db.lastError();
        const QString reason = SqlDialect::oneLine(
            error.databaseText().isEmpty() ? error.text() : error.databaseText());
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StoreError("cannot open the database: " + reason.toStdString());
    }
    for (const QString &statement : m_dialect.connectionSetup())
        exec(statement);
    // An in-memory database is private to its connection: a second one would see another.
    const QString file = m_db.databaseName();
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite && !file.isEmpty() &&
        file != QLatin1String(":memory:"))
        m_reader = std::make_unique<SqliteReader>(file);
}

Database::~Database()
{
    m_reader.reset();
    if (m_dialect.engine() == SqlDialect::Engine::Postgres) {
        // Ending the session frees its prepared statements; one DEALLOCATE each would only
        // cost round trips (or warnings, on a lost connection).
        dropConnection(m_db, m_connectionName, m_statements, m_active);
        return;
    }
    m_active.reset();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::sqliteUrl(const QString &filePath)
{
    QUrl url;
    url.setScheme(QStringLiteral("sqlite"));
    url.setPath(QFileInfo(filePath).absoluteFilePath());
    return url.toString();
}

std::optional<qint64> Database::dataVersion()
{
    if (!m_reader || m_transactionDepth > 0)
        return std::nullopt;
    return m_reader->dataVersion();
}

void Database::readFirstRow(const QString &sql, const QVariantList &values,
                            const std::function<void(const SqlRow &)> &read)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::readFirstRow",
               "a database connection is used on a thread other than its own");
    const auto readOnce = [&] {
        if (m_reader && m_transactionDepth == 0) {
            m_reader->readFirstRow(sql, values, read);
            return;
        }
        QSqlQuery &query = exec(sql, values);
        if (query.next())
            read(QueryRow(query));
        finishActive();
    };
    // A connection that died while idle (PostgreSQL restarted, an administrator ended it) is
    // found out by the first statement sent on it. A SELECT outside a transaction changed
    // nothing, so it is sent once more on a new connection rather than answering that request
    // 503. Only once, and only when the connection was believed alive: a database that is down
    // stays a 503 at once.
    const bool wasLost = m_connectionLost;
    try {
        readOnce();
    } catch (const StoreError &error) {
        if (m_transactionDepth > 0 || wasLost || error.kind() != StoreError::Kind::Unavailable ||
            !m_connectionLost)
            throw;
        readOnce();
    }
}

QSqlQuery &Database::exec(const QString &sql, const QVariantList &values)
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::exec",
               "a database connection is used on a thread other than its own");
    reconnectIfLost();
    if (values.isEmpty() && !m_dialect.preparesStatementsWithoutParameters()) {
        finishActive();
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        m_active = query;
        if (!query->exec(sql))
            throwFailure(query->lastError());
        return *query;
    }
    auto &cached = m_statements[sql];
    if (!cached) {
        cached = std::make_shared<QSqlQuery>(m_db);
        cached->setForwardOnly(true);
        if (!cached->prepare(sql)) {
            const QSqlError error = cached->lastError();
            m_statements.remove(sql);
            if (m_dialect.isConnectionLost(error))
                throwFailure(error); // QPSQL prepares on the server: the loss may show here
            throw StoreError("cannot prepare a statement: " +
                             SqlDialect::reasonOf(error).toStdString());
        }
    }
    finishActive();
    m_active = cached;
    QSqlQuery &query = *cached;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throwFailure(query.lastError());
    return query;
}

void Database::throwFailure(const QSqlError &error)
{
    if (m_dialect.isConnectionLost(error)) {
        m_connectionLost = true;
        throw StoreError("the database connection was lost: " +
                             SqlDialect::reasonOf(error).toStdString(),
                         StoreError::Kind::Unavailable);
    }
    throw StoreError("a statement failed: " + SqlDialect::reasonOf(error).toStdString(),
                     m_dialect.isUniqueViolation(error) ? StoreError::Kind::UniqueViolation
                                                        : StoreError::Kind::Failure);
}

void Database::finishActive()
{
    if (m_active) {
        m_active->finish();
        m_active.reset();
    }
}

void Database::reconnectIfLost()
{
    if (!m_connectionLost)
        return;
    // Inside a transaction there is nothing to go back to: the transaction died with the
    // connection, and the caller's rollback ends it.
    if (m_transactionDepth > 0)
        throw StoreError("the database connection was lost", StoreError::Kind::Unavailable);
    // The prepared statements lived in the old server session. A new QSqlDatabase with the
    // same settings, under a new name: the old one's driver goes, and its statements with it.
    const QString nextName =
        QStringLiteral("tasklane-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase::cloneDatabase(m_connectionName, nextName);
    dropConnection(m_db, m_connectionName, m_statements, m_active);
    m_connectionName = nextName;
    m_db = QSqlDatabase::database(m_connectionName, false);
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        throw StoreError("cannot reach the database: " +
                             SqlDialect::oneLine(error.databaseText().isEmpty()
                                                     ? error.text()
                                                     : error.databaseText())
                                 .toStdString(),
                         StoreError::Kind::Unavailable);
    }
    m_connectionLost = false;
    for (const QString &statement : m_dialect.connectionSetup())
        exec(statement);
}

void Database::begin()
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        return;
    }
    reconnectIfLost();
    // A statement still open keeps an old read snapshot, which SQLite cannot turn into a write
    // transaction once another process has written: "database is locked", at once.
    finishActive();
    // Not QSqlDatabase::transaction(): it cannot say BEGIN IMMEDIATE. commit() and rollback()
    // (COMMIT, ROLLBACK) end a transaction however it began.
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.beginTransaction())) {
        const QSqlError error = query.lastError();
        if (m_dialect.isConnectionLost(error))
            throwFailure(error);
        throw StoreError("cannot begin a transaction: " +
                         SqlDialect::reasonOf(error).toStdString());
    }
    m_transactionDepth = 1;
}

void Database::commit()
{
    finishActive();
    if (--m_transactionDepth == 0 && !m_db.commit()) {
        // Still open for the caller's rollback (Database::transaction), which ends it.
        ++m_transactionDepth;
        const QSqlError error = m_db.lastError();
        if (m_dialect.isConnectionLost(error))
            throwFailure(error);
        throw StoreError("cannot commit: " + SqlDialect::reasonOf(error).toStdString());
    }
}

void Database::rollback()
{
    finishActive();
    if (--m_transactionDepth == 0 && !m_connectionLost)
        m_db.rollback();
}

int Database::schemaVersion()
{
    exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                       "applied_at BIGINT NOT NULL)"));
    auto &query = exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    return query.next() ? query.value(0).toInt() : 0;
}

void Database::migrate()
{
    // Instances started together on one PostgreSQL database take turns: each would otherwise
    // find the same migrations missing and the second's CREATE TABLE would fail.
    const QString unlock = m_dialect.migrationUnlock();
    if (!unlock.isEmpty())
        exec(m_dialect.migrationLock());
    try {
        applyMigrations();
    } catch (...) {
        // The migration's error is the one to report; the lock goes with the session anyway.
        try {
            if (!unlock.isEmpty())
                exec(unlock);
        } catch (const StoreError &) {
        }
        throw;
    }
    if (!unlock.isEmpty())
        exec(unlock);
}

void Database::applyMigrations()
{
    schemaVersion(); // creates schema_migrations
    // Applied by version, not "everything above the highest": migrations written on parallel
    // branches may be merged with a gap that a database created in between never saw.
    QSet<int> applied;
    auto &query = exec(QStringLiteral("SELECT version FROM schema_migrations"));
    while (query.next())
        applied.insert(query.value(0).toInt());
    for (const Migration &migration : Migrations::all(m_dialect)) {
        if (applied.contains(migration.version))
            continue;
        transaction([&] {
            for (const QString &statement : migration.statements)
                exec(statement);
            exec(
                QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                {migration.version, QDateTime::currentMSecsSinceEpoch()});
        });
    }
}
