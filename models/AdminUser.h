#pragma once

#include "User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A user as the administration API lists it (docs/api.md 12.8): the account (User's fields)
// and what an administrator needs to judge it at a glance: two-factor on or off, how many live
// sessions and usable tokens it has, and when it last signed in.
struct AdminUser
{
    QString id;
    QString username;
    QString email;
    QString displayName;
    UserRole role = UserRole::User;
    bool disabled = false;
    QDateTime createdAt;
    bool twoFactorEnabled = false;
    int activeSessions = 0;
    int activeTokens = 0;
    QDateTime lastSignInAt; // invalid: never signed in

    bool isAdmin() const { return role == UserRole::Admin; }
    // The display name, else the user name.
    QString name() const;
    // "Administrator" / "User"; "Active" / "Disabled"; "On" / "Off".
    QString roleText() const;
    QString statusText() const;
    QString twoFactorText() const;

    QJsonObject toJson() const;
    static AdminUser fromJson(const QJsonObject &object);

    friend bool operator==(const AdminUser &, const AdminUser &) = default;

    // tr() under the context "AdminUser", so lupdate finds these texts (and free functions
    // of the .cpp call AdminUser::tr).
    Q_DECLARE_TR_FUNCTIONS(AdminUser)
};
