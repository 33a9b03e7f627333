#include "TokenEndpoint.h"

#include "Scopes.h"
#include "ServerServices.h"
#include "account/SecurityLog.h"
#include "account/SignInOrigin.h"
#include "admin/ServiceClientActions.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "security/Pkce.h"
#include "security/TokenFormat.h"
#include "store/Ids.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOAuth, "tasklane.server.oauth")

namespace {

OAuthError invalidGrant(const QString &description)
{
    return OAuthError(QStringLiteral("invalid_grant"), description);
}

OAuthError unauthorizedClient(const QString &description)
{
    return OAuthError(QStringLiteral("unauthorized_client"), description);
}

OAuthError invalidRequest(const QString &description)
{
    return OAuthError(QStringLiteral("invalid_request"), description);
}

QString require(const QHash<QString, QString> &form, const QString &name)
{
    const QString value = form.value(name);
    if (value.isEmpty())
        throw invalidRequest(QStringLiteral("The parameter \"%1\" is missing.").arg(name));
    return value;
}

} // namespace

TokenEndpoint::TokenEndpoint(ServerServices &services)
    : m_services(services)
    , m_clientAuth(services.clients)
    , m_issuer(services)
    , m_newSignIn(services)
{
    m_clientAuth.setRefusalObserver(
        [this](const RequestContext &context, const OAuthClient &client, const QString &reason) {
            recordRefusal(context, client, reason);
        });
}

void TokenEndpoint::registerRoutes(Router &router)
{
    router.add(RequestContext::Method::Post, QStringLiteral("/oauth2/token"),
               [this](RequestContext &context) { return token(context); });
}

HttpResponse TokenEndpoint::token(RequestContext &context)
{
    try {
        m_services.guard.limitByIp(context);
    } catch (const ApiError &limited) {
        HttpResponse response = HttpResponse::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("temporarily_unavailable")},
                        {QStringLiteral("error_description"), limited.message()}},
            429);
        for (const auto &[name, value] : limited.headers())
            response.setHeader(name, value);
        return response;
    }
    const auto form = context.formBody();
    const QString grantType = require(form, QStringLiteral("grant_type"));
    const OAuthClient client = m_clientAuth.authenticate(context, form);

    // A service client has one grant; no other client has that one (RFC 6749 5.2).
    const bool serviceGrant = grantType == QLatin1String("client_credentials");
    const bool knownGrant = serviceGrant || grantType == QLatin1String("authorization_code") ||
                            grantType == QLatin1String("refresh_token");
    if (knownGrant && serviceGrant != (client.kind == OAuthClient::Kind::Service))
        throw unauthorizedClient(
            serviceGrant ? QStringLiteral("Only service clients may use client_credentials.")
                         : QStringLiteral("A service client may only use client_credentials."));

    IssuedTokens tokens;
    if (serviceGrant)
        tokens = clientCredentials(context, client, form);
    else if (grantType == QLatin1String("authorization_code"))
        tokens = exchangeCode(context, client, form);
    else if (grantType == QLatin1String("refresh_token"))
        tokens = refresh(context, client, form);
    else
        throw OAuthError(QStringLiteral("unsupported_grant_type"),
                         QStringLiteral("Supported: authorization_code, refresh_token, "
                                        "client_credentials."));

    HttpResponse response = HttpResponse::json(tokens.toJson());
    response.setHeader("Pragma", "no-cache");
    return response;
}

