#pragma once

#include "http/HttpResponse.h"

class Router;
struct ServerServices;

// GET /.well-known/oauth-authorization-server (RFC 8414).
class MetadataEndpoint
{
public:
    explicit MetadataEndpoint(ServerServices &services);
    void registerRoutes(Router &router);
    QJsonObject metadata() const;

private:
    ServerServices &m_services;
};
