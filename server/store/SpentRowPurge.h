#pragma once

#include "SessionLifetime.h"

#include <QString>

class Database;

// Removes the rows sign-in traffic leaves behind once they are of no more use (docs/api.md
// 16.1), so the database does not grow without bound:
// - authorization requests and access tokens as soon as they have expired;
// - rate-limit windows (RateLimitStore) as soon as they have ended;
// - authorization codes `retentionDays` after they expired (used or not: a used code is kept
//   that long so a replay is still recognised and revokes what it issued);
// - rotated refresh tokens `retentionDays` after their rotation (same, for reuse detection);
// - sessions `retentionDays` after they ended (revoked, or ended by time), with their tokens and
//   the codes that created them.
// The security log keeps its events: security_events.session_id is a plain id, not a reference.
// Each batch removes at most `batchSize` rows of each kind in short transactions, so requests
// get their turn in between.
class SpentRowPurge
{
public:
    struct Counts
    {
        int authorizationRequests = 0;
        int accessTokens = 0;
        int authorizationCodes = 0;
        int refreshTokens = 0;
        int sessions = 0;
        int rateLimitWindows = 0;

        int total() const
        {
            return authorizationRequests + accessTokens + authorizationCodes + refreshTokens +
                   sessions + rateLimitWindows;
        }
        Counts &operator+=(const Counts &other);
    };

    SpentRowPurge(Database &db, SessionLifetime lifetime, int retentionDays, int batchSize = 500);

    // One batch of each kind at `nowMs`; a total below what a full batch would be means nothing
    // more is due now (done() tells).
    Counts runBatch(qint64 nowMs);
    // Batches until nothing more is due.
    Counts runAll(qint64 nowMs);
    // Whether the last runBatch() found fewer rows than a full batch of every kind.
    bool done() const { return m_done; }

private:
    int deleteBatch(const QString &table, const QString &key, const QString &condition,
                    qint64 cutoffMs);
    int purgeSessions(qint64 cutoffMs);

    Database &m_db;
    SessionLifetime m_lifetime;
    qint64 m_retentionMs;
    int m_batchSize;
    bool m_done = false;
};
