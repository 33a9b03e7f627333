#pragma once

#include "HttpOptions.h"
#include "HttpResponse.h"
#include "RequestContext.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QLoggingCategory>

#include <deque>
#include <optional>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// The one adapter around QHttpServer (a technology preview in 6.4, whose API changes in 6.8).
// It keeps the sockets, on its own thread: it turns each request into a RequestContext, hands
// it to the WorkerPool (whose Dispatchers ask the Router, render thrown errors and add the
// common headers) and writes the answers. Answers are written in the order of the requests on
// their connection: Qt 6.4 hands over the requests a client pipelines one after the other, and
// workers may finish them in any order. Its ConnectionGuard keeps the connections (timeouts,
// per-address cap, Connection: close and HTTP/1.0), and the client's address comes from
// TrustedProxies.
class ConnectionGuard;
class WorkerPool;

class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(WorkerPool &workers, QObject *parent = nullptr);

    // Before listenOn().
    void setOptions(HttpOptions options) { m_options = std::move(options); }
    // Returns the bound port, or 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);

    // Writes what is in the sockets' buffers now, without waiting: for the answers of the last
    // requests, at shutdown.
    void flushConnections();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // A request handed to the workers, until its answer is written.
    struct InFlight
    {
        quint64 ticket = 0;
        bool head = false; // HEAD: the answer goes without its body
        QByteArray requestId;
        QString methodName;
        QString path;
        std::optional<HttpResponse> answer;
    };
    // The requests of one connection in the order they came.
    struct Connection
    {
        const QHttpServerRequest *request = nullptr; // QAbstractHttpServer's, one per socket
        std::deque<InFlight> inFlight;
        bool closing = false; // a request that closes the connection came: later ones are dropped
    };

    void answered(QTcpSocket *socket, quint64 ticket, HttpResponse response);
    void send(QTcpSocket *socket, const Connection &connection, const InFlight &request,
              const HttpResponse &response);
    // Writes a 408 for a request that did not arrive in time, before the guard closes it.
    void answerTimedOut(QTcpSocket *socket);

    WorkerPool &m_workers;
    HttpOptions m_options;
    ConnectionGuard *m_guard = nullptr; // a child
    std::unordered_map<QTcpSocket *, Connection> m_connections;
    quint64 m_nextTicket = 0;
};
