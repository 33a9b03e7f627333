#include "ConnectionGuard.h"

#include "HttpServer.h"

#include <QTcpSocket>

#include <algorithm>
#include <cstring>

ConnectionGuard::ConnectionGuard(const HttpOptions &options, QObject *parent)
    : QTcpServer(parent)
    , m_options(options)
{
    m_clock.start();
    // A quarter of the shorter timeout, at most a second: a connection is closed between its
    // timeout and a quarter (or a second) later.
    const qint64 shorter =
        qint64(std::min(m_options.idleTimeoutSeconds, m_options.requestTimeoutSeconds)) * 1000;
    m_sweeper.setInterval(int(std::clamp<qint64>(shorter / 4, 50, 1000)));
    connect(&m_sweeper, &QTimer::timeout, this, &ConnectionGuard::sweep);
}

void ConnectionGuard::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = TrustedProxies::normalized(socket->peerAddress());
    QHostAddress counted;
    if (!m_options.trustedProxies.contains(peer)) {
        int &open = m_perAddress[peer];
        if (open >= m_options.maxConnectionsPerIp) {
            qCDebug(lcHttp) << "refused a connection from" << peer << "over"
                            << m_options.maxConnectionsPerIp << "open ones";
            socket->abort();
            delete socket;
            return;
        }
        ++open;
        counted = peer;
    }
    // Not expected (destroyed() erases an entry at once), but an entry left under the address of
    // this new socket must not count twice.
    if (const auto stale = m_connections.find(socket); stale != m_connections.end()) {
        release(stale->second);
        m_connections.erase(stale);
    }
    Connection &connection = m_connections[socket];
    connection.socket = socket;
    connection.address = counted;
    connection.since = m_clock.elapsed();
    // Connected before QAbstractHttpServer connects its own (on newConnection, after this
    // returns), so this slot sees each read before the request parser consumes it.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { bytesArrived(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (!m_sweeper.isActive())
        m_sweeper.start();
    addPendingConnection(socket);
}

void ConnectionGuard::bytesArrived(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    // The parser keeps a read transaction open until a request is complete, so no transaction
    // means these are the first bytes of a new request.
    if (connection.phase == Phase::Idle && !socket->isTransactionStarted()) {
        connection.phase = Phase::Receiving;
        connection.since = m_clock.elapsed();
        connection.requestLineSeen = false;
        connection.http10 = false;
        connection.tailSize = 0;
    }
    if (connection.phase == Phase::Receiving && !connection.requestLineSeen)
        scanRequestLine(socket, connection);
}

void ConnectionGuard::scanRequestLine(QTcpSocket *socket, Connection &connection)
{
    // Only the end of the request line matters ("... HTTP/1.0"); QHttpServerRequest 6.4 does
    // not tell the version. peek() gives the bytes the parser has not read yet.
    char buffer[8192];
    const qint64 size = socket->peek(buffer, sizeof buffer);
    if (size <= 0)
        return;
    const auto *newline = static_cast<const char *>(std::memchr(buffer, '\n', size_t(size)));
    const QByteArrayView bytes(buffer, newline ? newline - buffer : size);
    if (!newline && size == qint64(sizeof buffer)) {
        // A request line longer than this is treated as HTTP/1.1: the timeouts still apply.
        connection.requestLineSeen = true;
        return;
    }
    // Keep the last bytes of (tail + bytes): the line's end may come in a later read.
    constexpr qsizetype Keep = sizeof(connection.tail);
    if (bytes.size() >= Keep) {
        std::memcpy(connection.tail, bytes.data() + bytes.size() - Keep, Keep);
        connection.tailSize = Keep;
    } else {
        char merged[2 * Keep];
        std::memcpy(merged, connection.tail, connection.tailSize);
        std::memcpy(merged + connection.tailSize, bytes.data(), size_t(bytes.size()));
        const qsizetype total = connection.tailSize + bytes.size();
        const qsizetype kept = std::min(total, Keep);
        std::memcpy(connection.tail, merged + total - kept, size_t(kept));
        connection.tailSize = quint8(kept);
    }
    if (!newline)
        return;
    connection.requestLineSeen = true;
    QByteArrayView line(connection.tail, connection.tailSize);
    if (line.endsWith('\r'))
        line.chop(1);
    connection.http10 = line.endsWith("HTTP/1.0");
}

