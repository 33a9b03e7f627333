#pragma once

#include "store/SessionStore.h"

#include <QJsonObject>

struct ServerServices;

struct IssuedTokens
{
    QString accessToken;
    QString refreshToken;
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

private:
    IssuedTokens issue(const Session &session, const QString &scope);

    ServerServices &m_services;
};
