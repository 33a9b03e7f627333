#include "ListQuery.h"

#include "ApiError.h"
#include "RequestContext.h"
#include "security/Crypto.h"

#include <QUuid>

namespace ListQuery {

QString single(const RequestContext &context, const QString &name, QJsonArray &errors)
{
    QStringList values;
    for (const auto &[key, value] : context.queryItems()) {
        if (key == name)
            values.append(value);
    }
    if (values.size() > 1)
        errors.append(ApiError::fieldError(name, QStringLiteral("Given more than once.")));
    return values.value(0);
}

int limit(const RequestContext &context, int defaultLimit, int maxLimit, QJsonArray &errors)
{
    const QString text = single(context, QStringLiteral("limit"), errors);
    if (text.isEmpty())
        return defaultLimit;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > maxLimit) {
        errors.append(ApiError::fieldError(
            QStringLiteral("limit"), QStringLiteral("A whole number from 1 to %1.").arg(maxLimit)));
        return defaultLimit;
    }
    return value;
}

QJsonObject badCursor()
{
    return ApiError::fieldError(
        QStringLiteral("cursor"),
        QStringLiteral("Not a cursor from this listing; start again without one."));
}

QString encodeCursor(const QByteArray &position)
{
    return QString::fromLatin1(Crypto::base64Url(position));
}

std::optional<QByteArray> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return decoded.decoded;
}

QString timeCursor(const TimePosition &last)
{
    return encodeCursor(QByteArray::number(last.ms) + ':' + last.id.toLatin1());
}

std::optional<TimePosition> parseTimeCursor(const QString &cursor)
{
    const auto decoded = decodeCursor(cursor);
    if (!decoded)
        return std::nullopt;
    const qsizetype colon = decoded->indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 ms = decoded->left(colon).toLongLong(&ok);
    const QString id = QString::fromLatin1(decoded->mid(colon + 1));
    // The id must be one of ours (a UUID) and the instant positive: anything else was not made
    // by timeCursor.
    const QUuid uuid(id);
    if (!ok || ms <= 0 || uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != id)
        return std::nullopt;
    return TimePosition{ms, id};
}

} // namespace ListQuery
