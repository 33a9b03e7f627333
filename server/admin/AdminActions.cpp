#include "AdminActions.h"

#include "store/Database.h"
#include "store/Ids.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAdmin, "tasklane.server.admin")

namespace {

// Why the sessions ended, as stored with them.
const QString ReasonAdmin = QStringLiteral("admin");
const QString ReasonDisabled = QStringLiteral("account_disabled");
const QString ReasonPasswordReset = QStringLiteral("password_reset");

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject counts(int sessions, int tokens)
{
    return {{QStringLiteral("sessionsRevoked"), sessions},
            {QStringLiteral("tokensRevoked"), tokens}};
}

} // namespace

AdminActions::AdminActions(Database &db)
    : m_db(db)
    , m_users(db)
    , m_sessions(db)
    , m_personalTokens(db)
    , m_twoFactor(db)
    , m_securityEvents(db)
    , m_audit(db)
{}

void AdminActions::record(const AdminActor &actor, const User &target, const QString &eventType,
                          const QString &action, const QJsonObject &eventDetails,
                          const QJsonObject &auditDetails, qint64 nowMs)
{
    SecurityEvent event;
    event.userId = target.id;
    event.type = eventType;
    event.occurredAtMs = nowMs;
    // The administrator's request, not a session of the target: sessionId stays empty.
    event.ip = actor.ip;
    event.userAgent = actor.userAgent;
    event.details = eventDetails;
    event.details.insert(QStringLiteral("adminId"), idOrNull(actor.adminId));
    event.details.insert(QStringLiteral("adminUsername"), actor.adminUsername);
    m_securityEvents.record(event);

    AuditEntry entry;
    entry.occurredAtMs = nowMs;
    entry.adminId = actor.adminId;
    entry.adminUsername = actor.adminUsername;
    entry.action = action;
    entry.targetUserId = target.id;
    entry.targetUsername = target.username;
    entry.details = auditDetails;
    entry.ip = actor.ip;
    entry.userAgent = actor.userAgent;
    m_audit.record(entry);
    qCInfo(lcAdmin).noquote() << actor.adminUsername << action << target.username
                              << QJsonDocument(auditDetails).toJson(QJsonDocument::Compact);
}

AdminActions::Result AdminActions::revokeSession(const AdminActor &actor, const QString &sessionId)
{
    return m_db.transaction([&] {
        Result result;
        const auto session = m_sessions.find(sessionId);
        const auto target = session ? m_users.findById(session->userId) : std::nullopt;
        const qint64 now = Clock::nowMs();
        if (!target || !m_sessions.revoke(sessionId, ReasonAdmin, now))
            return result; // unknown, or revoked already
        result.outcome = Outcome::Done;
        result.target = *target;
        result.sessionsRevoked = 1;
        record(actor, *target, SecurityEventType::AdminSessionRevoked, AuditAction::SessionRevoke,
               {{QStringLiteral("revokedSessionId"), session->id},
                {QStringLiteral("deviceName"), session->deviceName}},
               {{QStringLiteral("sessionId"), session->id},
                {QStringLiteral("deviceName"), session->deviceName}},
               now);
        return result;
    });
}

AdminActions::Result AdminActions::revokeToken(const AdminActor &actor, const QString &tokenId)
{
    return m_db.transaction([&] {
        Result result;
        const auto token = m_personalTokens.find(tokenId);
        const auto target = token ? m_users.findById(token->userId) : std::nullopt;
        const qint64 now = Clock::nowMs();
        const auto revoked =
            target ? m_personalTokens.revoke(target->id, tokenId, now) : std::nullopt;
        if (!revoked)
            return result; // unknown, or revoked already
        result.outcome = Outcome::Done;
        result.target = *target;
        result.tokensRevoked = 1;
        const QJsonObject details{{QStringLiteral("tokenId"), revoked->id},
                                  {QStringLiteral("tokenName"), revoked->name}};
        record(actor, *target, SecurityEventType::AdminTokenRevoked, AuditAction::TokenRevoke,
               details, details, now);
        return result;
    });
}

AdminActions::Counts AdminActions::revokeEverything(const QString &userId, const QString &reason,
                                                    qint64 nowMs)
{
    Counts revoked;
    revoked.sessions = m_sessions.revokeAllForUser(userId, reason, nowMs);
    revoked.tokens = m_personalTokens.revokeAllForUser(userId, nowMs);
    return revoked;
}

AdminActions::Result AdminActions::revokeAll(const AdminActor &actor, const QString &userId)
{
    return m_db.transaction([&] {
        Result result;
        const auto target = m_users.findById(userId);
        if (!target)
            return result;
        const qint64 now = Clock::nowMs();
        const Counts revoked = revokeEverything(target->id, ReasonAdmin, now);
        result.outcome = Outcome::Done;
        result.target = *target;
        result.sessionsRevoked = revoked.sessions;
        result.tokensRevoked = revoked.tokens;
        const QJsonObject details = counts(revoked.sessions, revoked.tokens);
        record(actor, *target, SecurityEventType::AdminRevokedAll, AuditAction::UserRevokeAll,
               details, details, now);
        return result;
    });
}

