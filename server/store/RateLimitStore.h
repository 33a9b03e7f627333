#pragma once

#include <QString>

#include <optional>

class Database;

// Table rate_limits: one fixed-window counter per bucket ("<limiter>:<key>"), shared by every
// server instance on the database (docs/admin.md, "State shared by instances"). Each change is
// one statement, atomic on SQLite and PostgreSQL alike, so instances counting at the same time
// never lose a count and never fail on each other's rows. Rows whose window has ended are
// removed by SpentRowPurge.
class RateLimitStore
{
public:
    struct Window
    {
        int hits = 0;
        qint64 endsAtMs = 0;
    };

    explicit RateLimitStore(Database &db);

    // Adds `hits` to the bucket's window, or starts a new window of `windowMs` at `nowMs` with
    // them when the current one has ended (or there is none). Returns the window after the change.
    Window add(const QString &bucket, int hits, qint64 nowMs, qint64 windowMs);
    // Takes one hit back from the bucket's current window; nothing when it has none left.
    void giveBack(const QString &bucket, qint64 nowMs);
    // The bucket's current window; nullopt when it has none (or it has ended).
    std::optional<Window> find(const QString &bucket, qint64 nowMs);
    void remove(const QString &bucket);

private:
    Database &m_db;
};
