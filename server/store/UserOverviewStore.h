#pragma once

#include "SessionLifetime.h"
#include "User.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// A user as an administrator sees them: the account and what it has out there right now.
struct UserOverview
{
    User user;
    int activeSessions = 0;    // neither revoked nor ended by time (SessionLifetime)
    int activeTokens = 0;      // personal access tokens neither revoked nor expired
    qint64 lastSignInAtMs = 0; // the last sign_in.succeeded (code exchange); 0: never
    bool twoFactorEnabled = false;
};

// Read-only queries over users, sessions and personal access tokens for the admin API.
class UserOverviewStore
{
public:
    explicit UserOverviewStore(Database &db, SessionLifetime lifetime = {});

    // Users whose user name, e-mail or display name contains `text` (folded with the database's
    // LOWER() on both sides; empty: everyone), in user-name order ignoring case, strictly after
    // the user whose sortKey() is `afterKey` when that is not empty; at most `limit`.
    QList<UserOverview> search(const QString &text, const QString &afterKey, int limit,
                               qint64 nowMs);
    std::optional<UserOverview> find(const QString &userId, qint64 nowMs);

    // The key the listing is sorted by, and pages after (users.username_key).
    static QString sortKey(const User &user) { return user.username.toLower(); }

private:
    QList<UserOverview> select(const QString &where, QVariantList values, qint64 nowMs);

    Database &m_db;
    SessionLifetime m_lifetime;
};
