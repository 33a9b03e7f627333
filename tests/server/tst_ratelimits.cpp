// Rate limits per credential, per client IP and on sign-in attempts per account: 429 with
// Retry-After and RateLimit headers, in the documented error shape.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"

#include <QTest>

namespace {
const QString Password = QStringLiteral("rate-limit-password");
}

class tst_RateLimits : public QObject
{
    Q_OBJECT

private slots:
    void perCredentialLimit()
    {
        TestServer server({QStringLiteral("--rate-limit-credential"), QStringLiteral("5")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("gina"), Password));
        OAuthTestClient client(server);
        const QString token = client.signIn(QStringLiteral("gina"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        HttpClient http;
        for (int i = 0; i < 5; ++i) {
            const auto reply =
                http.get(server.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("RateLimit-Limit"), QByteArray("5"));
            QCOMPARE(reply.header("RateLimit-Remaining").toInt(), 4 - i);
            QCOMPARE(reply.header("X-RateLimit-Remaining").toInt(), 4 - i);
        }
        const auto limited =
            http.get(server.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("RATE_LIMITED"));
        QVERIFY(limited.json()
                    .value(QStringLiteral("requestId"))
                    .toString()
                    .startsWith(QStringLiteral("req-")));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(limited.header("RateLimit-Remaining"), QByteArray("0"));
        // Another credential of the same user is counted on its own.
        OAuthTestClient second(server);
        const QString other = second.signIn(QStringLiteral("gina"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QCOMPARE(http.get(server.url(QStringLiteral("/v1/me")), HttpClient::bearer(other)).status,
                 200);
    }

    void perIpLimit()
    {
        TestServer server({QStringLiteral("--rate-limit-ip"), QStringLiteral("3")});
        QVERIFY(server.start());
        HttpClient http;
        for (int i = 0; i < 3; ++i)
            QCOMPARE(http.get(server.url(QStringLiteral("/v1/me"))).status, 401);
        const auto limited = http.get(server.url(QStringLiteral("/v1/me")));
        QCOMPARE(limited.status, 429);
        QVERIFY(!limited.header("Retry-After").isEmpty());
        // The token endpoint shares the IP budget and answers in OAuth's error shape.
        const auto token =
            http.postForm(server.url(QStringLiteral("/oauth2/token")),
                          {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")}});
        QCOMPARE(token.status, 429);
        QCOMPARE(token.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("temporarily_unavailable"));
        QVERIFY(!token.header("Retry-After").isEmpty());
    }

    void failedSignInsLockTheAccountForAWhile()
    {
        TestServer server({QStringLiteral("--rate-limit-sign-in"), QStringLiteral("3")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("hank"), Password));
        QVERIFY(server.createUser(QStringLiteral("ivy"), Password));
        OAuthTestClient client(server);
        auto page = client.openAuthorize();
        for (int i = 0; i < 3; ++i) {
            page = client.submitSignIn(page, QStringLiteral("hank"),
                                       QStringLiteral("wrong-%1").arg(i));
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains("Wrong username or password."));
        }
        // Now even the right password is refused until the window passes, with a stated wait.
        const auto locked = client.submitSignIn(page, QStringLiteral("HANK"), Password);
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.body.contains("Too many failed sign-in attempts"));
        QVERIFY(locked.header("Retry-After").toInt() > 0);
        // Other accounts are not affected.
        OAuthTestClient other(server);
        QVERIFY(!other.signIn(QStringLiteral("ivy"), Password).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RateLimits)
#include "tst_ratelimits.moc"
