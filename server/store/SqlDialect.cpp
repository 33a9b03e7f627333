#include "SqlDialect.h"

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

QString SqlDialect::escapeLike(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}
