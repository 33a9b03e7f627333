#pragma once

#include "HttpOptions.h"
#include "Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// The one adapter around QHttpServer (a technology preview in 6.4, whose API changes in 6.8).
// It turns each request into a RequestContext, asks the Router, renders thrown errors in the
// documented shapes and adds the headers every response carries. Its ConnectionGuard keeps the
// connections (timeouts, per-address cap, Connection: close and HTTP/1.0), and the client's
// address comes from TrustedProxies.
class ConnectionGuard;
class StoreError;

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(Router router, QObject *parent = nullptr);

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // Before listenOn().
    void setOptions(HttpOptions options) { m_options = std::move(options); }
    // Returns the bound port, or 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);

    // Renders a response for a request that failed before reaching an endpoint, and for tests.
    HttpResponse dispatch(RequestContext &context);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const RequestContext &context,
              HttpResponse response);
    HttpResponse renderError(const RequestContext &context, std::exception_ptr error) const;
    // 503 with Retry-After for a database that cannot be reached right now.
    HttpResponse unavailable(const RequestContext &context, const StoreError &error) const;
    void finish(const RequestContext &context, HttpResponse &response) const;
    // Writes a 408 for a request that did not arrive in time, before the guard closes it.
    void answerTimedOut(QTcpSocket *socket);

    Router m_router;
    qint64 m_maxBodyBytes = 1024 * 1024;
    HttpOptions m_options;
    ConnectionGuard *m_guard = nullptr; // a child
};
