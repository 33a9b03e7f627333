#pragma once

#include "CredentialCache.h"
#include "SessionLifetime.h"

#include "User.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// A signed-in device: one per successful grant. Its refresh tokens form one family; revoking
// the session ends the family and every access token it issued.
struct Session
{
    QString id;
    QString userId;
    QString clientId;
    QString deviceName;
    QString ip;
    QString userAgent;
    QString scope;
    qint64 createdAtMs = 0;
    qint64 lastActiveAtMs = 0;
    qint64 revokedAtMs = 0; // 0: not revoked (it may still have ended by time: SessionLifetime)
    QString revokedReason;
    qint64 lastRefreshAtMs = 0; // the last refresh-token grant; the creation before the first
    qint64 endsAtMs = 0;        // when it ends by time (SessionLifetime); filled by find and
                                // listForUser
    QString clientName;         // filled by listForUser only (joined from clients)

    // Not revoked. Whether it has ended by time is SessionLifetime::endOf().
    bool isLive() const { return revokedAtMs == 0; }
};

struct AccessTokenRecord
{
    QString id;
    QString sessionId;
    QString scope;
    qint64 expiresAtMs = 0;
    qint64 createdAtMs = 0; // filled by findAccessToken only
};

// What one look-up of a bearer access token yields: the token, its session and its user.
// The session carries only what authenticating and touch() need: id, ip, userAgent,
// lastActiveAtMs, revokedAtMs, createdAtMs and lastRefreshAtMs (for its end by time).
struct AuthenticatedAccess
{
    AccessTokenRecord token;
    Session session;
    User user;
    qint64 credentialsVersion = 0; // the user's, read in the same query (CredentialCache)
    qint64 tasksVersion = 0;       // users.tasks_version, read in the same query
};

struct RefreshTokenRecord
{
    QString tokenHash;
    QString sessionId;
    qint64 usedAtMs = 0; // 0: not rotated yet
};

class SessionStore
{
public:
    explicit SessionStore(Database &db, SessionLifetime lifetime = {});

    const SessionLifetime &lifetime() const { return m_lifetime; }

    Session create(const Session &session);
    std::optional<Session> find(const QString &id);
    // Most recently active first, with clientName; not the sessions of service clients'
    // tokens (ServiceClientStore), which are no device of the user. Without includeRevoked, only
    // the sessions that are neither revoked nor ended by time (SessionLifetime) now.
    QList<Session> listForUser(const QString &userId, bool includeRevoked = false);
    // A refresh-token grant: the idle time starts again from `nowMs`.
    void markRefreshed(const QString &sessionId, qint64 nowMs);
    // Records activity; writes at most once a minute per session to keep reads cheap. True when
    // it wrote.
    bool touch(const Session &session, const QString &ip, const QString &userAgent, qint64 nowMs);
    // Revokes the session, its refresh-token family and its access tokens. False if it was
    // already revoked.
    bool revoke(const QString &sessionId, const QString &reason, qint64 nowMs);
    // revoke() for every live session of the user at once; returns how many were live.
    int revokeAllForUser(const QString &userId, const QString &reason, qint64 nowMs);

    void insertAccessToken(const QString &tokenHash, const AccessTokenRecord &record, qint64 nowMs);
    std::optional<AuthenticatedAccess> findAccess(const QString &tokenHash);
    // touch() for the session of findAccess(tokenHash), telling the kept look-up what it wrote.
    void touchAccess(const QString &tokenHash, const Session &session, const QString &ip,
                     const QString &userAgent, qint64 nowMs);
    std::optional<AccessTokenRecord> findAccessToken(const QString &tokenHash);
    void deleteAccessToken(const QString &tokenHash);

    void insertRefreshToken(const QString &tokenHash, const QString &sessionId, qint64 nowMs);
    std::optional<RefreshTokenRecord> findRefreshToken(const QString &tokenHash);
    // Marks a refresh token rotated; false if it was rotated already (reuse).
    bool markRefreshTokenUsed(const QString &tokenHash, qint64 nowMs);

private:
    static Session sessionFromRow(const class QSqlQuery &query, int firstColumn = 0);
    static QString sessionColumns(const QString &alias = {});

    Database &m_db;
    SessionLifetime m_lifetime;
    // findAccess() runs on every API request with an access token.
    CredentialCache<AuthenticatedAccess> m_accessCache;
};
