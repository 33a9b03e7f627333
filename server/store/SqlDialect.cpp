#include "SqlDialect.h"

#include "StoreError.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QUrlQuery>

SqlDialect::SqlDialect(Engine engine)
    : m_engine(engine)
{}

QString SqlDialect::qtDriver() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_engine == Engine::Sqlite) {
        return {
            QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA busy_timeout=5000"),
        };
    }
    // Notices (such as "relation already exists, skipping" for CREATE TABLE IF NOT EXISTS) would
    // go to stderr through libpq; warnings and errors still do.
    return {QStringLiteral("SET TIME ZONE 'UTC'"),
            QStringLiteral("SET client_min_messages = warning")};
}

namespace {
// Any number that no other application on the database uses for pg_advisory_lock: "TASK" in hex.
constexpr auto MigrationLockKey = "1413567307";
} // namespace

QString SqlDialect::migrationLock() const
{
    if (m_engine == Engine::Sqlite)
        return {};
    return QStringLiteral("SELECT pg_advisory_lock(%1)").arg(QLatin1String(MigrationLockKey));
}

QString SqlDialect::migrationUnlock() const
{
    if (m_engine == Engine::Sqlite)
        return {};
    return QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(QLatin1String(MigrationLockKey));
}

QString SqlDialect::textAsUtf8(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("CAST(") + column + QStringLiteral(" AS BLOB)");
    return column;
}

QString SqlDialect::commitWithoutFlushWait() const
{
    if (m_engine == Engine::Sqlite)
        return {};
    return QStringLiteral("SET LOCAL synchronous_commit = off");
}

QString SqlDialect::beginTransaction() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

bool SqlDialect::isConnectionLost(const QSqlError &error) const
{
    if (m_engine == Engine::Sqlite || error.type() == QSqlError::NoError)
        return false;
    const QString code = error.nativeErrorCode();
    return code.isEmpty() || code.startsWith(QLatin1String("08")) ||
           code == QLatin1String("57P01") || // admin_shutdown (pg_terminate_backend, fast stop)
           code == QLatin1String("57P02") || // crash_shutdown
           code == QLatin1String("57P03");   // cannot_connect_now (starting up)
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (m_engine == Engine::Postgres)
        return code == QLatin1String("23505"); // SQLSTATE unique_violation
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY when Qt reports extended result
    // codes; the plain SQLITE_CONSTRAINT (19) also covers NOT NULL, CHECK and foreign keys, so
    // then the message decides.
    if (code == QLatin1String("2067") || code == QLatin1String("1555"))
        return true;
    return code == QLatin1String("19") &&
           error.databaseText().startsWith(QLatin1String("UNIQUE constraint failed"));
}

QString SqlDialect::escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

QString SqlDialect::postgresConnectOptions(const QUrlQuery &query)
{
    QStringList options;
    QStringList given;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QRegularExpression keyword(QStringLiteral("^[a-z_]+$"));
        if (!keyword.match(key).hasMatch())
            throw StoreError("the database URL has an option that is not a libpq key word: " +
                             key.toStdString());
        // QPSQL turns ';' into the space between options, inside quotes too.
        if (value.contains(QLatin1Char(';')))
            throw StoreError("the database URL's option " + key.toStdString() +
                             " contains a ';', which the PostgreSQL driver cannot pass");
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
        options.append(key + QLatin1String("='") + quoted + QLatin1Char('\''));
        given.append(key);
    }
    // Defaults for what the URL leaves out. A host that vanishes without a word (no TCP reset)
    // would otherwise hold a request, and the instance with it, for the kernel's TCP timeout
    // (about 15 minutes): an unacknowledged send gives up after 10 s, an idle connection whose
    // peer is gone is noticed within about a minute (30 s idle, then 3 probes 10 s apart).
    // libpq ignores them on a Unix-domain socket.
    static const QList<std::pair<QLatin1String, QLatin1String>> defaults{
        {QLatin1String("connect_timeout"), QLatin1String("10")},
        {QLatin1String("keepalives"), QLatin1String("1")},
        {QLatin1String("keepalives_idle"), QLatin1String("30")},
        {QLatin1String("keepalives_interval"), QLatin1String("10")},
        {QLatin1String("keepalives_count"), QLatin1String("3")},
        {QLatin1String("tcp_user_timeout"), QLatin1String("10000")},
    };
    for (const auto &[key, value] : defaults) {
        if (!given.contains(key))
            options.append(key + QLatin1Char('=') + value);
    }
    return options.join(QLatin1Char(';'));
}

QString SqlDialect::reasonOf(const QSqlError &error)
{
    const QString text =
        error.databaseText().trimmed().isEmpty() ? error.driverText() : error.databaseText();
    QString reason = text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
    if (!error.nativeErrorCode().isEmpty() && !reason.contains(error.nativeErrorCode()))
        reason += QStringLiteral(" (%1)").arg(error.nativeErrorCode());
    return reason;
}

QString SqlDialect::oneLine(const QString &text)
{
    static const QRegularExpression lineBreaks(QStringLiteral("\\s*\\n\\s*"));
    QString line = text.trimmed();
    line.replace(lineBreaks, QStringLiteral("; "));
    return line.simplified();
}
