#include "SessionLifetime.h"

#include "SessionStore.h"

#include <algorithm>

qint64 SessionLifetime::endsAtMs(qint64 createdAtMs, qint64 lastRefreshAtMs) const
{
    return std::min(std::max(createdAtMs, lastRefreshAtMs) + idleMs(), createdAtMs + maxMs());
}

qint64 SessionLifetime::endsAtMs(const Session &session) const
{
    return endsAtMs(session.createdAtMs, session.lastRefreshAtMs);
}

SessionLifetime::End SessionLifetime::endOf(const Session &session, qint64 nowMs) const
{
    if (nowMs < endsAtMs(session))
        return End::None;
    // Both may have passed; the one that came first is the reason.
    const qint64 idleEnd = std::max(session.createdAtMs, session.lastRefreshAtMs) + idleMs();
    const qint64 maxEnd = session.createdAtMs + maxMs();
    return idleEnd <= maxEnd ? End::Idle : End::MaxAge;
}

QString SessionLifetime::describe(End end) const
{
    switch (end) {
    case End::Idle:
        return idleDays == 1
                   ? QStringLiteral("The session ended after 1 day without use.")
                   : QStringLiteral("The session ended after %1 days without use.").arg(idleDays);
    case End::MaxAge:
        return maxDays == 1 ? QStringLiteral("The session ended: a session lasts at most 1 day.")
                            : QStringLiteral("The session ended: a session lasts at most %1 days.")
                                  .arg(maxDays);
    case End::None:
        break;
    }
    return {};
}
