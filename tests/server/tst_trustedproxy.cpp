// --trusted-proxy: X-Forwarded-For and Forwarded (RFC 7239) name the client only when the peer is
// a trusted proxy, the client is the right-most address that is not itself a trusted proxy, and
// that address is what the per-address rate limit and the sessions list see.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString Password = QStringLiteral("proxy-test-password");

using Headers = HttpClient::Headers;

Headers xff(const QByteArray &value)
{
    return {{"X-Forwarded-For", value}};
}

Headers forwarded(const QByteArray &value)
{
    return {{"Forwarded", value}};
}

} // namespace

class tst_TrustedProxy : public QObject
{
    Q_OBJECT

private slots:
    void forwardedHeadersFromAnUntrustedPeerAreIgnored()
    {
        TestServer server({QStringLiteral("--rate-limit-ip"), QStringLiteral("2")});
        QVERIFY(server.start());
        // Three "clients" by their headers are one peer, 127.0.0.1, with one budget of two.
        QCOMPARE(status(server, xff("198.51.100.1")), 401);
        QCOMPARE(status(server, forwarded("for=198.51.100.2")), 401);
        QCOMPARE(status(server, xff("198.51.100.3")), 429);
    }

    void trustedProxyNamesTheClientForTheRateLimit()
    {
        TestServer server({QStringLiteral("--rate-limit-ip"), QStringLiteral("2"),
                           QStringLiteral("--trusted-proxy"), QStringLiteral("10.9.0.0/16"),
                           QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1/32")});
        QVERIFY(server.start());
        // Each forwarded client has a budget of its own.
        QCOMPARE(status(server, xff("198.51.100.1")), 401);
        QCOMPARE(status(server, xff("198.51.100.1")), 401);
        QCOMPARE(status(server, xff("198.51.100.1")), 429);
        QCOMPARE(status(server, xff("198.51.100.2")), 401);
        // RFC 7239 Forwarded, with a quoted IPv6 node and port, and other parameters.
        QCOMPARE(status(server, forwarded("for=198.51.100.3;proto=https")), 401);
        QCOMPARE(status(server, forwarded("For=\"198.51.100.3:4711\"")), 401);
        QCOMPARE(status(server, forwarded("for=198.51.100.3")), 429);
        QCOMPARE(status(server, forwarded("for=\"[2001:db8::7]:4711\"")), 401);

        // A client cannot pick another budget by writing addresses in front of its own: each
        // hop appends, so the right-most address not of a trusted proxy is the client's.
        QCOMPARE(status(server, xff("198.51.100.77, 198.51.100.1")), 429);
        QCOMPARE(status(server, forwarded("for=198.51.100.77, for=198.51.100.3")), 429);
        // Trusted hops (127.0.0.1, 10.9.0.0/16) are passed over, right to left.
        QCOMPARE(status(server, xff("198.51.100.1, 10.9.3.4, 127.0.0.1")), 429);
        QCOMPARE(status(server, xff("203.0.113.5, 198.51.100.4, 10.9.3.4")), 401);
        QCOMPARE(status(server, xff("198.51.100.4")), 401);
        QCOMPARE(status(server, xff("198.51.100.4")), 429);

        // Without headers, and with values that are not addresses, the client is the proxy
        // itself: never the garbage, never an address to the left of it.
        QCOMPARE(status(server, {}), 401);
        QCOMPARE(status(server, {}), 401);
        QCOMPARE(status(server, xff("not-an-address")), 429);
        QCOMPARE(status(server, xff("198.51.100.9, 198.51.100.300")), 429);
        QCOMPARE(status(server, forwarded("for=unknown")), 429);
        QCOMPARE(status(server, forwarded("for=_hidden, for=198.51.100.9;for=198.51.100.8")), 429);
        // X-Forwarded-For wins over Forwarded when both come (what common proxies append).
        QCOMPARE(status(server,
                        {{"X-Forwarded-For", "198.51.100.10"}, {"Forwarded", "for=198.51.100.1"}}),
                 401);
    }

    void sessionsShowTheForwardedClient()
    {
        TestServer untrusted(TestServer::highRateLimits());
        QVERIFY(untrusted.start());
        QCOMPARE(sessionIp(untrusted), QStringLiteral("127.0.0.1"));
        if (QTest::currentTestFailed())
            return;
        TestServer trusted(
            TestServer::highRateLimits() +
            QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")});
        QVERIFY(trusted.start());
        QCOMPARE(sessionIp(trusted), QStringLiteral("203.0.113.9"));
    }

    void badTrustedProxyIsRefusedAtStart()
    {
        for (const QString &value :
             {QStringLiteral("10.0.0.0/33"), QStringLiteral("proxy.lan"), QStringLiteral("")}) {
            TestServer server({QStringLiteral("--trusted-proxy"), value});
            QVERIFY(!server.start());
            QVERIFY2(server.output().contains("--trusted-proxy needs an address or CIDR"),
                     server.output().constData());
        }
    }

private:
    int status(const TestServer &server, const Headers &headers)
    {
        return m_http.get(server.url(QStringLiteral("/v1/me")), headers).status;
    }

    // Signs in, then lists the sessions through a proxy that forwards for 203.0.113.9.
    QString sessionIp(const TestServer &server)
    {
        if (!server.createUser(QStringLiteral("pat"), Password))
            return {};
        OAuthTestClient client(server);
        const QString token = client.signIn(QStringLiteral("pat"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        Headers headers = HttpClient::bearer(token);
        headers.append(qMakePair(QByteArray("X-Forwarded-For"), QByteArray("203.0.113.9")));
        const auto reply = m_http.get(server.url(QStringLiteral("/v1/me/sessions")), headers);
        if (reply.status != 200)
            return QString::number(reply.status);
        for (const auto &item : reply.json().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("current")).toBool())
                return item.toObject().value(QStringLiteral("ip")).toString();
        }
        return {};
    }

    HttpClient m_http;
};

QTEST_GUILESS_MAIN(tst_TrustedProxy)
#include "tst_trustedproxy.moc"
