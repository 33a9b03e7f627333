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
    // A service client's token (client_credentials): a session of its own, holding one access
    // token and no refresh token, so revoking the client ends it like any session.
    IssuedTokens startServiceSession(const Session &draft);

private:
    enum class Refresh { With, Without };
    IssuedTokens issue(const Session &session, const QString &scope,
                       Refresh refresh = Refresh::With);

    ServerServices &m_services;
};