IssuedTokens TokenEndpoint::exchangeCode(const RequestContext &context, const OAuthClient &client,
                                         const QHash<QString, QString> &form)
{
    const QString code = require(form, QStringLiteral("code"));
    const QString redirectUri = require(form, QStringLiteral("redirect_uri"));
    const QString verifier = require(form, QStringLiteral("code_verifier"));
    // Checked before the code is used up, so a client that sent a bad one can try again.
    const QString deviceId = form.value(QStringLiteral("device_id"));
    if (!deviceId.isEmpty() && !SignInOrigin::isDeviceId(deviceId))
        throw invalidRequest(QStringLiteral("device_id must be 22 to 64 base64url characters."));
    if (TokenFormat::recognize(code) != TokenFormat::Kind::AuthorizationCode)
        throw invalidGrant(QStringLiteral("The authorization code is not valid."));

    const QString codeHash = QString::fromLatin1(TokenFormat::storageHash(code));
    const qint64 now = Clock::nowMs();
    const auto record = m_services.authorizations.findCode(codeHash);
    if (!record)
        throw invalidGrant(QStringLiteral("The authorization code is not valid."));
    // Single use, decided atomically; the loser of a race is treated as a replay.
    if (record->usedAtMs != 0 || !m_services.authorizations.markCodeUsed(codeHash, now)) {
        const auto used = m_services.authorizations.findCode(codeHash);
        if (used && !used->sessionId.isEmpty())
            endLeakedSession(context, used->sessionId,
                             QStringLiteral("authorization_code_replayed"), now);
        throw invalidGrant(
            QStringLiteral("The authorization code was already used; the tokens issued "
                           "for it have been revoked."));
    }
    if (record->expiresAtMs <= now)
        throw invalidGrant(QStringLiteral("The authorization code has expired."));
    if (record->clientId != client.id)
        throw invalidGrant(QStringLiteral("The authorization code was issued to another client."));
    if (record->redirectUri != redirectUri)
        throw invalidGrant(
            QStringLiteral("redirect_uri does not match the authorization request."));
    if (!Pkce::verify(verifier, record->codeChallenge))
        throw invalidGrant(QStringLiteral("code_verifier does not match the code_challenge."));
    const auto user = m_services.users.findById(record->userId);
    if (!user || user->disabled)
        throw invalidGrant(QStringLiteral("The account is not available."));

    Session draft;
    draft.userId = user->id;
    draft.clientId = client.id;
    draft.deviceName = record->deviceName;
    draft.ip = context.remoteIp();
    draft.userAgent = context.userAgent();
    draft.scope = record->scope;
    draft.createdAtMs = now;
    draft.lastActiveAtMs = now;
    // The browser proved the user; this exchange is where the new device signs in.
    return m_services.db.transaction([&] {
        IssuedTokens tokens = m_issuer.startSession(draft);
        m_services.authorizations.attachSession(codeHash, tokens.session.id);
        SecurityEvent event =
            SecurityLog::eventFor(context, user->id, SecurityEventType::SignInSucceeded,
                                  {{QStringLiteral("clientId"), client.id},
                                   {QStringLiteral("clientName"), client.name},
                                   {QStringLiteral("deviceName"), draft.deviceName},
                                   {QStringLiteral("method"), record->signInMethod}});
        event.sessionId = tokens.session.id;
        m_services.securityEvents.record(event);
        // A device, network or software the account has not used: its user is asked
        // (docs/api.md 12.10).
        m_newSignIn.check(context, tokens.session, deviceId);
        return tokens;
    });
}

void TokenEndpoint::endLeakedSession(const RequestContext &context, const QString &sessionId,
                                     const QString &reason, qint64 nowMs)
{
    m_services.db.transaction([&] {
        const auto session = m_services.sessions.find(sessionId);
        if (!session || !m_services.sessions.revoke(sessionId, reason, nowMs))
            return; // ended before: nothing new to log
        SecurityEvent event = SecurityLog::sessionRevoked(context, *session, reason);
        // The request came with a credential of this session.
        event.sessionId = session->id;
        m_services.securityEvents.record(event);
    });
    qCWarning(lcOAuth) << "revoked session" << sessionId << "because of" << reason;
}

