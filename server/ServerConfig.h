#pragma once

#include "security/PasswordHasher.h"

#include <QHostAddress>
#include <QString>

struct RateLimitConfig
{
    int perCredentialPerMinute = 600;
    int perIpPerMinute = 1200;
    int signInAttemptsPerAccount = 10; // per SignInWindow
    int signInWindowSeconds = 15 * 60;
    int authorizePagesPerIpPerMinute = 60; // GET /oauth2/authorize
};

struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString dataDir;
    QString databaseUrl; // empty: SQLite file tasklane.db in dataDir
    QString issuer;      // empty: http://<listen address>:<bound port>
    qint64 maxBodyBytes = 1024 * 1024;
    int accessTokenLifetimeSeconds = 3600;
    int authCodeLifetimeSeconds = 60;
    int authorizationRequestLifetimeSeconds = 10 * 60;
    int twoFactorLockoutSeconds = 5 * 60;          // the first lockout; each next one doubles
    int twoFactorLockoutMaxSeconds = 24 * 60 * 60; // up to this
    // Authorization requests begun and not yet finished (nor expired): per client IP, in total.
    int maxPendingAuthorizationsPerIp = 100;
    int maxPendingAuthorizations = 10000;
    RateLimitConfig rateLimits;
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;

    QString effectiveDatabaseUrl() const;
};
