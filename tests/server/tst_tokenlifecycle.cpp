// What happens to tokens after sign-in: refresh rotation, reuse detection, revocation (RFC 7009),
// introspection (RFC 7662), dynamic registration (RFC 7591), expiry, and the session rows.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

namespace {

const QString Password = QStringLiteral("lifecycle-password");

QString field(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

} // namespace

class tst_TokenLifecycle : public QObject
{
    Q_OBJECT

private:
    // Access tokens live 2 s and codes 2 s here, so expiry can be observed without long waits.
    TestServer m_server{{QStringLiteral("--access-token-lifetime"), QStringLiteral("2"),
                         QStringLiteral("--auth-code-lifetime"), QStringLiteral("2")}};
    HttpClient m_http;

    int meStatus(const QString &accessToken)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(accessToken))
            .status;
    }

    QPair<QString, QString> confidentialClient()
    {
        const auto result =
            m_server.runCli({QStringLiteral("client"), QStringLiteral("add"),
                             QStringLiteral("Resource server"), QStringLiteral("--confidential")});
        const QRegularExpression id(QStringLiteral("client_id=(\\S+)"));
        const QRegularExpression secret(QStringLiteral("client_secret=(\\S+)"));
        return {id.match(result.out).captured(1), secret.match(result.out).captured(1)};
    }

    HttpClient::Reply introspect(const QString &token, const QString &clientId,
                                 const QString &secret)
    {
        const QByteArray basic = (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
        return m_http.postForm(m_server.url(QStringLiteral("/oauth2/introspect")),
                               {{QStringLiteral("token"), token}},
                               {{"Authorization", "Basic " + basic}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("dana"), Password));
        QVERIFY(m_server.createUser(QStringLiteral("erin"), Password));
    }

    void refreshRotatesTheTokenPair()
    {
        OAuthTestClient client(m_server);
        const QJsonObject first = client.signIn(QStringLiteral("dana"), Password);
        const auto reply = client.refresh(field(first, "refresh_token"));
        QCOMPARE(reply.status, 200);
        const QJsonObject second = reply.json();
        QVERIFY(field(second, "refresh_token") != field(first, "refresh_token"));
        QVERIFY(field(second, "access_token") != field(first, "access_token"));
        QCOMPARE(field(second, "scope"), field(first, "scope"));
        QCOMPARE(meStatus(field(second, "access_token")), 200);
        // The next rotation works from the newest token.
        QCOMPARE(client.refresh(field(second, "refresh_token")).status, 200);
    }

    void reusingARotatedRefreshTokenRevokesTheWholeFamily()
    {
        OAuthTestClient client(m_server);
        const QJsonObject first = client.signIn(QStringLiteral("dana"), Password);
        const QJsonObject second = client.refresh(field(first, "refresh_token")).json();
        QCOMPARE(meStatus(field(second, "access_token")), 200);

        const auto reuse = client.refresh(field(first, "refresh_token"));
        QCOMPARE(reuse.status, 400);
        QCOMPARE(field(reuse.json(), "error"), QStringLiteral("invalid_grant"));
        // Everything of that session is dead: the newest access token and refresh token too.
        QCOMPARE(meStatus(field(second, "access_token")), 401);
        QCOMPARE(client.refresh(field(second, "refresh_token")).status, 400);
    }

    void refreshCanNarrowButNotWidenScope()
    {
        OAuthTestClient client(m_server);
        client.scope = QStringLiteral("tasks:read tasks:write");
        const QJsonObject tokens = client.signIn(QStringLiteral("dana"), Password);
        auto narrow =
            client.http.postForm(m_server.url(QStringLiteral("/oauth2/token")),
                                 {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("client_id"), client.clientId},
                                  {QStringLiteral("refresh_token"), field(tokens, "refresh_token")},
                                  {QStringLiteral("scope"), QStringLiteral("tasks:read")}});
        QCOMPARE(narrow.status, 200);
        QCOMPARE(field(narrow.json(), "scope"), QStringLiteral("tasks:read"));
        auto widen = client.http.postForm(
            m_server.url(QStringLiteral("/oauth2/token")),
            {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
             {QStringLiteral("client_id"), client.clientId},
             {QStringLiteral("refresh_token"), field(narrow.json(), "refresh_token")},
             {QStringLiteral("scope"), QStringLiteral("account")}});
        QCOMPARE(widen.status, 400);
        QCOMPARE(field(widen.json(), "error"), QStringLiteral("invalid_scope"));
    }

    void revokingTheRefreshTokenEndsTheSessionAtOnce()
    {
        OAuthTestClient client(m_server);
        const QJsonObject tokens = client.signIn(QStringLiteral("dana"), Password);
        QCOMPARE(meStatus(field(tokens, "access_token")), 200);
        QCOMPARE(client.revoke(field(tokens, "refresh_token")).status, 200);
        // The access token was valid for another hour; revocation ends it on the next request.
        const auto me = m_http.get(m_server.url(QStringLiteral("/v1/me")),
                                   HttpClient::bearer(field(tokens, "access_token")));
        QCOMPARE(me.status, 401);
        QCOMPARE(field(me.json(), "code"), QStringLiteral("UNAUTHORIZED"));
        QVERIFY(me.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        QCOMPARE(client.refresh(field(tokens, "refresh_token")).status, 400);
    }

    void revokingAnAccessTokenLeavesTheSession()
    {
        OAuthTestClient client(m_server);
        const QJsonObject tokens = client.signIn(QStringLiteral("dana"), Password);
        QCOMPARE(client.revoke(field(tokens, "access_token")).status, 200);
        QCOMPARE(meStatus(field(tokens, "access_token")), 401);
        const auto refreshed = client.refresh(field(tokens, "refresh_token"));
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(meStatus(field(refreshed.json(), "access_token")), 200);
    }

    void revocationEdgeCases()
    {
        OAuthTestClient client(m_server);
        QCOMPARE(client.revoke(QStringLiteral("tlr_unknown")).status, 200); // RFC 7009 2.2
        const QJsonObject tokens = client.signIn(QStringLiteral("dana"), Password);
        OAuthTestClient other(m_server, QStringLiteral("no-such-client"));
        const auto unknownClient = other.revoke(field(tokens, "refresh_token"));
        QCOMPARE(unknownClient.status, 401);
        QCOMPARE(field(unknownClient.json(), "error"), QStringLiteral("invalid_client"));
        QCOMPARE(meStatus(field(tokens, "access_token")), 200);
        const auto missing = client.http.postForm(m_server.url(QStringLiteral("/oauth2/revoke")),
                                                  {{QStringLiteral("client_id"), client.clientId}});
        QCOMPARE(field(missing.json(), "error"), QStringLiteral("invalid_request"));
    }

    void introspectionForConfidentialClients()
    {
        const auto [clientId, secret] = confidentialClient();
        QVERIFY(!clientId.isEmpty());
        QVERIFY(secret.startsWith(QStringLiteral("tls_")));
        OAuthTestClient client(m_server);
        const QJsonObject tokens = client.signIn(QStringLiteral("erin"), Password);

        auto reply = introspect(field(tokens, "access_token"), clientId, secret);
        QCOMPARE(reply.status, 200);
        QJsonObject facts = reply.json();
        QCOMPARE(facts.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(field(facts, "username"), QStringLiteral("erin"));
        QCOMPARE(field(facts, "client_id"), QStringLiteral("tasklane-desktop"));
        QCOMPARE(field(facts, "scope"), field(tokens, "scope"));
        QVERIFY(facts.value(QStringLiteral("exp")).toInteger() >
                QDateTime::currentSecsSinceEpoch());

        QCOMPARE(introspect(field(tokens, "refresh_token"), clientId, secret)
                     .json()
                     .value(QStringLiteral("active"))
                     .toBool(),
                 true);
        QCOMPARE(introspect(QStringLiteral("garbage"), clientId, secret).json(),
                 QJsonObject({{QStringLiteral("active"), false}}));
        client.revoke(field(tokens, "refresh_token"));
        QCOMPARE(introspect(field(tokens, "access_token"), clientId, secret).json(),
                 QJsonObject({{QStringLiteral("active"), false}}));

        // Wrong secret, public client, no credentials: all invalid_client.
        QCOMPARE(
            introspect(field(tokens, "access_token"), clientId, QStringLiteral("tls_wrong")).status,
            401);
        const auto publicClient =
            m_http.postForm(m_server.url(QStringLiteral("/oauth2/introspect")),
                            {{QStringLiteral("client_id"), QStringLiteral("tasklane-desktop")},
                             {QStringLiteral("token"), field(tokens, "access_token")}});
        QCOMPARE(publicClient.status, 401);
        QCOMPARE(field(publicClient.json(), "error"), QStringLiteral("invalid_client"));
        QVERIFY(!publicClient.header("WWW-Authenticate").isEmpty());
    }

    void registeredNativeClientSignsIn()
    {
        const auto reply = m_http.postJson(
            m_server.url(QStringLiteral("/oauth2/register")),
            {{QStringLiteral("client_name"), QStringLiteral("Tasklane on Erin's laptop")},
             {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/")}},
             {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")}});
        QCOMPARE(reply.status, 201);
        const QJsonObject registered = reply.json();
        QVERIFY(!field(registered, "client_id").isEmpty());
        QCOMPARE(field(registered, "token_endpoint_auth_method"), QStringLiteral("none"));
        QCOMPARE(
            registered.value(QStringLiteral("grant_types")).toArray(),
            QJsonArray({QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}));

        OAuthTestClient client(m_server, field(registered, "client_id"));
        client.redirectUri = QStringLiteral("http://127.0.0.1:50505/");
        const auto page = client.openAuthorize();
        QVERIFY(page.body.contains("Tasklane on Erin&#39;s laptop") ||
                page.body.contains("Tasklane on Erin's laptop"));
        const QJsonObject tokens = client.signIn(QStringLiteral("erin"), Password);
        QCOMPARE(meStatus(field(tokens, "access_token")), 200);
        // Its refresh token is bound to it: the built-in client cannot use it.
        OAuthTestClient desktop(m_server);
        QCOMPARE(field(desktop.refresh(field(tokens, "refresh_token")).json(), "error"),
                 QStringLiteral("invalid_grant"));
    }

    void registrationRefusesWhatNativeClientsMustNotUse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("web redirect")
            << QByteArray("{\"redirect_uris\":[\"https://evil.example/cb\"]}")
            << QStringLiteral("invalid_redirect_uri");
        QTest::newRow("no redirect")
            << QByteArray("{\"client_name\":\"x\"}") << QStringLiteral("invalid_redirect_uri");
        QTest::newRow("secret")
            << QByteArray("{\"redirect_uris\":[\"http://127.0.0.1/"
                          "\"],\"token_endpoint_auth_method\":\"client_secret_basic\"}")
            << QStringLiteral("invalid_client_metadata");
        QTest::newRow("implicit")
            << QByteArray(
                   "{\"redirect_uris\":[\"http://127.0.0.1/\"],\"grant_types\":[\"implicit\"]}")
            << QStringLiteral("invalid_client_metadata");
        QTest::newRow("uris not array") << QByteArray("{\"redirect_uris\":\"http://127.0.0.1/\"}")
                                        << QStringLiteral("invalid_client_metadata");
        QTest::newRow("malformed JSON")
            << QByteArray("{\"redirect_uris\":") << QStringLiteral("invalid_client_metadata");
    }

    void registrationRefusesWhatNativeClientsMustNotUse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto reply =
            m_http.post(m_server.url(QStringLiteral("/oauth2/register")), body, "application/json");
        QCOMPARE(reply.status, 400);
        QCOMPARE(field(reply.json(), "error"), error);
    }

    void eachGrantCreatesASessionRow()
    {
        OAuthTestClient client(m_server);
        client.deviceName = QStringLiteral("Row check device");
        const QJsonObject tokens = client.signIn(QStringLiteral("erin"), Password);
        QVERIFY(!tokens.isEmpty());
        m_http.get(m_server.url(QStringLiteral("/v1/me")),
                   {{"Authorization", "Bearer " + field(tokens, "access_token").toLatin1()},
                    {"User-Agent", "RowCheck/1.0"}});

        const TestDatabase db(m_server);
        QVERIFY(db.isOpen());
        const auto rows =
            db.rows(QStringLiteral("SELECT s.device_name, s.client_id, s.ip, s.created_at, "
                                   "s.last_active_at, s.revoked_at, u.username "
                                   "FROM sessions s JOIN users u ON u.id = s.user_id WHERE "
                                   "s.device_name = 'Row check device'"));
        QCOMPARE(rows.size(), 1);
        const QVariantList &row = rows.first();
        QCOMPARE(row.at(1).toString(), QStringLiteral("tasklane-desktop"));
        QCOMPARE(row.at(2).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(row.at(3).toLongLong() > 0);
        QVERIFY(row.at(4).toLongLong() >= row.at(3).toLongLong());
        QVERIFY(row.at(5).isNull());
        QCOMPARE(row.at(6).toString(), QStringLiteral("erin"));
        // Only hashes are stored: the secret strings appear nowhere in the database.
        QCOMPARE(db.count(QStringLiteral("access_tokens"),
                          QStringLiteral("token_hash = '%1'").arg(field(tokens, "access_token"))),
                 0);
        QVERIFY(!db.storesAnywhere(field(tokens, "access_token").toLatin1()));
        QVERIFY(!db.storesAnywhere(field(tokens, "refresh_token").toLatin1()));
    }

    void disablingAUserEndsTheirTokens()
    {
        QVERIFY(m_server.createUser(QStringLiteral("frank"), Password));
        OAuthTestClient client(m_server);
        const QJsonObject tokens = client.signIn(QStringLiteral("frank"), Password);
        QCOMPARE(meStatus(field(tokens, "access_token")), 200);
        QCOMPARE(m_server
                     .runCli({QStringLiteral("user"), QStringLiteral("disable"),
                              QStringLiteral("frank")})
                     .exitCode,
                 0);
        QCOMPARE(meStatus(field(tokens, "access_token")), 401);
        QCOMPARE(client.refresh(field(tokens, "refresh_token")).status, 400);
        OAuthTestClient again(m_server);
        const auto page =
            again.submitSignIn(again.openAuthorize(), QStringLiteral("frank"), Password);
        QVERIFY(page.body.contains("This account is disabled"));
    }

    void expiredAccessTokenAndCode()
    {
        OAuthTestClient client(m_server);
        const QJsonObject tokens = client.signIn(QStringLiteral("dana"), Password);
        QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 2);
        OAuthTestClient late(m_server);
        const QString code = late.authorizationCode(QStringLiteral("dana"), Password);
        QVERIFY(!code.isEmpty());
        QThread::msleep(2500); // both lifetimes are 2 s in this server
        const auto me = m_http.get(m_server.url(QStringLiteral("/v1/me")),
                                   HttpClient::bearer(field(tokens, "access_token")));
        QCOMPARE(me.status, 401);
        QVERIFY(field(me.json(), "message").contains(QStringLiteral("expired")));
        QCOMPARE(field(late.exchangeCode(code).json(), "error"), QStringLiteral("invalid_grant"));
        // The refresh token still gets a fresh access token.
        QCOMPARE(
            meStatus(field(client.refresh(field(tokens, "refresh_token")).json(), "access_token")),
            200);
    }
};

QTEST_GUILESS_MAIN(tst_TokenLifecycle)
#include "tst_tokenlifecycle.moc"
