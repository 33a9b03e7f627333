#include "Passkey.h"

#include "JsonTime.h"

Passkey Passkey::fromJson(const QJsonObject &object)
{
    Passkey passkey;
    passkey.id = object.value(QStringLiteral("id")).toString();
    passkey.name = object.value(QStringLiteral("name")).toString();
    passkey.createdAt = JsonTime::toDateTime(object.value(QStringLiteral("createdAt")));
    passkey.lastUsedAt = JsonTime::toDateTime(object.value(QStringLiteral("lastUsedAt")));
    return passkey;
}
