#include "SessionsEndpoint.h"

#include "JsonTime.h"
#include "SecurityLog.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "store/Ids.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSessions, "tasklane.server.account")

namespace {

const QString ReasonRevoked = QStringLiteral("revoked");
const QString ReasonRevokeOthers = QStringLiteral("revoke_others");

QJsonValue instant(qint64 ms)
{
    return JsonTime::fromDateTime(JsonTime::fromMsecs(ms));
}

} // namespace

SessionsEndpoint::SessionsEndpoint(ServerServices &services)
    : m_services(services)
{}

void SessionsEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/me/sessions"),
               [this](RequestContext &c) { return list(c); });
    // Before {id}: the first matching route wins, so "revoke-others" is never taken for an id.
    router.add(M::Post, QStringLiteral("/v1/me/sessions/revoke-others"),
               [this](RequestContext &c) { return revokeOthers(c); });
    router.add(M::Delete, QStringLiteral("/v1/me/sessions/{id}"),
               [this](RequestContext &c) { return revoke(c); });
}

QJsonObject SessionsEndpoint::toJson(const Session &session)
{
    return QJsonObject{
        {QStringLiteral("id"), session.id},
        {QStringLiteral("clientId"), session.clientId},
        {QStringLiteral("clientName"), session.clientName},
        {QStringLiteral("deviceName"), session.deviceName},
        {QStringLiteral("ip"), session.ip},
        {QStringLiteral("userAgent"), session.userAgent},
        {QStringLiteral("createdAt"), instant(session.createdAtMs)},
        {QStringLiteral("lastActiveAt"), instant(session.lastActiveAtMs)},
        // When it ends unless it is refreshed again (idle time) or at the latest (docs/api.md
        // 12.5); SessionStore fills it in.
        {QStringLiteral("expiresAt"), instant(session.endsAtMs)},
    };
}

HttpResponse SessionsEndpoint::list(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    QJsonArray items;
    const auto sessions = m_services.sessions.listForUser(principal.user.id);
    for (const Session &session : sessions) {
        QJsonObject item = toJson(session);
        // `current`: the session of the access token that asks.
        item.insert(QStringLiteral("current"), session.id == principal.sessionId);
        items.append(item);
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

bool SessionsEndpoint::revokeAndLog(const RequestContext &context, const Session &session,
                                    const QString &reason)
{
    if (!m_services.sessions.revoke(session.id, reason, Clock::nowMs()))
        return false;
    m_services.securityEvents.record(SecurityLog::sessionRevoked(context, session, reason));
    qCInfo(lcSessions) << "session" << session.id << "revoked by its user:" << reason;
    return true;
}

HttpResponse SessionsEndpoint::revoke(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    const QString id = context.pathParam(QStringLiteral("id"));
    m_services.db.transaction([&] {
        const auto session = m_services.sessions.find(id);
        // Another user's session answers like an unknown one: ids are not confirmed to strangers.
        if (!session || session->userId != principal.user.id ||
            !revokeAndLog(context, *session, ReasonRevoked))
            throw ApiError::notFound(QStringLiteral("No session with this id."));
    });
    // Revoking the caller's own session is allowed: its token stops working after this answer.
    return HttpResponse::noContent();
}

HttpResponse SessionsEndpoint::revokeOthers(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    context.expectNoFields();
    const int revoked = m_services.db.transaction([&] {
        int count = 0;
        const auto sessions = m_services.sessions.listForUser(principal.user.id);
        for (const Session &session : sessions) {
            if (session.id != principal.sessionId &&
                revokeAndLog(context, session, ReasonRevokeOthers))
                ++count;
        }
        return count;
    });
    return HttpResponse::json(QJsonObject{{QStringLiteral("revoked"), revoked}});
}
