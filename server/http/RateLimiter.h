#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

class RateLimitStore;

// Fixed-window request counting per key (a credential, an IP, an account), kept in the
// database (RateLimitStore) so that every server instance on it counts against the same
// window: a limit reached through one instance holds on the others at their next request.
//
// Counting::Exact writes every hit (guesses at secrets, sign-in pages: rare, and the count
// must be exact). Counting::Leased is for the per-request API limits: an instance claims a
// few hits of the window at once (at most MaxLease, fewer as the window fills, one at a time
// near the limit) and spends them without writing, so most requests cost no database write.
// A claim never goes past the limit, so together the instances never let more requests through
// than the limit; an instance may refuse a little early while another still holds hits it
// claimed (at most MaxLease per other instance, per key and window), and RateLimit-Remaining
// counts what this instance knows. The worker threads of one instance (WorkerPool) each have
// their own limiter over their own connection, and share one Leases, so the instance holds one
// lease per key as a single-threaded one would, and its slack does not grow with the pool.
class RateLimiter
{
public:
    enum class Counting { Exact, Leased };
    static constexpr int MaxLease = 32;

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; // until the window starts over
    };

    // The unspent claims of a Leased limiter, one set per server instance, shared by the
    // limiters of its worker threads (under its lock).
    class Leases;
    static std::shared_ptr<Leases> newLeases();

    // `name` keeps this limiter's keys apart from other limiters' in the shared table. Without
    // `leases`, a Leased limiter keeps its own.
    RateLimiter(RateLimitStore &store, QString name, int limit, int windowSeconds,
                Counting counting = Counting::Exact, std::shared_ptr<Leases> leases = {});

    Decision hit(const QString &key, qint64 nowMs);
    // Returns one counted request to the key's window (an attempt that turned out right).
    void giveBack(const QString &key, qint64 nowMs);
    // Looks without counting.
    Decision peek(const QString &key, qint64 nowMs);
    void reset(const QString &key);
    int limit() const { return m_limit; }

private:
    // Hits this instance claimed in the key's current window and has not spent yet.
    struct Lease
    {
        qint64 windowEndsAtMs = 0;
        int unspent = 0;
        int counted = 0; // the window's count as of the claim, with this instance's claim
    };

    QString bucket(const QString &key) const { return m_name + QLatin1Char(':') + key; }
    Decision decide(int count, qint64 windowEndsAtMs, qint64 nowMs) const;
    Decision hitLeased(const QString &key, qint64 nowMs);
    void prune(qint64 nowMs);

    RateLimitStore &m_store;
    QString m_name;
    int m_limit;
    qint64 m_windowMs;
    Counting m_counting;
    std::shared_ptr<Leases> m_leases;

public:
    class Leases
    {
        friend class RateLimiter;
        QMutex mutex;
        QHash<QString, Lease> byKey;
    };
};
