#include "ServerDiscovery.h"

#include "ApiClient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString WellKnownPath = QStringLiteral("/.well-known/oauth-authorization-server");

// The server URL without query, fragment and user info, path without trailing slashes.
QUrl normalized(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                               QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    QString path = result.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    result.setPath(path);
    result.setScheme(result.scheme().toLower());
    result.setHost(result.host().toLower());
    if ((result.scheme() == QLatin1String("https") && result.port() == 443) ||
        (result.scheme() == QLatin1String("http") && result.port() == 80))
        result.setPort(-1);
    return result;
}

QString display(const QUrl &url)
{
    return normalized(url).toDisplayString();
}

bool isSecureOrLoopback(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    return scheme == QLatin1String("http") && ServerDiscovery::isLoopbackHost(url.host());
}

ApiError invalidMetadata(const QString &message)
{
    return ApiError::badResponse(message, 200, {}, ApiError::InvalidMetadataCode);
}

} // namespace

ServerDiscovery::ServerDiscovery(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

ServerDiscovery::~ServerDiscovery()
{
    cancel();
}

void ServerDiscovery::discover(const QUrl &serverUrl)
{
    cancel();
    if (const auto refused = checkServerUrl(serverUrl)) {
        fail(*refused);
        return;
    }
    const QUrl server = normalized(serverUrl);
    ApiRequest request;
    request.url = metadataUrl(server);
    request.authenticated = false;
    m_call = m_client->send(request);
    connect(m_call, &ApiCall::finished, this, [this, server](const ApiResult &result) {
        m_call = nullptr;
        if (result.error) {
            ApiError error = *result.error;
            if (error.isHttp(404)) {
                error.message = tr("No Tasklane server was found at %1: it does not publish "
                                   "OAuth server metadata (HTTP 404). Check the address.")
                                    .arg(display(server));
            } else if (error.kind == ApiError::Kind::BadResponse) {
                error.code = ApiError::InvalidMetadataCode;
                error.message = tr("The server at %1 did not answer with OAuth server metadata "
                                   "(the answer is not JSON). Is this a Tasklane server?")
                                    .arg(display(server));
            }
            emit failed(error);
            return;
        }
        auto parsed = parseMetadata(result.json, server);
        if (auto *error = std::get_if<ApiError>(&parsed)) {
            error->httpStatus = result.status;
            error->requestId = result.requestId;
            emit failed(*error);
            return;
        }
        emit discovered(std::get<ServerMetadata>(parsed));
    });
}

void ServerDiscovery::cancel()
{
    ++m_generation;
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
}

void ServerDiscovery::fail(const ApiError &error)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, error, generation] {
            if (generation == m_generation)
                emit failed(error);
        },
        Qt::QueuedConnection);
}

std::optional<ApiError> ServerDiscovery::checkServerUrl(const QUrl &serverUrl)
{
    const QString scheme = serverUrl.scheme().toLower();
    if (!serverUrl.isValid() || serverUrl.isRelative() || serverUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return ApiError::invalidUrl(
            tr("\"%1\" is not a server address. Enter one like https://tasks.example.org.")
                .arg(serverUrl.toDisplayString()));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(serverUrl.host())) {
        return ApiError::invalidUrl(
            tr("The server address %1 does not use https. Tasklane only talks to servers on "
               "other computers over https, so that passwords and tokens cannot be read on the "
               "way. Use https://%2 instead.")
                .arg(display(serverUrl),
                     normalized(serverUrl).authority() + normalized(serverUrl).path()),
            ApiError::InsecureUrlCode);
    }
    return std::nullopt;
}

bool ServerDiscovery::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    if (address.isLoopback())
        return true;
    // ::ffff:127.0.0.1 and friends.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && QHostAddress(v4).isLoopback();
}

QUrl ServerDiscovery::metadataUrl(const QUrl &serverUrl)
{
    QUrl url = normalized(serverUrl);
    url.setPath(WellKnownPath + url.path());
    return url;
}

std::variant<ServerMetadata, ApiError> ServerDiscovery::parseMetadata(const QJsonDocument &document,
                                                                      const QUrl &serverUrl)
{
    const QString server = display(serverUrl);
    if (!document.isObject()) {
        return invalidMetadata(tr("The server at %1 did not answer with OAuth server metadata "
                                  "(expected a JSON object). Is this a Tasklane server?")
                                   .arg(server));
    }
    const QJsonObject object = document.object();

    // An endpoint: absolute, and https unless on this computer. Empty QUrl if absent.
    QString problem;
    const auto endpoint = [&](const QString &name, bool required) -> QUrl {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required && problem.isEmpty())
                problem = tr("The server at %1 does not say where to sign in (\"%2\" is missing "
                             "from its OAuth metadata). Is this a Tasklane server?")
                              .arg(server, name);
            return {};
        }
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!value.isString() || !url.isValid() || url.isRelative() || url.host().isEmpty()) {
            if (problem.isEmpty())
                problem = tr("The server at %1 published an invalid \"%2\" in its OAuth "
                             "metadata.")
                              .arg(server, name);
            return {};
        }
        if (!isSecureOrLoopback(url)) {
            if (problem.isEmpty())
                problem = tr("The server at %1 published an insecure \"%2\" (%3); Tasklane only "
                             "signs in over https.")
                              .arg(server, name, url.toDisplayString());
            return {};
        }
        return url;
    };

    ServerMetadata metadata;
    metadata.authorizationEndpoint =
        endpoint(QStringLiteral("authorization_endpoint"), /*required=*/true);
    metadata.tokenEndpoint = endpoint(QStringLiteral("token_endpoint"), /*required=*/true);
    metadata.revocationEndpoint = endpoint(QStringLiteral("revocation_endpoint"), false);
    metadata.registrationEndpoint = endpoint(QStringLiteral("registration_endpoint"), false);
    if (!problem.isEmpty())
        return invalidMetadata(problem);

    const QJsonValue issuer = object.value(QStringLiteral("issuer"));
    metadata.issuer = QUrl(issuer.toString(), QUrl::StrictMode);
    if (!issuer.isString() || !metadata.issuer.isValid() || metadata.issuer.isRelative()) {
        return invalidMetadata(
            tr("The server at %1 does not name its issuer in its OAuth metadata.").arg(server));
    }
    // RFC 8414 section 3.3: the issuer must be the URL the metadata was fetched for.
    if (normalized(metadata.issuer) != normalized(serverUrl)) {
        return invalidMetadata(
            tr("The server at %1 says its address is %2. Use that address, or ask the server's "
               "administrator to set the right issuer.")
                .arg(server, metadata.issuer.toDisplayString()));
    }

    const QJsonArray methods =
        object.value(QStringLiteral("code_challenge_methods_supported")).toArray();
    if (!methods.contains(QStringLiteral("S256"))) {
        return invalidMetadata(
            tr("The server at %1 does not support PKCE with S256 "
               "(code_challenge_methods_supported), which Tasklane needs for a safe sign-in.")
                .arg(server));
    }

    metadata.issParameterSupported =
        object.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();

    const QJsonArray scopes = object.value(QStringLiteral("scopes_supported")).toArray();
    for (const QJsonValue &scope : scopes) {
        if (scope.isString())
            metadata.scopes.append(scope.toString());
    }
    return metadata;
}
