#pragma once

#include "store/SessionStore.h"

#include <QJsonObject>

struct ServerServices;

struct IssuedTokens
{
    QString accessToken;
    QString refreshToken; // empty for client_credentials (RFC 6749 4.4.3): left out
    QString scope;
    int expiresIn = 0;
    QString accessTokenId; // the access token's record id (AccessTokenRecord::id)
    Session session;

    // The RFC 6749 section 5.1 token response.
    QJsonObject toJson() const;
};

// Mints access and refresh tokens. Only their hashes reach the database.
class TokenIssuer
{
public:
    explicit TokenIssuer(ServerServices &services);

    // Creates the session a successful grant starts, with its first token pair.
    IssuedTokens startSession(const Session &draft);
    // The next pair of a session's refresh-token family.
    IssuedTokens continueSession(const Session &session, const QString &scope);
    // A service client's token (client_credentials) for `scope`: an access token and no refresh
    // token, on the client's token session `current` while that is live and lasts the token's
    // whole lifetime, else on a new session made from `draft` (then tokens.session.id differs
    // from current's: the caller records it as the client's). One session per client, not per
    // token: issuing writes the token row alone, and revoking the client still ends every token.
    IssuedTokens serviceToken(const Session &draft, const std::optional<Session> &current,
                              const QString &scope);

private:
    enum class Refresh { With, Without };
    IssuedTokens issue(const Session &session, const QString &scope,
                       Refresh refresh = Refresh::With);

    ServerServices &m_services;
};
