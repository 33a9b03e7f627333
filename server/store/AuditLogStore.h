#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

// One entry of the administrators' audit log: who did what to which account, from where.
struct AuditEntry
{
    QString id;
    qint64 occurredAtMs = 0;
    QString adminId; // empty: the command line, which acts without an account
    QString adminUsername;
    QString action; // one of the AuditAction names
    QString targetUserId;
    QString targetUsername;
    QJsonObject details; // action-specific, never a secret
    QString ip;
    QString userAgent;
};

// The actions of docs/api.md 12.8, in one place so the endpoints, the CLI and the docs agree.
namespace AuditAction {
inline const QString SessionRevoke = QStringLiteral("session.revoke");
inline const QString TokenRevoke = QStringLiteral("token.revoke");
inline const QString UserRevokeAll = QStringLiteral("user.revoke_all");
inline const QString UserResetTwoFactor = QStringLiteral("user.reset_2fa");
inline const QString UserDisable = QStringLiteral("user.disable");
inline const QString UserEnable = QStringLiteral("user.enable");
inline const QString UserCreate = QStringLiteral("user.create");
inline const QString UserResetPassword = QStringLiteral("user.reset_password");
inline const QString UserSetRole = QStringLiteral("user.set_role");
// Service clients (docs/api.md 12.8a): what administrators did, and every use by the client.
inline const QString ServiceClientCreate = QStringLiteral("service_client.create");
inline const QString ServiceClientRotate = QStringLiteral("service_client.rotate");
inline const QString ServiceClientRevoke = QStringLiteral("service_client.revoke");
inline const QString ServiceClientTokenIssued = QStringLiteral("service_client.token_issued");
inline const QString ServiceClientAuthFailed = QStringLiteral("service_client.auth_failed");
} // namespace AuditAction

class AuditLogStore
{
public:
    explicit AuditLogStore(Database &db);

    // Appends `entry`; fills in id (a time-ordered UUID) and occurredAtMs when 0.
    AuditEntry record(AuditEntry entry);
    // Newest first, at most `limit`, strictly older than the cursor (occurredAtMs, id) when
    // `beforeMs` is non-zero.
    QList<AuditEntry> list(int limit, qint64 beforeMs = 0, const QString &beforeId = {});

private:
    Database &m_db;
};
