#pragma once

#include "HttpOptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <unordered_map>

class QTcpSocket;

// The listening socket of the HTTP adapter and the keeper of its connections, which
// QAbstractHttpServer 6.4 keeps forever: it refuses a connection over the per-address cap,
// closes a keep-alive connection left idle, drops a request whose headers and body do not
// arrive in time, and knows whether a request's connection persists after the answer
// (RFC 9112 section 9.3: HTTP/1.0 and "Connection: close").
//
// One sweeping timer serves all connections (running only while there are some); a request
// costs two timestamps and a peek at its request line, no timer restarts.
class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    explicit ConnectionGuard(const HttpOptions &options, QObject *parent = nullptr);

    // A complete request arrived on `socket` and goes to its handler; its timeouts stop until
    // answered(). `connectionHeader` is the request's Connection header. Returns whether the
    // connection closes after this request's answer.
    bool requestReceived(QTcpSocket *socket, QByteArrayView connectionHeader);
    // The Connection header the answer carries: "close" when the connection closes after it,
    // "keep-alive" for an HTTP/1.0 request whose connection persists, else nothing.
    QByteArrayView connectionHeader(QTcpSocket *socket) const;
    // The answer is written: the connection closes (after the bytes are sent) or waits idle.
    void answered(QTcpSocket *socket);

    int connectionCount() const { return int(m_connections.size()); }

signals:
    // A request's headers or body did not arrive within the request timeout; the receiver may
    // write a 408 before the connection closes.
    void requestTimedOut(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    enum class Phase : quint8 { Idle, Receiving, Handling, Closing };
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QHostAddress address; // the key in m_perAddress; null for a trusted proxy (not counted)
        qint64 since = 0;     // when the current phase began, on m_clock
        Phase phase = Phase::Idle;
        bool closeAfterAnswer = false;
        bool http10 = false;
        bool requestLineSeen = false;
        quint8 tailSize = 0;
        char tail[9] = {}; // the end of the request line ("HTTP/1.0\r"), which may be split
    };

    void bytesArrived(QTcpSocket *socket);
    void scanRequestLine(QTcpSocket *socket, Connection &connection);
    void forget(QTcpSocket *socket);
    void release(const Connection &connection);
    void sweep();

    HttpOptions m_options;
    QElapsedTimer m_clock;
    QTimer m_sweeper;
    std::unordered_map<QTcpSocket *, Connection> m_connections;
    QHash<QHostAddress, int> m_perAddress;
};
