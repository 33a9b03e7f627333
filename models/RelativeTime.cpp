#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace RelativeTime {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("RelativeTime", text, nullptr, n);
}

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// "5 minutes" etc. for a span of `seconds` (> 0), rounded to the nearest whole unit the way
// people say it: a token made a moment ago to last 7 days expires "in 7 days", not "in 6 days".
QString span(qint64 seconds, bool past)
{
    const auto unit = [past](qint64 n, const char *one, const char *many, const char *inOne,
                             const char *inMany) {
        if (past)
            return n == 1 ? tr(one) : tr(many, int(n));
        return n == 1 ? tr(inOne) : tr(inMany, int(n));
    };
    const auto rounded = [seconds](qint64 unitSeconds) {
        return std::max<qint64>(1, (seconds + unitSeconds / 2) / unitSeconds);
    };
    if (const qint64 minutes = rounded(Minute); minutes < 60)
        return unit(minutes, "a minute ago", "%n minutes ago", "in a minute", "in %n minutes");
    if (const qint64 hours = rounded(Hour); hours < 24)
        return unit(hours, "an hour ago", "%n hours ago", "in an hour", "in %n hours");
    const qint64 days = rounded(Day);
    if (days == 1)
        return past ? tr("yesterday") : tr("tomorrow");
    if (days < 45)
        return unit(days, "a day ago", "%n days ago", "in a day", "in %n days");
    if (const qint64 months = (days + 15) / 30; months < 12)
        return unit(months, "a month ago", "%n months ago", "in a month", "in %n months");
    return unit(std::max<qint64>(1, (days + 182) / 365), "a year ago", "%n years ago", "in a year",
                "in %n years");
}

} // namespace

QString describe(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    // Clocks of server and app disagree by a few seconds; "in 3 seconds" for something that
    // just happened would only confuse.
    if (seconds > -Minute && seconds < Minute)
        return tr("just now");
    return span(seconds > 0 ? seconds : -seconds, seconds > 0);
}

QString absolute(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString full(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    return QLocale().toString(local.date(), QLocale::LongFormat) + QLatin1Char(' ') +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}

QString describeWithDate(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    return tr("%1 (%2)").arg(describe(when, now), absolute(when));
}

} // namespace RelativeTime
