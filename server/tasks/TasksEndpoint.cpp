#include "TasksEndpoint.h"

#include "ServerServices.h"
#include "TaskInput.h"
#include "TaskListParams.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"

TasksEndpoint::TasksEndpoint(ServerServices &services)
    : m_services(services)
{}

void TasksEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/tasks"), [this](RequestContext &c) { return list(c); });
    router.add(M::Post, QStringLiteral("/v1/tasks"),
               [this](RequestContext &c) { return create(c); });
    router.add(M::Post, QStringLiteral("/v1/tasks/search"),
               [this](RequestContext &c) { return search(c); });
    router.add(M::Get, QStringLiteral("/v1/tasks/{id}"),
               [this](RequestContext &c) { return get(c); });
    router.add(M::Patch, QStringLiteral("/v1/tasks/{id}"),
               [this](RequestContext &c) { return update(c); });
    router.add(M::Delete, QStringLiteral("/v1/tasks/{id}"),
               [this](RequestContext &c) { return remove(c); });
}

HttpResponse TasksEndpoint::page(const Principal &principal,
                                 const QHash<QString, QJsonValue> &params)
{
    const QString cacheKey = TaskPageCache::key(principal.user.id, params);
    if (auto body = m_pages.find(cacheKey, principal.tasksVersion))
        return HttpResponse(200, "application/json", *std::move(body));

    QJsonArray errors;
    const TaskQuery query = TaskListParams::parse(principal.user.id, params, errors);
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The list parameters are not valid."), errors);
    const TaskPage result = m_services.tasks.list(query);
    const QString cursor =
        result.hasMore ? TaskListParams::cursorAfter(result.lastSortValue, result.lastId, query)
                       : QString();
    QByteArray body = pageBody(result.items, cursor);
    m_pages.insert(cacheKey, principal.tasksVersion, body);
    return HttpResponse(200, "application/json", std::move(body));
}

QByteArray TasksEndpoint::pageBody(const QList<QByteArray> &items, const QString &cursor)
{
    // {"items":[...],"nextCursor":...} written around the stored task JSON: parsing it into
    // QJsonObjects only to serialise it again would cost more than the rest of the request.
    constexpr QByteArrayView Head(R"({"items":[)");
    constexpr QByteArrayView NoCursor(R"(],"nextCursor":null})");
    qsizetype size = Head.size() + NoCursor.size() + cursor.size() + 2;
    for (const QByteArray &item : items)
        size += item.size() + 1;
    QByteArray body;
    body.reserve(size);
    body.append(Head);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            body.append(',');
        body.append(items.at(i));
    }
    if (cursor.isEmpty()) {
        body.append(NoCursor);
    } else {
        // A cursor is base64url: nothing in it needs escaping inside a JSON string.
        body.append(R"(],"nextCursor":")");
        body.append(cursor.toLatin1());
        body.append(R"("})");
    }
    return body;
}

HttpResponse TasksEndpoint::list(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::TasksRead);
    QHash<QString, QJsonValue> params;
    const auto &items = context.queryItems();
    for (const auto &[name, value] : items) {
        if (params.contains(name))
            throw ApiError::validation(QStringLiteral("The list parameters are not valid."),
                                       {QJsonObject{{QStringLiteral("field"), name},
                                                    {QStringLiteral("message"),
                                                     QStringLiteral("Given more than once.")}}});
        params.insert(name, value);
    }
    return page(principal, params);
}

HttpResponse TasksEndpoint::search(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::TasksRead);
    const QJsonObject body = context.jsonBody();
    static const QStringList known{QStringLiteral("status"), QStringLiteral("q"),
                                   QStringLiteral("sort"), QStringLiteral("cursor"),
                                   QStringLiteral("limit")};
    QJsonArray unknown;
    QHash<QString, QJsonValue> params;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(
                QJsonObject{{QStringLiteral("field"), it.key()},
                            {QStringLiteral("message"), QStringLiteral("Unknown field.")}});
        params.insert(it.key(), it.value());
    }
    if (!unknown.isEmpty())
        throw ApiError::validation(QStringLiteral("The search has unknown fields."), unknown);
    return page(principal, params);
}

HttpResponse TasksEndpoint::create(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::TasksWrite);
    const QJsonObject body = context.jsonBody();
    Task task;
    const QJsonArray errors = TaskInput::apply(body, task, true);
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The task is not valid."), errors);
    const Task created = m_services.tasks.insert(principal.user.id, task);
    HttpResponse response = withEtag(HttpResponse::json(created.toJson(), 201), created);
    response.setHeader("Location", "/v1/tasks/" + created.id.toUtf8());
    return response;
}

Task TasksEndpoint::existing(const QString &ownerId, const QString &id)
{
    const auto task = m_services.tasks.find(ownerId, id);
    if (!task)
        throw ApiError::notFound(QStringLiteral("No task with this id."));
    return *task;
}

HttpResponse TasksEndpoint::get(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::TasksRead);
    const Task task = existing(principal.user.id, context.pathParam(QStringLiteral("id")));
    return withEtag(HttpResponse::json(task.toJson()), task);
}

HttpResponse TasksEndpoint::update(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::TasksWrite);
    const QJsonObject body = context.jsonBody();
    const Task current = existing(principal.user.id, context.pathParam(QStringLiteral("id")));
    checkIfMatch(context, current);
    Task changed = current;
    const QJsonArray errors = TaskInput::apply(body, changed, false);
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The task is not valid."), errors);
    if (changed == current)
        return withEtag(HttpResponse::json(current.toJson()), current); // nothing to save
    const auto saved = m_services.tasks.update(principal.user.id, changed, current.version);
    if (!saved)
        throw ApiError::preconditionFailed(
            QStringLiteral("The task changed while this edit was being saved; "
                           "reload it and apply the edit again."));
    return withEtag(HttpResponse::json(saved->toJson()), *saved);
}

HttpResponse TasksEndpoint::remove(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::TasksWrite);
    const Task current = existing(principal.user.id, context.pathParam(QStringLiteral("id")));
    checkIfMatch(context, current);
    if (!m_services.tasks.remove(principal.user.id, current.id))
        throw ApiError::notFound(QStringLiteral("No task with this id."));
    return HttpResponse::noContent();
}

void TasksEndpoint::checkIfMatch(const RequestContext &context, const Task &current)
{
    const QByteArray ifMatch = context.header("if-match").trimmed();
    if (ifMatch.isEmpty() || ifMatch == "*")
        return;
    const auto tags = ifMatch.split(',');
    for (const QByteArray &tag : tags) {
        if (tag.trimmed() == current.etag())
            return;
    }
    throw ApiError::preconditionFailed(
        QStringLiteral("The task was changed elsewhere since you loaded it "
                       "(If-Match does not match its ETag)."));
}

HttpResponse TasksEndpoint::withEtag(HttpResponse response, const Task &task)
{
    response.setHeader("ETag", task.etag());
    return response;
}
