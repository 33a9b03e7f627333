#include "ServerConfig.h"

#include "store/Database.h"

#include <QDir>

QString ServerConfig::effectiveDatabaseUrl() const
{
    if (!databaseUrl.isEmpty())
        return databaseUrl;
    return Database::sqliteUrl(QDir(dataDir).filePath(QStringLiteral("tasklane.db")));
}

int ServerConfig::effectiveDatabaseConnections() const
{
    if (databaseConnections > 0)
        return databaseConnections;
    return databaseUrl.startsWith(QLatin1String("postgres")) ? DefaultPostgresConnections
                                                             : DefaultSqliteConnections;
}
