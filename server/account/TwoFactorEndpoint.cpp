#include "TwoFactorEndpoint.h"

#include "JsonTime.h"
#include "ServerServices.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "security/BackupCodes.h"
#include "security/Base32.h"
#include "security/Crypto.h"
#include "security/Totp.h"
#include "store/Ids.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <sodium.h>

namespace {

QJsonValue instantOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : JsonTime::fromDateTime(JsonTime::fromMsecs(ms));
}

ApiError twoFactorRequired()
{
    return ApiError(403, QStringLiteral("TWO_FACTOR_REQUIRED"),
                    QStringLiteral("A current two-factor code is required for this action."));
}

ApiError twoFactorOff()
{
    return ApiError::conflict(QStringLiteral("Two-factor authentication is off."));
}

// The JSON object of a request that may come without a body. docs/api.md 12.6 answers a body
// that is JSON but not an object with 422, like a missing code; text that is not JSON at all
// stays a 400 as everywhere else.
QJsonObject optionalJsonBody(const RequestContext &context)
{
    if (context.body().trimmed().isEmpty())
        return {};
    try {
        return context.jsonBody();
    } catch (const ApiError &error) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(context.body(), &parseError);
        if (error.status() != 400 || parseError.error != QJsonParseError::NoError)
            throw;
        throw ApiError::validation(
            QStringLiteral("The request is not valid."),
            {ApiError::fieldError(QStringLiteral("code"),
                                  QStringLiteral("The body must be a JSON object."))});
    }
}

// The `code` of a body that allows only that field: empty when absent, null or blank.
QString codeFrom(const QJsonObject &body)
{
    QJsonArray errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("code"))
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    }
    const QJsonValue code = body.value(QStringLiteral("code"));
    if (!code.isUndefined() && !code.isNull() && !code.isString())
        errors.append(ApiError::fieldError(QStringLiteral("code"),
                                           QStringLiteral("The code must be a string.")));
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The request is not valid."), errors);
    return code.toString().trimmed();
}

} // namespace

TwoFactorEndpoint::TwoFactorEndpoint(ServerServices &services)
    : m_services(services)
{}

void TwoFactorEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/me/2fa"),
               [this](RequestContext &c) { return status(c); });
    router.add(M::Delete, QStringLiteral("/v1/me/2fa"),
               [this](RequestContext &c) { return disable(c); });
    router.add(M::Post, QStringLiteral("/v1/me/2fa/setup"),
               [this](RequestContext &c) { return setup(c); });
    router.add(M::Post, QStringLiteral("/v1/me/2fa/confirm"),
               [this](RequestContext &c) { return confirm(c); });
    router.add(M::Post, QStringLiteral("/v1/me/2fa/backup-codes"),
               [this](RequestContext &c) { return regenerateBackupCodes(c); });
}

ApiError TwoFactorEndpoint::refusal(const TwoFactorVerifier::Outcome &outcome, qint64 nowMs)
{
    using Result = TwoFactorVerifier::Outcome::Result;
    switch (outcome.result) {
    case Result::Reused:
        return ApiError(403, QStringLiteral("TWO_FACTOR_CODE_REUSED"),
                        QStringLiteral("This code was already used. Wait for the next one."));
    case Result::Locked: {
        const qint64 waitSeconds = outcome.secondsLocked(nowMs);
        ApiError error(403, QStringLiteral("TWO_FACTOR_LOCKED"),
                       QStringLiteral("Too many wrong codes. Try again in %1 minutes.")
                           .arg((waitSeconds + 59) / 60));
        error.withHeader("Retry-After", QByteArray::number(waitSeconds));
        error.withField(QStringLiteral("lockedUntil"), instantOrNull(outcome.lockedUntilMs));
        return error;
    }
    case Result::NotSetUp:
        return twoFactorOff();
    case Result::Accepted:
    case Result::Invalid:
        break;
    }
    ApiError error(403, QStringLiteral("TWO_FACTOR_CODE_INVALID"),
                   QStringLiteral("The code is not valid."));
    error.withField(QStringLiteral("attemptsRemaining"), outcome.attemptsRemaining);
    return error;
}

void TwoFactorEndpoint::requireFreshTotp(ServerServices &services, const RequestContext &context,
                                         const QJsonValue &code)
{
    const Principal &principal = *context.principal();
    if (!services.twoFactor.find(principal.user.id).enabled())
        return;
    const QString typed = code.toString().trimmed();
    if (typed.isEmpty())
        throw twoFactorRequired();
    const auto outcome = services.twoFactorVerifier.verify(
        principal.user.id, typed, TwoFactorVerifier::Accepts::Totp, originOf(context));
    if (!outcome.accepted())
        throw refusal(outcome, Clock::nowMs());
}

RequestOrigin TwoFactorEndpoint::originOf(const RequestContext &context)
{
    RequestOrigin origin;
    origin.ip = context.remoteIp();
    origin.userAgent = context.userAgent();
    if (context.principal())
        origin.sessionId = context.principal()->sessionId;
    return origin;
}

QString TwoFactorEndpoint::otpauthUri(const QString &username, const QString &base32Secret)
{
    // Key Uri Format: the label is "issuer:account", each part percent-encoded.
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=%4"
                          "&period=%5")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(Issuer)),
             QString::fromLatin1(QUrl::toPercentEncoding(username)), base32Secret,
             QString::number(Totp::Digits), QString::number(Totp::PeriodSeconds));
}

void TwoFactorEndpoint::recordEvent(const RequestContext &context, const QString &type)
{
    const RequestOrigin origin = originOf(context);
    SecurityEvent event;
    event.userId = context.principal()->user.id;
    event.type = type;
    event.ip = origin.ip;
    event.userAgent = origin.userAgent;
    event.sessionId = origin.sessionId;
    m_services.securityEvents.record(event);
}

