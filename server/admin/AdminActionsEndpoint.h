#pragma once

#include "AdminActions.h"
#include "http/HttpResponse.h"

#include <QFuture>
#include <QObject>

class RequestContext;
class Router;
struct ServerServices;

// The admin API's changes: DELETE /v1/admin/sessions/{id} and /v1/admin/tokens/{id},
// POST /v1/admin/users/{id}/revoke-all|reset-2fa|disable|enable|password, POST /v1/admin/users
// (a new account) and PATCH /v1/admin/users/{id} (the role). The work and its logging are
// AdminActions'; this class turns requests into actions and outcomes into answers. The two that
// hash a one-time password do it off the event loop.
class AdminActionsEndpoint
{
public:
    explicit AdminActionsEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

private:
    HttpResponse revokeSession(RequestContext &context);
    HttpResponse revokeToken(RequestContext &context);
    HttpResponse revokeAll(RequestContext &context);
    HttpResponse resetTwoFactor(RequestContext &context);
    HttpResponse disable(RequestContext &context);
    HttpResponse enable(RequestContext &context);
    QFuture<HttpResponse> createUser(RequestContext &context);
    QFuture<HttpResponse> resetPassword(RequestContext &context);
    HttpResponse setRole(RequestContext &context);

    // The Argon2id hash of `password`, computed on the password-check pool.
    QFuture<QString> hashOffTheEventLoop(const QString &password);
    // GET /v1/admin/users/{id}'s answer for the user.
    QJsonObject userJson(const QString &userId);

    enum class Body { None, Fields };
    // Lets the administrator in (ApiGuard) and, for a POST action that takes no fields, checks
    // that its body has none; the actor is the administrator and their request.
    AdminActor admit(RequestContext &context, Body body = Body::None);

    ServerServices &m_services;
    AdminActions m_actions;
    // Context of the continuations of password checks: they run on the worker thread this
    // endpoint was made on, the only thread that may use its database connection.
    QObject m_workerThread;
};
