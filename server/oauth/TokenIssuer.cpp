#include "TokenIssuer.h"

#include "ServerServices.h"
#include "security/TokenFormat.h"
#include "store/Ids.h"

#include <algorithm>

QJsonObject IssuedTokens::toJson() const
{
    QJsonObject json{
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), expiresIn},
        {QStringLiteral("scope"), scope},
    };
    if (!refreshToken.isEmpty())
        json.insert(QStringLiteral("refresh_token"), refreshToken);
    return json;
}

TokenIssuer::TokenIssuer(ServerServices &services)
    : m_services(services)
{}

IssuedTokens TokenIssuer::startSession(const Session &draft)
{
    return m_services.db.transaction([&] {
        const Session session = m_services.sessions.create(draft);
        return issue(session, session.scope);
    });
}

IssuedTokens TokenIssuer::continueSession(const Session &session, const QString &scope)
{
    return m_services.db.transaction([&] { return issue(session, scope); });
}

IssuedTokens TokenIssuer::serviceToken(const Session &draft, const std::optional<Session> &current,
                                       const QString &scope)
{
    const qint64 lifetimeMs = qint64(m_services.config.accessTokenLifetimeSeconds) * 1000;
    // A token never outlives its session (issue() clamps it): a session with less than a whole
    // token lifetime left is left to end, and the next one starts.
    const bool reusable =
        current && current->isLive() &&
        m_services.sessions.lifetime().endsAtMs(*current) - draft.createdAtMs >= lifetimeMs;
    return m_services.db.transaction([&] {
        const Session session = reusable ? *current : m_services.sessions.create(draft);
        return issue(session, scope, Refresh::Without);
    });
}

IssuedTokens TokenIssuer::issue(const Session &session, const QString &scope, Refresh refresh)
{
    const qint64 now = Clock::nowMs();
    IssuedTokens tokens;
    tokens.session = session;
    tokens.scope = scope;
    tokens.expiresIn = m_services.config.accessTokenLifetimeSeconds;
    // Not beyond the session's end, so the app comes back to refresh when the session ends
    // and learns why (invalid_grant) instead of meeting a refused access token.
    const qint64 secondsLeft = (m_services.sessions.lifetime().endsAtMs(session) - now) / 1000;
    tokens.expiresIn = int(std::clamp<qint64>(secondsLeft, 1, tokens.expiresIn));
    tokens.accessToken = TokenFormat::generate(TokenFormat::Kind::AccessToken);
    if (refresh == Refresh::With)
        tokens.refreshToken = TokenFormat::generate(TokenFormat::Kind::RefreshToken);

    AccessTokenRecord record;
    record.id = Ids::make();
    record.sessionId = session.id;
    record.scope = scope;
    record.expiresAtMs = now + qint64(tokens.expiresIn) * 1000;
    tokens.accessTokenId = record.id;
    m_services.sessions.insertAccessToken(
        QString::fromLatin1(TokenFormat::storageHash(tokens.accessToken)), record, now);
    if (refresh == Refresh::With)
        m_services.sessions.insertRefreshToken(
            QString::fromLatin1(TokenFormat::storageHash(tokens.refreshToken)), session.id, now);
    return tokens;
}
