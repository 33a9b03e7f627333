#include "RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace RelativeTime {

namespace {

// Every text under the context "RelativeTime", looked up at run time. Literal texts are marked
// where they are written (QCoreApplication::translate, QT_TRANSLATE_NOOP, QT_TRANSLATE_N_NOOP)
// so lupdate finds them.
QString translated(const char *text, int n = -1)
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
            return n == 1 ? translated(one) : translated(many, int(n));
        return n == 1 ? translated(inOne) : translated(inMany, int(n));
    };
    const auto rounded = [seconds](qint64 unitSeconds) {
        return std::max<qint64>(1, (seconds + unitSeconds / 2) / unitSeconds);
    };
    if (const qint64 minutes = rounded(Minute); minutes < 60)
        return unit(minutes, QT_TRANSLATE_NOOP("RelativeTime", "a minute ago"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "%n minutes ago"),
                    QT_TRANSLATE_NOOP("RelativeTime", "in a minute"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "in %n minutes"));
    if (const qint64 hours = rounded(Hour); hours < 24)
        return unit(hours, QT_TRANSLATE_NOOP("RelativeTime", "an hour ago"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "%n hours ago"),
                    QT_TRANSLATE_NOOP("RelativeTime", "in an hour"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "in %n hours"));
    const qint64 days = rounded(Day);
    if (days == 1)
        return past ? QCoreApplication::translate("RelativeTime", "yesterday")
                    : QCoreApplication::translate("RelativeTime", "tomorrow");
    if (days < 45)
        return unit(days, QT_TRANSLATE_NOOP("RelativeTime", "a day ago"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "%n days ago"),
                    QT_TRANSLATE_NOOP("RelativeTime", "in a day"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "in %n days"));
    if (const qint64 months = (days + 15) / 30; months < 12)
        return unit(months, QT_TRANSLATE_NOOP("RelativeTime", "a month ago"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "%n months ago"),
                    QT_TRANSLATE_NOOP("RelativeTime", "in a month"),
                    QT_TRANSLATE_N_NOOP("RelativeTime", "in %n months"));
    return unit(std::max<qint64>(1, (days + 182) / 365),
                QT_TRANSLATE_NOOP("RelativeTime", "a year ago"),
                QT_TRANSLATE_N_NOOP("RelativeTime", "%n years ago"),
                QT_TRANSLATE_NOOP("RelativeTime", "in a year"),
                QT_TRANSLATE_N_NOOP("RelativeTime", "in %n years"));
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
        return QCoreApplication::translate("RelativeTime", "just now");
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
    return QCoreApplication::translate("RelativeTime", "%1 (%2)")
        .arg(describe(when, now), absolute(when));
}

} // namespace RelativeTime
