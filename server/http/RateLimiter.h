#pragma once

#include <QHash>
#include <QString>

// Fixed-window request counting per key (a credential, an IP, an account). In memory: limits
// are per server instance.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; // until the window starts over
    };

    RateLimiter(int limit, int windowSeconds);

    Decision hit(const QString &key, qint64 nowMs);
    // Returns one counted request to the key's window (an attempt that turned out right).
    void giveBack(const QString &key);
    // Looks without counting.
    Decision peek(const QString &key, qint64 nowMs) const;
    void reset(const QString &key);
    int limit() const { return m_limit; }

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };

    Decision decide(const Window &window, qint64 nowMs) const;
    void prune(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};
