#pragma once

class Router;
struct ServerServices;

// GET /v1/me: the signed-in user and what the presented credential may do.
class MeEndpoint
{
public:
    explicit MeEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

private:
    ServerServices &m_services;
};
