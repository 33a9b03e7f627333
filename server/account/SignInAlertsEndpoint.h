#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>

class RequestContext;
class Router;
struct ServerServices;
struct SignInAlert;

// GET /v1/me/sign-in-alerts, POST /v1/me/sign-in-alerts/{id}/confirm and .../deny: the new
// sign-in alerts the user has not answered yet, and the two answers ("Yes, it was me"; "No":
// that session is revoked with its tokens). Only OAuth access tokens with the `account` scope
// get here, like the rest of the security settings. Both answers go to the security log.
class SignInAlertsEndpoint
{
public:
    explicit SignInAlertsEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    static QJsonObject toJson(const SignInAlert &alert);

private:
    HttpResponse list(RequestContext &context);
    HttpResponse confirm(RequestContext &context);
    HttpResponse deny(RequestContext &context);
    // The caller's open alert named by the path, or NOT_FOUND (another user's alert answers
    // like an unknown one) / CONFLICT (answered already). In the caller's transaction.
    SignInAlert openAlert(RequestContext &context, const QString &userId);

    ServerServices &m_services;
};
