#include "PersonalTokensEndpoint.h"

#include "JsonTime.h"
#include "SecurityLog.h"
#include "ServerServices.h"
#include "TwoFactorEndpoint.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "security/TokenFormat.h"
#include "store/Ids.h"

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

QJsonValue instantOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : JsonTime::fromDateTime(JsonTime::fromMsecs(ms));
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

PersonalTokensEndpoint::PersonalTokensEndpoint(ServerServices &services)
    : m_services(services)
{}

void PersonalTokensEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/me/tokens"),
               [this](RequestContext &c) { return list(c); });
    router.add(M::Post, QStringLiteral("/v1/me/tokens"),
               [this](RequestContext &c) { return create(c); });
    router.add(M::Delete, QStringLiteral("/v1/me/tokens/{id}"),
               [this](RequestContext &c) { return revoke(c); });
    router.add(M::Post, QStringLiteral("/v1/me/tokens/{id}/rotate"),
               [this](RequestContext &c) { return rotate(c); });
}

QStringList PersonalTokensEndpoint::grantableScopes()
{
    // `account` is never grantable: the security settings refuse personal access tokens anyway.
    return {Scopes::TasksRead, Scopes::TasksWrite, Scopes::Admin};
}

QJsonObject PersonalTokensEndpoint::toJson(const PersonalAccessToken &token)
{
    return QJsonObject{
        {QStringLiteral("id"), token.id},
        {QStringLiteral("name"), token.name},
        {QStringLiteral("scopes"),
         QJsonArray::fromStringList(Scopes::parse(token.scope).value_or(QStringList()))},
        {QStringLiteral("createdAt"), instantOrNull(token.createdAtMs)},
        {QStringLiteral("expiresAt"), instantOrNull(token.expiresAtMs)},
        {QStringLiteral("lastUsedAt"), instantOrNull(token.lastUsedAtMs)},
        {QStringLiteral("lastUsedIp"), textOrNull(token.lastUsedIp)},
        {QStringLiteral("lastUsedUserAgent"), textOrNull(token.lastUsedUserAgent)},
        {QStringLiteral("replacedBy"), textOrNull(token.replacedById)},
        {QStringLiteral("validUntil"),
         instantOrNull(token.replacedById.isEmpty() ? 0 : token.revokedAtMs)},
    };
}

QJsonArray PersonalTokensEndpoint::parse(const QJsonObject &body, const User &user,
                                         Request &request)
{
    // `code`: the TOTP code an admin-scoped token needs when two-factor authentication is on.
    static const QStringList known{QStringLiteral("name"), QStringLiteral("scopes"),
                                   QStringLiteral("expiresInDays"), QStringLiteral("code")};
    QJsonArray errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    }

    const QJsonValue name = body.value(QStringLiteral("name"));
    request.name = name.toString().trimmed();
    if (!name.isString() || request.name.isEmpty() || request.name.size() > MaxNameLength)
        errors.append(ApiError::fieldError(
            QStringLiteral("name"),
            QStringLiteral("A name of 1 to %1 characters is required.").arg(MaxNameLength)));

    const QJsonValue scopes = body.value(QStringLiteral("scopes"));
    const QJsonArray scopeArray = scopes.toArray();
    bool scopesOk = scopes.isArray() && !scopeArray.isEmpty();
    for (const QJsonValue &scope : scopeArray) {
        if (!scope.isString() || !grantableScopes().contains(scope.toString()))
            scopesOk = false;
        else
            request.scopes.append(scope.toString());
    }
    if (!scopesOk)
        errors.append(ApiError::fieldError(QStringLiteral("scopes"),
                                           QStringLiteral("A non-empty array of scopes from: %1.")
                                               .arg(grantableScopes().join(QStringLiteral(", ")))));
    else if (request.scopes.contains(Scopes::Admin) && !user.isAdmin())
        errors.append(
            ApiError::fieldError(QStringLiteral("scopes"),
                                 QStringLiteral("Only administrators may grant the admin scope.")));

    const QJsonValue code = body.value(QStringLiteral("code"));
    if (!code.isUndefined() && !code.isNull() && !code.isString())
        errors.append(ApiError::fieldError(QStringLiteral("code"),
                                           QStringLiteral("The code must be a string.")));

    const QJsonValue expires = body.value(QStringLiteral("expiresInDays"));
    if (!expires.isUndefined() && !expires.isNull()) {
        // Compared as doubles: casting an arbitrary JSON number to int first could overflow.
        static const QList<double> allowedDays{7, 30, 90, 365};
        const double days = expires.toDouble(-1);
        if (!expires.isDouble() || !allowedDays.contains(days))
            errors.append(
                ApiError::fieldError(QStringLiteral("expiresInDays"),
                                     QStringLiteral("One of 7, 30, 90, 365, or null for none.")));
        else
            request.expiresInDays = static_cast<int>(days);
    }
    return errors;
}

