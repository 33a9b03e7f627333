#include "RateLimiter.h"

namespace {
constexpr qsizetype PruneThreshold = 10000;
}

RateLimiter::RateLimiter(int limit, int windowSeconds)
    : m_limit(limit)
    , m_windowMs(qint64(windowSeconds) * 1000)
{}

RateLimiter::Decision RateLimiter::decide(const Window &window, qint64 nowMs) const
{
    Decision decision;
    decision.limit = m_limit;
    decision.allowed = window.count <= m_limit;
    decision.remaining = std::max(0, m_limit - window.count);
    const qint64 leftMs = window.startMs + m_windowMs - nowMs;
    decision.resetSeconds = static_cast<int>(std::max<qint64>(1, (leftMs + 999) / 1000));
    return decision;
}

RateLimiter::Decision RateLimiter::hit(const QString &key, qint64 nowMs)
{
    if (m_windows.size() > PruneThreshold)
        prune(nowMs);
    Window &window = m_windows[key];
    if (nowMs - window.startMs >= m_windowMs) {
        window.startMs = nowMs;
        window.count = 0;
    }
    ++window.count;
    return decide(window, nowMs);
}

void RateLimiter::giveBack(const QString &key)
{
    const auto it = m_windows.find(key);
    if (it != m_windows.end() && it->count > 0)
        --it->count;
}

RateLimiter::Decision RateLimiter::peek(const QString &key, qint64 nowMs) const
{
    Window window = m_windows.value(key);
    if (nowMs - window.startMs >= m_windowMs)
        window = {nowMs, 0};
    Decision decision = decide(window, nowMs);
    decision.allowed = window.count < m_limit;
    return decision;
}

void RateLimiter::reset(const QString &key)
{
    m_windows.remove(key);
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->startMs >= m_windowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}
