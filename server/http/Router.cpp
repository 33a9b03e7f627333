#include "Router.h"

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString methodName(RequestContext::Method method)
{
    RequestContext context(method, QUrl(), {}, {});
    return context.methodName();
}

} // namespace

void Router::add(RequestContext::Method method, const QString &pattern, Handler handler)
{
    m_routes.push_back({method, splitPath(pattern), std::move(handler), {}});
}

void Router::addAsync(RequestContext::Method method, const QString &pattern, AsyncHandler handler)
{
    m_routes.push_back({method, splitPath(pattern), {}, std::move(handler)});
}

Router::Match Router::match(RequestContext::Method method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    // HEAD is answered by the GET handler; the adapter drops the body.
    const auto effective =
        method == RequestContext::Method::Head ? RequestContext::Method::Get : method;
    for (const Route &route : m_routes) {
        auto params = matchSegments(route.segments, segments);
        if (!params)
            continue;
        if (route.method != effective) {
            result.allowedMethods.append(methodName(route.method));
            continue;
        }
        result.params = std::move(*params);
        result.handler = route.handler ? &route.handler : nullptr;
        result.asyncHandler = route.asyncHandler ? &route.asyncHandler : nullptr;
        result.allowedMethods.clear();
        return result;
    }
    return result;
}

std::optional<QHash<QString, QString>> Router::matchSegments(const QStringList &pattern,
                                                             const QStringList &path)
{
    if (pattern.size() != path.size())
        return std::nullopt;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &expected = pattern.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}'))) {
            params.insert(expected.mid(1, expected.size() - 2), path.at(i));
        } else if (expected != path.at(i)) {
            return std::nullopt;
        }
    }
    return params;
}
