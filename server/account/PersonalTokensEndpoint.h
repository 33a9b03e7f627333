#pragma once

#include "http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

class RequestContext;
class Router;
struct PersonalAccessToken;
struct ServerServices;
struct User;

// GET|POST /v1/me/tokens, DELETE /v1/me/tokens/{id} and POST /v1/me/tokens/{id}/rotate: the
// user's personal access tokens. Only OAuth access tokens with the `account` scope get here
// (ApiGuard's security-settings rule); a secret leaves the server once, in the answer to the
// POST that made it.
class PersonalTokensEndpoint
{
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxActivePerAccount = 5;
    // How long a rotated token keeps working, in seconds, unless the request says otherwise.
    static constexpr int DefaultOverlapSeconds = 60 * 60;
    static constexpr int MaxOverlapSeconds = 7 * 24 * 60 * 60;

    explicit PersonalTokensEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    // What a user may ask for: the task scopes, and `admin` for administrators only.
    static QStringList grantableScopes();
    static QJsonObject toJson(const PersonalAccessToken &token);

private:
    struct Request
    {
        QString name;
        QStringList scopes;
        int expiresInDays = 0; // 0: never expires
    };
    // Validates a creation body; the errors are VALIDATION_FAILED details.
    static QJsonArray parse(const QJsonObject &body, const User &user, Request &request);

    HttpResponse list(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse revoke(RequestContext &context);
    HttpResponse rotate(RequestContext &context);
    // Refuses an admin-scoped token when the admin two-factor rule forbids it (`code`: the
    // body's TOTP code); creation and rotation mint such a secret alike.
    void requireAdminScopeAllowed(RequestContext &context, const User &user,
                                  const QJsonValue &code);

    ServerServices &m_services;
};
