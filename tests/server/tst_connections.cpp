// The HTTP layer's connections, over raw sockets against the real server: Connection: close and
// HTTP/1.0 (RFC 9112 section 9.3), the idle and request timeouts, the per-address cap, a
// request the parser cannot read, and clients that hang up mid-request.
#include "HttpClient.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

namespace {

// The parsed answers of a raw connection, in the shape HttpClient gives.
using RawResponse = HttpClient::Reply;

// One client connection that writes bytes as given and reads answers as they come.
class RawConnection
{
public:
    explicit RawConnection(const TestServer &server)
    {
        const QUrl base = server.url();
        m_socket.connectToHost(base.host(), quint16(base.port()));
        m_connected = m_socket.waitForConnected(10000);
    }

    bool isConnected() const { return m_connected; }
    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(10000)) {
        }
    }

    // One complete answer (its Content-Length body included), or nullopt when the connection
    // closed or nothing came within `timeoutMs`.
    std::optional<RawResponse> readResponse(int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            if (auto response = takeResponse())
                return response;
            if (m_socket.state() != QAbstractSocket::ConnectedState ||
                clock.elapsed() >= timeoutMs ||
                !m_socket.waitForReadyRead(int(timeoutMs - clock.elapsed()))) {
                m_buffer += m_socket.readAll();
                return takeResponse();
            }
            m_buffer += m_socket.readAll();
        }
    }

    // Waits for the server to close the connection; false when it is still open after
    // `timeoutMs`. Whatever arrives meanwhile is kept for readResponse().
    bool waitForClose(int timeoutMs = 10000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState) {
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0)
                return false;
            m_socket.waitForReadyRead(int(std::min<qint64>(left, 100)));
            m_buffer += m_socket.readAll();
        }
        m_buffer += m_socket.readAll();
        return true;
    }

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void abort() { m_socket.abort(); }

