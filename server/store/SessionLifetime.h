#pragma once

#include <QString>

struct Session;

// How long a session lives (docs/api.md 12.5): it ends `idleDays` after its last refresh (its
// creation counts as one) and at the latest `maxDays` after it was created, whichever comes
// first. The end is worked out from the session's times and these settings when it is needed,
// never stored: it is a matter of the clock, not of a commit, so cached look-ups stay right.
struct SessionLifetime
{
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

    int idleDays = 30;
    int maxDays = 90;

    enum class End { None, Idle, MaxAge };

    qint64 idleMs() const { return idleDays * DayMs; }
    qint64 maxMs() const { return maxDays * DayMs; }

    // When the session ends by time (it may have been revoked before).
    qint64 endsAtMs(qint64 createdAtMs, qint64 lastRefreshAtMs) const;
    qint64 endsAtMs(const Session &session) const;
    // Which limit has ended the session by `nowMs`, if any.
    End endOf(const Session &session, qint64 nowMs) const;
    // The sentence an ended session's refresh answers with (error_description).
    QString describe(End end) const;
};
