#include "ApiGuard.h"

#include "AdminTwoFactorRule.h"
#include "Scopes.h"
#include "account/SecurityLog.h"
#include "http/ApiError.h"
#include "security/TokenFormat.h"
#include "store/Database.h"
#include "store/Ids.h"
#include "store/PersonalTokenStore.h"
#include "store/SecurityEventStore.h"
#include "store/SessionStore.h"

#include <QStringTokenizer>
#include <QVarLengthArray>

#include <algorithm>

namespace {
constexpr int Minute = 60;

// Whether `path` is one of `groups` (given as segments) or lies below it. Compared segment by
// segment, as the router matches, so "/v1//admin/users", which reaches an admin endpoint, is an
// admin path too.
bool isUnderAny(const QString &path, const QList<QStringList> &groups)
{
    // Walked as views: this runs twice on every API request.
    QVarLengthArray<QStringView, 8> segments;
    for (const QStringView segment : qTokenize(path, u'/', Qt::SkipEmptyParts))
        segments.append(segment);
    for (const QStringList &group : groups) {
        if (segments.size() < group.size())
            continue;
        if (std::equal(group.cbegin(), group.cend(), segments.cbegin()))
            return true;
    }
    return false;
}
} // namespace

ApiGuard::ApiGuard(Database &db, SessionStore &sessions, PersonalTokenStore &personalTokens,
                   SecurityEventStore &securityEvents, const AdminTwoFactorRule &adminTwoFactor,
                   RateLimitStore &rateLimits, const RateLimitConfig &limits,
                   const SharedLeases &leases)
    : m_db(db)
    , m_sessions(sessions)
    , m_personalTokens(personalTokens)
    , m_securityEvents(securityEvents)
    , m_adminTwoFactor(adminTwoFactor)
    , m_perIp(rateLimits, QStringLiteral("api-ip"), limits.perIpPerMinute, Minute,
              RateLimiter::Counting::Leased, leases.perIp)
    , m_perCredential(rateLimits, QStringLiteral("api-credential"), limits.perCredentialPerMinute,
                      Minute, RateLimiter::Counting::Leased, leases.perCredential)
{}

void ApiGuard::addRateLimitHeaders(RequestContext &context, const RateLimiter::Decision &decision)
{
    // The names built once: a QByteArray from a string literal is an allocation and a copy.
    static const QByteArray Limit("RateLimit-Limit"), Remaining("RateLimit-Remaining"),
        Reset("RateLimit-Reset"), OldLimit("X-RateLimit-Limit"),
        OldRemaining("X-RateLimit-Remaining"), OldReset("X-RateLimit-Reset");
    const QByteArray limit = QByteArray::number(decision.limit);
    const QByteArray remaining = QByteArray::number(decision.remaining);
    const QByteArray reset = QByteArray::number(decision.resetSeconds);
    context.addResponseHeader(Limit, limit);
    context.addResponseHeader(Remaining, remaining);
    context.addResponseHeader(Reset, reset);
    context.addResponseHeader(OldLimit, limit);
    context.addResponseHeader(OldRemaining, remaining);
    context.addResponseHeader(OldReset, reset);
}

void ApiGuard::limitByIp(RequestContext &context)
{
    const auto decision = m_perIp.hit(context.remoteIp(), Clock::nowMs());
    if (!decision.allowed) {
        addRateLimitHeaders(context, decision);
        throw ApiError::rateLimited(decision.resetSeconds);
    }
}

const Principal &ApiGuard::require(RequestContext &context, const QString &scope)
{
    limitByIp(context);
    context.setPrincipal(authenticate(context));
    const Principal &principal = *context.principal();

    const auto decision = m_perCredential.hit(principal.credentialId, Clock::nowMs());
    addRateLimitHeaders(context, decision);
    if (!decision.allowed)
        throw ApiError::rateLimited(decision.resetSeconds);

    // One rule for the whole group, so an endpoint added under it later cannot forget it.
    if (isSecuritySettingsPath(context.path())) {
        if (principal.kind == CredentialKind::PersonalAccessToken)
            throw ApiError::forbidden(
                QStringLiteral("Personal access tokens cannot manage the account's security "
                               "settings; use a signed-in app."));
        if (!principal.hasScope(Scopes::Account))
            throw ApiError::insufficientScope(Scopes::Account);
    }
    // The role first: for someone who is not an administrator, the scope is not what is missing.
    if (isAdminPath(context.path())) {
        if (!principal.user.isAdmin())
            throw ApiError::forbidden(QStringLiteral("Administrators only."));
        if (!principal.hasScope(Scopes::Admin)) {
            if (m_adminTwoFactor.blocksAdministrator(principal.user))
                throw AdminTwoFactorRule::setupRequired(
                    QStringLiteral("Administration needs two-factor authentication: "
                                   "turn it on, then sign in again."));
            throw ApiError::insufficientScope(Scopes::Admin);
        }
    }
    if (!scope.isEmpty() && !principal.hasScope(scope))
        throw ApiError::insufficientScope(scope);
    return principal;
}

