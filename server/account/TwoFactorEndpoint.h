#pragma once

#include "TwoFactorVerifier.h"
#include "http/ApiError.h"
#include "http/HttpResponse.h"

#include <QJsonObject>
#include <QJsonValue>

class RequestContext;
class Router;
struct ServerServices;

// /v1/me/2fa: status, setup (a pending secret until a code confirms it), backup codes, and
// turning it off (docs/api.md 12.6). Only OAuth access tokens with the `account` scope get here
// (ApiGuard's security-settings rule). Codes are checked by TwoFactorVerifier.
class TwoFactorEndpoint
{
public:
    static inline const QString Issuer = QStringLiteral("Tasklane");

    explicit TwoFactorEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    // The 403 a refused code check answers (TWO_FACTOR_CODE_INVALID, _REUSED, _LOCKED).
    static ApiError refusal(const TwoFactorVerifier::Outcome &outcome, qint64 nowMs);
    // For sensitive actions elsewhere (an admin-scoped token): with two-factor authentication
    // on, `code` must be a current TOTP code, else this throws TWO_FACTOR_REQUIRED or the
    // refusal. With it off, nothing is checked.
    static void requireFreshTotp(ServerServices &services, const RequestContext &context,
                                 const QJsonValue &code);
    static RequestOrigin originOf(const RequestContext &context);
    // otpauth://totp/Tasklane:<user>?secret=...&issuer=Tasklane&algorithm=SHA1&digits=6&period=30
    static QString otpauthUri(const QString &username, const QString &base32Secret);

private:
    HttpResponse status(RequestContext &context);
    HttpResponse setup(RequestContext &context);
    HttpResponse confirm(RequestContext &context);
    HttpResponse regenerateBackupCodes(RequestContext &context);
    HttpResponse disable(RequestContext &context);

    // New backup codes replace the old ones; returns them in clear, for this one answer.
    QStringList replaceBackupCodes(const QString &userId, qint64 nowMs);
    void recordEvent(const RequestContext &context, const QString &type);

    ServerServices &m_services;
};