IssuedTokens TokenEndpoint::refresh(const RequestContext &context, const OAuthClient &client,
                                    const QHash<QString, QString> &form)
{
    const QString refreshToken = require(form, QStringLiteral("refresh_token"));
    if (TokenFormat::recognize(refreshToken) != TokenFormat::Kind::RefreshToken)
        throw invalidGrant(QStringLiteral("The refresh token is not valid."));
    const QString tokenHash = QString::fromLatin1(TokenFormat::storageHash(refreshToken));
    const qint64 now = Clock::nowMs();
    const auto record = m_services.sessions.findRefreshToken(tokenHash);
    if (!record)
        throw invalidGrant(QStringLiteral("The refresh token is not valid."));
    const auto session = m_services.sessions.find(record->sessionId);
    if (!session || session->clientId != client.id)
        throw invalidGrant(QStringLiteral("The refresh token was issued to another client."));
    // Before the session's state: disabling an account revokes its sessions too, and the app
    // should still learn the reason that matters to its user.
    const auto user = m_services.users.findById(session->userId);
    if (!user || user->disabled) {
        m_services.sessions.revoke(session->id, QStringLiteral("account_disabled"), now);
        throw invalidGrant(QStringLiteral("The account is not available."));
    }
    if (!session->isLive())
        throw invalidGrant(QStringLiteral("The session was revoked."));
    // Ended by time (docs/api.md 12.5): the answer says which limit, so the app can tell its
    // user why they have to sign in again.
    const SessionLifetime &lifetime = m_services.sessions.lifetime();
    if (const auto end = lifetime.endOf(*session, now); end != SessionLifetime::End::None)
        throw invalidGrant(lifetime.describe(end));
    if (record->usedAtMs != 0 || !m_services.sessions.markRefreshTokenUsed(tokenHash, now)) {
        // RFC 9700 section 4.14.2: reuse of a rotated refresh token means it leaked.
        endLeakedSession(context, session->id, QStringLiteral("refresh_token_reused"), now);
        throw invalidGrant(
            QStringLiteral("The refresh token was already used; the session has been "
                           "revoked. Sign in again."));
    }

    QString scope = session->scope;
    const QString requested = form.value(QStringLiteral("scope"));
    if (!requested.isEmpty()) {
        const auto narrowed = Scopes::parse(requested);
        const auto granted = Scopes::parse(session->scope).value_or(QStringList());
        if (!narrowed)
            throw OAuthError(QStringLiteral("invalid_scope"),
                             QStringLiteral("Unknown scope requested."));
        for (const QString &s : *narrowed) {
            if (!granted.contains(s))
                throw OAuthError(QStringLiteral("invalid_scope"),
                                 QStringLiteral("A refresh cannot add the scope \"%1\".").arg(s));
        }
        scope = Scopes::join(*narrowed);
    }
    // The session may hold admin from a sign-in with two-factor authentication that was turned
    // off since: the new access token goes without it (AdminTwoFactorRule; the session keeps it
    // for when 2FA is back on).
    scope = Scopes::join(
        m_services.adminTwoFactor.narrowed(*user, Scopes::parse(scope).value_or(QStringList())));
    if (scope.isEmpty())
        throw OAuthError(QStringLiteral("invalid_scope"),
                         QStringLiteral("Administration needs two-factor authentication on this "
                                        "account."));
    m_services.sessions.touch(*session, context.remoteIp(), context.userAgent(), now);
    return m_services.db.transaction([&] {
        // The idle time starts again with this refresh.
        m_services.sessions.markRefreshed(session->id, now);
        Session refreshed = *session;
        refreshed.lastRefreshAtMs = now;
        return m_issuer.continueSession(refreshed, scope);
    });
}

