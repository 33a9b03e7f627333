#include "SecurityEventsEndpoint.h"

#include "JsonTime.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/ListQuery.h"
#include "http/Router.h"
#include "oauth/Scopes.h"

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
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
    return ListQuery::timeCursor({last.occurredAtMs, last.id});
}

QJsonArray SecurityEventsEndpoint::parse(const RequestContext &context, Query &query)
{
    QJsonArray errors;
    query.limit = ListQuery::limit(context, DefaultLimit, MaxLimit, errors);

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

    const QString cursor = ListQuery::single(context, QStringLiteral("cursor"), errors);
    if (!cursor.isEmpty()) {
        const auto position = ListQuery::parseTimeCursor(cursor);
        if (!position) {
            errors.append(ListQuery::badCursor());
        } else {
            query.beforeMs = position->ms;
            query.beforeId = position->id;
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
