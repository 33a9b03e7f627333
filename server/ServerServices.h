#pragma once

#include "ServerConfig.h"
#include "SharedServices.h"
#include "account/TwoFactorVerifier.h"
#include "http/GuessLimiter.h"
#include "http/RateLimiter.h"
#include "oauth/AdminTwoFactorRule.h"
#include "oauth/ApiGuard.h"
#include "security/PasswordHasher.h"
#include "security/SecretBox.h"
#include "store/AuditLogStore.h"
#include "store/AuthorizationStore.h"
#include "store/ClientStore.h"
#include "store/Database.h"
#include "store/PasskeyStore.h"
#include "store/PersonalTokenStore.h"
#include "store/RateLimitStore.h"
#include "store/SecurityEventStore.h"
#include "store/SessionStore.h"
#include "store/SignInAlertStore.h"
#include "store/TaskStore.h"
#include "store/TwoFactorStore.h"
#include "store/UserOverviewStore.h"
#include "store/UserStore.h"
#include "store/WebAuthnChallengeStore.h"

#include <QThreadPool>

// What the endpoints of one worker thread use: the stores over the worker's own database
// connection, caches and rate limiters over it, and references to what the instance's workers
// share (SharedServices). Made, used and destroyed on its worker's thread (a Qt SQL connection
// is only usable on the thread that opened it); endpoints hold a reference.
struct ServerServices
{
    // Throws StoreError when the database cannot be opened.
    explicit ServerServices(SharedServices &shared);

    const ServerConfig &config;
    const QString &issuer;
    Database db;
    UserStore users{db};
    ClientStore clients{db};
    AuthorizationStore authorizations{db};
    SessionStore sessions{db, config.sessionLifetime};
    PersonalTokenStore personalTokens{db};
    TaskStore tasks{db};
    SecurityEventStore securityEvents{db};
    SignInAlertStore signInAlerts{db};
    AuditLogStore auditLog{db};
    UserOverviewStore userOverviews{db, config.sessionLifetime};
    TwoFactorStore twoFactor{db};
    PasskeyStore passkeys{db};
    WebAuthnChallengeStore webAuthnChallenges{db};
    const SecretBox &secretBox;
    TwoFactorVerifier twoFactorVerifier{
        db, twoFactor, securityEvents, secretBox,
        TwoFactorVerifier::Lockouts{config.twoFactorLockoutSeconds,
                                    config.twoFactorLockoutMaxSeconds}};
    const PasswordHasher &hasher;
    QThreadPool &passwordChecks; // shared: Argon2 runs here, off the workers' event loops
    AdminTwoFactorRule adminTwoFactor{twoFactor, config.requireTwoFactorForAdmins};
    const ApiGuard::SharedLeases &apiLeases;
    // Every rate limit counts in the database, so all instances on it share the counts.
    RateLimitStore rateLimits{db};
    ApiGuard guard{db,         sessions,          personalTokens, securityEvents, adminTwoFactor,
                   rateLimits, config.rateLimits, apiLeases};
    // Password guesses (sign-in form, change of password): per account and per IP.
    GuessLimiter signInGuesses{
        rateLimits, QStringLiteral("sign-in"), config.rateLimits.signInAttemptsPerAccount,
        config.rateLimits.signInAttemptsPerAccount * 5, config.rateLimits.signInWindowSeconds};
    // Sign-in pages opened (GET /oauth2/authorize), per client IP and minute.
    RateLimiter authorizePages{rateLimits, QStringLiteral("authorize-page-ip"),
                               config.rateLimits.authorizePagesPerIpPerMinute, 60};
};
