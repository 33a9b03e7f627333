#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>

// The wire format for instants and dates, shared by server and app so both sides agree:
// instants are UTC ISO 8601 with milliseconds ("2026-11-22T04:16:09.123Z"), dates "YYYY-MM-DD".
namespace JsonTime {
QJsonValue fromDateTime(const QDateTime &instant);
QDateTime toDateTime(const QJsonValue &value);
QJsonValue fromDate(const QDate &date);
QDate toDate(const QJsonValue &value);
QDateTime fromMsecs(qint64 msecsSinceEpoch);
} // namespace JsonTime
