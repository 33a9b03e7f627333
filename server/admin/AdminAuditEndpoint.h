#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>

class RequestContext;
class Router;
struct AuditEntry;
struct ServerServices;

// GET /v1/admin/audit: what administrators (and the command line) did to accounts, newest
// first, a page at a time.
class AdminAuditEndpoint
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 200;

    explicit AdminAuditEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    static QJsonObject toJson(const AuditEntry &entry);

private:
    HttpResponse list(RequestContext &context);

    ServerServices &m_services;
};
