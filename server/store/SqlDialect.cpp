#include "SqlDialect.h"

#include <QSqlError>

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
    return {QStringLiteral("SET TIME ZONE 'UTC'")};
}

QString SqlDialect::textAsUtf8(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("CAST(") + column + QStringLiteral(" AS BLOB)");
    return column;
}

QString SqlDialect::beginTransaction() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
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
