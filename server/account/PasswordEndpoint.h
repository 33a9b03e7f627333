#pragma once

#include "http/HttpResponse.h"

#include <QFuture>
#include <QObject>
#include <QString>

class RequestContext;
class Router;
struct Principal;
struct ServerServices;

// POST /v1/me/password: the account's owner changes their password (docs/api.md 12.9). Only
// OAuth access tokens with the `account` scope get here (ApiGuard's security-settings rule).
// The current password is a guess like one on the sign-in form: it is taken from the same
// per-account and per-IP budgets (ServerServices::signInGuesses) before Argon2id checks it, off
// the event loop, and given back when it was right. A change signs out every other session of
// the account and revokes every personal access token, in one transaction with the new hash and
// the password.changed event.
class PasswordEndpoint
{
public:
    explicit PasswordEndpoint(ServerServices &services);

    void registerRoutes(Router &router);

private:
    struct Change
    {
        QString currentPassword;
        QString newPassword;
    };

    QFuture<HttpResponse> change(RequestContext &context);
    // The body as a change; throws ApiError (415, 400, 422 with one detail per field).
    static Change readChange(const RequestContext &context);
    // After the check: stores `newHash` and revokes the rest, or refuses.
    HttpResponse finish(const RequestContext &context, const QString &checkedHash, bool currentOk,
                        const QString &newHash);

    ServerServices &m_services;
    // Context of the continuations of password checks: they run on the worker thread this
    // endpoint was made on, the only thread that may use its database connection.
    QObject m_workerThread;
};
