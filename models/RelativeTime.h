#pragma once

#include <QDateTime>
#include <QString>

// Times in plain words for the account security screens: "3 minutes ago", "in 30 days",
// "yesterday", next to the exact local time, so a user can tell at a glance whether a session
// or a token is fresh without reading a date.
namespace RelativeTime {

// How far `when` is from `now`, in words: "just now", "5 minutes ago", "2 hours ago",
// "yesterday", "4 days ago", "3 months ago", "in 30 days", "tomorrow". Empty for an invalid time.
QString describe(const QDateTime &when, const QDateTime &now);
// The local date and time in the locale's short format ("22 Nov 2026 14:03:00").
QString absolute(const QDateTime &when);
// The local date and time in full, for tooltips ("Sunday, 22 November 2026 14:03:00").
QString full(const QDateTime &when);
// describe() and absolute() together: "5 minutes ago (22 Nov 2026 14:03:00)".
QString describeWithDate(const QDateTime &when, const QDateTime &now);

} // namespace RelativeTime
