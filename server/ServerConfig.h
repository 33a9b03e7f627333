#pragma once

#include "http/HttpOptions.h"
#include "security/PasswordHasher.h"

#include <QHostAddress>
#include <QString>

struct RateLimitConfig
{
    int perCredentialPerMinute = 600;
    int perIpPerMinute = 1200;
    int signInAttemptsPerAccount = 10; // per SignInWindow
    int signInWindowSeconds = 15 * 60;
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
    int twoFactorLockoutSeconds = 5 * 60;
    // --require-2fa-for-admins: the admin scope only for accounts with two-factor authentication.
    bool requireTwoFactorForAdmins = true;
    RateLimitConfig rateLimits;
    HttpOptions http; // connection timeouts, per-address cap, trusted proxies
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;

    QString effectiveDatabaseUrl() const;
};
