#include "HttpServer.h"

#include "ApiError.h"
#include "ConnectionGuard.h"
#include "ErrorResponses.h"
#include "store/StoreError.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUuid>

#include <array>
#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "tasklane.server.http")

namespace {

QByteArray newRequestId()
{
    // A version 4 UUID drawn from the seeded generator: a request id must be unique, not secret,
    // and QUuid::createUuid() asks the system generator (RDRAND) on every request.
    std::array<quint64, 2> words;
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    auto *bytes = reinterpret_cast<uchar *>(words.data());
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    const QByteArrayView raw(bytes, sizeof(words));
    return "req-" + QUuid::fromRfc4122(raw).toByteArray(QUuid::WithoutBraces);
}

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

// The header lines of `response` ("Name: value" CRLF each) as one block, with Content-Type,
// Content-Length and, when not empty, Connection.
QByteArray headerBlock(const HttpResponse &response, QByteArrayView connection)
{
    QList<QPair<QByteArrayView, QByteArrayView>> lines;
    lines.reserve(response.headers().size() + 3);
    for (const auto &[name, value] : response.headers())
        lines.append({name, value});
    if (!response.contentType().isEmpty())
        lines.append({"Content-Type", response.contentType()});
    const QByteArray contentLength = QByteArray::number(response.body().size());
    lines.append({"Content-Length", contentLength});
    if (!connection.isEmpty())
        lines.append({"Connection", connection});
    qsizetype size = 0;
    for (const auto &[name, value] : std::as_const(lines))
        size += name.size() + value.size() + 4; // ": " and CRLF
    // Copied in place: QByteArray::append() costs more than the copy itself at this size.
    QByteArray block(size, Qt::Uninitialized);
    char *out = block.data();
    const auto put = [&out](QByteArrayView bytes) {
        std::memcpy(out, bytes.data(), size_t(bytes.size()));
        out += bytes.size();
    };
    for (const auto &[name, value] : std::as_const(lines)) {
        put(name);
        put(": ");
        put(value);
        put("\r\n");
    }
    return block;
}

} // namespace

HttpServer::HttpServer(Router router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router))
{}

quint16 HttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    auto guard = std::make_unique<ConnectionGuard>(m_options, this);
    if (!guard->listen(address, port)) {
        qCCritical(lcHttp) << "cannot listen on" << address << port << guard->errorString();
        return 0;
    }
    m_guard = guard.release();
    connect(m_guard, &ConnectionGuard::requestTimedOut, this, &HttpServer::answerTimedOut);
    bind(m_guard);
    return m_guard->serverPort();
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RequestContext context(request, newRequestId());
    if (!m_options.trustedProxies.isEmpty()) {
        context.setRemoteAddress(m_options.trustedProxies.clientAddress(
            context.remoteAddress(), context.headerValues("x-forwarded-for"),
            context.headerValues("forwarded")));
    }
    if (m_guard)
        m_guard->requestReceived(socket, context.header("connection"));
    const auto match = m_router.match(context.method(), context.path());
    if (!match.asyncHandler) {
        send(request, socket, context, dispatch(context));
        return true;
    }

    QFuture<HttpResponse> future;
    try {
        if (context.body().size() > m_maxBodyBytes)
            throw ApiError(413, QStringLiteral("PAYLOAD_TOO_LARGE"),
                           QStringLiteral("The request body is too large."));
        context.setPathParams(match.params);
        future = (*match.asyncHandler)(context);
    } catch (...) {
        send(request, socket, context, renderError(context, std::current_exception()));
        return true;
    }

    // The request object lives as long as its socket; the QPointer tells us whether the
    // client is still there when the slow work ends.
    QPointer<QTcpSocket> guardedSocket(socket);
    const QHttpServerRequest *requestPtr = &request;
    future
        .then(this,
              [this, guardedSocket, requestPtr, context](HttpResponse response) {
                  if (!guardedSocket) {
                      qCInfo(lcHttp) << context.requestId() << "client left before the reply";
                      return;
                  }
                  send(*requestPtr, guardedSocket, context, std::move(response));
              })
        .onFailed(this, [this, guardedSocket, requestPtr, context]() {
            if (!guardedSocket)
                return;
            send(*requestPtr, guardedSocket, context,
                 renderError(context, std::current_exception()));
        });
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached: handleRequest answers every request, including unknown paths.
    RequestContext context(request, newRequestId());
    send(request, socket, context, dispatch(context));
}

HttpResponse HttpServer::dispatch(RequestContext &context)
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

HttpResponse HttpServer::renderError(const RequestContext &context, std::exception_ptr error) const
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

HttpResponse HttpServer::unavailable(const RequestContext &context, const StoreError &error) const
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

void HttpServer::finish(const RequestContext &context, HttpResponse &response) const
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

void HttpServer::send(const QHttpServerRequest &request, QTcpSocket *socket,
                      const RequestContext &context, HttpResponse response)
{
    finish(context, response);
    if (response.status() >= 500 || response.status() == 429 || response.status() == 401)
        qCInfo(lcHttp) << context.requestId() << context.methodName() << context.path()
                       << response.status();
    // A HEAD answer announces the length its GET would send (RFC 9110 section 8.6), then no body.
    const bool head = context.method() == RequestContext::Method::Head;
    const QByteArray body = head ? QByteArray() : response.body();
    // The header lines go to the socket as one block between the responder's status line and
    // body: QHttpServerResponder::writeHeader() makes four socket writes per header, and an API
    // response has fifteen headers. The bytes are the same as writeHeader() would write.
    const QByteArray headers =
        headerBlock(response, m_guard ? m_guard->connectionHeader(socket) : QByteArrayView());

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status()));
    socket->write(headers);
    responder.writeBody(body);
    if (m_guard)
        m_guard->answered(socket);
}

void HttpServer::answerTimedOut(QTcpSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    // Which request this was is not known yet, so the answer is a /v1 error.
    RequestContext context(RequestContext::Method::Other, QUrl(QStringLiteral("/v1/")), {},
                           newRequestId());
    HttpResponse response = ErrorResponses::api(
        context, ApiError(408, QStringLiteral("REQUEST_TIMEOUT"),
                          QStringLiteral("The request did not arrive in time.")));
    finish(context, response);
    socket->write("HTTP/1.1 408 Request Timeout\r\n");
    socket->write(headerBlock(response, "close"));
    socket->write("\r\n");
    socket->write(response.body());
}
