#include "RateLimiter.h"

#include "store/RateLimitStore.h"

#include <algorithm>

namespace {
constexpr qsizetype PruneThreshold = 10000;
// A claim takes this share of what is left of the limit (and at most MaxLease), so the hits an
// instance may hold unspent shrink as the window fills.
constexpr int LeaseDivisor = 16;
} // namespace

std::shared_ptr<RateLimiter::Leases> RateLimiter::newLeases()
{
    return std::make_shared<Leases>();
}

RateLimiter::RateLimiter(RateLimitStore &store, QString name, int limit, int windowSeconds,
                         Counting counting, std::shared_ptr<Leases> leases)
    : m_store(store)
    , m_name(std::move(name))
    , m_limit(limit)
    , m_windowMs(qint64(windowSeconds) * 1000)
    , m_counting(counting)
    , m_leases(leases ? std::move(leases) : newLeases())
{}

RateLimiter::Decision RateLimiter::decide(int count, qint64 windowEndsAtMs, qint64 nowMs) const
{
    Decision decision;
    decision.limit = m_limit;
    decision.allowed = count <= m_limit;
    decision.remaining = std::max(0, m_limit - count);
    const qint64 leftMs = windowEndsAtMs - nowMs;
    decision.resetSeconds = static_cast<int>(std::max<qint64>(1, (leftMs + 999) / 1000));
    return decision;
}

RateLimiter::Decision RateLimiter::hit(const QString &key, qint64 nowMs)
{
    if (m_counting == Counting::Leased)
        return hitLeased(key, nowMs);
    const auto window = m_store.add(bucket(key), 1, nowMs, m_windowMs);
    return decide(window.hits, window.endsAtMs, nowMs);
}

RateLimiter::Decision RateLimiter::hitLeased(const QString &key, qint64 nowMs)
{
    int claim = 0;
    {
        const QMutexLocker locker(&m_leases->mutex);
        if (m_leases->byKey.size() > PruneThreshold)
            prune(nowMs);
        Lease &lease = m_leases->byKey[key];
        const bool current = lease.windowEndsAtMs > nowMs;
        if (current && lease.unspent > 0) {
            --lease.unspent;
            return decide(lease.counted - lease.unspent, lease.windowEndsAtMs, nowMs);
        }
        // A window's count only grows: once it has reached the limit, this instance refuses
        // until the window ends without asking again, so a flood of refused requests costs no
        // writes.
        if (current && lease.counted >= m_limit)
            return decide(++lease.counted, lease.windowEndsAtMs, nowMs);
        const int known = current ? lease.counted : 0;
        claim = std::clamp((m_limit - known) / LeaseDivisor, 1, MaxLease);
    }
    // The claim is written without the lock: another worker thread of this instance may claim
    // for the same key meanwhile, and both claims are added to the lease below.
    const auto window = m_store.add(bucket(key), claim, nowMs, m_windowMs);
    // Only the part of the claim that fits under the limit can be spent; the rest stays counted
    // in the window (like every refused request), which is over its limit anyway.
    const int granted = std::clamp(m_limit - (window.hits - claim), 0, claim);
    const int counted = window.hits - (claim - granted);
    const QMutexLocker locker(&m_leases->mutex);
    Lease &lease = m_leases->byKey[key];
    if (lease.windowEndsAtMs != window.endsAtMs) {
        lease = Lease{window.endsAtMs, 0, 0};
    }
    // The window's count as the later of the claims saw it; the unspent hits of both.
    lease.counted = std::max(lease.counted, counted);
    if (granted == 0) {
        lease.counted = std::max(lease.counted, window.hits);
        return decide(window.hits, window.endsAtMs, nowMs);
    }
    lease.unspent += granted - 1;
    return decide(lease.counted - lease.unspent, window.endsAtMs, nowMs);
}

void RateLimiter::giveBack(const QString &key, qint64 nowMs)
{
    m_store.giveBack(bucket(key), nowMs);
}

RateLimiter::Decision RateLimiter::peek(const QString &key, qint64 nowMs)
{
    const auto window = m_store.find(bucket(key), nowMs);
    const int count = window ? window->hits : 0;
    Decision decision = decide(count, window ? window->endsAtMs : nowMs + m_windowMs, nowMs);
    decision.allowed = count < m_limit;
    return decision;
}

void RateLimiter::reset(const QString &key)
{
    {
        const QMutexLocker locker(&m_leases->mutex);
        m_leases->byKey.remove(key);
    }
    m_store.remove(bucket(key));
}

void RateLimiter::prune(qint64 nowMs)
{
    // Under the lock of m_leases.
    for (auto it = m_leases->byKey.begin(); it != m_leases->byKey.end();) {
        if (it->windowEndsAtMs <= nowMs)
            it = m_leases->byKey.erase(it);
        else
            ++it;
    }
}
