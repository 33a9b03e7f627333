#pragma once

#include "store/SignInAlertStore.h"

#include <optional>

class RequestContext;
struct ServerServices;
struct Session;

// Decides whether a new session comes from a network, software or device its account has not
// signed in from before, and if so raises an alert: a sign_in.alert security event and an open
// sign_in_alerts row with the same id. Either way the session's origins are remembered, with the
// session that brought them first (a denied alert forgets those again, SignInAlertsEndpoint). The
// first sign-in of an account (no origin known yet) only remembers; so does the first one that
// names a device (SignInOrigin::isDeviceId), or every account would be asked about the device it
// has always used the first time its app sends an id.
class NewSignInCheck
{
public:
    explicit NewSignInCheck(ServerServices &services);

    // In the caller's transaction, the one that created `session`. `deviceId`: the token
    // request's device_id, well-formed or empty (no device dimension: browsers, curl).
    std::optional<SignInAlert> check(const RequestContext &context, const Session &session,
                                     const QString &deviceId);

private:
    ServerServices &m_services;
};
