#pragma once

#include "ServerConfig.h"
#include "http/RateLimiter.h"
#include "http/RequestContext.h"

class SessionStore;

// The door of every /v1 endpoint: counts the request against the per-IP and per-credential
// limits, checks the bearer token (format, hash look-up, expiry, live session, enabled user)
// and the scope. Throws ApiError (401, 403, 429); on success the context holds the Principal.
class ApiGuard
{
public:
    ApiGuard(SessionStore &sessions, const RateLimitConfig &limits);

    const Principal &require(RequestContext &context, const QString &scope = {});
    // Only the per-IP limit, for endpoints that take no bearer token.
    void limitByIp(RequestContext &context);

private:
    Principal authenticate(RequestContext &context);
    static void addRateLimitHeaders(RequestContext &context, const RateLimiter::Decision &decision);

    SessionStore &m_sessions;
    RateLimiter m_perIp;
    RateLimiter m_perCredential;
};
