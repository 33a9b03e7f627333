#pragma once

#include "CredentialCache.h"

#include "SqlRow.h"
#include "User.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// A personal access token: a long-lived bearer credential a user makes for scripts. Only the
// SHA-256 of its secret is stored; the row is kept after revocation so the name history and
// last use stay visible to an administrator later.
struct PersonalAccessToken
{
    QString id;
    QString userId;
    QString name;
    QString scope; // canonical space-separated scopes
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;  // 0: never expires
    qint64 lastUsedAtMs = 0; // 0: never used
    QString lastUsedIp;
    QString lastUsedUserAgent;
    // 0: not revoked. A rotated token gets the end of its overlap here, which may lie ahead:
    // it keeps working until then and is refused like any revoked token afterwards.
    qint64 revokedAtMs = 0;
    QString replacedById; // the token that replaced this one by rotation; empty if none

    bool isExpired(qint64 nowMs) const { return expiresAtMs != 0 && expiresAtMs <= nowMs; }
    bool isRevoked(qint64 nowMs) const { return revokedAtMs != 0 && revokedAtMs <= nowMs; }
};

// What one look-up of a bearer personal access token yields.
struct AuthenticatedPersonalToken
{
    PersonalAccessToken token;
    User user;
    qint64 credentialsVersion = 0; // the user's, read in the same query (CredentialCache)
    qint64 tasksVersion = 0;       // users.tasks_version, read in the same query
};

class PersonalTokenStore
{
public:
    explicit PersonalTokenStore(Database &db);

    // Inserts `token` (id and createdAtMs already set) under the hash of its secret. False
    // when the unique index refused it: a token of the user that is not revoked has the name.
    bool insert(const QString &tokenHash, const PersonalAccessToken &token);
    // The user's tokens that are not revoked at `nowMs` (expired ones included, and rotated ones
    // still in their overlap), newest first.
    QList<PersonalAccessToken> listForUser(const QString &userId, qint64 nowMs);
    // Tokens that count against the per-account limit: neither revoked nor expired (a rotated
    // token in its overlap does not count: its replacement does).
    int countActive(const QString &userId, qint64 nowMs);
    bool nameTaken(const QString &userId, const QString &name);
    // Marks the user's token revoked and returns it; nullopt when it is unknown, another
    // user's or revoked already. A rotated token still in its overlap is revoked at once.
    std::optional<PersonalAccessToken> revoke(const QString &userId, const QString &id,
                                              qint64 nowMs);
    // Revokes every token of the user that is not revoked yet (expired ones too, and rotated
    // ones in their overlap); returns how many.
    int revokeAllForUser(const QString &userId, qint64 nowMs);
    // Any user's token by id, revoked or not.
    std::optional<PersonalAccessToken> find(const QString &id);
    // Marks `id` replaced by `replacementId`, working until `validUntilMs` (revoked_at); only
    // when it is neither revoked nor rotated already. False otherwise (a concurrent rotation).
    // Frees the token's name for its replacement, which the caller inserts next.
    bool markRotated(const QString &id, const QString &replacementId, qint64 validUntilMs);

    // Runs on every request made with a PAT: the token with its user, revoked or not (whether a
    // rotated token's overlap is over depends on the time, which the cache must not keep; the
    // caller checks isRevoked()).
    std::optional<AuthenticatedPersonalToken> findForBearer(const QString &tokenHash);
    // Records a use; writes at most once a minute per token unless the IP changed. True when
    // this use comes from another IP than the recorded last use, or is the first use; the
    // update itself decides, so concurrent requests from a new IP report it once.
    bool touch(const PersonalAccessToken &token, const QString &ip, const QString &userAgent,
               qint64 nowMs);
    // After touch() of the token of findForBearer(tokenHash) has committed: the kept look-up
    // learns of the use, so that the next request does not write it again (the last use moves no
    // credential version, CredentialCache).
    void rememberUse(const QString &tokenHash, const PersonalAccessToken &token, const QString &ip,
                     const QString &userAgent, qint64 nowMs);

private:
    static PersonalAccessToken fromRow(const SqlRow &row);

    Database &m_db;
    // findForBearer() runs on every API request with a personal access token.
    CredentialCache<AuthenticatedPersonalToken> m_bearerCache;
};
