#include "MetadataEndpoint.h"

#include "Scopes.h"
#include "ServerServices.h"
#include "http/Router.h"

#include <QJsonArray>

MetadataEndpoint::MetadataEndpoint(ServerServices &services)
    : m_services(services)
{}

void MetadataEndpoint::registerRoutes(Router &router)
{
    router.add(RequestContext::Method::Get,
               QStringLiteral("/.well-known/oauth-authorization-server"), [this](RequestContext &) {
                   HttpResponse response = HttpResponse::json(metadata());
                   response.setHeader("Cache-Control", "public, max-age=300");
                   return response;
               });
}

QJsonObject MetadataEndpoint::metadata() const
{
    const QString base = m_services.issuer;
    const auto strings = [](std::initializer_list<QString> list) {
        return QJsonValue(QJsonArray::fromStringList(QStringList(list)));
    };
    return QJsonObject{
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"),
         QString(base + QStringLiteral("/oauth2/authorize"))},
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/oauth2/token"))},
        {QStringLiteral("revocation_endpoint"), QString(base + QStringLiteral("/oauth2/revoke"))},
        {QStringLiteral("introspection_endpoint"),
         QString(base + QStringLiteral("/oauth2/introspect"))},
        {QStringLiteral("registration_endpoint"),
         QString(base + QStringLiteral("/oauth2/register"))},
        {QStringLiteral("scopes_supported"), QJsonValue(QJsonArray::fromStringList(Scopes::all()))},
        {QStringLiteral("response_types_supported"), strings({QStringLiteral("code")})},
        {QStringLiteral("response_modes_supported"), strings({QStringLiteral("query")})},
        {QStringLiteral("grant_types_supported"),
         strings({QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                  QStringLiteral("client_credentials")})},
        {QStringLiteral("code_challenge_methods_supported"), strings({QStringLiteral("S256")})},
        // RFC 9207: every authorization response carries `iss`.
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         strings({QStringLiteral("none"), QStringLiteral("client_secret_basic"),
                  QStringLiteral("client_secret_post")})},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"),
         strings({QStringLiteral("none"), QStringLiteral("client_secret_basic")})},
        {QStringLiteral("introspection_endpoint_auth_methods_supported"),
         strings({QStringLiteral("client_secret_basic")})},
    };
}
