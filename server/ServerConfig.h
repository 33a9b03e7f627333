#pragma once

#include "http/HttpOptions.h"
#include "security/PasswordHasher.h"
#include "store/SessionLifetime.h"

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
    // --database-connections: worker threads, each with its own database connection (0: the
    // engine's default below; docs/admin.md 9, max_connections).
    int databaseConnections = 0;
    static constexpr int DefaultPostgresConnections = 4;
    static constexpr int DefaultSqliteConnections = 2;
    QString issuer; // empty: http://<listen address>:<bound port>
    qint64 maxBodyBytes = 1024 * 1024;
    int accessTokenLifetimeSeconds = 3600;
    int authCodeLifetimeSeconds = 60;
    int authorizationRequestLifetimeSeconds = 10 * 60;
    // --require-2fa-for-admins: the admin scope only for accounts with two-factor authentication.
    bool requireTwoFactorForAdmins = true;
    // --session-idle-days, --session-max-days (docs/api.md 12.5).
    SessionLifetime sessionLifetime;
    // --purge-after-days: how long spent codes, rotated refresh tokens and ended sessions stay
    // before the purge removes them (docs/api.md 16.1).
    int purgeAfterDays = 30;
    // --clock-offset-file, for tests only: see Clock::useOffsetFile().
    QString clockOffsetFile;
    int twoFactorLockoutSeconds = 5 * 60;          // the first lockout; each next one doubles
    int twoFactorLockoutMaxSeconds = 24 * 60 * 60; // up to this
    // Authorization requests begun and not yet finished (nor expired): per client IP, in total.
    int maxPendingAuthorizationsPerIp = 100;
    int maxPendingAuthorizations = 10000;
    RateLimitConfig rateLimits;
    HttpOptions http; // connection timeouts, per-address cap, trusted proxies
    PasswordHasher::Cost passwordCost = PasswordHasher::Cost::Interactive;

    QString effectiveDatabaseUrl() const;
    int effectiveDatabaseConnections() const;
};
