#include "SecurityEventsEndpoint.h"

#include "JsonTime.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "security/Crypto.h"

#include <QUuid>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString onlyValue(const RequestContext &context, const QString &name, QJsonArray &errors)
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

} // namespace

SecurityEventsEndpoint::SecurityEventsEndpoint(ServerServices &services)
    : m_services(services)
{}

void SecurityEventsEndpoint::registerRoutes(Router &router)
{
    router.add(RequestContext::Method::Get, QStringLiteral("/v1/me/security-events"),
               [this](RequestContext &c) { return list(c); });
}

QJsonObject SecurityEventsEndpoint::toJson(const SecurityEvent &event)
{
    return QJsonObject{
        {QStringLiteral("id"), event.id},
        {QStringLiteral("type"), event.type},
        {QStringLiteral("occurredAt"),
         JsonTime::fromDateTime(JsonTime::fromMsecs(event.occurredAtMs))},
        {QStringLiteral("ip"), textOrNull(event.ip)},
        {QStringLiteral("userAgent"), textOrNull(event.userAgent)},
        {QStringLiteral("sessionId"), textOrNull(event.sessionId)},
        {QStringLiteral("details"), event.details},
    };
}

QString SecurityEventsEndpoint::cursorAfter(const SecurityEvent &last)
{
    return QString::fromLatin1(
        Crypto::base64Url(QByteArray::number(last.occurredAtMs) + ':' + last.id.toLatin1()));
}

QJsonArray SecurityEventsEndpoint::parse(const RequestContext &context, Query &query)
{
    QJsonArray errors;

    const QString limit = onlyValue(context, QStringLiteral("limit"), errors);
    if (!limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > MaxLimit)
            errors.append(
                ApiError::fieldError(QStringLiteral("limit"),
                                     QStringLiteral("A whole number from 1 to %1.").arg(MaxLimit)));
    }

    // Repeatable and comma-separated: type=a&type=b and type=a,b mean the same.
    for (const auto &[key, value] : context.queryItems()) {
        if (key != QLatin1String("type"))
            continue;
        const auto names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &raw : names) {
            const QString name = raw.trimmed();
            if (!SecurityEventType::all().contains(name)) {
                errors.append(ApiError::fieldError(
                    QStringLiteral("type"),
                    QStringLiteral("Unknown type \"%1\"; one of: %2.")
                        .arg(name, SecurityEventType::all().join(QStringLiteral(", ")))));
            } else if (!query.types.contains(name)) {
                query.types.append(name);
            }
        }
    }

    const QString cursor = onlyValue(context, QStringLiteral("cursor"), errors);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.decoded.indexOf(':');
        bool ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok && colon > 0;
        const qint64 ms = ok ? decoded.decoded.left(colon).toLongLong(&ok) : 0;
        const QString id = QString::fromLatin1(decoded.decoded.mid(colon + 1));
        // The id must be one of ours (a UUID) and the instant positive: anything else was not
        // made by cursorAfter.
        const QUuid uuid(id);
        if (!ok || ms <= 0 || uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != id) {
            errors.append(
                ApiError::fieldError(QStringLiteral("cursor"),
                                     QStringLiteral("Not a cursor from this listing; start again "
                                                    "without one.")));
        } else {
            query.beforeMs = ms;
            query.beforeId = id;
        }
    }
    return errors;
}

HttpResponse SecurityEventsEndpoint::list(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    Query query;
    const QJsonArray errors = parse(context, query);
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The list parameters are not valid."), errors);

    // One more than asked tells whether another page follows.
    auto events = m_services.securityEvents.listForUser(
        principal.user.id, query.types, query.limit + 1, query.beforeMs, query.beforeId);
    QJsonValue nextCursor(QJsonValue::Null);
    if (events.size() > query.limit) {
        events.resize(query.limit);
        nextCursor = cursorAfter(events.last());
    }
    QJsonArray items;
    for (const SecurityEvent &event : events)
        items.append(toJson(event));
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), nextCursor}});
}