bool ConnectionGuard::requestReceived(QTcpSocket *socket, QByteArrayView connectionHeader)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return false;
    Connection &connection = found->second;
    // Connection is a comma-separated list of case-insensitive options (RFC 9110 section 7.6.1).
    bool close = false, keepAlive = false;
    while (!connectionHeader.isEmpty()) {
        const qsizetype comma = connectionHeader.indexOf(',');
        const QByteArrayView option =
            (comma < 0 ? connectionHeader : connectionHeader.first(comma)).trimmed();
        connectionHeader = comma < 0 ? QByteArrayView() : connectionHeader.sliced(comma + 1);
        close = close || option.compare("close", Qt::CaseInsensitive) == 0;
        keepAlive = keepAlive || option.compare("keep-alive", Qt::CaseInsensitive) == 0;
    }
    // RFC 9112 section 9.3: "close" ends the connection; HTTP/1.0 persists only on request.
    // A request pipelined after one that closes does not keep the connection open.
    const bool closes = close || (connection.http10 && !keepAlive);
    connection.closeAfterAnswer = connection.closeAfterAnswer || closes;
    connection.phase = Phase::Handling;
    return closes;
}

QByteArrayView ConnectionGuard::connectionHeader(QTcpSocket *socket) const
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return {};
    if (found->second.closeAfterAnswer)
        return "close";
    return found->second.http10 ? "keep-alive" : QByteArrayView();
}

void ConnectionGuard::answered(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection &connection = found->second;
    connection.since = m_clock.elapsed();
    if (!connection.closeAfterAnswer) {
        connection.phase = Phase::Idle;
        return;
    }
    connection.phase = Phase::Closing;
    // Closes once the answer is sent; QAbstractHttpServer deletes the socket when it is gone.
    socket->disconnectFromHost();
}

void ConnectionGuard::forget(QTcpSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    release(found->second);
    m_connections.erase(found);
    if (m_connections.empty())
        m_sweeper.stop();
}

void ConnectionGuard::release(const Connection &connection)
{
    if (connection.address.isNull())
        return;
    const auto open = m_perAddress.find(connection.address);
    if (open != m_perAddress.end() && --*open <= 0)
        m_perAddress.erase(open);
}

void ConnectionGuard::sweep()
{
    const qint64 now = m_clock.elapsed();
    const qint64 idleMs = qint64(m_options.idleTimeoutSeconds) * 1000;
    const qint64 requestMs = qint64(m_options.requestTimeoutSeconds) * 1000;
    // Nothing here deletes a socket at once (QAbstractHttpServer uses deleteLater()), so the map
    // does not change under the loop except by its own erase.
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        Connection &connection = it->second;
        QTcpSocket *socket = connection.socket.data();
        if (!socket) {
            release(connection);
            it = m_connections.erase(it);
            continue;
        }
        const qint64 age = now - connection.since;
        if (connection.phase == Phase::Receiving && age >= requestMs) {
            qCDebug(lcHttp) << "request from" << socket->peerAddress() << "incomplete after" << age
                            << "ms";
            connection.phase = Phase::Closing;
            connection.since = now;
            emit requestTimedOut(socket);
            socket->disconnectFromHost();
        } else if (connection.phase == Phase::Idle && age >= idleMs) {
            connection.phase = Phase::Closing;
            connection.since = now;
            socket->disconnectFromHost();
        } else if (connection.phase == Phase::Closing && age >= idleMs) {
            socket->abort(); // a peer that does not read what it is sent
        }
        ++it;
    }
    if (m_connections.empty())
        m_sweeper.stop();
}
