#pragma once

#include "ClientAuthenticator.h"
#include "http/HttpResponse.h"
#include "http/RequestContext.h"

class Router;
struct ServerServices;

// POST /oauth2/revoke (RFC 7009). A refresh token ends its whole session; an access token
// ends itself. Unknown tokens are answered 200, as the RFC asks.
class RevocationEndpoint
{
public:
    explicit RevocationEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

private:
    HttpResponse revoke(RequestContext &context);

    ServerServices &m_services;
    ClientAuthenticator m_clientAuth;
};
