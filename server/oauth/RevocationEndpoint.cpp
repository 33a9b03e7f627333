#include "RevocationEndpoint.h"

#include "ServerServices.h"
#include "TokenLookup.h"
#include "account/SecurityLog.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "store/Ids.h"

RevocationEndpoint::RevocationEndpoint(ServerServices &services)
    : m_services(services)
    , m_clientAuth(services.clients)
{}

void RevocationEndpoint::registerRoutes(Router &router)
{
    router.add(RequestContext::Method::Post, QStringLiteral("/oauth2/revoke"),
               [this](RequestContext &context) { return revoke(context); });
}

HttpResponse RevocationEndpoint::revoke(RequestContext &context)
{
    const auto form = context.formBody();
    const OAuthClient client = m_clientAuth.authenticate(context, form);
    const QString token = form.value(QStringLiteral("token"));
    if (token.isEmpty())
        throw OAuthError(QStringLiteral("invalid_request"),
                         QStringLiteral("The parameter \"token\" is missing."));

    const qint64 now = Clock::nowMs();
    const auto facts = lookUpToken(m_services.sessions, token, now);
    if (!facts)
        return HttpResponse(200, {}, {});
    if (facts->session.clientId != client.id) {
        throw OAuthError(QStringLiteral("unauthorized_client"),
                         QStringLiteral("The token was issued to another client."));
    }
    if (facts->kind == TokenFacts::Kind::RefreshToken) {
        m_services.db.transaction([&] {
            if (!m_services.sessions.revoke(facts->session.id, QStringLiteral("signed_out"), now))
                return; // signed out before: nothing new to log
            SecurityEvent event =
                SecurityLog::sessionRevoked(context, facts->session, QStringLiteral("signed_out"));
            // The request came with this session's own refresh token.
            event.sessionId = facts->session.id;
            m_services.securityEvents.record(event);
        });
    } else {
        m_services.sessions.deleteAccessToken(facts->tokenHash);
    }
    return HttpResponse(200, {}, {});
}