IssuedTokens TokenEndpoint::clientCredentials(const RequestContext &context,
                                              const OAuthClient &client,
                                              const QHash<QString, QString> &form)
{
    // The owner's account is read afresh: a disabled owner's service gets nothing.
    const auto owner = m_services.users.findById(client.ownerId);
    if (!owner || owner->disabled)
        throw unauthorizedClient(QStringLiteral("The account this client acts for is not "
                                                "available."));
    const QStringList allowed = Scopes::parse(client.scope).value_or(QStringList());
    QStringList scopes = allowed;
    // RFC 6749 4.4.2 and 3.3: the client's own scopes when none is asked for, else a subset.
    if (const QString requested = form.value(QStringLiteral("scope")); !requested.isEmpty()) {
        const auto asked = Scopes::parse(requested);
        if (!asked)
            throw OAuthError(QStringLiteral("invalid_scope"),
                             QStringLiteral("Unknown scope requested."));
        for (const QString &s : *asked) {
            if (!allowed.contains(s))
                throw OAuthError(
                    QStringLiteral("invalid_scope"),
                    QStringLiteral("This client may not have the scope \"%1\".").arg(s));
        }
        scopes = *asked;
    }
    const qint64 now = Clock::nowMs();
    // The session, should the client need a new one: it holds all of the client's scopes, each
    // token the ones asked for.
    Session draft;
    draft.userId = owner->id;
    draft.clientId = client.id;
    draft.deviceName = client.name;
    draft.ip = context.remoteIp();
    // Scripts often send no User-Agent; the column takes an empty one, not NULL.
    draft.userAgent = context.userAgent().isNull() ? QStringLiteral("") : context.userAgent();
    draft.scope = Scopes::join(allowed);
    draft.createdAtMs = now;
    draft.lastActiveAtMs = now;
    // One transaction: the token is answered only once its audit entry is committed with it.
    return m_services.db.transaction([&] {
        // On PostgreSQL this transaction's COMMIT does not wait for its WAL flush (docs/admin.md
        // "Token issuance and durability"). What a crash can lose is the last fraction of a
        // second of issuances, each whole: the token's row and its audit entry are in this one
        // transaction, so no token survives a crash without its audit entry, and a lost token
        // is answered 401 (the client asks for another). Any later commit that waits for its
        // flush (a revocation, a rotation, a task written with the token) flushes this one
        // first, as the WAL is written in order; what goes unaudited is only a read made with a
        // token in those last moments before a crash. Nothing else changes durability: SET
        // LOCAL ends with this transaction. SQLite's commits never wait for a flush (WAL,
        // synchronous=NORMAL).
        if (const QString relaxed = m_services.db.dialect().commitWithoutFlushWait();
            !relaxed.isEmpty())
            m_services.db.exec(relaxed);
        ServiceClientStore store(m_services.db);
        const auto state = store.tokenState(client.id);
        // Revoked since it authenticated (another request, another instance): nothing to give.
        if (!state || state->revokedAtMs != 0)
            throw OAuthError(QStringLiteral("invalid_client"),
                             QStringLiteral("Client authentication failed."), 401);
        IssuedTokens tokens =
            m_issuer.serviceToken(draft, state->tokenSession, Scopes::join(scopes));
        if (!state->tokenSession || state->tokenSession->id != tokens.session.id)
            store.setTokenSession(client.id, tokens.session.id);
        if (now - state->lastUsedAtMs >= ServiceClientStore::LastUsedIntervalMs)
            store.markUsed(client.id, now);
        ServiceClientActions::recordUse(m_services.auditLog, client, *owner,
                                        AuditAction::ServiceClientTokenIssued,
                                        {{QStringLiteral("scope"), tokens.scope},
                                         {QStringLiteral("tokenId"), tokens.accessTokenId},
                                         {QStringLiteral("sessionId"), tokens.session.id}},
                                        context.remoteIp(), context.userAgent(), now);
        return tokens;
    });
}

void TokenEndpoint::recordRefusal(const RequestContext &context, const OAuthClient &client,
                                  const QString &reason)
{
    const auto owner = m_services.users.findById(client.ownerId);
    if (!owner)
        return; // the audit log names an account; a client without one has nothing to name
    ServiceClientActions::recordUse(m_services.auditLog, client, *owner,
                                    AuditAction::ServiceClientAuthFailed,
                                    {{QStringLiteral("reason"), reason}}, context.remoteIp(),
                                    context.userAgent(), Clock::nowMs());
    qCWarning(lcOAuth) << "service client" << client.id << "refused:" << reason;
}
