#pragma once

#include "SessionStore.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// A service account's client (docs/api.md 12.8a) as administrators see it: never a secret.
struct ServiceClient
{
    QString id;
    QString name;
    QString ownerId;
    QString ownerUsername;
    QString scope; // canonical space-separated scopes
    qint64 createdAtMs = 0;
    qint64 lastUsedAtMs = 0;          // 0: no token issued yet
    qint64 secretRotatedAtMs = 0;     // 0: never rotated
    qint64 previousSecretUntilMs = 0; // 0: no previous secret; else it works until then
    qint64 revokedAtMs = 0;           // 0: not revoked
};

// What issuing a token needs to know of its client, read in the issuing transaction.
struct ServiceTokenState
{
    qint64 revokedAtMs = 0;  // 0: not revoked
    qint64 lastUsedAtMs = 0; // 0: no token issued yet
    // The session the client's tokens hang on (migration 19), as it is now: id, createdAtMs,
    // lastRefreshAtMs and revokedAtMs. nullopt: none yet, or purged since.
    std::optional<Session> tokenSession;
};

// The service clients: `clients` rows of kind "service" (migration 15). Only the SHA-256 of a
// secret is stored (TokenFormat::storageHash); ClientStore::find() reads them for authentication.
class ServiceClientStore
{
public:
    // lastUsedAt is written at most this often, so issuing a token seldom updates the client.
    static constexpr qint64 LastUsedIntervalMs = 60 * 1000;

    explicit ServiceClientStore(Database &db);

    ServiceClient create(const QString &name, const QString &ownerId, const QString &scope,
                         const QString &secretHash, qint64 nowMs);
    std::optional<ServiceClient> find(const QString &id);
    // Newest first, revoked ones included.
    QList<ServiceClient> list();
    // A new secret; the current one becomes the previous, accepted until nowMs + overlapMs (an
    // earlier previous secret stops at once). False when unknown or revoked.
    bool rotate(const QString &id, const QString &newSecretHash, qint64 overlapMs, qint64 nowMs);
    // Revokes the client and ends every session it started, deleting their access tokens, so
    // both its secret and its tokens are refused from the next request. False when unknown or
    // revoked already.
    bool revoke(const QString &id, qint64 nowMs);
    void markUsed(const QString &id, qint64 nowMs);

    // nullopt: no such service client.
    std::optional<ServiceTokenState> tokenState(const QString &id);
    // The session the client's next tokens hang on.
    void setTokenSession(const QString &id, const QString &sessionId);

private:
    Database &m_db;
};
