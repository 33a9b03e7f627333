#pragma once

#include "AdminActions.h"
#include "http/HttpResponse.h"

class RequestContext;
class Router;
struct ServerServices;

// The admin API's changes: DELETE /v1/admin/sessions/{id} and /v1/admin/tokens/{id}, and
// POST /v1/admin/users/{id}/revoke-all|reset-2fa|disable|enable. The work and its logging are
// AdminActions'; this class turns requests into actions and outcomes into answers.
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

    // Lets the administrator in (ApiGuard) and checks the body of a POST action; the actor is
    // the administrator and their request.
    AdminActor admit(RequestContext &context);

    ServerServices &m_services;
    AdminActions m_actions;
};