AdminActions::Result AdminActions::resetTwoFactor(const AdminActor &actor, const QString &userId)
{
    return m_db.transaction([&] {
        Result result;
        const auto target = m_users.findById(userId);
        if (!target)
            return result;
        result.target = *target;
        // Only a pending setup is not "on": the user can finish or restart it themselves.
        if (!m_twoFactor.find(target->id).enabled()) {
            result.outcome = Outcome::TwoFactorOff;
            return result;
        }
        const qint64 now = Clock::nowMs();
        m_twoFactor.disable(target->id);
        result.outcome = Outcome::Done;
        record(actor, *target, SecurityEventType::AdminTwoFactorReset,
               AuditAction::UserResetTwoFactor, {}, {}, now);
        return result;
    });
}

AdminActions::Result AdminActions::disable(const AdminActor &actor, const QString &userId)
{
    return m_db.transaction([&] {
        Result result;
        // Before reading anything: two administrators disabling each other at once must not
        // both find the other still enabled.
        m_users.lockEnabledAdmins();
        const auto target = m_users.findById(userId);
        if (!target)
            return result;
        result.target = *target;
        if (target->isAdmin() && !target->disabled && m_users.countEnabledAdmins() <= 1) {
            result.outcome = Outcome::LastAdmin;
            return result;
        }
        const qint64 now = Clock::nowMs();
        if (!target->disabled)
            m_users.setDisabled(target->id, true);
        // Also for an account disabled already: whatever it still holds goes.
        const Counts revoked = revokeEverything(target->id, ReasonDisabled, now);
        result.sessionsRevoked = revoked.sessions;
        result.tokensRevoked = revoked.tokens;
        result.outcome = Outcome::Done;
        const QJsonObject details = counts(revoked.sessions, revoked.tokens);
        record(actor, *target, SecurityEventType::AdminUserDisabled, AuditAction::UserDisable,
               details, details, now);
        return result;
    });
}

AdminActions::Result AdminActions::enable(const AdminActor &actor, const QString &userId)
{
    return m_db.transaction([&] {
        Result result;
        const auto target = m_users.findById(userId);
        if (!target)
            return result;
        result.target = *target;
        const qint64 now = Clock::nowMs();
        m_users.setDisabled(target->id, false);
        result.outcome = Outcome::Done;
        record(actor, *target, SecurityEventType::AdminUserEnabled, AuditAction::UserEnable, {}, {},
               now);
        return result;
    });
}

AdminActions::Result AdminActions::createUser(const AdminActor &actor, const User &user,
                                              const QString &passwordHash)
{
    return m_db.transaction([&] {
        Result result;
        const auto created = m_users.create(user, passwordHash, true);
        if (!created) {
            result.outcome = Outcome::NameTaken;
            return result;
        }
        result.outcome = Outcome::Done;
        result.target = *created;
        const QJsonObject details{{QStringLiteral("role"), userRoleName(created->role)},
                                  {QStringLiteral("email"), created->email}};
        record(actor, *created, SecurityEventType::AdminUserCreated, AuditAction::UserCreate,
               details, details, Clock::nowMs());
        return result;
    });
}

AdminActions::Result AdminActions::resetPassword(const AdminActor &actor, const QString &userId,
                                                 const QString &passwordHash)
{
    return m_db.transaction([&] {
        Result result;
        const auto target = m_users.findById(userId);
        if (!target)
            return result;
        const qint64 now = Clock::nowMs();
        m_users.setPassword(target->id, passwordHash, true);
        const Counts revoked = revokeEverything(target->id, ReasonPasswordReset, now);
        result.outcome = Outcome::Done;
        result.target = *target;
        result.sessionsRevoked = revoked.sessions;
        result.tokensRevoked = revoked.tokens;
        const QJsonObject details = counts(revoked.sessions, revoked.tokens);
        record(actor, *target, SecurityEventType::AdminPasswordReset,
               AuditAction::UserResetPassword, details, details, now);
        return result;
    });
}

AdminActions::Result AdminActions::setRole(const AdminActor &actor, const QString &userId,
                                           UserRole role)
{
    return m_db.transaction([&] {
        Result result;
        // As in disable(): two administrators demoting each other at once must not both find
        // the other one left.
        m_users.lockEnabledAdmins();
        const auto target = m_users.findById(userId);
        if (!target)
            return result;
        result.target = *target;
        result.outcome = Outcome::Done;
        if (target->role == role) {
            result.changed = false;
            return result;
        }
        if (target->isAdmin() && !target->disabled && m_users.countEnabledAdmins() <= 1) {
            result.outcome = Outcome::LastAdmin;
            return result;
        }
        m_users.setRole(target->id, role);
        result.target.role = role;
        const QJsonObject details{{QStringLiteral("from"), userRoleName(target->role)},
                                  {QStringLiteral("to"), userRoleName(role)}};
        record(actor, result.target, SecurityEventType::AdminRoleChanged, AuditAction::UserSetRole,
               details, details, Clock::nowMs());
        return result;
    });
}
