#pragma once

#include "User.h"
#include "store/AuditLogStore.h"
#include "store/PersonalTokenStore.h"
#include "store/SecurityEventStore.h"
#include "store/SessionStore.h"
#include "store/TwoFactorStore.h"
#include "store/UserStore.h"

#include <QJsonObject>
#include <QString>

class Database;

// Who acts on another account: an administrator over HTTP, or the command line.
struct AdminActor
{
    QString adminId; // empty: the command line, which acts without an account
    QString adminUsername;
    QString ip;        // empty when not over HTTP
    QString userAgent; // empty when none was sent

    // What the logs name the command line: no id, and a name no account can have an id with.
    static AdminActor commandLine() { return {{}, QStringLiteral("cli"), {}, {}}; }
};

// What administrators do to accounts (docs/api.md 12.8), for the admin API and the CLI alike.
// Each action is one transaction holding the change, the entry in the target's security log
// (admin.*) and the entry in the audit log, so none of the three exists without the others.
class AdminActions
{
public:
    enum class Outcome {
        Done,         // and recorded, even when it found nothing left to change
        NotFound,     // no such user, or no live session / unrevoked token with that id
        LastAdmin,    // would leave no enabled administrator
        TwoFactorOff, // resetting two-factor authentication of an account that has it off
        NameTaken,    // creating an account whose username exists already
    };

    struct Result
    {
        Outcome outcome = Outcome::NotFound;
        User target;
        int sessionsRevoked = 0;
        int tokensRevoked = 0;
        bool changed = true; // false: the action found nothing to change and logged nothing
    };

    explicit AdminActions(Database &db);

    Result revokeSession(const AdminActor &actor, const QString &sessionId);
    Result revokeToken(const AdminActor &actor, const QString &tokenId);
    // Every live session (with its refresh family and access tokens) and every personal access
    // token that is not revoked yet, expired ones included.
    Result revokeAll(const AdminActor &actor, const QString &userId);
    // Turns two-factor authentication off for someone who lost their device and their backup
    // codes: the secret, any pending setup and the backup codes go.
    Result resetTwoFactor(const AdminActor &actor, const QString &userId);
    // Disables the account and revokes everything as revokeAll does. Refused with LastAdmin for
    // the last enabled administrator, the actor themselves included.
    Result disable(const AdminActor &actor, const QString &userId);
    Result enable(const AdminActor &actor, const QString &userId);
    // Creates the account `user` describes (username, email, display name, role) with the hash
    // of a one-time password, marked so that the first sign-in asks for a new password.
    // NameTaken when the username exists in any case.
    Result createUser(const AdminActor &actor, const User &user, const QString &passwordHash);
    // Sets the hash of a new one-time password, marks it to be changed at the next sign-in, and
    // signs the user out everywhere as revokeAll does.
    Result resetPassword(const AdminActor &actor, const QString &userId,
                         const QString &passwordHash);
    // Makes the user an administrator or a user. Refused with LastAdmin when it would demote the
    // last enabled administrator; the same role again is Done with changed = false, unlogged.
    Result setRole(const AdminActor &actor, const QString &userId, UserRole role);

private:
    struct Counts
    {
        int sessions = 0;
        int tokens = 0;
    };
    Counts revokeEverything(const QString &userId, const QString &reason, qint64 nowMs);
    // The security-log event for the target and the audit entry, in the caller's transaction.
    void record(const AdminActor &actor, const User &target, const QString &eventType,
                const QString &action, const QJsonObject &eventDetails,
                const QJsonObject &auditDetails, qint64 nowMs);

    Database &m_db;
    UserStore m_users;
    SessionStore m_sessions;
    PersonalTokenStore m_personalTokens;
    TwoFactorStore m_twoFactor;
    SecurityEventStore m_securityEvents;
    AuditLogStore m_audit;
};
