#pragma once

#include "Router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

// The one adapter around QHttpServer (a technology preview in 6.4, whose API changes in 6.8).
// It turns each request into a RequestContext, asks the Router, renders thrown errors in the
// documented shapes and adds the headers every response carries.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(Router router, QObject *parent = nullptr);

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
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
    void finish(const RequestContext &context, HttpResponse &response) const;

    Router m_router;
    qint64 m_maxBodyBytes = 1024 * 1024;
};
