// ServerDiscovery: RFC 8414 metadata from the real tasklane-server, URLs refused before any
// request, and clear errors from servers that answer 404, garbage, incomplete metadata or nothing.
#include "ApiClient.h"
#include "ServerDiscovery.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

// A bare TCP listener on 127.0.0.1:0 that reads each request head and then answers with
// `respond()` and closes, or says nothing at all. Also counts connections, so it can stand in
// as the HTTP proxy that would see any request the client sends.
class RawHttpServer
{
public:
    explicit RawHttpServer(std::function<QByteArray()> respond = {})
        : m_respond(std::move(respond))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    buffer->clear();
                    ++m_requests;
                    if (!m_respond)
                        return; // silent
                    socket->write(m_respond());
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(port())); }
    int requests() const { return m_requests; }
    int connections() const { return m_connections; }

    static QByteArray response(const QByteArray &statusLine, const QByteArray &contentType,
                               const QByteArray &body)
    {
        return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nX-Request-Id: req-raw\r\nConnection: close\r\n\r\n" + body;
    }

private:
    std::function<QByteArray()> m_respond;
    QTcpServer m_server;
    int m_requests = 0;
    int m_connections = 0;
};

// Metadata like tasklane-server's for `base`, to be spoiled by the tests.
QJsonObject metadataFor(const QUrl &base)
{
    const QString b = base.toString();
    return {
        {QStringLiteral("issuer"), b},
        {QStringLiteral("authorization_endpoint"),
         QString(b + QStringLiteral("/oauth2/authorize"))},
        {QStringLiteral("token_endpoint"), QString(b + QStringLiteral("/oauth2/token"))},
        {QStringLiteral("revocation_endpoint"), QString(b + QStringLiteral("/oauth2/revoke"))},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("tasks:read")}},
    };
}

struct Outcome
{
    std::optional<ServerMetadata> metadata;
    std::optional<ApiError> error;
};

Outcome discover(ServerDiscovery &discovery, const QUrl &url)
{
    Outcome outcome;
    bool done = false;
    auto c1 =
        QObject::connect(&discovery, &ServerDiscovery::discovered, [&](const ServerMetadata &m) {
            outcome.metadata = m;
            done = true;
        });
    auto c2 = QObject::connect(&discovery, &ServerDiscovery::failed, [&](const ApiError &e) {
        outcome.error = e;
        done = true;
    });
    discovery.discover(url);
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("discovery did not finish");
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return outcome;
}

} // namespace

