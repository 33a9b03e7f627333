// The authorization code flow with PKCE against the real server: discovery, the HTML sign-in and
// consent pages, code exchange, single-use codes, and the errors of each step.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

class tst_OAuthFlow : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    const QString m_password = QStringLiteral("s3cret-passphrase");

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("alice"), m_password));
        QVERIFY(m_server.createUser(QStringLiteral("root"), m_password, true));
    }

    void discoveryDescribesTheServer()
    {
        HttpClient http;
        const auto reply =
            http.get(m_server.url(QStringLiteral("/.well-known/oauth-authorization-server")));
        QCOMPARE(reply.status, 200);
        const QJsonObject metadata = reply.json();
        QCOMPARE(metadata.value(QStringLiteral("issuer")).toString(), m_server.baseUrl());
        QCOMPARE(metadata.value(QStringLiteral("token_endpoint")).toString(),
                 m_server.baseUrl() + QStringLiteral("/oauth2/token"));
        QCOMPARE(metadata.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("S256")});
        QVERIFY(metadata.value(QStringLiteral("scopes_supported"))
                    .toArray()
                    .contains(QStringLiteral("tasks:read")));
        QVERIFY(reply.header("X-Request-Id").startsWith("req-"));
    }

    void signInConsentAndExchange()
    {
        OAuthTestClient client(m_server);
        const auto signInPage = client.openAuthorize();
        QCOMPARE(signInPage.status, 200);
        QVERIFY(signInPage.body.contains("name=\"username\""));
        QVERIFY(signInPage.body.contains("name=\"password\""));
        QVERIFY(
            !OAuthTestClient::formField(signInPage.body, QStringLiteral("csrf_token")).isEmpty());
        QCOMPARE(signInPage.header("X-Frame-Options"), QByteArray("DENY"));
        QVERIFY(signInPage.header("Content-Security-Policy").contains("frame-ancestors 'none'"));

        const auto consentPage =
            client.submitSignIn(signInPage, QStringLiteral("alice"), m_password);
        QCOMPARE(consentPage.status, 200);
        QVERIFY(consentPage.body.contains("See your tasks"));
        QVERIFY(consentPage.body.contains("Create, change and delete your tasks"));
        QVERIFY(consentPage.body.contains("Test device"));

        const auto redirect = client.submitConsent(consentPage, QStringLiteral("approve"));
        QCOMPARE(redirect.status, 303);
        QVERIFY(redirect.header("Location").startsWith("http://127.0.0.1:49152/callback?"));
        QCOMPARE(OAuthTestClient::redirectParam(redirect, QStringLiteral("state")), client.state);
        const QString code = OAuthTestClient::redirectParam(redirect, QStringLiteral("code"));
        QVERIFY(code.startsWith(QStringLiteral("tlc_")));

        const auto tokenReply = client.exchangeCode(code);
        QCOMPARE(tokenReply.status, 200);
        QCOMPARE(tokenReply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject tokens = tokenReply.json();
        QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(tokens.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("tasks:read tasks:write account"));
        QVERIFY(tokens.value(QStringLiteral("access_token"))
                    .toString()
                    .startsWith(QStringLiteral("tla_")));
        QVERIFY(tokens.value(QStringLiteral("refresh_token"))
                    .toString()
                    .startsWith(QStringLiteral("tlr_")));

        const auto me = client.http.get(
            m_server.url(QStringLiteral("/v1/me")),
            HttpClient::bearer(tokens.value(QStringLiteral("access_token")).toString()));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    }

    // RFC 6749 4.1.1: state is recommended, not required.
    void stateIsOptional()
    {
        OAuthTestClient client(m_server);
        QUrl link = client.authorizeUrl();
        QUrlQuery query(link);
        query.removeAllQueryItems(QStringLiteral("state"));
        link.setQuery(query);
        const auto signInPage = client.http.get(link);
        QCOMPARE(signInPage.status, 200);
        const auto consentPage =
            client.submitSignIn(signInPage, QStringLiteral("alice"), m_password);
        const auto redirect = client.submitConsent(consentPage, QStringLiteral("approve"));
        QCOMPARE(redirect.status, 303);
        const QUrlQuery returned(QUrl(QString::fromUtf8(redirect.header("Location"))));
        QVERIFY(!returned.hasQueryItem(QStringLiteral("state")));
        QCOMPARE(client.exchangeCode(returned.queryItemValue(QStringLiteral("code"))).status, 200);
    }

    void wrongPasswordShowsTheFormAgain()
    {
        OAuthTestClient client(m_server);
        const auto page = client.openAuthorize();
        const auto again =
            client.submitSignIn(page, QStringLiteral("alice"), QStringLiteral("wrong"));
        QCOMPARE(again.status, 200);
        QVERIFY(again.body.contains("Wrong username or password."));
        QVERIFY(again.body.contains("value=\"alice\""));
        const auto unknownUser =
            client.submitSignIn(page, QStringLiteral("nobody"), QStringLiteral("wrong"));
        QVERIFY(unknownUser.body.contains("Wrong username or password."));
        // The same request still signs in with the right password.
        const auto consent = client.submitSignIn(again, QStringLiteral("alice"), m_password);
        QVERIFY(consent.body.contains("Allow access"));
    }

    void denyingConsentRedirectsWithAccessDenied()
    {
        OAuthTestClient client(m_server);
        const auto consent =
            client.submitSignIn(client.openAuthorize(), QStringLiteral("alice"), m_password);
        const auto redirect = client.submitConsent(consent, QStringLiteral("deny"));
        QCOMPARE(redirect.status, 303);
        QCOMPARE(OAuthTestClient::redirectParam(redirect, QStringLiteral("error")),
                 QStringLiteral("access_denied"));
        QCOMPARE(OAuthTestClient::redirectParam(redirect, QStringLiteral("state")), client.state);
        QVERIFY(OAuthTestClient::redirectParam(redirect, QStringLiteral("code")).isEmpty());
    }

    void adminScopeOnlyForAdmins()
    {
        OAuthTestClient user(m_server);
        user.scope = QStringLiteral("tasks:read admin");
        QCOMPARE(user.signIn(QStringLiteral("alice"), m_password)
                     .value(QStringLiteral("scope"))
                     .toString(),
                 QStringLiteral("tasks:read"));
        // An administrator, with two-factor authentication on as the admin scope needs.
        HttpClient http;
        OAuthTestClient admin(m_server);
        admin.scope = QStringLiteral("tasks:read admin");
        TwoFactorAccount::enableFor(m_server, http, QStringLiteral("root"), m_password)
            .answerSignIns(admin);
        QCOMPARE(admin.signIn(QStringLiteral("root"), m_password)
                     .value(QStringLiteral("scope"))
                     .toString(),
                 QStringLiteral("tasks:read admin"));
    }

    void onlyScopesTheAccountMayGrantAreRefused()
    {
        OAuthTestClient client(m_server);
        client.scope = QStringLiteral("admin");
        const auto redirect =
            client.submitSignIn(client.openAuthorize(), QStringLiteral("alice"), m_password);
        QCOMPARE(redirect.status, 303);
        QCOMPARE(OAuthTestClient::redirectParam(redirect, QStringLiteral("error")),
                 QStringLiteral("invalid_scope"));
        QCOMPARE(OAuthTestClient::redirectParam(redirect, QStringLiteral("state")), client.state);
    }

    void bearerSchemeIsCaseInsensitive()
    {
        OAuthTestClient client(m_server);
        const QString token = client.signIn(QStringLiteral("alice"), m_password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        for (const QByteArray &scheme :
             {QByteArray("Bearer "), QByteArray("bearer "), QByteArray("BEARER ")}) {
            QCOMPARE(client.http
                         .get(m_server.url(QStringLiteral("/v1/me")),
                              {{"Authorization", scheme + token.toLatin1()}})
                         .status,
                     200);
        }
        const auto basic = client.http.get(m_server.url(QStringLiteral("/v1/me")),
                                           {{"Authorization", "Basic YWxpY2U6eA=="}});
        QCOMPARE(basic.status, 401);
        QCOMPARE(basic.header("WWW-Authenticate"), QByteArray("Bearer realm=\"tasklane\""));
    }

    void queryStringThatIsNotUtf8IsABadRequest()
    {
        HttpClient http;
        const auto reply = http.get(
            QUrl(m_server.baseUrl() + QStringLiteral("/oauth2/authorize?client_id=%FF%FE")));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.body.contains("not valid UTF-8"));
    }

    void loopbackRedirectMatchesOnAnyPort()
    {
        OAuthTestClient client(m_server);
        client.redirectUri = QStringLiteral("http://127.0.0.1:61234/");
        QVERIFY(!client.signIn(QStringLiteral("alice"), m_password).isEmpty());
        OAuthTestClient ipv6(m_server);
        ipv6.redirectUri = QStringLiteral("http://[::1]:5000/callback");
        QCOMPARE(ipv6.openAuthorize().status, 200);
    }

    void invalidClientOrRedirectShowsAnErrorPageNeverARedirect_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("redirectUri");
        QTest::newRow("unknown client")
            << QStringLiteral("no-such-client") << QStringLiteral("http://127.0.0.1:1/callback");
        QTest::newRow("foreign host")
            << QStringLiteral("tasklane-desktop") << QStringLiteral("http://evil.example/callback");
        QTest::newRow("https loopback")
            << QStringLiteral("tasklane-desktop") << QStringLiteral("https://127.0.0.1:1/callback");
        QTest::newRow("other path")
            << QStringLiteral("tasklane-desktop") << QStringLiteral("http://127.0.0.1:1/elsewhere");
        QTest::newRow("localhost name")
            << QStringLiteral("tasklane-desktop") << QStringLiteral("http://localhost:1/callback");
    }

    void invalidClientOrRedirectShowsAnErrorPageNeverARedirect()
    {
        QFETCH(QString, clientId);
        QFETCH(QString, redirectUri);
        OAuthTestClient client(m_server, clientId);
        client.redirectUri = redirectUri;
        const auto reply = client.openAuthorize();
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Request id: req-"));
    }

    void requestErrorsRedirectToTheClient_data()
    {
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain PKCE refused")
            << QStringLiteral("code_challenge_method") << QStringLiteral("plain")
            << QStringLiteral("invalid_request");
        QTest::newRow("no challenge")
            << QStringLiteral("code_challenge") << QString() << QStringLiteral("invalid_request");
        QTest::newRow("short challenge")
            << QStringLiteral("code_challenge") << QStringLiteral("abc")
            << QStringLiteral("invalid_request");
        QTest::newRow("token response type")
            << QStringLiteral("response_type") << QStringLiteral("token")
            << QStringLiteral("unsupported_response_type");
        QTest::newRow("unknown scope")
            << QStringLiteral("scope") << QStringLiteral("tasks:read email")
            << QStringLiteral("invalid_scope");
    }

    void requestErrorsRedirectToTheClient()
    {
        QFETCH(QString, parameter);
        QFETCH(QString, value);
        QFETCH(QString, error);
        OAuthTestClient client(m_server);
        QUrl url = client.authorizeUrl();
        QUrlQuery query(url);
        query.removeQueryItem(parameter);
        if (!value.isEmpty())
            query.addQueryItem(parameter, value);
        url.setQuery(query);
        const auto reply = client.http.get(url);
        QCOMPARE(reply.status, 302);
        QCOMPARE(OAuthTestClient::redirectParam(reply, QStringLiteral("error")), error);
        QCOMPARE(OAuthTestClient::redirectParam(reply, QStringLiteral("state")), client.state);
    }

    void codeIsSingleUseAndReplayRevokesItsTokens()
    {
        OAuthTestClient client(m_server);
        const QString code = client.authorizationCode(QStringLiteral("alice"), m_password);
        const auto first = client.exchangeCode(code);
        QCOMPARE(first.status, 200);
        const QString access = first.json().value(QStringLiteral("access_token")).toString();
        const QString refresh = first.json().value(QStringLiteral("refresh_token")).toString();
        QCOMPARE(client.http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(access))
                     .status,
                 200);

        const auto replay = client.exchangeCode(code);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(client.http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(access))
                     .status,
                 401);
        QCOMPARE(client.refresh(refresh).json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }

    void wrongVerifierOrRedirectOrClientIsInvalidGrant()
    {
        {
            OAuthTestClient client(m_server);
            const QString code = client.authorizationCode(QStringLiteral("alice"), m_password);
            const auto reply = client.exchangeCode(code, QStringLiteral("x").repeated(43));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_grant"));
            // A failed attempt burns the code: the right verifier no longer helps.
            QCOMPARE(client.exchangeCode(code).status, 400);
        }
        {
            OAuthTestClient client(m_server);
            const QString code = client.authorizationCode(QStringLiteral("alice"), m_password);
            client.redirectUri = QStringLiteral("http://127.0.0.1:49153/callback");
            QCOMPARE(client.exchangeCode(code).json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_grant"));
        }
        {
            OAuthTestClient client(m_server);
            const QString code = client.authorizationCode(QStringLiteral("alice"), m_password);
            client.clientId = QStringLiteral("no-such-client");
            const auto reply = client.exchangeCode(code);
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_client"));
        }
    }

    void tokenEndpointRequestErrors()
    {
        OAuthTestClient client(m_server);
        HttpClient &http = client.http;
        const QUrl token = m_server.url(QStringLiteral("/oauth2/token"));
        auto reply = http.postForm(
            token, {{QStringLiteral("grant_type"), QStringLiteral("password")},
                    {QStringLiteral("client_id"), QStringLiteral("tasklane-desktop")}});
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unsupported_grant_type"));
        reply = http.postForm(token,
                              {{QStringLiteral("client_id"), QStringLiteral("tasklane-desktop")}});
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_request"));
        reply = http.post(token, "{\"grant_type\":\"authorization_code\"}", "application/json");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_request"));
        reply = http.post(
            token,
            "grant_type=refresh_token&grant_type=authorization_code&client_id=tasklane-desktop",
            "application/x-www-form-urlencoded");
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_request"));
        reply = http.postForm(token,
                              {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                               {QStringLiteral("client_id"), QStringLiteral("tasklane-desktop")},
                               {QStringLiteral("code"), QStringLiteral("garbage")},
                               {QStringLiteral("redirect_uri"), client.redirectUri},
                               {QStringLiteral("code_verifier"), client.verifier}});
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }

    void formsRefuseMissingCsrfOrForeignBrowser()
    {
        OAuthTestClient client(m_server);
        const auto page = client.openAuthorize();
        const QString requestId =
            OAuthTestClient::formField(page.body, QStringLiteral("request_id"));
        const QUrl signIn = m_server.url(QStringLiteral("/oauth2/authorize/sign-in"));
        // Right cookie, wrong CSRF token.
        auto reply =
            client.http.postForm(signIn, {{QStringLiteral("request_id"), requestId},
                                          {QStringLiteral("csrf_token"), QStringLiteral("forged")},
                                          {QStringLiteral("username"), QStringLiteral("alice")},
                                          {QStringLiteral("password"), m_password}});
        QCOMPARE(reply.status, 403);
        // Right CSRF token, from another browser (no cookie).
        HttpClient otherBrowser;
        reply = otherBrowser.postForm(
            signIn, {{QStringLiteral("request_id"), requestId},
                     {QStringLiteral("csrf_token"),
                      OAuthTestClient::formField(page.body, QStringLiteral("csrf_token"))},
                     {QStringLiteral("username"), QStringLiteral("alice")},
                     {QStringLiteral("password"), m_password}});
        QCOMPARE(reply.status, 403);
        QVERIFY(!reply.body.contains("Allow access"));
        // Consent cannot be given before signing in.
        reply = client.submitConsent(page, QStringLiteral("approve"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OAuthFlow)
#include "tst_oauthflow.moc"
