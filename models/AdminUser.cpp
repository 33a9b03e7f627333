#include "AdminUser.h"

#include "JsonTime.h"

#include <QCoreApplication>

namespace {} // namespace

QString AdminUser::name() const
{
    return displayName.trimmed().isEmpty() ? username : displayName;
}

QString AdminUser::roleText() const
{
    return isAdmin() ? tr("Administrator") : tr("User");
}

QString AdminUser::statusText() const
{
    return disabled ? tr("Disabled") : tr("Active");
}

QString AdminUser::twoFactorText() const
{
    return twoFactorEnabled ? tr("On") : tr("Off");
}

QJsonObject AdminUser::toJson() const
{
    User user;
    user.id = id;
    user.username = username;
    user.email = email;
    user.displayName = displayName;
    user.role = role;
    user.disabled = disabled;
    user.createdAt = createdAt;
    QJsonObject object = user.toJson();
    object.insert(QStringLiteral("twoFactorEnabled"), twoFactorEnabled);
    object.insert(QStringLiteral("activeSessions"), activeSessions);
    object.insert(QStringLiteral("activeTokens"), activeTokens);
    object.insert(QStringLiteral("lastSignInAt"), lastSignInAt.isValid()
                                                      ? JsonTime::fromDateTime(lastSignInAt)
                                                      : QJsonValue(QJsonValue::Null));
    return object;
}

AdminUser AdminUser::fromJson(const QJsonObject &object)
{
    // The account's own fields are mapped once, by User.
    const User user = User::fromJson(object);
    AdminUser admin;
    admin.id = user.id;
    admin.username = user.username;
    admin.email = user.email;
    admin.displayName = user.displayName;
    admin.role = user.role;
    admin.disabled = user.disabled;
    admin.createdAt = user.createdAt;
    admin.twoFactorEnabled = object.value(QStringLiteral("twoFactorEnabled")).toBool();
    admin.activeSessions = object.value(QStringLiteral("activeSessions")).toInt();
    admin.activeTokens = object.value(QStringLiteral("activeTokens")).toInt();
    admin.lastSignInAt = JsonTime::toDateTime(object.value(QStringLiteral("lastSignInAt")));
    return admin;
}
