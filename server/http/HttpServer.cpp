#include "HttpServer.h"

#include "ApiError.h"
#include "ConnectionGuard.h"
#include "Dispatcher.h"
#include "ErrorResponses.h"
#include "WorkerPool.h"

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

HttpServer::HttpServer(WorkerPool &workers, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_workers(workers)
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
    auto [entry, added] = m_connections.try_emplace(socket);
    if (added) {
        // QAbstractHttpServer deletes a socket (deleteLater) when its client is gone; answers
        // still on their way for it are dropped.
        connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.erase(socket); });
    }
    Connection &connection = entry->second;
    // RFC 9112 section 9.6: after a request that closes the connection, the server "MUST NOT
    // process any further requests received on that connection". Dropping them here, before the
    // workers see them, also keeps an answer from reaching the client when the closing answer
    // went out before Qt handed this request over.
    if (connection.closing) {
        qCInfo(lcHttp) << context.requestId() << context.methodName() << context.path()
                       << "pipelined after Connection: close, not processed";
        return true;
    }
    const bool closes = m_guard && m_guard->requestReceived(socket, context.header("connection"));
    connection.closing = closes;
    connection.request = &request;
    const quint64 ticket = ++m_nextTicket;
    connection.inFlight.push_back({ticket, context.method() == RequestContext::Method::Head,
                                   context.requestId(), context.methodName(), context.path(),
                                   std::nullopt});
    // The pool calls back on this thread; the socket may be gone by then.
    QPointer<QTcpSocket> guardedSocket(socket);
    const QByteArray requestId = context.requestId();
    m_workers.submit(std::move(context),
                     [this, guardedSocket, ticket, requestId](HttpResponse response) {
                         if (!guardedSocket) {
                             qCInfo(lcHttp) << requestId << "client left before the reply";
                             return;
                         }
                         answered(guardedSocket, ticket, std::move(response));
                     });
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached: handleRequest answers every request, including unknown paths.
    handleRequest(request, socket);
}

void HttpServer::answered(QTcpSocket *socket, quint64 ticket, HttpResponse response)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    for (InFlight &request : connection.inFlight) {
        if (request.ticket == ticket) {
            request.answer = std::move(response);
            break;
        }
    }
    // Answers go out in request order: one that is ready waits for those before it.
    while (!connection.inFlight.empty() && connection.inFlight.front().answer) {
        const InFlight request = std::move(connection.inFlight.front());
        connection.inFlight.pop_front();
        send(socket, connection, request, *request.answer);
    }
}

void HttpServer::send(QTcpSocket *socket, const Connection &connection, const InFlight &request,
                      const HttpResponse &response)
{
    if (response.status() >= 500 || response.status() == 429 || response.status() == 401)
        qCInfo(lcHttp) << request.requestId << request.methodName << request.path
                       << response.status();
    // A HEAD answer announces the length its GET would send (RFC 9110 section 8.6), then no body.
    const QByteArray body = request.head ? QByteArray() : response.body();
    // The header lines go to the socket as one block between the responder's status line and
    // body: QHttpServerResponder::writeHeader() makes four socket writes per header, and an API
    // response has fifteen headers. The bytes are the same as writeHeader() would write.
    const QByteArray headers =
        headerBlock(response, m_guard ? m_guard->connectionHeader(socket) : QByteArrayView());

    QHttpServerResponder responder = makeResponder(*connection.request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status()));
    socket->write(headers);
    responder.writeBody(body);
    // The guard times the connection again (or closes it) once nothing is left to answer.
    if (m_guard && connection.inFlight.empty())
        m_guard->answered(socket);
}

void HttpServer::flushConnections()
{
    for (const auto &[socket, connection] : m_connections)
        socket->flush();
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
    Dispatcher::finish(context, response);
    socket->write("HTTP/1.1 408 Request Timeout\r\n");
    socket->write(headerBlock(response, "close"));
    socket->write("\r\n");
    socket->write(response.body());
}