HttpResponse PersonalTokensEndpoint::list(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    QJsonArray items;
    const auto tokens = m_services.personalTokens.listForUser(principal.user.id, Clock::nowMs());
    for (const PersonalAccessToken &token : tokens)
        items.append(toJson(token));
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

void PersonalTokensEndpoint::requireAdminScopeAllowed(RequestContext &context, const User &user,
                                                      const QJsonValue &code)
{
    // A token that could not use admin is refused rather than made: the owner would only find
    // out at its first use.
    if (!m_services.adminTwoFactor.allowsAdminScope(user))
        throw AdminTwoFactorRule::setupRequired(
            QStringLiteral("Turn on two-factor authentication before creating a "
                           "token with the admin scope."));
    TwoFactorEndpoint::requireFreshTotp(m_services, context, code);
}

HttpResponse PersonalTokensEndpoint::create(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    Request request;
    const QJsonObject requestBody = context.jsonBody();
    const QJsonArray errors = parse(requestBody, principal.user, request);
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The token request is not valid."), errors);
    if (request.scopes.contains(Scopes::Admin))
        requireAdminScopeAllowed(context, principal.user,
                                 requestBody.value(QStringLiteral("code")));

    const qint64 now = Clock::nowMs();
    const QString secret = TokenFormat::generate(TokenFormat::Kind::PersonalAccessToken);
    PersonalAccessToken token;
    token.id = Ids::make();
    token.userId = principal.user.id;
    token.name = request.name;
    token.scope = Scopes::join(request.scopes);
    token.createdAtMs = now;
    token.expiresAtMs = request.expiresInDays == 0 ? 0 : now + request.expiresInDays * DayMs;

    const auto nameTaken = [] {
        return ApiError::conflict(QStringLiteral("You already have a token with this name."),
                                  QStringLiteral("TOKEN_NAME_TAKEN"));
    };
    auto &store = m_services.personalTokens;
    m_services.db.transaction([&] {
        // Two creations for one account (another server instance on the same database) would
        // otherwise both see room under the limit and both insert.
        m_services.users.lockForUpdate(token.userId);
        if (store.nameTaken(token.userId, token.name))
            throw nameTaken();
        if (store.countActive(token.userId, now) >= MaxActivePerAccount)
            throw ApiError::conflict(
                QStringLiteral("An account can have at most %1 active personal access tokens; "
                               "revoke one first.")
                    .arg(MaxActivePerAccount),
                QStringLiteral("TOKEN_LIMIT_REACHED"));
        if (!store.insert(QString::fromLatin1(TokenFormat::storageHash(secret)), token))
            throw nameTaken();
        m_services.securityEvents.record(SecurityLog::eventFor(
            context, token.userId, SecurityEventType::TokenCreated,
            {{QStringLiteral("tokenId"), token.id},
             {QStringLiteral("tokenName"), token.name},
             {QStringLiteral("scopes"),
              QJsonArray::fromStringList(Scopes::parse(token.scope).value_or(QStringList()))}}));
    });

    QJsonObject body = toJson(token);
    body.insert(QStringLiteral("token"), secret);
    // Cache-Control: no-store is on every API answer already (HttpServer), which matters here.
    return HttpResponse::json(body, 201);
}

HttpResponse PersonalTokensEndpoint::revoke(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    m_services.db.transaction([&] {
        const auto revoked = m_services.personalTokens.revoke(
            principal.user.id, context.pathParam(QStringLiteral("id")), Clock::nowMs());
        // Another user's token answers like an unknown one: ids are not confirmed to strangers.
        if (!revoked)
            throw ApiError::notFound(QStringLiteral("No personal access token with this id."));
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, principal.user.id, SecurityEventType::TokenRevoked,
                                  {{QStringLiteral("tokenId"), revoked->id},
                                   {QStringLiteral("tokenName"), revoked->name}}));
    });
    return HttpResponse::noContent();
}

