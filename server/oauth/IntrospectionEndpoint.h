#pragma once

#include "ClientAuthenticator.h"
#include "http/HttpResponse.h"
#include "http/RequestContext.h"

class Router;
struct ServerServices;

// POST /oauth2/introspect (RFC 7662), for confidential clients (resource servers) only.
class IntrospectionEndpoint
{
public:
    explicit IntrospectionEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

private:
    HttpResponse introspect(RequestContext &context);

    ServerServices &m_services;
    ClientAuthenticator m_clientAuth;
};
