#include "AdminActionsEndpoint.h"

#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"

#include <QJsonObject>

namespace {

using Outcome = AdminActions::Outcome;

const QString NoSuchUser = QStringLiteral("No user with this id.");

// The answer for what AdminActions refused; Done is the caller's.
void throwUnlessDone(const AdminActions::Result &result, const QString &notFoundMessage)
{
    switch (result.outcome) {
    case Outcome::Done:
        return;
    case Outcome::NotFound:
        throw ApiError::notFound(notFoundMessage);
    case Outcome::LastAdmin:
        throw ApiError::conflict(QStringLiteral("This is the last administrator; make another "
                                                "user an administrator first."),
                                 QStringLiteral("LAST_ADMIN"));
    case Outcome::TwoFactorOff:
        throw ApiError::conflict(QStringLiteral("Two-factor authentication is off for this user."));
    }
}

} // namespace

AdminActionsEndpoint::AdminActionsEndpoint(ServerServices &services)
    : m_services(services)
    , m_actions(services.db)
{}

void AdminActionsEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Delete, QStringLiteral("/v1/admin/sessions/{id}"),
               [this](RequestContext &c) { return revokeSession(c); });
    router.add(M::Delete, QStringLiteral("/v1/admin/tokens/{id}"),
               [this](RequestContext &c) { return revokeToken(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/revoke-all"),
               [this](RequestContext &c) { return revokeAll(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/reset-2fa"),
               [this](RequestContext &c) { return resetTwoFactor(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/disable"),
               [this](RequestContext &c) { return disable(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/enable"),
               [this](RequestContext &c) { return enable(c); });
}

AdminActor AdminActionsEndpoint::admit(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Admin);
    if (context.method() == RequestContext::Method::Post)
        context.expectNoFields();
    return {principal.user.id, principal.user.username, context.remoteIp(), context.userAgent()};
}

HttpResponse AdminActionsEndpoint::revokeSession(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.revokeSession(actor, context.pathParam(QStringLiteral("id"))),
                    QStringLiteral("No session with this id."));
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::revokeToken(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.revokeToken(actor, context.pathParam(QStringLiteral("id"))),
                    QStringLiteral("No personal access token with this id."));
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::revokeAll(RequestContext &context)
{
    const AdminActor actor = admit(context);
    const auto result = m_actions.revokeAll(actor, context.pathParam(QStringLiteral("id")));
    throwUnlessDone(result, NoSuchUser);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("sessionsRevoked"), result.sessionsRevoked},
                    {QStringLiteral("tokensRevoked"), result.tokensRevoked}});
}

HttpResponse AdminActionsEndpoint::resetTwoFactor(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.resetTwoFactor(actor, context.pathParam(QStringLiteral("id"))),
                    NoSuchUser);
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::disable(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.disable(actor, context.pathParam(QStringLiteral("id"))), NoSuchUser);
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::enable(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.enable(actor, context.pathParam(QStringLiteral("id"))), NoSuchUser);
    return HttpResponse::noContent();
}