HttpResponse PersonalTokensEndpoint::rotate(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    // The body is optional: no body rotates with the default overlap.
    const QJsonObject body =
        context.body().trimmed().isEmpty() ? QJsonObject() : context.jsonBody();
    QJsonArray errors;
    static const QStringList known{QStringLiteral("overlapSeconds"), QStringLiteral("code")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    }
    qint64 overlapSeconds = DefaultOverlapSeconds;
    const QJsonValue overlap = body.value(QStringLiteral("overlapSeconds"));
    if (!overlap.isUndefined() && !overlap.isNull()) {
        // Checked as a double first: casting an arbitrary JSON number could overflow.
        const double seconds = overlap.toDouble(-1);
        if (!overlap.isDouble() || seconds < 0 || seconds > MaxOverlapSeconds ||
            seconds != double(qint64(seconds)))
            errors.append(ApiError::fieldError(
                QStringLiteral("overlapSeconds"),
                QStringLiteral("A whole number of seconds from 0 to %1.").arg(MaxOverlapSeconds)));
        else
            overlapSeconds = qint64(seconds);
    }
    const QJsonValue code = body.value(QStringLiteral("code"));
    if (!code.isUndefined() && !code.isNull() && !code.isString())
        errors.append(ApiError::fieldError(QStringLiteral("code"),
                                           QStringLiteral("The code must be a string.")));
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The rotation request is not valid."), errors);

    const QString id = context.pathParam(QStringLiteral("id"));
    const qint64 now = Clock::nowMs();
    // Another user's token answers like an unknown one: ids are not confirmed to strangers.
    const auto notFound = [] {
        return ApiError::notFound(QStringLiteral("No personal access token with this id."));
    };
    // Refusals of the caller's own token, which may say why. Checked again under the lock.
    const auto checkRotatable = [&](const PersonalAccessToken &old) {
        if (!old.replacedById.isEmpty())
            throw ApiError::conflict(
                QStringLiteral("This token was already rotated; rotate its replacement instead."),
                QStringLiteral("TOKEN_ALREADY_ROTATED"));
        if (old.revokedAtMs != 0)
            throw ApiError::conflict(
                QStringLiteral("This token was revoked; create a new one instead."),
                QStringLiteral("TOKEN_REVOKED"));
        if (old.isExpired(now))
            throw ApiError::conflict(
                QStringLiteral("This token has expired; create a new one instead."),
                QStringLiteral("TOKEN_EXPIRED"));
    };
    auto &store = m_services.personalTokens;
    const auto found = store.find(id);
    if (!found || found->userId != principal.user.id)
        throw notFound();
    checkRotatable(*found);
    // The replacement has the same scopes, so it needs what an admin-scoped creation needs.
    if (Scopes::parse(found->scope).value_or(QStringList()).contains(Scopes::Admin))
        requireAdminScopeAllowed(context, principal.user, code);

    const QString secret = TokenFormat::generate(TokenFormat::Kind::PersonalAccessToken);
    PersonalAccessToken token;
    m_services.db.transaction([&] {
        // As creation: one change per account at a time, across instances. No limit check:
        // the old token stops counting as its replacement starts, so the count stays the same.
        m_services.users.lockForUpdate(principal.user.id);
        const auto old = store.find(id);
        if (!old || old->userId != principal.user.id)
            throw notFound();
        checkRotatable(*old);
        token.id = Ids::make();
        token.userId = old->userId;
        token.name = old->name;
        token.scope = old->scope;
        token.createdAtMs = now;
        // The same lifetime from now, not the same end: rotation is what the app offers when a
        // token is about to expire (docs/api.md 12.4a), and a replacement that expired with the
        // old one would only postpone the outage by the overlap.
        token.expiresAtMs = old->expiresAtMs == 0 ? 0 : now + (old->expiresAtMs - old->createdAtMs);
        // The old row first: it frees the name (the partial unique index) for the new one.
        const qint64 validUntil = now + overlapSeconds * 1000;
        if (!store.markRotated(old->id, token.id, validUntil) ||
            !store.insert(QString::fromLatin1(TokenFormat::storageHash(secret)), token))
            throw ApiError::conflict(
                QStringLiteral("This token was already rotated; rotate its replacement instead."),
                QStringLiteral("TOKEN_ALREADY_ROTATED"));
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, token.userId, SecurityEventType::TokenRotated,
                                  {{QStringLiteral("tokenId"), old->id},
                                   {QStringLiteral("tokenName"), token.name},
                                   {QStringLiteral("newTokenId"), token.id},
                                   {QStringLiteral("validUntil"),
                                    JsonTime::fromDateTime(JsonTime::fromMsecs(validUntil))}}));
    });

    QJsonObject answer = toJson(token);
    answer.insert(QStringLiteral("token"), secret);
    answer.insert(QStringLiteral("rotatedTokenId"), id);
    answer.insert(QStringLiteral("rotatedTokenValidUntil"),
                  JsonTime::fromDateTime(JsonTime::fromMsecs(now + overlapSeconds * 1000)));
    return HttpResponse::json(answer, 201);
}
