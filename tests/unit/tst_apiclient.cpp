// ApiClient against the real tasklane-server: error mapping of every error shape, 429 retries
// with Retry-After, the 401 refresh-and-replay, timeouts and servers that go away. A bare
// QTcpServer stands in only where the real server cannot misbehave on purpose (never answering,
// hanging up, a 503).
#include "ApiClient.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

namespace {

const QString Password = QStringLiteral("api-client-password");

// A bare TCP listener on 127.0.0.1:0 that reads each HTTP request head and then does what the
// test says: answer with `respond(requestNumber)` and close, hang up, or say nothing at all.
class RawHttpServer
{
public:
    enum class Mode { Respond, HangUp, Silent };

    explicit RawHttpServer(Mode mode, std::function<QByteArray(int)> respond = {})
        : m_mode(mode)
        , m_respond(std::move(respond))
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
                    if (m_mode == Mode::Silent)
                        return;
                    if (m_mode == Mode::Respond)
                        socket->write(m_respond(m_requests));
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_server.serverPort()) +
                    path);
    }
    int requests() const { return m_requests; }
    int connections() const { return m_connections; }

    static QByteArray response(const QByteArray &statusLine, const QByteArray &body,
                               const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders +
               "\r\n" + body;
    }

private:
    Mode m_mode;
    std::function<QByteArray(int)> m_respond;
    QTcpServer m_server;
    int m_requests = 0;
    int m_connections = 0;
};

// Waits for the one finished() of `call` and returns its result.
ApiResult waitFor(ApiCall *call)
{
    ApiResult result;
    bool done = false;
    QObject::connect(call, &ApiCall::finished, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        qWarning("the call did not finish");
    return result;
}

QString describe(const ApiResult &result)
{
    return result.error ? result.error->debugText()
                        : QStringLiteral("ok ") + QString::number(result.status);
}

} // namespace

