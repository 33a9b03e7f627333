#pragma once

#include "ServerConfig.h"
#include "http/RateLimiter.h"
#include "http/RequestContext.h"

class AdminTwoFactorRule;
class Database;
class PersonalTokenStore;
class RateLimitStore;
class SecurityEventStore;
class SessionStore;

// The door of every /v1 endpoint: counts the request against the per-IP and per-credential
// limits, checks the bearer token (an OAuth access token or a personal access token: format,
// hash look-up, expiry, revocation, live session, enabled user), the security-settings rule,
// the administration rule and the scope. Throws ApiError (401, 403, 429); on success the context
// holds the Principal.
class ApiGuard
{
public:
    // The leases of the two API limits: one pair per server instance, shared by the guards of
    // its worker threads (each over its own connection).
    struct SharedLeases
    {
        std::shared_ptr<RateLimiter::Leases> perIp = RateLimiter::newLeases();
        std::shared_ptr<RateLimiter::Leases> perCredential = RateLimiter::newLeases();
    };

    ApiGuard(Database &db, SessionStore &sessions, PersonalTokenStore &personalTokens,
             SecurityEventStore &securityEvents, const AdminTwoFactorRule &adminTwoFactor,
             RateLimitStore &rateLimits, const RateLimitConfig &limits, const SharedLeases &leases);

    const Principal &require(RequestContext &context, const QString &scope = {});
    // The account's security settings (/v1/me/tokens, /v1/me/sessions, /v1/me/2fa,
    // /v1/me/password, /v1/me/security-events and below):
    // require() lets only OAuth access tokens with the `account` scope in, so a leaked personal
    // access token can neither mint more tokens nor weaken the account.
    static bool isSecuritySettingsPath(const QString &path);
    // Administration (/v1/admin and below): require() lets in only users whose role is admin,
    // read afresh with the credential on every request, holding a credential with the `admin`
    // scope (an OAuth access token or a personal access token). While --require-2fa-for-admins is
    // on, a credential's admin scope counts only while its account has two-factor authentication
    // on (AdminTwoFactorRule), and an administrator without it is told so
    // (TWO_FACTOR_SETUP_REQUIRED).
    static bool isAdminPath(const QString &path);
    // Only the per-IP limit, for endpoints that take no bearer token.
    void limitByIp(RequestContext &context);

private:
    Principal authenticate(RequestContext &context);
    Principal authenticatePersonalToken(RequestContext &context, const QString &token);
    static void addRateLimitHeaders(RequestContext &context, const RateLimiter::Decision &decision);

    Database &m_db;
    SessionStore &m_sessions;
    PersonalTokenStore &m_personalTokens;
    SecurityEventStore &m_securityEvents;
    const AdminTwoFactorRule &m_adminTwoFactor;
    // Leased counting (RateLimiter): shared by the instances without a write per request.
    RateLimiter m_perIp;
    RateLimiter m_perCredential;
};
