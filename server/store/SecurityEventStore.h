#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// One entry of an account's security log: what happened, when, and from where.
struct SecurityEvent
{
    QString id;
    QString userId;
    QString type; // one of the SecurityEventType names
    qint64 occurredAtMs = 0;
    QString ip;
    QString userAgent;
    QString sessionId;   // empty when no session is involved
    QJsonObject details; // type-specific, never a secret
};

// The event types of docs/api.md 12.7, in one place so the endpoints and the docs agree.
namespace SecurityEventType {
inline const QString SignInSucceeded = QStringLiteral("sign_in.succeeded");
inline const QString SignInFailed = QStringLiteral("sign_in.failed");
inline const QString SessionRevoked = QStringLiteral("session.revoked");
inline const QString TokenCreated = QStringLiteral("token.created");
inline const QString TokenUsedFromNewIp = QStringLiteral("token.used_from_new_ip");
inline const QString TokenRevoked = QStringLiteral("token.revoked");
inline const QString TokenRotated = QStringLiteral("token.rotated");
inline const QString TwoFactorEnabled = QStringLiteral("two_factor.enabled");
inline const QString TwoFactorDisabled = QStringLiteral("two_factor.disabled");
inline const QString TwoFactorFailed = QStringLiteral("two_factor.failed");
inline const QString TwoFactorLocked = QStringLiteral("two_factor.locked");
inline const QString BackupCodeUsed = QStringLiteral("backup_code.used");
inline const QString BackupCodesRegenerated = QStringLiteral("backup_codes.regenerated");
inline const QString PasswordChanged = QStringLiteral("password.changed");
// New sign-in alerts (docs/api.md 12.10): raised, and its user's two answers.
inline const QString SignInAlert = QStringLiteral("sign_in.alert");
inline const QString SignInAlertConfirmed = QStringLiteral("sign_in.alert_confirmed");
inline const QString SignInAlertDenied = QStringLiteral("sign_in.alert_denied");
inline const QString PasskeyAdded = QStringLiteral("passkey.added");
inline const QString PasskeyRemoved = QStringLiteral("passkey.removed");
inline const QString PasskeyCounterWentBackwards = QStringLiteral("passkey.counter_went_backwards");
// What an administrator (or the command line) did to the account (docs/api.md 12.8).
inline const QString AdminSessionRevoked = QStringLiteral("admin.session_revoked");
inline const QString AdminTokenRevoked = QStringLiteral("admin.token_revoked");
inline const QString AdminRevokedAll = QStringLiteral("admin.revoked_all");
inline const QString AdminTwoFactorReset = QStringLiteral("admin.two_factor_reset");
inline const QString AdminUserDisabled = QStringLiteral("admin.user_disabled");
inline const QString AdminUserEnabled = QStringLiteral("admin.user_enabled");
inline const QString AdminUserCreated = QStringLiteral("admin.user_created");
inline const QString AdminPasswordReset = QStringLiteral("admin.password_reset");
inline const QString AdminRoleChanged = QStringLiteral("admin.role_changed");

// Every name above: what the security log's type filter accepts.
inline const QStringList &all()
{
    static const QStringList names{SignInSucceeded,
                                   SignInFailed,
                                   SessionRevoked,
                                   TokenCreated,
                                   TokenUsedFromNewIp,
                                   TokenRevoked,
                                   TwoFactorEnabled,
                                   TwoFactorDisabled,
                                   TwoFactorFailed,
                                   TwoFactorLocked,
                                   BackupCodeUsed,
                                   BackupCodesRegenerated,
                                   AdminSessionRevoked,
                                   AdminTokenRevoked,
                                   AdminRevokedAll,
                                   AdminTwoFactorReset,
                                   AdminUserDisabled,
                                   AdminUserEnabled,
                                   PasswordChanged,
                                   AdminUserCreated,
                                   AdminPasswordReset,
                                   AdminRoleChanged,
                                   TokenRotated,
                                   SignInAlert,
                                   SignInAlertConfirmed,
                                   SignInAlertDenied,
                                   PasskeyAdded,
                                   PasskeyRemoved,
                                   PasskeyCounterWentBackwards};
    return names;
}
} // namespace SecurityEventType

class SecurityEventStore
{
public:
    explicit SecurityEventStore(Database &db);

    // Appends `event`; fills in id (a time-ordered UUID) and occurredAtMs when 0, and returns it.
    SecurityEvent record(SecurityEvent event);

    // The user's events, newest first, at most `limit`, optionally only of `types`, strictly
    // older than the cursor (occurredAtMs, id) when `beforeMs` is non-zero.
    QList<SecurityEvent> listForUser(const QString &userId, const QStringList &types, int limit,
                                     qint64 beforeMs = 0, const QString &beforeId = {});

private:
    Database &m_db;
};