QStringList TwoFactorEndpoint::replaceBackupCodes(const QString &userId, qint64 nowMs)
{
    const QStringList codes = BackupCodes::generate();
    QList<QByteArray> hashes;
    for (const QString &code : codes)
        hashes.append(m_services.secretBox.keyedHash(BackupCodes::normalize(code)->toLatin1()));
    m_services.twoFactor.replaceBackupCodes(userId, hashes, nowMs);
    return codes;
}

HttpResponse TwoFactorEndpoint::status(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    const TwoFactorRecord record = m_services.twoFactor.find(principal.user.id);
    const bool enabled = record.enabled();
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("enabledAt"), enabled ? instantOrNull(record.enabledAtMs) : QJsonValue()},
        {QStringLiteral("pending"), record.pending()},
        {QStringLiteral("backupCodesRemaining"),
         enabled ? m_services.twoFactor.unusedBackupCodes(principal.user.id) : 0},
    });
}

HttpResponse TwoFactorEndpoint::setup(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    const QJsonObject body = optionalJsonBody(context);
    if (!body.isEmpty()) {
        QJsonArray errors;
        for (auto it = body.begin(); it != body.end(); ++it)
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
        throw ApiError::validation(QStringLiteral("The request is not valid."), errors);
    }

    const TwoFactorRecord record = m_services.twoFactor.find(principal.user.id);
    if (record.enabled())
        throw ApiError::conflict(QStringLiteral("Two-factor authentication is already on."));
    // A repeated setup shows the same secret, so a page reload does not invalidate a QR code
    // the user may have scanned already.
    QByteArray secret;
    if (record.pending()) {
        const auto opened = m_services.secretBox.open(record.sealedPendingSecret);
        if (!opened)
            throw StoreError("a pending two-factor secret does not open with secret.key");
        secret = *opened;
    } else {
        secret = Crypto::randomBytes(Totp::SecretBytes);
        m_services.twoFactor.savePending(principal.user.id, m_services.secretBox.seal(secret));
    }
    const QString encoded = Base32::encode(secret);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("secret"), encoded},
        {QStringLiteral("otpauthUri"), otpauthUri(principal.user.username, encoded)},
        {QStringLiteral("algorithm"), QStringLiteral("SHA1")},
        {QStringLiteral("digits"), Totp::Digits},
        {QStringLiteral("period"), Totp::PeriodSeconds},
    });
}

HttpResponse TwoFactorEndpoint::confirm(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    const QString code = codeFrom(optionalJsonBody(context));
    if (code.isEmpty())
        throw ApiError::validation(
            QStringLiteral("The request is not valid."),
            {ApiError::fieldError(QStringLiteral("code"),
                                  QStringLiteral("The code from the authenticator app is "
                                                 "required."))});
    const TwoFactorRecord record = m_services.twoFactor.find(principal.user.id);
    if (record.enabled() || !record.pending())
        throw ApiError::conflict(QStringLiteral("There is no two-factor setup to confirm."));

    const auto outcome = m_services.twoFactorVerifier.verify(
        principal.user.id, code, TwoFactorVerifier::Accepts::Totp, originOf(context),
        TwoFactorVerifier::Secret::Pending);
    const qint64 now = Clock::nowMs();
    if (!outcome.accepted())
        throw refusal(outcome, now);

    const QStringList codes = m_services.db.transaction([&] {
        if (!m_services.twoFactor.enable(principal.user.id, now))
            throw ApiError::conflict(QStringLiteral("There is no two-factor setup to confirm."));
        recordEvent(context, SecurityEventType::TwoFactorEnabled);
        return replaceBackupCodes(principal.user.id, now);
    });
    return HttpResponse::json(QJsonObject{
        {QStringLiteral("backupCodes"), QJsonArray::fromStringList(codes)},
        {QStringLiteral("enabledAt"), instantOrNull(now)},
    });
}

HttpResponse TwoFactorEndpoint::regenerateBackupCodes(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    const QString code = codeFrom(optionalJsonBody(context));
    if (!m_services.twoFactor.find(principal.user.id).enabled())
        throw twoFactorOff();
    if (code.isEmpty())
        throw twoFactorRequired();
    const auto outcome = m_services.twoFactorVerifier.verify(
        principal.user.id, code, TwoFactorVerifier::Accepts::Totp, originOf(context));
    const qint64 now = Clock::nowMs();
    if (!outcome.accepted())
        throw refusal(outcome, now);

    const QStringList codes = m_services.db.transaction([&] {
        recordEvent(context, SecurityEventType::BackupCodesRegenerated);
        return replaceBackupCodes(principal.user.id, now);
    });
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("backupCodes"), QJsonArray::fromStringList(codes)}});
}

HttpResponse TwoFactorEndpoint::disable(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    const QString code = codeFrom(optionalJsonBody(context));
    if (!m_services.twoFactor.find(principal.user.id).enabled())
        throw twoFactorOff();
    if (code.isEmpty())
        throw twoFactorRequired();
    // A backup code works here too: someone who lost the device can still turn it off.
    const auto outcome = m_services.twoFactorVerifier.verify(
        principal.user.id, code, TwoFactorVerifier::Accepts::TotpOrBackupCode, originOf(context));
    if (!outcome.accepted())
        throw refusal(outcome, Clock::nowMs());

    m_services.db.transaction([&] {
        m_services.twoFactor.disable(principal.user.id);
        recordEvent(context, SecurityEventType::TwoFactorDisabled);
    });
    return HttpResponse::noContent();
}
