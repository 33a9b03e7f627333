#include "AdminUsersEndpoint.h"

#include "JsonTime.h"
#include "ServerServices.h"
#include "account/PersonalTokensEndpoint.h"
#include "account/SessionsEndpoint.h"
#include "http/ApiError.h"
#include "http/ListQuery.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "store/Ids.h"

#include <QJsonArray>

namespace {

// The users listing's cursor: the sort key of the last user shown, marked so that a cursor of
// another listing is recognised as foreign.
const QByteArray CursorPrefix = "u:";

ApiError noSuchUser()
{
    return ApiError::notFound(QStringLiteral("No user with this id."));
}

QJsonValue instantOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : JsonTime::fromDateTime(JsonTime::fromMsecs(ms));
}

} // namespace

AdminUsersEndpoint::AdminUsersEndpoint(ServerServices &services)
    : m_services(services)
{}

void AdminUsersEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/admin/users"),
               [this](RequestContext &c) { return list(c); });
    router.add(M::Get, QStringLiteral("/v1/admin/users/{id}"),
               [this](RequestContext &c) { return one(c); });
    router.add(M::Get, QStringLiteral("/v1/admin/users/{id}/sessions"),
               [this](RequestContext &c) { return sessions(c); });
    router.add(M::Get, QStringLiteral("/v1/admin/users/{id}/tokens"),
               [this](RequestContext &c) { return tokens(c); });
}

QJsonObject AdminUsersEndpoint::toJson(const UserOverview &overview)
{
    QJsonObject object = overview.user.toJson();
    object.insert(QStringLiteral("twoFactorEnabled"), overview.twoFactorEnabled);
    object.insert(QStringLiteral("activeSessions"), overview.activeSessions);
    object.insert(QStringLiteral("activeTokens"), overview.activeTokens);
    object.insert(QStringLiteral("lastSignInAt"), instantOrNull(overview.lastSignInAtMs));
    return object;
}

HttpResponse AdminUsersEndpoint::list(RequestContext &context)
{
    m_services.guard.require(context, Scopes::Admin);
    QJsonArray errors;
    const int limit = ListQuery::limit(context, DefaultLimit, MaxLimit, errors);
    const QString text =
        ListQuery::single(context, QStringLiteral("q"), errors).trimmed().left(MaxQueryLength);
    QString afterKey;
    const QString cursor = ListQuery::single(context, QStringLiteral("cursor"), errors);
    if (!cursor.isEmpty()) {
        const auto position = ListQuery::decodeCursor(cursor);
        if (!position || !position->startsWith(CursorPrefix) ||
            position->size() == CursorPrefix.size())
            errors.append(ListQuery::badCursor());
        else
            afterKey = QString::fromUtf8(position->mid(CursorPrefix.size()));
    }
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The list parameters are not valid."), errors);

    // One more than asked tells whether another page follows.
    auto users = m_services.userOverviews.search(text, afterKey, limit + 1, Clock::nowMs());
    QJsonValue nextCursor(QJsonValue::Null);
    if (users.size() > limit) {
        users.resize(limit);
        nextCursor = ListQuery::encodeCursor(
            CursorPrefix + UserOverviewStore::sortKey(users.last().user).toUtf8());
    }
    QJsonArray items;
    for (const UserOverview &user : users)
        items.append(toJson(user));
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), nextCursor}});
}

QString AdminUsersEndpoint::requireUserId(const RequestContext &context)
{
    const auto user = m_services.users.findById(context.pathParam(QStringLiteral("id")));
    if (!user)
        throw noSuchUser();
    return user->id;
}

HttpResponse AdminUsersEndpoint::one(RequestContext &context)
{
    m_services.guard.require(context, Scopes::Admin);
    const auto user =
        m_services.userOverviews.find(context.pathParam(QStringLiteral("id")), Clock::nowMs());
    if (!user)
        throw noSuchUser();
    return HttpResponse::json(toJson(*user));
}

HttpResponse AdminUsersEndpoint::sessions(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Admin);
    QJsonArray items;
    const auto sessions = m_services.sessions.listForUser(requireUserId(context));
    for (const Session &session : sessions) {
        QJsonObject item = SessionsEndpoint::toJson(session);
        // As in 12.5: the session of the access token that asks, so an administrator looking
        // at their own account can tell which session revoking would sign out of this app.
        item.insert(QStringLiteral("current"), session.id == principal.sessionId);
        items.append(item);
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse AdminUsersEndpoint::tokens(RequestContext &context)
{
    m_services.guard.require(context, Scopes::Admin);
    QJsonArray items;
    const auto tokens =
        m_services.personalTokens.listForUser(requireUserId(context), Clock::nowMs());
    for (const PersonalAccessToken &token : tokens)
        items.append(PersonalTokensEndpoint::toJson(token));
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}
