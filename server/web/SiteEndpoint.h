#pragma once

class Router;
struct ServerServices;

// The few routes for people and probes: "/", the stylesheet, and /healthz.
class SiteEndpoint
{
public:
    explicit SiteEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

private:
    ServerServices &m_services;
};
