#pragma once

#include "AdminActions.h"
#include "store/AuditLogStore.h"
#include "store/ServiceClientStore.h"

#include <QString>
#include <QStringList>

#include <optional>

struct OAuthClient;

// What administrators do to service clients (docs/api.md 12.8a), for the admin API and the CLI
// alike: each change and its audit-log entry in one transaction. The secret a creation or a
// rotation makes is returned once and only its hash is stored.
class ServiceClientActions
{
public:
    static constexpr qint64 DefaultOverlapSeconds = 3600;
    static constexpr qint64 MaxOverlapSeconds = 7 * 24 * 3600;

    struct WithSecret
    {
        ServiceClient client;
        QString secret;
    };

    explicit ServiceClientActions(Database &db);

    // The rules, shared by the admin API's field errors and the CLI's messages; nullopt when
    // the value is fine.
    static std::optional<QString> nameProblem(const QString &name);
    // Only tasks:read and tasks:write, at least one.
    static std::optional<QString> scopeProblem(const QStringList &scopes);
    static std::optional<QString> overlapProblem(qint64 overlapSeconds);

    WithSecret create(const AdminActor &actor, const QString &name, const User &owner,
                      const QStringList &scopes);
    // nullopt: no such client, or revoked.
    std::optional<WithSecret> rotate(const AdminActor &actor, const QString &id,
                                     qint64 overlapSeconds);
    // nullopt: no such client, or revoked already.
    std::optional<ServiceClient> revoke(const AdminActor &actor, const QString &id);

    // The audit entry of a use of the client (token issued, failed authentication): the actor is
    // the client itself ("service:<name>", no adminId), the target its owner.
    static void recordUse(AuditLogStore &audit, const OAuthClient &client, const User &owner,
                          const QString &action, QJsonObject details, const QString &ip,
                          const QString &userAgent, qint64 nowMs);

private:
    void record(const AdminActor &actor, const ServiceClient &client, const QString &action,
                QJsonObject details, qint64 nowMs);

    Database &m_db;
    ServiceClientStore m_clients;
    UserStore m_users;
    AuditLogStore m_audit;
};
