#include "AdminAuditEndpoint.h"

#include "JsonTime.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/ListQuery.h"
#include "http/Router.h"
#include "oauth/Scopes.h"

#include <QJsonArray>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

AdminAuditEndpoint::AdminAuditEndpoint(ServerServices &services)
    : m_services(services)
{}

void AdminAuditEndpoint::registerRoutes(Router &router)
{
    router.add(RequestContext::Method::Get, QStringLiteral("/v1/admin/audit"),
               [this](RequestContext &c) { return list(c); });
}

QJsonObject AdminAuditEndpoint::toJson(const AuditEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("occurredAt"),
         JsonTime::fromDateTime(JsonTime::fromMsecs(entry.occurredAtMs))},
        {QStringLiteral("adminId"), textOrNull(entry.adminId)},
        {QStringLiteral("adminUsername"), entry.adminUsername},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("targetUserId"), entry.targetUserId},
        {QStringLiteral("targetUsername"), entry.targetUsername},
        {QStringLiteral("details"), entry.details},
        {QStringLiteral("ip"), textOrNull(entry.ip)},
        {QStringLiteral("userAgent"), textOrNull(entry.userAgent)},
    };
}

HttpResponse AdminAuditEndpoint::list(RequestContext &context)
{
    m_services.guard.require(context, Scopes::Admin);
    QJsonArray errors;
    const int limit = ListQuery::limit(context, DefaultLimit, MaxLimit, errors);
    ListQuery::TimePosition before;
    const QString cursor = ListQuery::single(context, QStringLiteral("cursor"), errors);
    if (!cursor.isEmpty()) {
        const auto position = ListQuery::parseTimeCursor(cursor);
        if (!position)
            errors.append(ListQuery::badCursor());
        else
            before = *position;
    }
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The list parameters are not valid."), errors);

    // One more than asked tells whether another page follows.
    auto entries = m_services.auditLog.list(limit + 1, before.ms, before.id);
    QJsonValue nextCursor(QJsonValue::Null);
    if (entries.size() > limit) {
        entries.resize(limit);
        nextCursor = ListQuery::timeCursor({entries.last().occurredAtMs, entries.last().id});
    }
    QJsonArray items;
    for (const AuditEntry &entry : entries)
        items.append(toJson(entry));
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), nextCursor}});
}