private:
    std::optional<RawResponse> takeResponse()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawResponse response;
        const QList<QByteArray> lines = m_buffer.first(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                response.headers.append(
                    {lines[i].first(colon).trimmed(), lines[i].sliced(colon + 1).trimmed()});
        }
        const qsizetype length = response.header("Content-Length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = m_buffer.sliced(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

QByteArray request(const QByteArray &version, const QByteArray &extraHeaders = {})
{
    return "GET /healthz " + version + "\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

} // namespace

class tst_Connections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            QStringList{QStringLiteral("--idle-timeout-seconds"), QStringLiteral("2"),
                        QStringLiteral("--request-timeout-seconds"), QStringLiteral("1"),
                        QStringLiteral("--max-connections-per-ip"), QStringLiteral("4")});
        QVERIFY(m_server->start());
    }

    void http10ClosesAfterTheAnswer()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        connection.send(request("HTTP/1.0"));
        const auto response = connection.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Connection"), QByteArray("close"));
        QCOMPARE(response->json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(connection.waitForClose(1000));
    }

    void http10KeepAliveOnRequest()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        connection.send(request("HTTP/1.0", "Connection: Keep-Alive\r\n"));
        const auto first = connection.readResponse();
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(first->header("Connection"), QByteArray("keep-alive"));
        QVERIFY(connection.isOpen());
        connection.send(request("HTTP/1.0"));
        const auto second = connection.readResponse();
        QVERIFY(second);
        QCOMPARE(second->status, 200);
        QCOMPARE(second->header("Connection"), QByteArray("close"));
        QVERIFY(connection.waitForClose(1000));
    }

    void connectionCloseClosesAfterTheAnswer()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        // The option among others and in any case (RFC 9110 section 7.6.1).
        connection.send(request("HTTP/1.1", "Connection: TE, Close\r\n"));
        const auto response = connection.readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Connection"), QByteArray("close"));
        QVERIFY(connection.waitForClose(1000));
    }

    void http11KeepsTheConnectionForMoreRequests()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        for (int i = 0; i < 3; ++i) {
            connection.send(request("HTTP/1.1"));
            const auto response = connection.readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            QVERIFY(response->header("Connection").isEmpty());
            QVERIFY(connection.isOpen());
        }
        // An API answer, too, after the others on the same connection.
        connection.send("GET /v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const auto me = connection.readResponse();
        QVERIFY(me);
        QCOMPARE(me->status, 401);
        QVERIFY(connection.isOpen());
    }

    void idleConnectionIsClosedAfterTheTimeout()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        connection.send(request("HTTP/1.1"));
        QVERIFY(connection.readResponse());
        QElapsedTimer idle;
        idle.start();
        QVERIFY(connection.waitForClose(10000));
        // --idle-timeout-seconds 2; the sweep may add a quarter of the shorter timeout.
        QVERIFY2(idle.elapsed() >= 1900, QByteArray::number(idle.elapsed()).constData());
        QVERIFY2(idle.elapsed() < 4000, QByteArray::number(idle.elapsed()).constData());

        // A connection that never sends anything is idle from the start.
        RawConnection silent(*m_server);
        QVERIFY(silent.isConnected());
        QVERIFY(silent.waitForClose(10000));
        QVERIFY(!silent.readResponse(0));
    }

    void halfSentHeadersAreDroppedAfterTheRequestTimeout()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        QElapsedTimer clock;
        clock.start();
        connection.send("GET /v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: appl");
        QVERIFY(connection.waitForClose(10000));
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 3000,
                 QByteArray::number(clock.elapsed()).constData());
        const auto response = connection.readResponse(0);
        QVERIFY(response);
        QCOMPARE(response->status, 408);
        QCOMPARE(response->header("Connection"), QByteArray("close"));
        QCOMPARE(response->json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("REQUEST_TIMEOUT"));
        QVERIFY(response->header("X-Request-Id").startsWith("req-"));
        QCOMPARE(response->json().value(QStringLiteral("requestId")).toString().toLatin1(),
                 response->header("X-Request-Id"));
    }

    void promisedBodyThatNeverComesIsDropped()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        connection.send("POST /v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        "application/json\r\nContent-Length: 100\r\n\r\n{\"title\":");
        QVERIFY(connection.waitForClose(10000));
        const auto response = connection.readResponse(0);
        QVERIFY(response);
        QCOMPARE(response->status, 408);
    }

    void tricklingRequestIsDroppedAtTheRequestTimeout()
    {
        // A header byte every 100 ms keeps the connection busy, not the request alive: the
        // timeout counts from the request's first byte (slowloris).
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        const QByteArray head =
            "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(200, 'a') +
            "\r\n\r\n";
        QElapsedTimer clock;
        clock.start();
        qsizetype sent = 0;
        while (connection.isOpen() && sent < head.size()) {
            connection.send(head.mid(sent++, 1));
            connection.waitForClose(100); // the pace of the trickle
        }
        QVERIFY2(!connection.isOpen(), "a 20-second trickle was let through");
        QVERIFY2(clock.elapsed() < 3000, QByteArray::number(clock.elapsed()).constData());
        const auto response = connection.readResponse(0);
        QVERIFY(response);
        QCOMPARE(response->status, 408);
    }

    void unparsableRequestIsClosed()
    {
        RawConnection connection(*m_server);
        QVERIFY(connection.isConnected());
        connection.send("THIS IS NOT HTTP\r\n\r\n");
        QVERIFY(connection.waitForClose(3000));
        QVERIFY(!connection.readResponse(0));
        checkServing();
    }

    void connectionsPerAddressAreCapped()
    {
        // --max-connections-per-ip 4.
        std::vector<std::unique_ptr<RawConnection>> open;
        for (int i = 0; i < 4; ++i) {
            open.push_back(std::make_unique<RawConnection>(*m_server));
            QVERIFY(open.back()->isConnected());
            open.back()->send(request("HTTP/1.1"));
            const auto response = open.back()->readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        RawConnection fifth(*m_server);
        fifth.send(request("HTTP/1.1"));
        QVERIFY(fifth.waitForClose(5000));
        QVERIFY(!fifth.readResponse(0));
        // The four still work.
        for (const auto &connection : open) {
            connection->send(request("HTTP/1.1"));
            const auto response = connection->readResponse();
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        // One goes, and its place is free again (once the server has seen it go).
        open.front()->abort();
        // (QTRY evaluates its condition more than once; a connection that answered holds the
        // place until it closes, so the first success is kept.)
        bool answered = false;
        QTRY_VERIFY_WITH_TIMEOUT(answered = answered || answersOnNewConnection(), 5000);
    }

    void clientHangingUpMidRequestDoesNoHarm()
    {
        for (const QByteArray &part :
             {QByteArray("GET /v1/me HTTP/1.1\r\nHo"),
              QByteArray("POST /v1/tasks HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{"),
              QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")}) {
            RawConnection connection(*m_server);
            QVERIFY(connection.isConnected());
            connection.send(part);
            connection.abort();
        }
        checkServing();
    }

private:
    bool answersOnNewConnection()
    {
        RawConnection connection(*m_server);
        connection.send(request("HTTP/1.1"));
        const auto response = connection.readResponse(2000);
        return response && response->status == 200;
    }

    void checkServing()
    {
        HttpClient http;
        QCOMPARE(http.get(m_server->url(QStringLiteral("/healthz"))).status, 200);
    }

    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(tst_Connections)
#include "tst_connections.moc"
