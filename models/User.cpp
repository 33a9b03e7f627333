#include "User.h"

#include "JsonTime.h"

QString userRoleName(UserRole role)
{
    return role == UserRole::Admin ? QStringLiteral("admin") : QStringLiteral("user");
}

std::optional<UserRole> userRoleFromName(const QString &name)
{
    if (name == QLatin1String("admin"))
        return UserRole::Admin;
    if (name == QLatin1String("user"))
        return UserRole::User;
    return std::nullopt;
}

QJsonObject User::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), username},
        {QStringLiteral("email"), email},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("role"), userRoleName(role)},
        {QStringLiteral("disabled"), disabled},
        {QStringLiteral("createdAt"), JsonTime::fromDateTime(createdAt)},
    };
}

User User::fromJson(const QJsonObject &object)
{
    User user;
    user.id = object.value(QStringLiteral("id")).toString();
    user.username = object.value(QStringLiteral("username")).toString();
    user.email = object.value(QStringLiteral("email")).toString();
    user.displayName = object.value(QStringLiteral("displayName")).toString();
    user.role =
        userRoleFromName(object.value(QStringLiteral("role")).toString()).value_or(UserRole::User);
    user.disabled = object.value(QStringLiteral("disabled")).toBool();
    user.createdAt = JsonTime::toDateTime(object.value(QStringLiteral("createdAt")));
    return user;
}
