#pragma once

#include "ServerConfig.h"
#include "oauth/ApiGuard.h"
#include "security/PasswordHasher.h"
#include "security/SecretBox.h"

#include <QString>
#include <QThreadPool>

// What the worker threads of one server instance share (each has its own ServerServices over
// its own database connection): nothing here holds a Database, and all of it is either
// read-only once the server listens or safe to use from several threads.
struct SharedServices
{
    // Throws SecretBox::KeyError when the data directory's secret.key cannot be read or created.
    explicit SharedServices(const ServerConfig &config);

    ServerConfig config;
    // The public base URL; set once after the port is bound, before the first request.
    QString issuer;
    // <data-dir>/secret.key, read (or made) once: workers starting together must not race to
    // create it.
    const SecretBox secretBox;
    const PasswordHasher hasher;
    // Argon2 checks run here, off the workers' event loops. Owned so shutdown can wait for them:
    // their continuations must not outlive the objects they report to.
    QThreadPool passwordChecks;
    // The leased counts of the per-request API limits (RateLimiter::Leases).
    ApiGuard::SharedLeases apiLeases;
};
