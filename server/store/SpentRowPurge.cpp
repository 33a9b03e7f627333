#include "SpentRowPurge.h"

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>

SpentRowPurge::Counts &SpentRowPurge::Counts::operator+=(const Counts &other)
{
    authorizationRequests += other.authorizationRequests;
    accessTokens += other.accessTokens;
    authorizationCodes += other.authorizationCodes;
    refreshTokens += other.refreshTokens;
    sessions += other.sessions;
    rateLimitWindows += other.rateLimitWindows;
    return *this;
}

SpentRowPurge::SpentRowPurge(Database &db, SessionLifetime lifetime, int retentionDays,
                             int batchSize)
    : m_db(db)
    , m_lifetime(lifetime)
    , m_retentionMs(retentionDays * SessionLifetime::DayMs)
    , m_batchSize(batchSize)
{}

int SpentRowPurge::deleteBatch(const QString &table, const QString &key, const QString &condition,
                               qint64 cutoffMs)
{
    // DELETE ... LIMIT is not portable; a sub-select with LIMIT is (SQLite and PostgreSQL).
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE %2 IN (SELECT %2 FROM %1 WHERE %3 "
                                       "LIMIT ?)")
                            .arg(table, key, condition);
    return m_db.transaction([&] {
        return m_db.exec(sql, {cutoffMs, m_batchSize}).numRowsAffected();
    });
}

int SpentRowPurge::purgeSessions(qint64 cutoffMs)
{
    // Ended before the cutoff: revoked then, or ended by time then (SessionLifetime: idle days
    // after the last refresh, or the longest life after creation).
    QStringList ids;
    auto &q = m_db.exec(
        QStringLiteral("SELECT id FROM sessions WHERE "
                       "(revoked_at IS NOT NULL AND revoked_at < ?) OR "
                       "(revoked_at IS NULL AND "
                       "(last_refresh_at < ? OR created_at < ?)) LIMIT ?"),
        {cutoffMs, cutoffMs - m_lifetime.idleMs(), cutoffMs - m_lifetime.maxMs(), m_batchSize});
    while (q.next())
        ids.append(q.value(0).toString());
    for (const QString &id : std::as_const(ids)) {
        m_db.transaction([&] {
            // What refers to the session first (foreign keys), then the session itself.
            m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE session_id = ?"), {id});
            m_db.exec(QStringLiteral("DELETE FROM refresh_tokens WHERE session_id = ?"), {id});
            m_db.exec(QStringLiteral("DELETE FROM authorization_codes WHERE session_id = ?"), {id});
            m_db.exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {id});
        });
    }
    return int(ids.size());
}

SpentRowPurge::Counts SpentRowPurge::runBatch(qint64 nowMs)
{
    const qint64 cutoff = nowMs - m_retentionMs;
    Counts counts;
    counts.authorizationRequests =
        deleteBatch(QStringLiteral("authorization_requests"), QStringLiteral("id"),
                    QStringLiteral("expires_at < ?"), nowMs);
    counts.accessTokens = deleteBatch(QStringLiteral("access_tokens"), QStringLiteral("token_hash"),
                                      QStringLiteral("expires_at < ?"), nowMs);
    counts.authorizationCodes =
        deleteBatch(QStringLiteral("authorization_codes"), QStringLiteral("code_hash"),
                    QStringLiteral("expires_at < ?"), cutoff);
    counts.refreshTokens =
        deleteBatch(QStringLiteral("refresh_tokens"), QStringLiteral("token_hash"),
                    QStringLiteral("used_at < ?"), cutoff);
    counts.sessions = purgeSessions(cutoff);
    counts.rateLimitWindows = deleteBatch(QStringLiteral("rate_limits"), QStringLiteral("bucket"),
                                          QStringLiteral("window_end <= ?"), nowMs);
    m_done = counts.authorizationRequests < m_batchSize && counts.accessTokens < m_batchSize &&
             counts.authorizationCodes < m_batchSize && counts.refreshTokens < m_batchSize &&
             counts.sessions < m_batchSize && counts.rateLimitWindows < m_batchSize;
    return counts;
}

SpentRowPurge::Counts SpentRowPurge::runAll(qint64 nowMs)
{
    Counts counts;
    do {
        counts += runBatch(nowMs);
    } while (!m_done);
    return counts;
}
