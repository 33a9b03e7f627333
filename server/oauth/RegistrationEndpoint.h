#pragma once

#include "http/HttpResponse.h"
#include "http/RequestContext.h"

class Router;
struct ServerServices;

// POST /oauth2/register (RFC 7591) for native public clients: loopback redirect URIs only,
// token_endpoint_auth_method "none".
class RegistrationEndpoint
{
public:
    explicit RegistrationEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

private:
    HttpResponse registerClient(RequestContext &context);

    ServerServices &m_services;
};