class tst_ApiClient : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QJsonObject m_tokens;    // tasks:read tasks:write account
    QString m_readOnlyToken; // tasks:read only

    QString signIn(const QString &scope = {}, QString *refreshToken = nullptr)
    {
        OAuthTestClient client(m_server);
        if (!scope.isEmpty())
            client.scope = scope;
        const QJsonObject tokens = client.signIn(QStringLiteral("alice"), Password);
        if (refreshToken)
            *refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
        return tokens.value(QStringLiteral("access_token")).toString();
    }

    std::unique_ptr<ApiClient> makeClient(const QString &token = {})
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(m_server.url());
        if (!token.isEmpty())
            client->setAccessTokenProvider([token] { return token; });
        return client;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("alice"), Password));
        OAuthTestClient client(m_server);
        m_tokens = client.signIn(QStringLiteral("alice"), Password);
        QVERIFY(!m_tokens.value(QStringLiteral("access_token")).toString().isEmpty());
        m_readOnlyToken = signIn(QStringLiteral("tasks:read"));
        QVERIFY(!m_readOnlyToken.isEmpty());
    }

    void successReturnsJsonAndRequestId()
    {
        auto client = makeClient(m_tokens.value(QStringLiteral("access_token")).toString());
        const ApiResult result = waitFor(client->get(QStringLiteral("/v1/me")));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object().value(QStringLiteral("username")).toString(),
                 QStringLiteral("alice"));
        QVERIFY(result.requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(result.attempts, 1);
    }

    void missingTokenIsUnauthorized()
    {
        auto client = makeClient();
        const ApiResult result = waitFor(client->get(QStringLiteral("/v1/me")));
        QVERIFY(result.error);
        const ApiError &error = *result.error;
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 401);
        QCOMPARE(error.code, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(error.requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(error.requestId, result.requestId); // body and header agree
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.userText().contains(error.message));
        QVERIFY(error.userText().contains(QStringLiteral("(request id: ") + error.requestId +
                                          QLatin1Char(')')));
    }

    void revokedTokenWithoutRefreshHandlerIsUnauthorized()
    {
        QString refreshToken;
        const QString token = signIn({}, &refreshToken);
        OAuthTestClient oauth(m_server);
        QCOMPARE(oauth.revoke(token).status, 200);
        auto client = makeClient(token);
        const ApiResult result = waitFor(client->get(QStringLiteral("/v1/me")));
        QVERIFY(result.error);
        QVERIFY(result.error->isHttp(401));
        QCOMPARE(result.error->code, QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(result.error->message,
                 QStringLiteral("The access token is unknown or was revoked."));
        QCOMPARE(result.attempts, 1);
    }

    void insufficientScopeIsForbidden()
    {
        auto client = makeClient(m_readOnlyToken);
        const ApiResult result = waitFor(client->post(
            QStringLiteral("/v1/tasks"), {{QStringLiteral("title"), QStringLiteral("x")}}));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Http);
        QCOMPARE(result.error->httpStatus, 403);
        QCOMPARE(result.error->code, QStringLiteral("FORBIDDEN"));
        QVERIFY2(result.error->message.contains(QStringLiteral("tasks:write")),
                 qPrintable(result.error->message));
        QVERIFY(result.error->requestId.startsWith(QStringLiteral("req-")));
    }

    void unknownTaskIsNotFound()
    {
        auto client = makeClient(m_tokens.value(QStringLiteral("access_token")).toString());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const ApiResult result = waitFor(client->get(QStringLiteral("/v1/tasks/") + id));
        QVERIFY(result.error);
        QVERIFY(result.error->isHttp(404));
        QCOMPARE(result.error->code, QStringLiteral("NOT_FOUND"));
        QVERIFY(!result.error->message.isEmpty());
        QVERIFY(result.error->details.isEmpty());
    }

    void validationErrorCarriesDetails()
    {
        auto client = makeClient(m_tokens.value(QStringLiteral("access_token")).toString());
        const ApiResult result = waitFor(client->post(
            QStringLiteral("/v1/tasks"),
            {{QStringLiteral("priority"), 9}, {QStringLiteral("colour"), QStringLiteral("red")}}));
        QVERIFY(result.error);
        QVERIFY(result.error->isHttp(422));
        QCOMPARE(result.error->code, QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(result.error->message, QStringLiteral("The task is not valid."));
        QStringList fields;
        for (const QJsonValue &detail : result.error->details) {
            fields << detail.toObject().value(QStringLiteral("field")).toString();
            QVERIFY(!detail.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("colour"), QStringLiteral("priority"),
                                      QStringLiteral("title")}));
    }

    void staleIfMatchIsPreconditionFailed()
    {
        auto client = makeClient(m_tokens.value(QStringLiteral("access_token")).toString());
        const ApiResult created =
            waitFor(client->post(QStringLiteral("/v1/tasks"),
                                 {{QStringLiteral("title"), QStringLiteral("Return the drill")}}));
        QVERIFY2(created.ok(), qPrintable(describe(created)));
        QCOMPARE(created.status, 201);
        QVERIFY(created.etag.startsWith('"'));
        const QString path =
            QStringLiteral("/v1/tasks/") + created.object().value(QStringLiteral("id")).toString();

        const ApiResult changed = waitFor(client->patch(
            path, {{QStringLiteral("status"), QStringLiteral("done")}}, created.etag));
        QVERIFY2(changed.ok(), qPrintable(describe(changed)));
        QCOMPARE(changed.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QVERIFY(changed.etag != created.etag);

        const ApiResult stale = waitFor(client->patch(
            path, {{QStringLiteral("title"), QStringLiteral("Overwrite")}}, created.etag));
        QVERIFY(stale.error);
        QVERIFY(stale.error->isHttp(412));
        QCOMPARE(stale.error->code, QStringLiteral("PRECONDITION_FAILED"));
        QVERIFY(stale.error->requestId.startsWith(QStringLiteral("req-")));

        const ApiResult staleDelete = waitFor(client->del(path, created.etag));
        QVERIFY(staleDelete.error && staleDelete.error->isHttp(412));
        const ApiResult deleted = waitFor(client->del(path, changed.etag));
        QVERIFY2(deleted.ok(), qPrintable(describe(deleted)));
        QVERIFY(deleted.json.isNull());
        const ApiResult gone = waitFor(client->get(path));
        QVERIFY(gone.error && gone.error->isHttp(404));
    }

    void tokenEndpointErrorsUseTheOAuthShape()
    {
        auto client = makeClient();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QStringLiteral("tlr_not+a/token"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("tasklane-desktop"));
        const ApiResult result = waitFor(client->postForm(QStringLiteral("/oauth2/token"), form));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Http);
        QCOMPARE(result.error->httpStatus, 400);
        QCOMPARE(result.error->code, QStringLiteral("invalid_grant"));
        QCOMPARE(result.error->message, QStringLiteral("The refresh token is not valid."));
        // RFC 6749 bodies have no requestId; the header fills in.
        QVERIFY(result.error->requestId.startsWith(QStringLiteral("req-")));

        QUrlQuery unsupported;
        unsupported.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        unsupported.addQueryItem(QStringLiteral("client_id"), QStringLiteral("tasklane-desktop"));
        const ApiResult other =
            waitFor(client->postForm(QStringLiteral("/oauth2/token"), unsupported));
        QVERIFY(other.error);
        QCOMPARE(other.error->code, QStringLiteral("unsupported_grant_type"));

        QUrlQuery unknownClient;
        unknownClient.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        unknownClient.addQueryItem(QStringLiteral("refresh_token"), QStringLiteral("tlr_x"));
        unknownClient.addQueryItem(QStringLiteral("client_id"), QStringLiteral("nobody"));
        const ApiResult invalidClient =
            waitFor(client->postForm(QStringLiteral("/oauth2/token"), unknownClient));
        QVERIFY(invalidClient.error);
        QVERIFY(invalidClient.error->isHttp(401));
        QCOMPARE(invalidClient.error->code, QStringLiteral("invalid_client"));
    }

    void tokenEndpointSuccessIsJson()
    {
        OAuthTestClient oauth(m_server);
        const QString code = oauth.authorizationCode(QStringLiteral("alice"), Password);
        QVERIFY(!code.isEmpty());
        auto client = makeClient();
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"), oauth.redirectUri);
        form.addQueryItem(QStringLiteral("code_verifier"), oauth.verifier);
        form.addQueryItem(QStringLiteral("client_id"), oauth.clientId);
        const ApiResult result = waitFor(client->postForm(QStringLiteral("/oauth2/token"), form));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.object().value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("Bearer"));
    }

    void rateLimitIsRetriedThenGivesUp()
    {
        TestServer server({QStringLiteral("--rate-limit-credential"), QStringLiteral("2")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("bob"), Password));
        OAuthTestClient oauth(server);
        const QString token = oauth.signIn(QStringLiteral("bob"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());

        ApiClient client;
        client.setBaseUrl(server.url());
        client.setAccessTokenProvider([token] { return token; });
        client.setMaxRetries(2);
        client.setMaxRetryDelay(50ms); // Retry-After says up to 60 s; keep the test short
        QSignalSpy clientRetries(&client, &ApiClient::retryScheduled);

        for (int i = 0; i < 2; ++i)
            QVERIFY(waitFor(client.get(QStringLiteral("/v1/me"))).ok());

        ApiCall *call = client.get(QStringLiteral("/v1/me"));
        QSignalSpy callRetries(call, &ApiCall::retryScheduled);
        const ApiResult result = waitFor(call);
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Http);
        QCOMPARE(result.error->httpStatus, 429);
        QCOMPARE(result.error->code, QStringLiteral("RATE_LIMITED"));
        QVERIFY(result.error->retryAfterSeconds >= 1);
        QVERIFY(result.error->requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(result.attempts, 3); // the first try and two retries

        QCOMPARE(callRetries.count(), 2);
        QCOMPARE(callRetries.at(0).at(1).toInt(), 1);
        QCOMPARE(callRetries.at(1).at(1).toInt(), 2);
        for (const auto &retry : std::as_const(callRetries)) {
            QVERIFY(retry.at(0).toInt() <= 50); // capped by the max retry delay
            QVERIFY(retry.at(2).toString().startsWith(QStringLiteral("req-")));
        }
        QCOMPARE(clientRetries.count(), 2);
        QCOMPARE(clientRetries.at(1).at(2).toString(), callRetries.at(1).at(2).toString());

        // No retries configured: the 429 comes back at once.
        client.setMaxRetries(0);
        const ApiResult immediate = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(immediate.error && immediate.error->isHttp(429));
        QCOMPARE(immediate.attempts, 1);
        QCOMPARE(clientRetries.count(), 2);
    }

    void unavailableIsRetriedUntilItWorks()
    {
        RawHttpServer raw(RawHttpServer::Mode::Respond, [](int request) {
            if (request == 1)
                return RawHttpServer::response("503 Service Unavailable", "",
                                               "Retry-After: 0\r\nX-Request-Id: req-first\r\n");
            if (request == 2)
                return RawHttpServer::response("503 Service Unavailable", "not json");
            return RawHttpServer::response("200 OK", "{\"answer\":42}",
                                           "X-Request-Id: req-third\r\n");
        });
        QVERIFY(raw.listen());
        ApiClient client;
        client.setBaseUrl(raw.url());
        client.setRetryBaseDelay(10ms);
        client.setMaxRetryDelay(50ms);
        ApiCall *call = client.get(QStringLiteral("/v1/anything"));
        QSignalSpy retries(call, &ApiCall::retryScheduled);
        const ApiResult result = waitFor(call);
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.object().value(QStringLiteral("answer")).toInt(), 42);
        QCOMPARE(result.requestId, QStringLiteral("req-third"));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(raw.requests(), 3);
        QCOMPARE(retries.count(), 2);
        QCOMPARE(retries.at(0).at(2).toString(), QStringLiteral("req-first"));
    }

    void unauthorizedRefreshesOnceAndReplays()
    {
        QString refreshToken;
        auto token = std::make_shared<QString>(signIn({}, &refreshToken));
        OAuthTestClient oauth(m_server);
        QCOMPARE(oauth.revoke(*token).status, 200); // only this access token; the session lives

        ApiClient client;
        client.setBaseUrl(m_server.url());
        client.setAccessTokenProvider([token] { return *token; });
        int refreshes = 0;
        client.setRefreshHandler([&](std::function<void(bool)> done) {
            ++refreshes;
            // A real refresh through the token endpoint, from the event loop like the app's.
            QTimer::singleShot(0, [&, token, done] {
                const auto reply = oauth.refresh(refreshToken);
                *token = reply.json().value(QStringLiteral("access_token")).toString();
                refreshToken = reply.json().value(QStringLiteral("refresh_token")).toString();
                done(reply.status == 200);
            });
        });

        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.object().value(QStringLiteral("username")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(refreshes, 1);
        QCOMPARE(result.attempts, 2);

        // With the fresh token nothing needs refreshing.
        QVERIFY(waitFor(client.get(QStringLiteral("/v1/me"))).ok());
        QCOMPARE(refreshes, 1);
    }

    void concurrentUnauthorizedCallsShareOneRefresh()
    {
        QString refreshToken;
        auto token = std::make_shared<QString>(signIn({}, &refreshToken));
        OAuthTestClient oauth(m_server);
        QCOMPARE(oauth.revoke(*token).status, 200);

        ApiClient client;
        client.setBaseUrl(m_server.url());
        client.setAccessTokenProvider([token] { return *token; });
        int refreshes = 0;
        client.setRefreshHandler([&](std::function<void(bool)> done) {
            ++refreshes;
            QTimer::singleShot(20, [&, token, done] {
                // A second refresh with the same (rotated) token would revoke the session.
                const auto reply = oauth.refresh(refreshToken);
                *token = reply.json().value(QStringLiteral("access_token")).toString();
                done(reply.status == 200);
            });
        });
        ApiCall *first = client.get(QStringLiteral("/v1/me"));
        ApiCall *second = client.get(QStringLiteral("/v1/tasks"));
        QSignalSpy firstDone(first, &ApiCall::finished);
        QSignalSpy secondDone(second, &ApiCall::finished);
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.count() + secondDone.count(), 2, 30000);
        const auto a = firstDone.at(0).at(0).value<ApiResult>();
        const auto b = secondDone.at(0).at(0).value<ApiResult>();
        QVERIFY2(a.ok(), qPrintable(describe(a)));
        QVERIFY2(b.ok(), qPrintable(describe(b)));
        QCOMPARE(refreshes, 1);
    }

    void tokenRefreshedElsewhereIsReplayedWithoutAnotherRefresh()
    {
        const QString revoked = signIn();
        OAuthTestClient oauth(m_server);
        QCOMPARE(oauth.revoke(revoked).status, 200);
        const QString fresh = m_tokens.value(QStringLiteral("access_token")).toString();

        ApiClient client;
        client.setBaseUrl(m_server.url());
        // The first request goes out with the revoked token; by the time its 401 arrives another
        // part of the app has refreshed (the provider already hands out the fresh token).
        int provided = 0;
        client.setAccessTokenProvider([&] { return provided++ == 0 ? revoked : fresh; });
        int refreshes = 0;
        client.setRefreshHandler([&](std::function<void(bool)> done) {
            ++refreshes;
            done(false);
        });
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(refreshes, 0);
        QCOMPARE(result.attempts, 2);
    }

    void secondUnauthorizedIsNotRetriedAgain()
    {
        ApiClient client;
        client.setBaseUrl(m_server.url());
        client.setAccessTokenProvider([] { return QStringLiteral("tla_not-a-real-token"); });
        int refreshes = 0;
        client.setRefreshHandler([&](std::function<void(bool)> done) {
            ++refreshes;
            done(true); // claims success, but the provider still hands out a bad token
        });
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error);
        QVERIFY(result.error->isHttp(401));
        QCOMPARE(result.error->code, QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(refreshes, 1);
        QCOMPARE(result.attempts, 2);
    }

    void failedRefreshReportsTheOriginal401()
    {
        ApiClient client;
        client.setBaseUrl(m_server.url());
        client.setAccessTokenProvider([] { return QStringLiteral("tla_expired"); });
        int refreshes = 0;
        client.setRefreshHandler([&](std::function<void(bool)> done) {
            ++refreshes;
            QTimer::singleShot(0, [done] { done(false); });
        });
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error && result.error->isHttp(401));
        QVERIFY(result.error->requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(refreshes, 1);
        QCOMPARE(result.attempts, 1);

        // Unauthenticated calls (the token endpoint) never ask for a refresh.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), QStringLiteral("tlr_x"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("nobody"));
        const ApiResult token = waitFor(client.postForm(QStringLiteral("/oauth2/token"), form));
        QVERIFY(token.error && token.error->isHttp(401));
        QCOMPARE(refreshes, 1);
    }

    void silentServerTimesOut()
    {
        RawHttpServer raw(RawHttpServer::Mode::Silent);
        QVERIFY(raw.listen());
        ApiClient client;
        client.setBaseUrl(raw.url());
        client.setTimeout(300ms);
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
        QCOMPARE(result.error->httpStatus, 0);
        QVERIFY2(result.error->message.contains(QStringLiteral("did not answer")),
                 qPrintable(result.error->message));
        QVERIFY(result.error->message.contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(raw.requests(), 1); // the request was sent, the answer never came
    }

    void serverHangingUpIsANetworkError()
    {
        RawHttpServer raw(RawHttpServer::Mode::HangUp);
        QVERIFY(raw.listen());
        ApiClient client;
        client.setBaseUrl(raw.url());
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Network);
        QVERIFY2(result.error->message.contains(QStringLiteral("closed the connection")),
                 qPrintable(result.error->message));
        QVERIFY(raw.requests() >= 1);
    }

    void stoppedServerIsANetworkError()
    {
        TestServer server;
        QVERIFY(server.start());
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setTimeout(10s);
        ApiCall *call = client.get(QStringLiteral("/v1/me"));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(server.stop() != -1); // while the call is outstanding
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.at(0).at(0).value<ApiResult>();
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Network);
        QVERIFY2(result.error->message.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(result.error->message));

        // And a server that is simply not there.
        const ApiResult again = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(again.error);
        QCOMPARE(again.error->kind, ApiError::Kind::Network);
        QVERIFY2(again.error->message.contains(QStringLiteral("refused")),
                 qPrintable(again.error->message));
    }

    void successThatIsNotJsonIsABadResponse()
    {
        RawHttpServer raw(RawHttpServer::Mode::Respond, [](int) {
            return RawHttpServer::response("200 OK", "<html>hello</html>",
                                           "X-Request-Id: req-html\r\n");
        });
        QVERIFY(raw.listen());
        ApiClient client;
        client.setBaseUrl(raw.url());
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::BadResponse);
        QCOMPARE(result.error->httpStatus, 200);
        QCOMPARE(result.error->requestId, QStringLiteral("req-html"));
        QVERIFY(!result.error->message.isEmpty());
    }

    void abortedCallIsCancelled()
    {
        RawHttpServer raw(RawHttpServer::Mode::Silent);
        QVERIFY(raw.listen());
        ApiClient client;
        client.setBaseUrl(raw.url());
        ApiCall *call = client.get(QStringLiteral("/v1/me"));
        QSignalSpy finished(call, &ApiCall::finished);
        QTRY_COMPARE(raw.requests(), 1);
        call->abort();
        QTRY_COMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<ApiResult>();
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Cancelled);

        // Aborted before it was even sent.
        ApiCall *early = client.get(QStringLiteral("/v1/me"));
        QSignalSpy earlyFinished(early, &ApiCall::finished);
        early->abort();
        QTRY_COMPARE(earlyFinished.count(), 1);
        QCOMPARE(earlyFinished.at(0).at(0).value<ApiResult>().error->kind,
                 ApiError::Kind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(raw.requests(), 1);
    }

    void noServerAddressIsAnInvalidUrl()
    {
        ApiClient client;
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::InvalidUrl);
        QCOMPARE(result.attempts, 0);
    }

    void urlsKeepTheBasePathAndEncodeQueries()
    {
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("https://example.org/tasklane/")));
        ApiRequest request;
        request.url = QUrl(QStringLiteral("/v1/tasks"));
        request.query.addQueryItem(QStringLiteral("q"), QStringLiteral("a+b c&d"));
        request.query.addQueryItem(QStringLiteral("status"), QStringLiteral("open,done"));
        QCOMPARE(client.resolve(request).toString(QUrl::FullyEncoded),
                 QStringLiteral(
                     "https://example.org/tasklane/v1/tasks?q=a%2Bb%20c%26d&status=open%2Cdone"));
        request.url = QUrl(QStringLiteral("https://other.example/x?y=1"));
        QCOMPARE(client.resolve(request).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://other.example/x?y=1&q=a%2Bb%20c%26d&status=open%2Cdone"));
    }

    void queryParametersReachTheServer()
    {
        auto client = makeClient(m_tokens.value(QStringLiteral("access_token")).toString());
        const QString title = QStringLiteral("C++ & friends");
        QVERIFY(
            waitFor(client->post(QStringLiteral("/v1/tasks"), {{QStringLiteral("title"), title}}))
                .ok());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QStringLiteral("c++ &"));
        const ApiResult result = waitFor(client->get(QStringLiteral("/v1/tasks"), query));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        const QJsonArray items = result.object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(), title);

        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
        const ApiResult invalid = waitFor(client->get(QStringLiteral("/v1/tasks"), bad));
        QVERIFY(invalid.error && invalid.error->isHttp(422));
        QCOMPARE(invalid.error->details.at(0).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("limit"));
    }

    void backoffGrowsWithJitterAndIsCapped()
    {
        ApiClient client;
        client.setRetryBaseDelay(1000ms);
        client.setMaxRetryDelay(5000ms);
        for (int i = 0; i < 50; ++i) {
            const qint64 first = client.backoffDelay(1).count();
            QVERIFY2(first >= 500 && first <= 1000, qPrintable(QString::number(first)));
            const qint64 third = client.backoffDelay(3).count();
            QVERIFY2(third >= 2000 && third <= 4000, qPrintable(QString::number(third)));
            const qint64 capped = client.backoffDelay(10).count();
            QVERIFY2(capped >= 2500 && capped <= 5000, qPrintable(QString::number(capped)));
        }
    }

    void retryAfterParsing()
    {
        QCOMPARE(ApiError::parseRetryAfter("17"), 17);
        QCOMPARE(ApiError::parseRetryAfter(" 0 "), 0);
        QCOMPARE(ApiError::parseRetryAfter(""), -1);
        QCOMPARE(ApiError::parseRetryAfter("soon"), -1);
        QCOMPARE(ApiError::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // in the past
        const QByteArray future = QLocale::c()
                                      .toString(QDateTime::currentDateTimeUtc().addSecs(120),
                                                QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                      .toLatin1();
        const int seconds = ApiError::parseRetryAfter(future);
        QVERIFY2(seconds > 100 && seconds <= 120, future.constData());
    }

    void tokensAreNeverLogged()
    {
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("tasklane.app.api.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { messages << text; });

        QString refreshToken;
        auto token = std::make_shared<QString>(signIn({}, &refreshToken));
        const QString revoked = *token;
        OAuthTestClient oauth(m_server);
        oauth.revoke(*token);
        ApiClient client;
        client.setBaseUrl(m_server.url());
        client.setAccessTokenProvider([token] { return *token; });
        client.setRefreshHandler([&](std::function<void(bool)> done) {
            const auto reply = oauth.refresh(refreshToken);
            *token = reply.json().value(QStringLiteral("access_token")).toString();
            done(reply.status == 200);
        });
        const ApiResult result = waitFor(client.get(QStringLiteral("/v1/me")));

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(!messages.isEmpty()); // the debug output was on
        for (const QString &message : std::as_const(messages)) {
            QVERIFY2(!message.contains(QStringLiteral("tla_")), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("tlr_")), qPrintable(message));
            QVERIFY(!message.contains(revoked));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_apiclient.moc"
