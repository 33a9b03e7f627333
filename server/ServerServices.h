#pragma once

#include "ServerConfig.h"
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

// What the endpoints share: configuration, the stores over one database connection, the
// password hasher and the rate limiters. Owned by TasklaneServer; endpoints hold a reference.
struct ServerServices
{
    ServerServices(const ServerConfig &config, QString issuer);

    ServerConfig config;
    QString issuer;
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
    // <data-dir>/secret.key; throws SecretBox::KeyError when it cannot be read or created.
    SecretBox secretBox{SecretBox::loadOrCreate(config.dataDir)};
    TwoFactorVerifier twoFactorVerifier{
        db, twoFactor, securityEvents, secretBox,
        TwoFactorVerifier::Lockouts{config.twoFactorLockoutSeconds,
                                    config.twoFactorLockoutMaxSeconds}};
    PasswordHasher hasher{config.passwordCost};
    // Argon2 checks run here, off the event loop. Owned so shutdown can wait for them: their
    // continuations must not outlive the objects they report to.
    QThreadPool passwordChecks;
    AdminTwoFactorRule adminTwoFactor{twoFactor, config.requireTwoFactorForAdmins};
    // Every rate limit counts in the database, so all instances on it share the counts.
    RateLimitStore rateLimits{db};
    ApiGuard guard{db,         sessions,         personalTokens, securityEvents, adminTwoFactor,
                   rateLimits, config.rateLimits};
    // Password guesses (sign-in form, change of password): per account and per IP.
    GuessLimiter signInGuesses{
        rateLimits, QStringLiteral("sign-in"), config.rateLimits.signInAttemptsPerAccount,
        config.rateLimits.signInAttemptsPerAccount * 5, config.rateLimits.signInWindowSeconds};
    // Sign-in pages opened (GET /oauth2/authorize), per client IP and minute.
    RateLimiter authorizePages{rateLimits, QStringLiteral("authorize-page-ip"),
                               config.rateLimits.authorizePagesPerIpPerMinute, 60};
};