bool ApiGuard::isSecuritySettingsPath(const QString &path)
{
    static const QList<QStringList> groups{
        {QStringLiteral("v1"), QStringLiteral("me"), QStringLiteral("tokens")},
        {QStringLiteral("v1"), QStringLiteral("me"), QStringLiteral("sessions")},
        {QStringLiteral("v1"), QStringLiteral("me"), QStringLiteral("2fa")},
        {QStringLiteral("v1"), QStringLiteral("me"), QStringLiteral("password")},
        {QStringLiteral("v1"), QStringLiteral("me"), QStringLiteral("passkeys")},
        {QStringLiteral("v1"), QStringLiteral("me"), QStringLiteral("security-events")}};
    return isUnderAny(path, groups);
}

bool ApiGuard::isAdminPath(const QString &path)
{
    static const QList<QStringList> groups{{QStringLiteral("v1"), QStringLiteral("admin")}};
    return isUnderAny(path, groups);
}

Principal ApiGuard::authenticate(RequestContext &context)
{
    const QByteArray authorization = context.header("authorization");
    if (authorization.isEmpty())
        throw ApiError::unauthorized(QStringLiteral("Sign in: this request needs a bearer token."),
                                     {});
    constexpr QByteArrayView Scheme("bearer ");
    if (authorization.size() <= Scheme.size() ||
        authorization.first(Scheme.size()).toLower() != Scheme.toByteArray()) {
        // Another scheme carries no bearer credentials: a plain challenge, no error code.
        throw ApiError::unauthorized(
            QStringLiteral("The Authorization header must use the Bearer scheme."), {});
    }

    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto kind = TokenFormat::recognize(token);
    if (kind == TokenFormat::Kind::PersonalAccessToken)
        return authenticatePersonalToken(context, token);
    if (kind != TokenFormat::Kind::AccessToken)
        throw ApiError::unauthorized(
            QStringLiteral("The bearer token is not a Tasklane access token."));

    const QString tokenHash = QString::fromLatin1(TokenFormat::storageHash(token));
    const auto access = m_sessions.findAccess(tokenHash);
    const qint64 now = Clock::nowMs();
    if (!access)
        throw ApiError::unauthorized(QStringLiteral("The access token is unknown or was revoked."));
    if (access->token.expiresAtMs <= now)
        throw ApiError::unauthorized(QStringLiteral("The access token has expired."));
    if (!access->session.isLive())
        throw ApiError::unauthorized(QStringLiteral("The session of this token was revoked."));
    // A time-based end moves no version (neither SQLite's data version nor the credential
    // version, CredentialCache), so the cached look-up cannot know it: it is worked out here,
    // against the clock, on every request.
    if (const auto end = m_sessions.lifetime().endOf(access->session, now);
        end != SessionLifetime::End::None)
        throw ApiError::unauthorized(m_sessions.lifetime().describe(end));
    if (access->user.disabled)
        throw ApiError::unauthorized(QStringLiteral("The account is disabled."));

    m_sessions.touchAccess(tokenHash, access->session, context.remoteIp(), context.userAgent(),
                           now);

    Principal principal;
    principal.user = access->user;
    principal.kind = CredentialKind::AccessToken;
    principal.credentialId = access->token.id;
    principal.sessionId = access->session.id;
    principal.tasksVersion = access->tasksVersion;
    principal.scopes = m_adminTwoFactor.narrowed(
        access->user, Scopes::parse(access->token.scope).value_or(QStringList()));
    return principal;
}

Principal ApiGuard::authenticatePersonalToken(RequestContext &context, const QString &token)
{
    // Looked up on every request, like access tokens: revoking or expiring a PAT takes effect
    // on the next request.
    const QString tokenHash = QString::fromLatin1(TokenFormat::storageHash(token));
    const auto found = m_personalTokens.findForBearer(tokenHash);
    const qint64 now = Clock::nowMs();
    // A rotated token's overlap ends by time, without a write: checked here, not in the query.
    if (!found || found->token.isRevoked(now))
        throw ApiError::unauthorized(
            QStringLiteral("The personal access token is unknown or was revoked."));
    if (found->token.isExpired(now))
        throw ApiError::unauthorized(QStringLiteral("The personal access token has expired."));
    if (found->user.disabled)
        throw ApiError::unauthorized(QStringLiteral("The account is disabled."));

    // A long-lived secret showing up somewhere new is what its owner wants to hear about.
    m_db.transaction([&] {
        if (m_personalTokens.touch(found->token, context.remoteIp(), context.userAgent(), now))
            m_securityEvents.record(SecurityLog::eventFor(
                context, found->user.id, SecurityEventType::TokenUsedFromNewIp,
                {{QStringLiteral("tokenId"), found->token.id},
                 {QStringLiteral("tokenName"), found->token.name}}));
    });
    m_personalTokens.rememberUse(tokenHash, found->token, context.remoteIp(), context.userAgent(),
                                 now);

    Principal principal;
    principal.user = found->user;
    principal.kind = CredentialKind::PersonalAccessToken;
    principal.credentialId = found->token.id;
    principal.tasksVersion = found->tasksVersion;
    principal.scopes = m_adminTwoFactor.narrowed(
        found->user, Scopes::parse(found->token.scope).value_or(QStringList()));
    return principal;
}
