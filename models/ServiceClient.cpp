#include "ServiceClient.h"

#include "JsonTime.h"

#include <QJsonArray>

ServiceClient ServiceClient::fromJson(const QJsonObject &object)
{
    ServiceClient client;
    client.id = object.value(QStringLiteral("id")).toString();
    client.name = object.value(QStringLiteral("name")).toString();
    client.ownerId = object.value(QStringLiteral("ownerId")).toString();
    client.ownerUsername = object.value(QStringLiteral("ownerUsername")).toString();
    for (const QJsonValue &scope : object.value(QStringLiteral("scopes")).toArray())
        client.scopes.append(scope.toString());
    const auto instant = [&object](const char *name) {
        return JsonTime::toDateTime(object.value(QLatin1String(name)));
    };
    client.createdAt = instant("createdAt");
    client.lastUsedAt = instant("lastUsedAt");
    client.secretRotatedAt = instant("secretRotatedAt");
    client.previousSecretExpiresAt = instant("previousSecretExpiresAt");
    client.revokedAt = instant("revokedAt");
    return client;
}
