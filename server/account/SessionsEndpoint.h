#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>

class RequestContext;
class Router;
struct Principal;
struct ServerServices;
struct Session;

// GET /v1/me/sessions, DELETE /v1/me/sessions/{id}, POST /v1/me/sessions/revoke-others: the
// devices signed in to the account, and ending them. Only OAuth access tokens with the
// `account` scope get here (ApiGuard's security-settings rule). Every revocation is logged.
class SessionsEndpoint
{
public:
    explicit SessionsEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    // Without `current`, which only the session's own user gets (the admin API shows the same
    // object without it).
    static QJsonObject toJson(const Session &session);

private:
    HttpResponse list(RequestContext &context);
    HttpResponse revoke(RequestContext &context);
    HttpResponse revokeOthers(RequestContext &context);

    // Ends `session` and logs session.revoked with `reason`, in the caller's transaction.
    // False when it had been revoked already (nothing logged).
    bool revokeAndLog(const RequestContext &context, const Session &session, const QString &reason);

    ServerServices &m_services;
};
