// The app's sign-in (QOAuth2AuthorizationCodeFlow + PKCE + the Qt 6.4 fixes) against the real
// server, with a stand-in browser that fills in the server's real HTML forms.
#include "FormBrowser.h"
#include "HttpClient.h"
#include "OAuthSignIn.h"
#include "Pkce.h"
#include "TestServer.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace {
const QString Password = QStringLiteral("app-sign-in-password");
}

class tst_OAuthSignIn : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    QString m_issuer; // from the server's metadata, as ServerDiscovery reads it

    OAuthEndpoints endpoints() const
    {
        OAuthEndpoints e;
        e.authorizationUrl = m_server.url(QStringLiteral("/oauth2/authorize"));
        e.tokenUrl = m_server.url(QStringLiteral("/oauth2/token"));
        e.deviceName = QStringLiteral("Test workstation");
        // As SessionManager passes them: the metadata says the server sends `iss`.
        e.issuer = m_issuer;
        e.issuerRequired = true;
        return e;
    }

    int meStatus(const QString &accessToken)
    {
        HttpClient http;
        return http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(accessToken))
            .status;
    }

    OAuthTokens signedIn()
    {
        OAuthSignIn signIn(&m_network);
        FormBrowser browser(QStringLiteral("olga"), Password);
        signIn.setBrowserLauncher(browser.launcher());
        QSignalSpy done(&signIn, &OAuthSignIn::signedIn);
        signIn.signIn(endpoints());
        if (!done.wait(30000))
            return {};
        return done.first().first().value<OAuthTokens>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<OAuthTokens>();
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("olga"), Password));
        HttpClient http;
        const QJsonObject metadata =
            http.get(m_server.url(QStringLiteral("/.well-known/oauth-authorization-server")))
                .json();
        m_issuer = metadata.value(QStringLiteral("issuer")).toString();
        QVERIFY(!m_issuer.isEmpty());
        QCOMPARE(metadata.value(QStringLiteral("authorization_response_iss_parameter_supported")),
                 QJsonValue(true));
    }

    // RFC 9207: an answer naming another issuer (a mix-up) or, from a server that always names
    // itself, none, fails the sign-in, and its code is never sent to the token endpoint.
    void anAnswerFromAnotherIssuerIsRefused_data()
    {
        QTest::addColumn<QString>("iss"); // empty: removed
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("other issuer")
            << QStringLiteral("https://attacker.example") << true << false;
        QTest::newRow("other issuer, not required")
            << QStringLiteral("https://attacker.example") << false << false;
        QTest::newRow("issuer with a trailing slash") << QStringLiteral("%1/") << true << false;
        QTest::newRow("missing, required") << QString() << true << false;
        QTest::newRow("missing, not required") << QString() << false << true;
        QTest::newRow("the right one") << QStringLiteral("%1") << true << true;
    }

    void anAnswerFromAnotherIssuerIsRefused()
    {
        QFETCH(QString, iss);
        QFETCH(bool, required);
        QFETCH(bool, accepted);
        QNetworkAccessManager network; // its own, to see whether a token request was made
        OAuthSignIn signIn(&network);
        FormBrowser browser(QStringLiteral("olga"), Password);
        const QString replacement = iss.contains(QLatin1String("%1")) ? iss.arg(m_issuer) : iss;
        browser.rewriteRedirect = [replacement](const QUrl &url) {
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("iss"));
            if (!replacement.isEmpty())
                query.addQueryItem(QStringLiteral("iss"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(replacement)));
            QUrl changed = url;
            changed.setQuery(query);
            return changed;
        };
        signIn.setBrowserLauncher(browser.launcher());
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QSignalSpy done(&signIn, &OAuthSignIn::signedIn);
        OAuthEndpoints e = endpoints();
        e.issuerRequired = required;
        signIn.signIn(e);
        if (accepted) {
            QVERIFY2(done.wait(30000),
                     qPrintable(browser.lastError + failed.value(0).value(1).toString()));
            QCOMPARE(meStatus(done.first().first().value<OAuthTokens>().accessToken), 200);
            return;
        }
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("issuer_mismatch"));
        const QString message = failed.first().at(1).toString();
        QVERIFY2(message.contains(m_issuer) && message.contains(QStringLiteral("refused")),
                 qPrintable(message));
        // No request of any kind went out on the sign-in's network access manager: the code
        // was not offered to the token endpoint.
        QVERIFY(network.findChildren<QNetworkReply *>().isEmpty());
        QTest::qWait(200); // nothing may arrive late
        QVERIFY(network.findChildren<QNetworkReply *>().isEmpty());
        QVERIFY(done.isEmpty());
        QVERIFY(!signIn.isBusy());
    }

    void pkcePairMatchesRfc7636()
    {
        QCOMPARE(
            PkcePair::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
            QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const PkcePair a = PkcePair::generate();
        const PkcePair b = PkcePair::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, PkcePair::challengeFor(a.verifier));
    }

    void signInThroughTheBrowserGivesWorkingTokens()
    {
        OAuthSignIn signIn(&m_network);
        FormBrowser browser(QStringLiteral("olga"), Password);
        signIn.setBrowserLauncher(browser.launcher());
        QSignalSpy waiting(&signIn, &OAuthSignIn::waitingForBrowser);
        QSignalSpy done(&signIn, &OAuthSignIn::signedIn);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.signIn(endpoints());

        QCOMPARE(waiting.size(), 1);
        const QUrl link = waiting.first().first().toUrl();
        QCOMPARE(signIn.authorizationLink(), link);
        const QUrlQuery query(link);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).size(), 32);

        QVERIFY2(done.wait(30000),
                 qPrintable(browser.lastError + failed.value(0).value(1).toString()));
        const OAuthTokens tokens = done.first().first().value<OAuthTokens>();
        QVERIFY(tokens.accessToken.startsWith(QStringLiteral("tla_")));
        QVERIFY(tokens.refreshToken.startsWith(QStringLiteral("tlr_")));
        QVERIFY(tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
        QCOMPARE(meStatus(tokens.accessToken), 200);
        QVERIFY(browser.loopbackPage.body.contains("return to the Tasklane app"));
        QVERIFY(failed.isEmpty());
        QVERIFY(!signIn.isBusy());
    }

    void everySignInHasItsOwnStateAndVerifier()
    {
        OAuthSignIn first(&m_network);
        OAuthSignIn second(&m_network);
        QSignalSpy a(&first, &OAuthSignIn::waitingForBrowser);
        QSignalSpy b(&second, &OAuthSignIn::waitingForBrowser);
        first.setBrowserLauncher([](const QUrl &) { return true; });
        second.setBrowserLauncher([](const QUrl &) { return true; });
        first.signIn(endpoints());
        second.signIn(endpoints());
        const QUrlQuery qa(a.first().first().toUrl());
        const QUrlQuery qb(b.first().first().toUrl());
        QVERIFY(qa.queryItemValue(QStringLiteral("state")) !=
                qb.queryItemValue(QStringLiteral("state")));
        QVERIFY(qa.queryItemValue(QStringLiteral("code_challenge")) !=
                qb.queryItemValue(QStringLiteral("code_challenge")));
        QVERIFY(qa.queryItemValue(QStringLiteral("redirect_uri")) !=
                qb.queryItemValue(QStringLiteral("redirect_uri")));
    }

    void deniedInTheBrowserIsReported()
    {
        OAuthSignIn signIn(&m_network);
        FormBrowser browser(QStringLiteral("olga"), Password);
        browser.decision = QStringLiteral("deny");
        signIn.setBrowserLauncher(browser.launcher());
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QSignalSpy done(&signIn, &OAuthSignIn::signedIn);
        signIn.signIn(endpoints());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("access_denied"));
        QVERIFY(done.isEmpty());
    }

    void aMismatchedStateIsRefused()
    {
        OAuthSignIn signIn(&m_network);
        FormBrowser browser(QStringLiteral("olga"), Password);
        browser.rewriteRedirect = [](const QUrl &url) {
            QUrlQuery query(url);
            query.removeQueryItem(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state"));
            QUrl changed = url;
            changed.setQuery(query);
            return changed;
        };
        signIn.setBrowserLauncher(browser.launcher());
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QSignalSpy done(&signIn, &OAuthSignIn::signedIn);
        signIn.signIn(endpoints());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("state_mismatch"));
        QTest::qWait(200); // nothing may arrive late
        QVERIFY(done.isEmpty());
    }

    void otherRequestsToTheLoopbackPortAreIgnored()
    {
        // A real browser (Chromium in tests/e2e) asks the loopback origin for /favicon.ico as
        // well; that request must not count as the browser's answer.
        OAuthSignIn signIn(&m_network);
        FormBrowser browser(QStringLiteral("olga"), Password);
        HttpClient stray;
        HttpClient::Reply icon;
        browser.beforeFollowingRedirect = [&] {
            const QUrl loopback(signIn.redirectUri());
            icon = stray.get(loopback.resolved(QUrl(QStringLiteral("/favicon.ico"))));
        };
        signIn.setBrowserLauncher(browser.launcher());
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QSignalSpy done(&signIn, &OAuthSignIn::signedIn);
        signIn.signIn(endpoints());
        QVERIFY2(done.wait(30000),
                 qPrintable(browser.lastError + failed.value(0).value(1).toString()));
        QVERIFY(failed.isEmpty());
        QVERIFY(icon.status != 200); // turned away, not answered as the callback
        QCOMPARE(browser.redirectFollowed.path(), QStringLiteral("/callback"));
        QCOMPARE(meStatus(done.first().first().value<OAuthTokens>().accessToken), 200);
    }

    void aBrowserThatCannotOpenIsReported()
    {
        OAuthSignIn signIn(&m_network);
        signIn.setBrowserLauncher([](const QUrl &) { return false; });
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.signIn(endpoints());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("browser_failed"));
        QVERIFY(!signIn.authorizationLink().isEmpty());
    }

    void cancelStopsWaiting()
    {
        OAuthSignIn signIn(&m_network);
        signIn.setBrowserLauncher([](const QUrl &) { return true; });
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.signIn(endpoints());
        QVERIFY(signIn.isBusy());
        signIn.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("cancelled"));
        QVERIFY(!signIn.isBusy());
    }

    void refreshRotatesAndAReusedTokenFailsLoudly()
    {
        const OAuthTokens first = signedIn();
        QVERIFY(!first.refreshToken.isEmpty());

        OAuthSignIn signIn(&m_network);
        QSignalSpy refreshed(&signIn, &OAuthSignIn::refreshed);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.refresh(endpoints(), first.refreshToken);
        QVERIFY2(refreshed.wait(30000), qPrintable(failed.value(0).value(1).toString()));
        const OAuthTokens second = refreshed.first().first().value<OAuthTokens>();
        QVERIFY(second.refreshToken != first.refreshToken);
        QCOMPARE(meStatus(second.accessToken), 200);

        // Qt 6.4 alone would stay silent here; the reuse must be reported as invalid_grant.
        signIn.refresh(endpoints(), first.refreshToken);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(meStatus(second.accessToken), 401); // the family is revoked

        // The same object can try again after a failure (6.4's flow would be stuck).
        signIn.refresh(endpoints(), second.refreshToken);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.size(), 2);
    }

    void serverGoneDuringTheExchangeIsReported()
    {
        TestServer server;
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("pat"), Password));
        OAuthEndpoints e;
        e.authorizationUrl = server.url(QStringLiteral("/oauth2/authorize"));
        e.tokenUrl = server.url(QStringLiteral("/oauth2/token"));
        OAuthSignIn signIn(&m_network);
        FormBrowser browser(QStringLiteral("pat"), Password);
        browser.beforeFollowingRedirect = [&server] { server.stop(); };
        signIn.setBrowserLauncher(browser.launcher());
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        signIn.signIn(e);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("network_error"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OAuthSignIn)
#include "tst_oauthsignin.moc"
