#pragma once

#include "TaskPageCache.h"
#include "http/HttpResponse.h"
#include "http/RequestContext.h"

class Router;
struct ServerServices;
struct Task;

// The task API: list (cursor pages), search, create, read, update with If-Match, delete.
class TasksEndpoint
{
public:
    explicit TasksEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

private:
    HttpResponse list(RequestContext &context);
    HttpResponse search(RequestContext &context);
    HttpResponse create(RequestContext &context);
    HttpResponse get(RequestContext &context);
    HttpResponse update(RequestContext &context);
    HttpResponse remove(RequestContext &context);

    HttpResponse page(const Principal &principal, const QHash<QString, QJsonValue> &params);
    static QByteArray pageBody(const QList<QByteArray> &items, const QString &cursor);
    Task existing(const QString &ownerId, const QString &id);
    // Throws 412 when an If-Match header is present and names another version.
    static void checkIfMatch(const RequestContext &context, const Task &current);
    static HttpResponse withEtag(HttpResponse response, const Task &task);

    ServerServices &m_services;
    TaskPageCache m_pages;
};
