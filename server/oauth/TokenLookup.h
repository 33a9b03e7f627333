#pragma once

#include "store/SessionStore.h"

#include <optional>

// Finds what an access or refresh token string refers to, for revocation and introspection.
struct TokenFacts
{
    enum class Kind { AccessToken, RefreshToken };

    Kind kind = Kind::AccessToken;
    QString tokenHash;
    Session session;
    QString scope;
    qint64 expiresAtMs = 0; // 0: no expiry of its own (refresh tokens live with the session)
    // When the token was issued: an access token's own time (a service client's tokens share a
    // session, docs/api.md 8.3), a refresh token's session's creation.
    qint64 issuedAtMs = 0;
    bool active = false;
};

std::optional<TokenFacts> lookUpToken(SessionStore &sessions, const QString &token, qint64 nowMs);
