#include "JsonTime.h"

#include <array>

namespace JsonTime {

namespace {

constexpr qint64 MsecsPerDay = 24 * 60 * 60 * 1000;
// 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z: the years the fixed-width wire format
// can write (QDate has no year 0). Outside them Qt's own formatting decides, as it always did.
constexpr qint64 FirstFormattedMsecs = -62'135'596'800'000;
constexpr qint64 LastFormattedMsecs = 253'402'300'799'999;

struct CivilDate
{
    int year;
    int month;
    int day;
};

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
// Formatting timestamps by hand is the hot path of every task list: QDateTime::toString goes
// through the locale machinery and costs far more than the arithmetic.
constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<int>(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int shiftedMonth = (5 * dayOfYear + 2) / 153; // March is 0
    const int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const auto year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

// Writes `value` as `width` decimal digits (zero-padded) and returns the end.
char16_t *writeDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

char16_t *writeDate(char16_t *out, int year, int month, int day)
{
    out = writeDigits(out, year, 4);
    *out++ = u'-';
    out = writeDigits(out, month, 2);
    *out++ = u'-';
    return writeDigits(out, day, 2);
}

QString formatInstant(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch < FirstFormattedMsecs || msecsSinceEpoch > LastFormattedMsecs)
        return fromMsecs(msecsSinceEpoch).toString(Qt::ISODateWithMs);
    // Floor division, so instants before 1970 land on the right day.
    qint64 days = msecsSinceEpoch / MsecsPerDay;
    qint64 msecOfDay = msecsSinceEpoch % MsecsPerDay;
    if (msecOfDay < 0) {
        msecOfDay += MsecsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    const auto msec = static_cast<int>(msecOfDay);

    std::array<char16_t, 24> text; // YYYY-MM-DDTHH:MM:SS.mmmZ
    char16_t *out = writeDate(text.data(), date.year, date.month, date.day);
    *out++ = u'T';
    out = writeDigits(out, msec / 3'600'000, 2);
    *out++ = u':';
    out = writeDigits(out, msec / 60'000 % 60, 2);
    *out++ = u':';
    out = writeDigits(out, msec / 1000 % 60, 2);
    *out++ = u'.';
    out = writeDigits(out, msec % 1000, 3);
    *out = u'Z';
    return QString(reinterpret_cast<const QChar *>(text.data()), qsizetype(text.size()));
}

} // namespace

QJsonValue fromDateTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return QJsonValue::Null;
    return formatInstant(instant.toMSecsSinceEpoch());
}

QDateTime toDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonValue fromDate(const QDate &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    if (date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    std::array<char16_t, 10> text; // YYYY-MM-DD
    writeDate(text.data(), date.year(), date.month(), date.day());
    return QString(reinterpret_cast<const QChar *>(text.data()), qsizetype(text.size()));
}

QDate toDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime fromMsecs(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
}

} // namespace JsonTime
