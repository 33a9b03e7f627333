#include "RateLimitStore.h"

#include "Database.h"

#include <QSqlQuery>

RateLimitStore::RateLimitStore(Database &db)
    : m_db(db)
{}

RateLimitStore::Window RateLimitStore::add(const QString &bucket, int hits, qint64 nowMs,
                                           qint64 windowMs)
{
    // One upsert: two instances counting the same bucket at once both land (PostgreSQL waits on
    // the row, SQLite on the write lock), and neither ends in a failed insert. The SET
    // expressions all read the row as it was, so the three CASEs agree on whether it had ended.
    static const QString sql = QStringLiteral(
        "INSERT INTO rate_limits (bucket, hits, window_end) VALUES (?, ?, ?) "
        "ON CONFLICT (bucket) DO UPDATE SET "
        "hits = CASE WHEN rate_limits.window_end <= ? THEN excluded.hits "
        "ELSE rate_limits.hits + excluded.hits END, "
        "window_end = CASE WHEN rate_limits.window_end <= ? THEN excluded.window_end "
        "ELSE rate_limits.window_end END "
        "RETURNING hits, window_end");
    auto &q = m_db.exec(sql, {bucket, hits, nowMs + windowMs, nowMs, nowMs});
    Window window{hits, nowMs + windowMs};
    if (q.next())
        window = {q.value(0).toInt(), q.value(1).toLongLong()};
    // Finished at once: until then SQLite keeps the write lock of the statement, which the
    // other instances are waiting for.
    q.finish();
    return window;
}

void RateLimitStore::giveBack(const QString &bucket, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE rate_limits SET hits = hits - 1 "
                             "WHERE bucket = ? AND hits > 0 AND window_end > ?"),
              {bucket, nowMs});
}

std::optional<RateLimitStore::Window> RateLimitStore::find(const QString &bucket, qint64 nowMs)
{
    auto &q = m_db.exec(
        QStringLiteral(
            "SELECT hits, window_end FROM rate_limits WHERE bucket = ? AND window_end > ?"),
        {bucket, nowMs});
    if (!q.next())
        return std::nullopt;
    return Window{q.value(0).toInt(), q.value(1).toLongLong()};
}

void RateLimitStore::remove(const QString &bucket)
{
    m_db.exec(QStringLiteral("DELETE FROM rate_limits WHERE bucket = ?"), {bucket});
}
