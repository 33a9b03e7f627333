#include "Dispatcher.h"

#include "ApiError.h"
#include "ErrorResponses.h"
#include "HttpServer.h"
#include "store/StoreError.h"

#include <QFuture>

namespace {

bool isApiPath(const QString &path)
{
    return path.startsWith(QLatin1String("/v1/")) || path == QLatin1String("/v1");
}

// The endpoints that answer failures as RFC 6749 errors (docs/api.md 2.2).
bool isOAuthEndpoint(const QString &path)
{
    return path.startsWith(QLatin1String("/oauth2/token")) ||
           path.startsWith(QLatin1String("/oauth2/re")) ||
           path.startsWith(QLatin1String("/oauth2/introspect"));
}

} // namespace

Dispatcher::Dispatcher(Router router, qint64 maxBodyBytes)
    : m_router(std::move(router))
    , m_maxBodyBytes(maxBodyBytes)
{}

void Dispatcher::handle(RequestContext context, const Reply &reply)
{
    const auto match = m_router.match(context.method(), context.path());
    if (!match.asyncHandler) {
        HttpResponse response = dispatch(context);
        finish(context, response);
        reply(std::move(response));
        return;
    }

    QFuture<HttpResponse> future;
    try {
        if (context.body().size() > m_maxBodyBytes)
            throw ApiError(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
                           QStringLiteral("The request body is too large."));
        context.setPathParams(match.params);
        future = (*match.asyncHandler)(context);
    } catch (...) {
        HttpResponse response = renderError(context, std::current_exception());
        finish(context, response);
        reply(std::move(response));
        return;
    }
    future
        .then(&m_continuations,
              [context, reply](HttpResponse response) {
                  finish(context, response);
                  reply(std::move(response));
              })
        .onFailed(&m_continuations, [this, context, reply]() {
            HttpResponse response = renderError(context, std::current_exception());
            finish(context, response);
            reply(std::move(response));
        });
}

HttpResponse Dispatcher::dispatch(RequestContext &context)
{
    HttpResponse response;
    try {
        if (context.body().size() > m_maxBodyBytes) {
            throw ApiError(
                413, QStringLiteral("PAYLOAD_TOO_LARGE"),
                QStringLiteral("The request body is larger than %1 bytes.").arg(m_maxBodyBytes));
        }
        if (context.hasMalformedQuery())
            throw ApiError::badRequest(QStringLiteral("The query string is not valid UTF-8."));
        const auto match = m_router.match(context.method(), context.path());
        if (match.handler) {
            context.setPathParams(match.params);
            response = (*match.handler)(context);
        } else if (!match.allowedMethods.isEmpty()) {
            ApiError error(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                           QStringLiteral("%1 is not allowed here.").arg(context.methodName()));
            error.withHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toLatin1());
            throw error;
        } else {
            throw ApiError::notFound(QStringLiteral("No such resource: %1").arg(context.path()));
        }
    } catch (...) {
        response = renderError(context, std::current_exception());
    }
    return response;
}

HttpResponse Dispatcher::renderError(const RequestContext &context, std::exception_ptr error) const
{
    try {
        std::rethrow_exception(error);
    } catch (const ApiError &apiError) {
        if (!isApiPath(context.path()) && apiError.status() == 404) {
            const PageLanguage language = context.pageLanguage();
            return ErrorResponses::page(
                context, 404, language.translate("HttpServer", "Page not found"),
                language.translate("HttpServer", "There is no page at this address."));
        }
        return ErrorResponses::api(context, apiError);
    } catch (const OAuthError &oauthError) {
        return ErrorResponses::oauth(oauthError);
    } catch (const StoreError &storeError) {
        if (storeError.kind() == StoreError::Kind::Unavailable)
            return unavailable(context, storeError);
        qCWarning(lcHttp) << context.requestId() << context.methodName() << context.path()
                          << "failed:" << storeError.what();
    } catch (const std::exception &other) {
        qCWarning(lcHttp) << context.requestId() << context.methodName() << context.path()
                          << "failed:" << other.what();
    } catch (...) {
        qCWarning(lcHttp) << context.requestId() << context.methodName() << context.path()
                          << "failed with an unknown exception";
    }
    if (isOAuthEndpoint(context.path())) {
        return ErrorResponses::oauth(
            OAuthError(QStringLiteral("server_error"), QStringLiteral("The server failed."), 500));
    }
    return ErrorResponses::api(context, ApiError::internal());
}

HttpResponse Dispatcher::unavailable(const RequestContext &context, const StoreError &error) const
{
    // The next statement connects again, so the client may come back at once; a second is
    // enough for a database that is restarting to take connections.
    static const QByteArray RetryAfter("1");
    qCWarning(lcHttp) << context.requestId() << context.methodName() << context.path()
                      << "answered 503:" << error.what();
    HttpResponse response;
    if (isOAuthEndpoint(context.path())) {
        response = ErrorResponses::oauth(OAuthError(
            QStringLiteral("temporarily_unavailable"),
            QStringLiteral("The server cannot reach its database right now; try again shortly."),
            503));
    } else {
        response = ErrorResponses::api(
            context, ApiError(503, QStringLiteral("SERVICE_UNAVAILABLE"),
                              QStringLiteral("The server cannot reach its database right now; "
                                             "try again shortly.")));
    }
    response.setHeader("Retry-After", RetryAfter);
    return response;
}

void Dispatcher::finish(const RequestContext &context, HttpResponse &response)
{
    // Built once: a QByteArray from a string literal is an allocation and a copy.
    static const QByteArray RequestId("X-Request-Id"), ContentTypeOptions("X-Content-Type-Options"),
        NoSniff("nosniff"), CacheControl("Cache-Control"), NoStore("no-store");
    response.setHeader(RequestId, context.requestId());
    response.setHeader(ContentTypeOptions, NoSniff);
    if (response.header(CacheControl).isEmpty())
        response.setHeader(CacheControl, NoStore);
    for (const auto &[name, value] : context.extraResponseHeaders())
        response.setHeader(name, value);
}
