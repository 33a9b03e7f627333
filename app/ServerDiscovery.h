#pragma once

#include "ApiError.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

class ApiCall;
class ApiClient;

// RFC 8414 authorization server metadata, as much of it as the app uses.
struct ServerMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;   // empty if the server has none
    QUrl registrationEndpoint; // empty if the server has none
    QStringList scopes;        // scopes_supported
    // RFC 9207: the server puts `iss` in every authorization response, so the app requires it.
    bool issParameterSupported = false; // authorization_response_iss_parameter_supported
};
Q_DECLARE_METATYPE(ServerMetadata)

// Finds out whether a URL is a usable Tasklane (OAuth 2.0) server: fetches
// `/.well-known/oauth-authorization-server` through the app's ApiClient and checks that the
// answer names an issuer equal to the URL, https (or loopback) authorization and token endpoints,
// and PKCE with S256. Non-https URLs are refused before any request unless the host is loopback
// (127.0.0.0/8, ::1, localhost). Every failure is one clear ApiError; nothing hangs longer than
// the ApiClient's timeout.
class ServerDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit ServerDiscovery(ApiClient *client, QObject *parent = nullptr);
    ~ServerDiscovery() override;

    // Starts discovery; a discovery already running is dropped without a signal. Emits
    // discovered() or failed() exactly once, always from the event loop.
    void discover(const QUrl &serverUrl);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

    // Refuses (InvalidUrl) what discover() refuses before sending anything.
    static std::optional<ApiError> checkServerUrl(const QUrl &serverUrl);
    static bool isLoopbackHost(const QString &host);
    // RFC 8414 section 3.1: the well-known path goes between the host and the URL's path.
    static QUrl metadataUrl(const QUrl &serverUrl);
    // Checks a metadata document fetched for `serverUrl`.
    static std::variant<ServerMetadata, ApiError> parseMetadata(const QJsonDocument &document,
                                                                const QUrl &serverUrl);

signals:
    void discovered(const ServerMetadata &metadata);
    void failed(const ApiError &error);

private:
    void fail(const ApiError &error);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0; // drops queued failures of a discovery that was replaced
};
