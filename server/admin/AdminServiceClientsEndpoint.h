#pragma once

#include "ServiceClientActions.h"
#include "http/HttpResponse.h"

#include <QJsonObject>

class RequestContext;
class Router;
struct ServerServices;

// Service clients in the admin API (docs/api.md 12.8a): GET and POST /v1/admin/service-clients,
// POST /v1/admin/service-clients/{id}/rotate, DELETE /v1/admin/service-clients/{id}. The work
// and its audit entries are ServiceClientActions'.
class AdminServiceClientsEndpoint
{
public:
    explicit AdminServiceClientsEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    static QJsonObject toJson(const ServiceClient &client);

private:
    HttpResponse list(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse rotate(RequestContext &context);
    HttpResponse revoke(RequestContext &context);
    AdminActor admit(RequestContext &context);

    ServerServices &m_services;
    ServiceClientActions m_actions;
};
