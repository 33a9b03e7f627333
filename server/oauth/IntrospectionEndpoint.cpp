#include "IntrospectionEndpoint.h"

#include "Scopes.h"
#include "ServerServices.h"
#include "TokenLookup.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "store/Ids.h"

IntrospectionEndpoint::IntrospectionEndpoint(ServerServices &services)
    : m_services(services)
    , m_clientAuth(services.clients)
{}

void IntrospectionEndpoint::registerRoutes(Router &router)
{
    router.add(RequestContext::Method::Post, QStringLiteral("/oauth2/introspect"),
               [this](RequestContext &context) { return introspect(context); });
}

HttpResponse IntrospectionEndpoint::introspect(RequestContext &context)
{
    const auto form = context.formBody();
    m_clientAuth.requireConfidential(context, form);
    const QString token = form.value(QStringLiteral("token"));
    if (token.isEmpty())
        throw OAuthError(QStringLiteral("invalid_request"),
                         QStringLiteral("The parameter \"token\" is missing."));

    const qint64 now = Clock::nowMs();
    const auto facts = lookUpToken(m_services.sessions, token, now);
    const auto user = facts ? m_services.users.findById(facts->session.userId) : std::nullopt;
    if (!facts || !facts->active || !user || user->disabled)
        return HttpResponse::json(QJsonObject{{QStringLiteral("active"), false}});

    QJsonObject body{
        {QStringLiteral("active"), true},
        // What the token may do now: admin only while the account meets AdminTwoFactorRule.
        {QStringLiteral("scope"), Scopes::join(m_services.adminTwoFactor.narrowed(
                                      *user, Scopes::parse(facts->scope).value_or(QStringList())))},
        {QStringLiteral("client_id"), facts->session.clientId},
        {QStringLiteral("username"), user->username},
        {QStringLiteral("sub"), user->id},
        {QStringLiteral("sid"), facts->session.id},
        {QStringLiteral("iss"), m_services.issuer},
        {QStringLiteral("token_type"), facts->kind == TokenFacts::Kind::AccessToken
                                           ? QStringLiteral("Bearer")
                                           : QStringLiteral("refresh_token")},
        {QStringLiteral("iat"), facts->issuedAtMs / 1000},
    };
    if (facts->expiresAtMs != 0)
        body.insert(QStringLiteral("exp"), facts->expiresAtMs / 1000);
    return HttpResponse::json(body);
}
