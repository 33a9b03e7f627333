#include "ServiceClientActions.h"

#include "oauth/Scopes.h"
#include "security/TokenFormat.h"
#include "store/ClientStore.h"
#include "store/Clock.h"
#include "store/Database.h"

#include <QJsonArray>

namespace {

QString newSecret()
{
    return TokenFormat::generate(TokenFormat::Kind::ClientSecret);
}

QString hashOf(const QString &secret)
{
    return QString::fromLatin1(TokenFormat::storageHash(secret));
}

} // namespace

ServiceClientActions::ServiceClientActions(Database &db)
    : m_db(db)
    , m_clients(db)
    , m_users(db)
    , m_audit(db)
{}

std::optional<QString> ServiceClientActions::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("Required.");
    if (name.size() > 100)
        return QStringLiteral("At most 100 characters.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("No control characters.");
    }
    return std::nullopt;
}

std::optional<QString> ServiceClientActions::scopeProblem(const QStringList &scopes)
{
    if (scopes.isEmpty())
        return QStringLiteral("At least one of tasks:read, tasks:write.");
    for (const QString &scope : scopes) {
        if (scope != Scopes::TasksRead && scope != Scopes::TasksWrite)
            return QStringLiteral("Only tasks:read and tasks:write.");
    }
    return std::nullopt;
}

std::optional<QString> ServiceClientActions::overlapProblem(qint64 overlapSeconds)
{
    if (overlapSeconds < 0 || overlapSeconds > MaxOverlapSeconds)
        return QStringLiteral("A whole number of seconds from 0 to %1.").arg(MaxOverlapSeconds);
    return std::nullopt;
}

ServiceClientActions::WithSecret ServiceClientActions::create(const AdminActor &actor,
                                                              const QString &name,
                                                              const User &owner,
                                                              const QStringList &scopes)
{
    const qint64 now = Clock::nowMs();
    const QString secret = newSecret();
    const QString scope = Scopes::join(scopes);
    return m_db.transaction([&] {
        const ServiceClient client =
            m_clients.create(name.trimmed(), owner.id, scope, hashOf(secret), now);
        record(actor, client, AuditAction::ServiceClientCreate, {{QStringLiteral("scope"), scope}},
               now);
        return WithSecret{client, secret};
    });
}

std::optional<ServiceClientActions::WithSecret>
ServiceClientActions::rotate(const AdminActor &actor, const QString &id, qint64 overlapSeconds)
{
    const qint64 now = Clock::nowMs();
    const QString secret = newSecret();
    return m_db.transaction([&]() -> std::optional<WithSecret> {
        if (!m_clients.rotate(id, hashOf(secret), overlapSeconds * 1000, now))
            return std::nullopt;
        const ServiceClient client = m_clients.find(id).value();
        record(actor, client, AuditAction::ServiceClientRotate,
               {{QStringLiteral("overlapSeconds"), overlapSeconds}}, now);
        return WithSecret{client, secret};
    });
}

std::optional<ServiceClient> ServiceClientActions::revoke(const AdminActor &actor,
                                                          const QString &id)
{
    const qint64 now = Clock::nowMs();
    return m_db.transaction([&]() -> std::optional<ServiceClient> {
        if (!m_clients.revoke(id, now))
            return std::nullopt;
        const ServiceClient client = m_clients.find(id).value();
        record(actor, client, AuditAction::ServiceClientRevoke, {}, now);
        return client;
    });
}

void ServiceClientActions::record(const AdminActor &actor, const ServiceClient &client,
                                  const QString &action, QJsonObject details, qint64 nowMs)
{
    details.insert(QStringLiteral("clientId"), client.id);
    details.insert(QStringLiteral("clientName"), client.name);
    AuditEntry entry;
    entry.occurredAtMs = nowMs;
    entry.adminId = actor.adminId;
    entry.adminUsername = actor.adminUsername;
    entry.action = action;
    entry.targetUserId = client.ownerId;
    entry.targetUsername = client.ownerUsername;
    entry.details = details;
    entry.ip = actor.ip;
    entry.userAgent = actor.userAgent;
    m_audit.record(entry);
}

void ServiceClientActions::recordUse(AuditLogStore &audit, const OAuthClient &client,
                                     const User &owner, const QString &action, QJsonObject details,
                                     const QString &ip, const QString &userAgent, qint64 nowMs)
{
    details.insert(QStringLiteral("clientId"), client.id);
    details.insert(QStringLiteral("clientName"), client.name);
    AuditEntry entry;
    entry.occurredAtMs = nowMs;
    entry.adminUsername = QStringLiteral("service:") + client.name;
    entry.action = action;
    entry.targetUserId = owner.id;
    entry.targetUsername = owner.username;
    entry.details = details;
    entry.ip = ip;
    entry.userAgent = userAgent;
    audit.record(entry);
}
