#pragma once

#include "ClientAuthenticator.h"
#include "TokenIssuer.h"
#include "account/NewSignInCheck.h"
#include "http/HttpResponse.h"
#include "http/RequestContext.h"

class Router;
struct ServerServices;

// POST /oauth2/token: authorization_code (with PKCE), refresh_token (rotated on every use;
// a reused one revokes its whole family) and client_credentials (service clients only, no
// refresh token). Form-encoded in, RFC 6749 JSON out.
class TokenEndpoint
{
public:
    explicit TokenEndpoint(ServerServices &services);

    void registerRoutes(Router &router);

private:
    HttpResponse token(RequestContext &context);
    IssuedTokens exchangeCode(const RequestContext &context, const OAuthClient &client,
                              const QHash<QString, QString> &form);
    IssuedTokens refresh(const RequestContext &context, const OAuthClient &client,
                         const QHash<QString, QString> &form);
    IssuedTokens clientCredentials(const RequestContext &context, const OAuthClient &client,
                                   const QHash<QString, QString> &form);
    // The audit entry of a refused service client (ClientAuthenticator's observer).
    void recordRefusal(const RequestContext &context, const OAuthClient &client,
                       const QString &reason);
    // A single-use credential of the session came back: it leaked, so the session ends, and
    // its owner reads why in the security log (with the address that presented it).
    void endLeakedSession(const RequestContext &context, const QString &sessionId,
                          const QString &reason, qint64 nowMs);

    ServerServices &m_services;
    ClientAuthenticator m_clientAuth;
    TokenIssuer m_issuer;
    NewSignInCheck m_newSignIn;
};