class tst_ServerDiscovery : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    // Serves `metadata` (as JSON) and returns the discovery's error for it.
    static ApiError errorFor(const std::function<QJsonObject(const QUrl &)> &metadata)
    {
        QUrl base;
        RawHttpServer raw([&] {
            return RawHttpServer::response(
                "200 OK", "application/json",
                QJsonDocument(metadata(base)).toJson(QJsonDocument::Compact));
        });
        if (!raw.listen())
            return {};
        base = raw.url();
        ApiClient client;
        ServerDiscovery discovery(&client);
        const Outcome outcome = discover(discovery, base);
        if (!outcome.error) {
            qWarning("discovery unexpectedly succeeded");
            return {};
        }
        return *outcome.error;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void discoversTheRealServer_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("as printed") << QString();
        QTest::newRow("trailing slash") << QStringLiteral("/");
    }

    void discoversTheRealServer()
    {
        QFETCH(QString, suffix);
        ApiClient client;
        ServerDiscovery discovery(&client);
        QSignalSpy discovered(&discovery, &ServerDiscovery::discovered);
        QSignalSpy failed(&discovery, &ServerDiscovery::failed);
        discovery.discover(QUrl(m_server.baseUrl() + suffix));
        QVERIFY(discovery.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count() + failed.count(), 1, 30000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? ""
                                  : qPrintable(failed.at(0).at(0).value<ApiError>().debugText()));
        QVERIFY(!discovery.isRunning());
        const auto metadata = discovered.at(0).at(0).value<ServerMetadata>();
        const QString base = m_server.baseUrl();
        QCOMPARE(metadata.issuer, QUrl(base));
        QCOMPARE(metadata.authorizationEndpoint, QUrl(base + QStringLiteral("/oauth2/authorize")));
        QCOMPARE(metadata.tokenEndpoint, QUrl(base + QStringLiteral("/oauth2/token")));
        QCOMPARE(metadata.revocationEndpoint, QUrl(base + QStringLiteral("/oauth2/revoke")));
        QCOMPARE(metadata.registrationEndpoint, QUrl(base + QStringLiteral("/oauth2/register")));
        QVERIFY(metadata.scopes.contains(QStringLiteral("tasks:read")));
        QVERIFY(metadata.scopes.contains(QStringLiteral("account")));
        // RFC 9207: the real server always sends `iss`, so the app will require it.
        QVERIFY(metadata.issParameterSupported);
    }

    void plainHttpToAnotherComputerIsRefusedBeforeAnyRequest()
    {
        // Every request of this client would go through this "proxy", so it sees any attempt.
        RawHttpServer proxy(
            [] { return RawHttpServer::response("502 Bad Gateway", "text/plain", "no"); });
        QVERIFY(proxy.listen());
        ApiClient client;
        client.setTimeout(2s);
        client.networkAccessManager()->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        ServerDiscovery discovery(&client);

        const Outcome refused = discover(discovery, QUrl(QStringLiteral("http://example.org")));
        QVERIFY(refused.error);
        QCOMPARE(refused.error->kind, ApiError::Kind::InvalidUrl);
        QCOMPARE(refused.error->code, ApiError::InsecureUrlCode);
        QVERIFY2(refused.error->message.contains(QStringLiteral("https://example.org")),
                 qPrintable(refused.error->message));
        QVERIFY(refused.error->requestId.isEmpty());
        QTest::qWait(100);
        QCOMPARE(proxy.connections(), 0);

        // The proxy does see a request that is allowed (so the check above means something).
        const Outcome allowed = discover(discovery, QUrl(QStringLiteral("https://example.org")));
        QVERIFY(allowed.error);
        QVERIFY(proxy.connections() > 0);
        QVERIFY(allowed.error->kind != ApiError::Kind::InvalidUrl);
        QVERIFY(!allowed.error->message.isEmpty());
    }

    void serverUrlsAreChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::newRow("https") << QStringLiteral("https://tasks.example.org") << QString();
        QTest::newRow("https path") << QStringLiteral("https://example.org/tasklane") << QString();
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8080") << QString();
        QTest::newRow("loopback /8") << QStringLiteral("http://127.3.2.1:8080") << QString();
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080") << QString();
        QTest::newRow("localhost") << QStringLiteral("http://LocalHost:8080") << QString();
        QTest::newRow("http remote")
            << QStringLiteral("http://example.org") << ApiError::InsecureUrlCode;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10:8080")
                                  << ApiError::InsecureUrlCode;
        QTest::newRow("http any") << QStringLiteral("http://0.0.0.0:8080")
                                  << ApiError::InsecureUrlCode;
        QTest::newRow("http localhost-like")
            << QStringLiteral("http://localhost.example.org") << ApiError::InsecureUrlCode;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << ApiError::InvalidUrlCode;
        QTest::newRow("no scheme") << QStringLiteral("example.org") << ApiError::InvalidUrlCode;
        QTest::newRow("empty") << QString() << ApiError::InvalidUrlCode;
    }

    void serverUrlsAreChecked()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        const auto refused = ServerDiscovery::checkServerUrl(QUrl(url));
        QCOMPARE(refused.has_value(), !code.isEmpty());
        if (refused) {
            QCOMPARE(refused->kind, ApiError::Kind::InvalidUrl);
            QCOMPARE(refused->code, code);
            QVERIFY(!refused->message.isEmpty());
        }
    }

    void metadataUrlFollowsRfc8414()
    {
        QCOMPARE(
            ServerDiscovery::metadataUrl(QUrl(QStringLiteral("https://example.org"))),
            QUrl(QStringLiteral("https://example.org/.well-known/oauth-authorization-server")));
        QCOMPARE(
            ServerDiscovery::metadataUrl(QUrl(QStringLiteral("https://example.org/t1/"))),
            QUrl(QStringLiteral("https://example.org/.well-known/oauth-authorization-server/t1")));
        QCOMPARE(ServerDiscovery::metadataUrl(QUrl(QStringLiteral("http://[::1]:8080"))),
                 QUrl(QStringLiteral("http://[::1]:8080/.well-known/oauth-authorization-server")));
        QCOMPARE(ServerDiscovery::metadataUrl(QUrl(QStringLiteral("http://127.0.0.1:80/?x#y"))),
                 QUrl(QStringLiteral("http://127.0.0.1/.well-known/oauth-authorization-server")));
    }

    void notFoundIsAClearError()
    {
        // The real server has no metadata for a path-prefixed issuer: its HTML 404.
        ApiClient client;
        ServerDiscovery discovery(&client);
        const Outcome outcome = discover(discovery, m_server.url(QStringLiteral("/tasklane")));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error->httpStatus, 404);
        QVERIFY2(outcome.error->message.contains(QStringLiteral("No Tasklane server")),
                 qPrintable(outcome.error->message));
        QVERIFY(outcome.error->requestId.startsWith(QStringLiteral("req-")));

        // The same from a bare listener.
        RawHttpServer raw(
            [] { return RawHttpServer::response("404 Not Found", "text/plain", "nothing here"); });
        QVERIFY(raw.listen());
        const Outcome rawOutcome = discover(discovery, raw.url());
        QVERIFY(rawOutcome.error);
        QVERIFY(rawOutcome.error->isHttp(404));
        QVERIFY(rawOutcome.error->message.contains(QStringLiteral("No Tasklane server")));
    }

    void htmlInsteadOfJsonIsAClearError()
    {
        RawHttpServer raw([] {
            return RawHttpServer::response("200 OK", "text/html", "<html><body>Hi</body></html>");
        });
        QVERIFY(raw.listen());
        ApiClient client;
        ServerDiscovery discovery(&client);
        const Outcome outcome = discover(discovery, raw.url());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::BadResponse);
        QCOMPARE(outcome.error->code, ApiError::InvalidMetadataCode);
        QVERIFY2(outcome.error->message.contains(QStringLiteral("not JSON")),
                 qPrintable(outcome.error->message));
        QCOMPARE(outcome.error->requestId, QStringLiteral("req-raw"));
    }

    void garbageThatIsNotHttpIsAClearError()
    {
        RawHttpServer raw([] { return QByteArray("SSH-2.0-OpenSSH_9.2\r\nProtocol mismatch.\n"); });
        QVERIFY(raw.listen());
        ApiClient client;
        client.setTimeout(5s);
        ServerDiscovery discovery(&client);
        const Outcome outcome = discover(discovery, raw.url());
        QVERIFY(outcome.error);
        QVERIFY2(outcome.error->kind == ApiError::Kind::BadResponse ||
                     outcome.error->kind == ApiError::Kind::Network,
                 qPrintable(outcome.error->debugText()));
        QVERIFY(outcome.error->message.contains(QStringLiteral("127.0.0.1")));
    }

    void jsonArrayIsAClearError()
    {
        RawHttpServer raw(
            [] { return RawHttpServer::response("200 OK", "application/json", "[1,2,3]"); });
        QVERIFY(raw.listen());
        ApiClient client;
        ServerDiscovery discovery(&client);
        const Outcome outcome = discover(discovery, raw.url());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, ApiError::InvalidMetadataCode);
        QVERIFY(outcome.error->message.contains(QStringLiteral("JSON object")));
    }

    void metadataWithoutEndpointsIsAClearError_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::newRow("authorization") << QStringLiteral("authorization_endpoint");
        QTest::newRow("token") << QStringLiteral("token_endpoint");
    }

    void metadataWithoutEndpointsIsAClearError()
    {
        QFETCH(QString, missing);
        const ApiError error = errorFor([&](const QUrl &base) {
            QJsonObject metadata = metadataFor(base);
            metadata.remove(missing);
            return metadata;
        });
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(error.code, ApiError::InvalidMetadataCode);
        QVERIFY2(error.message.contains(missing), qPrintable(error.message));
        QCOMPARE(error.requestId, QStringLiteral("req-raw"));
    }

    void metadataWithoutS256IsAClearError_data()
    {
        QTest::addColumn<QJsonValue>("methods");
        QTest::newRow("plain only") << QJsonValue(QJsonArray{QStringLiteral("plain")});
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("not an array") << QJsonValue(QStringLiteral("S256"));
    }

    void metadataWithoutS256IsAClearError()
    {
        QFETCH(QJsonValue, methods);
        const ApiError error = errorFor([&](const QUrl &base) {
            QJsonObject metadata = metadataFor(base);
            metadata.remove(QStringLiteral("code_challenge_methods_supported"));
            if (!methods.isUndefined())
                metadata.insert(QStringLiteral("code_challenge_methods_supported"), methods);
            return metadata;
        });
        QCOMPARE(error.code, ApiError::InvalidMetadataCode);
        QVERIFY2(error.message.contains(QStringLiteral("S256")), qPrintable(error.message));
    }

    void insecureOrForeignMetadataIsRefused()
    {
        const ApiError insecure = errorFor([](const QUrl &base) {
            QJsonObject metadata = metadataFor(base);
            metadata.insert(QStringLiteral("token_endpoint"),
                            QStringLiteral("http://tokens.example.org/token"));
            return metadata;
        });
        QCOMPARE(insecure.code, ApiError::InvalidMetadataCode);
        QVERIFY2(insecure.message.contains(QStringLiteral("insecure")),
                 qPrintable(insecure.message));

        const ApiError otherIssuer = errorFor([](const QUrl &base) {
            QJsonObject metadata = metadataFor(base);
            metadata.insert(QStringLiteral("issuer"), QStringLiteral("https://elsewhere.example"));
            return metadata;
        });
        QCOMPARE(otherIssuer.code, ApiError::InvalidMetadataCode);
        QVERIFY2(otherIssuer.message.contains(QStringLiteral("https://elsewhere.example")),
                 qPrintable(otherIssuer.message));

        const ApiError noIssuer = errorFor([](const QUrl &base) {
            QJsonObject metadata = metadataFor(base);
            metadata.remove(QStringLiteral("issuer"));
            return metadata;
        });
        QVERIFY2(noIssuer.message.contains(QStringLiteral("issuer")), qPrintable(noIssuer.message));
    }

    void silentServerTimesOut()
    {
        RawHttpServer raw; // accepts, reads, never answers
        QVERIFY(raw.listen());
        ApiClient client;
        client.setTimeout(300ms);
        ServerDiscovery discovery(&client);
        const Outcome outcome = discover(discovery, raw.url());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Timeout);
        QVERIFY(!outcome.error->message.isEmpty());
        QCOMPARE(raw.requests(), 1);
    }

    void stoppedServerIsANetworkError()
    {
        TestServer server;
        QVERIFY(server.start());
        const QUrl url = server.url();
        server.stop();
        ApiClient client;
        ServerDiscovery discovery(&client);
        const Outcome outcome = discover(discovery, url);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, ApiError::Kind::Network);
        QVERIFY(outcome.error->message.contains(QStringLiteral("refused")));
    }

    void aNewDiscoveryReplacesTheRunningOne()
    {
        RawHttpServer silent;
        QVERIFY(silent.listen());
        ApiClient client;
        ServerDiscovery discovery(&client);
        QSignalSpy discovered(&discovery, &ServerDiscovery::discovered);
        QSignalSpy failed(&discovery, &ServerDiscovery::failed);
        discovery.discover(silent.url());
        QTRY_COMPARE(silent.requests(), 1);
        discovery.discover(QUrl(QStringLiteral("http://example.org"))); // refused at once
        discovery.discover(m_server.url());
        QTRY_COMPARE_WITH_TIMEOUT(discovered.count(), 1, 30000);
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ServerDiscovery)
#include "tst_serverdiscovery.moc"
