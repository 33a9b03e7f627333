#pragma once

#include "HttpResponse.h"
#include "RequestContext.h"

#include <QFuture>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// Maps method + path pattern ("/v1/tasks/{id}") to a handler. A handler answers at once;
// an async handler answers with a future, for slow work such as password hashing.
class Router
{
public:
    using Handler = std::function<HttpResponse(RequestContext &)>;
    using AsyncHandler = std::function<QFuture<HttpResponse>(RequestContext &)>;

    struct Match
    {
        const Handler *handler = nullptr;
        const AsyncHandler *asyncHandler = nullptr;
        QHash<QString, QString> params;
        QStringList allowedMethods; // filled when the path exists but the method does not
    };

    void add(RequestContext::Method method, const QString &pattern, Handler handler);
    void addAsync(RequestContext::Method method, const QString &pattern, AsyncHandler handler);

    Match match(RequestContext::Method method, const QString &path) const;

private:
    struct Route
    {
        RequestContext::Method method;
        QStringList segments;
        Handler handler;
        AsyncHandler asyncHandler;
    };

    static std::optional<QHash<QString, QString>> matchSegments(const QStringList &pattern,
                                                                const QStringList &path);

    std::vector<Route> m_routes;
};
