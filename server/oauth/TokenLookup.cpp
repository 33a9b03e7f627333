#include "TokenLookup.h"

#include "security/TokenFormat.h"

std::optional<TokenFacts> lookUpToken(SessionStore &sessions, const QString &token, qint64 nowMs)
{
    const auto kind = TokenFormat::recognize(token);
    const QString hash = QString::fromLatin1(TokenFormat::storageHash(token));
    TokenFacts facts;
    facts.tokenHash = hash;
    if (kind == TokenFormat::Kind::AccessToken) {
        const auto record = sessions.findAccessToken(hash);
        const auto session = record ? sessions.find(record->sessionId) : std::nullopt;
        if (!session)
            return std::nullopt;
        facts.kind = TokenFacts::Kind::AccessToken;
        facts.session = *session;
        facts.scope = record->scope;
        facts.expiresAtMs = record->expiresAtMs;
        facts.issuedAtMs = record->createdAtMs;
        facts.active = session->isLive() && record->expiresAtMs > nowMs &&
                       sessions.lifetime().endOf(*session, nowMs) == SessionLifetime::End::None;
        return facts;
    }
    if (kind == TokenFormat::Kind::RefreshToken) {
        const auto record = sessions.findRefreshToken(hash);
        const auto session = record ? sessions.find(record->sessionId) : std::nullopt;
        if (!session)
            return std::nullopt;
        facts.kind = TokenFacts::Kind::RefreshToken;
        facts.session = *session;
        facts.scope = session->scope;
        facts.issuedAtMs = session->createdAtMs;
        facts.active = session->isLive() && record->usedAtMs == 0 &&
                       sessions.lifetime().endOf(*session, nowMs) == SessionLifetime::End::None;
        return facts;
    }
    return std::nullopt;
}
