#include "ServerConfig.h"

#include "store/Database.h"

#include <QDir>

QString ServerConfig::effectiveDatabaseUrl() const
{
    if (!databaseUrl.isEmpty())
        return databaseUrl;
    return Database::sqliteUrl(QDir(dataDir).filePath(QStringLiteral("tasklane.db")));
}
