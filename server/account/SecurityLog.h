#pragma once

#include "store/SecurityEventStore.h"
#include "store/SessionStore.h"

class RequestContext;

// Where a security-log entry comes from: the request that caused it.
namespace SecurityLog {

// An event of `type` for `userId` with the request's client IP and User-Agent, and the session
// of its access token when it was made with one (callers set sessionId where the session is
// known otherwise, e.g. the one a code exchange just created). `details` must hold no secret.
SecurityEvent eventFor(const RequestContext &context, const QString &userId, const QString &type,
                       const QJsonObject &details = {});

// session.revoked for `session`, ended for `reason` ("revoked", "signed_out", ...), as eventFor()
// makes it for the session's owner.
SecurityEvent sessionRevoked(const RequestContext &context, const Session &session,
                             const QString &reason);

} // namespace SecurityLog
