#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>

class RequestContext;
class Router;
struct ServerServices;
struct UserOverview;

// GET /v1/admin/users (search, pages), /v1/admin/users/{id} and a user's sessions and personal
// access tokens. Reads only; ApiGuard's administration rule lets in administrators holding the
// `admin` scope.
class AdminUsersEndpoint
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 200;
    static constexpr int MaxQueryLength = 200;

    explicit AdminUsersEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    static QJsonObject toJson(const UserOverview &overview);

private:
    HttpResponse list(RequestContext &context);
    HttpResponse one(RequestContext &context);
    HttpResponse sessions(RequestContext &context);
    HttpResponse tokens(RequestContext &context);
    // The {id} of the path when it names a user; throws 404 otherwise.
    QString requireUserId(const RequestContext &context);

    ServerServices &m_services;
};
