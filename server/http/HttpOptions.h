#pragma once

#include "TrustedProxies.h"

// How the HTTP layer treats connections (docs/api.md section 1, "Connections").
struct HttpOptions
{
    // A keep-alive connection without a request in progress is closed after this long.
    int idleTimeoutSeconds = 60;
    // A request's headers and body must all arrive within this long of its first byte.
    int requestTimeoutSeconds = 10;
    // Open connections per client address; more are closed at once. Trusted proxies are exempt.
    int maxConnectionsPerIp = 64;
    // Peers whose X-Forwarded-For / Forwarded headers name the client.
    TrustedProxies trustedProxies;
};
