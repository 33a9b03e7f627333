#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class UserRole { User, Admin };

QString userRoleName(UserRole role);
std::optional<UserRole> userRoleFromName(const QString &name);

struct User
{
    QString id;
    QString username;
    QString email;
    QString displayName;
    UserRole role = UserRole::User;
    bool disabled = false;
    QDateTime createdAt;

    bool isAdmin() const { return role == UserRole::Admin; }
    QJsonObject toJson() const;
    static User fromJson(const QJsonObject &object);
};
