#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>

class RequestContext;

// The paging parameters of the /v1 listings other than tasks (the security log, the admin
// lists), read from the query string the same way everywhere. Problems are appended to
// `errors` as VALIDATION_FAILED details.
namespace ListQuery {

// The value of `name` (empty when absent); "Given more than once." when repeated.
QString single(const RequestContext &context, const QString &name, QJsonArray &errors);
// `limit`: a whole number from 1 to `maxLimit`; `defaultLimit` when absent or empty.
int limit(const RequestContext &context, int defaultLimit, int maxLimit, QJsonArray &errors);
// The details entry for a cursor the listing did not make.
QJsonObject badCursor();

// Opaque cursors are base64url text, so they travel in a query string unescaped.
QString encodeCursor(const QByteArray &position);
std::optional<QByteArray> decodeCursor(const QString &cursor);

// A position in a listing ordered by (time, time-ordered UUID), newest first.
struct TimePosition
{
    qint64 ms = 0;
    QString id;
};
QString timeCursor(const TimePosition &last);
// nullopt unless `cursor` is what timeCursor() makes.
std::optional<TimePosition> parseTimeCursor(const QString &cursor);

} // namespace ListQuery
