#include "RegistrationEndpoint.h"

#include "RedirectUris.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "store/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

OAuthError invalidMetadata(const QString &description)
{
    return OAuthError(QStringLiteral("invalid_client_metadata"), description);
}

QStringList stringArray(const QJsonObject &body, const QString &name, const QStringList &fallback)
{
    if (!body.contains(name))
        return fallback;
    const QJsonValue value = body.value(name);
    if (!value.isArray())
        throw invalidMetadata(QStringLiteral("\"%1\" must be an array of strings.").arg(name));
    QStringList out;
    const auto array = value.toArray();
    for (const auto &item : array) {
        if (!item.isString())
            throw invalidMetadata(QStringLiteral("\"%1\" must be an array of strings.").arg(name));
        out.append(item.toString());
    }
    return out;
}

} // namespace

RegistrationEndpoint::RegistrationEndpoint(ServerServices &services)
    : m_services(services)
{}

void RegistrationEndpoint::registerRoutes(Router &router)
{
    router.add(RequestContext::Method::Post, QStringLiteral("/oauth2/register"),
               [this](RequestContext &context) { return registerClient(context); });
}

HttpResponse RegistrationEndpoint::registerClient(RequestContext &context)
{
    try {
        m_services.guard.limitByIp(context);
    } catch (const ApiError &limited) {
        throw OAuthError(QStringLiteral("temporarily_unavailable"), limited.message(), 429);
    }
    QJsonObject body;
    try {
        body = context.jsonBody();
    } catch (const ApiError &error) {
        throw invalidMetadata(error.message());
    }

    const QStringList redirectUris = stringArray(body, QStringLiteral("redirect_uris"), {});
    if (redirectUris.isEmpty())
        throw OAuthError(QStringLiteral("invalid_redirect_uri"),
                         QStringLiteral("redirect_uris is required."));
    for (const QString &uri : redirectUris) {
        if (!RedirectUris::isAcceptableForNativeClient(uri)) {
            throw OAuthError(QStringLiteral("invalid_redirect_uri"),
                             QStringLiteral("Native clients must use loopback redirects such as "
                                            "http://127.0.0.1/callback (RFC 8252): %1")
                                 .arg(uri));
        }
    }
    const QString authMethod =
        body.value(QStringLiteral("token_endpoint_auth_method")).toString(QStringLiteral("none"));
    if (authMethod != QLatin1String("none"))
        throw invalidMetadata(QStringLiteral(
            "Only public clients can register: token_endpoint_auth_method must be \"none\"."));
    const QStringList grantTypes =
        stringArray(body, QStringLiteral("grant_types"),
                    {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")});
    for (const QString &grant : grantTypes) {
        if (grant != QLatin1String("authorization_code") && grant != QLatin1String("refresh_token"))
            throw invalidMetadata(QStringLiteral("Unsupported grant type: %1").arg(grant));
    }
    const QStringList responseTypes =
        stringArray(body, QStringLiteral("response_types"), {QStringLiteral("code")});
    if (responseTypes != QStringList{QStringLiteral("code")})
        throw invalidMetadata(QStringLiteral("response_types must be [\"code\"]."));
    if (body.contains(QStringLiteral("client_name")) &&
        !body.value(QStringLiteral("client_name")).isString())
        throw invalidMetadata(QStringLiteral("client_name must be a string."));
    QString name = body.value(QStringLiteral("client_name")).toString().trimmed().left(100);
    if (name.isEmpty())
        name = QStringLiteral("Unnamed application");

    OAuthClient client;
    client.name = name;
    client.kind = OAuthClient::Kind::Public;
    client.redirectUris = redirectUris;
    const OAuthClient created = m_services.clients.create(client);

    return HttpResponse::json(
        QJsonObject{
            {QStringLiteral("client_id"), created.id},
            {QStringLiteral("client_id_issued_at"), created.createdAt.toSecsSinceEpoch()},
            {QStringLiteral("client_name"), created.name},
            {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(created.redirectUris)},
            {QStringLiteral("grant_types"), QJsonArray::fromStringList(grantTypes)},
            {QStringLiteral("response_types"), QJsonArray::fromStringList(responseTypes)},
            {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
        },
        201);
}
