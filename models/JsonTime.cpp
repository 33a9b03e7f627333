#include "JsonTime.h"

namespace JsonTime {

QJsonValue fromDateTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return QJsonValue::Null;
    return instant.toUTC().toString(Qt::ISODateWithMs);
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
    return date.toString(Qt::ISODate);
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
