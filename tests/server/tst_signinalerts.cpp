// New sign-in alerts against the real server (docs/api.md 12.10): a sign-in from a network or
// software the account has not used is flagged (in GET /v1/me/sign-in-alerts and the security
// log), a known one is not, nor is an account's first sign-in; "Yes" answers the alert, "No"
// revokes the session it names (its tokens refused on the next request); another user's alert
// is not found; personal access tokens are refused. The client address comes through a trusted
// proxy's X-Forwarded-For, so one test machine plays several networks.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SignedInDevice.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString Password = QStringLiteral("alerts-password");
const QByteArray TasklaneLinux = "Tasklane/0.1 (Linux)";
const QByteArray FirefoxWindows =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

QStringList serverArguments()
{
    return TestServer::highRateLimits()
           << QStringLiteral("--trusted-proxy") << QStringLiteral("127.0.0.1/32");
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

} // namespace

class tst_SignInAlerts : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{serverArguments()};
    HttpClient m_http;
    int m_users = 0;

    QString newUser()
    {
        const QString name = QStringLiteral("alerted%1").arg(++m_users);
        if (!m_server.createUser(name, Password))
            qWarning("could not create %s", qPrintable(name));
        return name;
    }

    // Signs in through the pages and the code exchange from `ip` (as the trusted proxy says)
    // with `userAgent`.
    SignedInDevice signIn(const QString &username, const QByteArray &ip,
                          const QByteArray &userAgent = TasklaneLinux)
    {
        OAuthTestClient client(m_server);
        client.http.userAgent = userAgent;
        client.http.defaultHeaders = {{"X-Forwarded-For", ip}};
        return SignedInDevice::signIn(client, username, Password, m_server, m_http);
    }

    QJsonArray alerts(const QString &token)
    {
        const auto reply = m_http.get(m_server.url(QStringLiteral("/v1/me/sign-in-alerts")),
                                      HttpClient::bearer(token));
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    HttpClient::Reply answer(const QString &token, const QString &alertId, const QString &what)
    {
        return m_http.post(
            m_server.url(QStringLiteral("/v1/me/sign-in-alerts/%1/%2").arg(alertId, what)), {},
            "application/json", HttpClient::bearer(token));
    }

    // The account's security-log events of `type`, newest first.
    QJsonArray events(const QString &token, const QString &type)
    {
        const auto reply =
            m_http.get(m_server.url(QStringLiteral("/v1/me/security-events?type=%1").arg(type)),
                       HttpClient::bearer(token));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    int meStatus(const QString &token)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(token)).status;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void firstSignInIsNotAnAlert()
    {
        const QString user = newUser();
        const auto first = signIn(user, "198.51.100.7");
        QVERIFY(!first.sessionId.isEmpty());
        QCOMPARE(alerts(first.accessToken).size(), 0);
        QCOMPARE(events(first.accessToken, QStringLiteral("sign_in.alert")).size(), 0);
        QCOMPARE(events(first.accessToken, QStringLiteral("sign_in.succeeded")).size(), 1);
    }

    void knownNetworkAndSoftwareAreNotFlagged()
    {
        const QString user = newUser();
        const auto first = signIn(user, "198.51.100.7");
        // Another address of the same /24, and an update of the same software.
        signIn(user, "198.51.100.200");
        const auto third = signIn(user, "198.51.100.7", "Tasklane/0.2 (Linux)");
        QVERIFY(!third.sessionId.isEmpty());
        QCOMPARE(alerts(first.accessToken).size(), 0);
        QCOMPARE(events(first.accessToken, QStringLiteral("sign_in.succeeded")).size(), 3);
    }

    void newNetworkIsFlagged()
    {
        const QString user = newUser();
        const auto home = signIn(user, "198.51.100.7");
        const auto away = signIn(user, "203.0.113.7");
        QVERIFY(!away.sessionId.isEmpty());

        const QJsonArray open = alerts(home.accessToken);
        QCOMPARE(open.size(), 1);
        const QJsonObject alert = open.first().toObject();
        QCOMPARE(alert.value(QStringLiteral("sessionId")).toString(), away.sessionId);
        QCOMPARE(alert.value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.7"));
        QCOMPARE(alert.value(QStringLiteral("network")).toString(),
                 QStringLiteral("203.0.113.0/24"));
        QCOMPARE(alert.value(QStringLiteral("software")).toString(),
                 QStringLiteral("Tasklane on Linux"));
        QCOMPARE(strings(alert.value(QStringLiteral("reasons"))),
                 QStringList{QStringLiteral("network")});
        QVERIFY(!alert.value(QStringLiteral("occurredAt")).toString().isEmpty());
        QCOMPARE(alert.value(QStringLiteral("current")).toBool(), false);
        // The new device sees its own alert marked as its own.
        const QJsonArray own = alerts(away.accessToken);
        QCOMPARE(own.size(), 1);
        QCOMPARE(own.first().toObject().value(QStringLiteral("current")).toBool(), true);

        // The same in the security log, with the alert's id and session.
        const QJsonArray logged = events(home.accessToken, QStringLiteral("sign_in.alert"));
        QCOMPARE(logged.size(), 1);
        const QJsonObject event = logged.first().toObject();
        QCOMPARE(event.value(QStringLiteral("id")), alert.value(QStringLiteral("id")));
        QCOMPARE(event.value(QStringLiteral("sessionId")).toString(), away.sessionId);
        QCOMPARE(event.value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.7"));
        QCOMPARE(event.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("software"))
                     .toString(),
                 QStringLiteral("Tasklane on Linux"));

        // Known from now on: signing in from there again raises nothing new.
        signIn(user, "203.0.113.99");
        QCOMPARE(alerts(home.accessToken).size(), 1);
    }

    void newSoftwareIsFlagged()
    {
        const QString user = newUser();
        const auto app = signIn(user, "198.51.100.7");
        const auto browser = signIn(user, "198.51.100.7", FirefoxWindows);
        const QJsonArray open = alerts(app.accessToken);
        QCOMPARE(open.size(), 1);
        const QJsonObject alert = open.first().toObject();
        QCOMPARE(alert.value(QStringLiteral("sessionId")).toString(), browser.sessionId);
        QCOMPARE(alert.value(QStringLiteral("software")).toString(),
                 QStringLiteral("Firefox on Windows"));
        QCOMPARE(strings(alert.value(QStringLiteral("reasons"))),
                 QStringList{QStringLiteral("software")});

        // Both new at once: one alert naming both.
        const auto elsewhere = signIn(user, "192.0.2.10", "curl/7.88.1");
        const QJsonArray both = alerts(app.accessToken);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.last().toObject().value(QStringLiteral("sessionId")).toString(),
                 elsewhere.sessionId);
        QCOMPARE(strings(both.last().toObject().value(QStringLiteral("reasons"))),
                 (QStringList{QStringLiteral("network"), QStringLiteral("software")}));
    }

    void ipv6NetworksAreSlash48()
    {
        const QString user = newUser();
        const auto first = signIn(user, "2001:db8:1:2::5");
        signIn(user, "2001:db8:1:ffff::9");
        QCOMPARE(alerts(first.accessToken).size(), 0);
        signIn(user, "2001:db8:2::1");
        const QJsonArray open = alerts(first.accessToken);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().toObject().value(QStringLiteral("network")).toString(),
                 QStringLiteral("2001:db8:2::/48"));
    }

    void yesAnswersTheAlert()
    {
        const QString user = newUser();
        const auto home = signIn(user, "198.51.100.7");
        const auto away = signIn(user, "203.0.113.7");
        const QString id =
            alerts(home.accessToken).first().toObject().value(QStringLiteral("id")).toString();

        QCOMPARE(answer(home.accessToken, id, QStringLiteral("confirm")).status, 204);
        QCOMPARE(alerts(home.accessToken).size(), 0);
        const QJsonArray logged =
            events(home.accessToken, QStringLiteral("sign_in.alert_confirmed"));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first()
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("alertId"))
                     .toString(),
                 id);
        // The session it named goes on; a second answer is a conflict.
        QCOMPARE(meStatus(away.accessToken), 200);
        VERIFY_API_ERROR(answer(home.accessToken, id, QStringLiteral("confirm")), 409, "CONFLICT");
        VERIFY_API_ERROR(answer(home.accessToken, id, QStringLiteral("deny")), 409, "CONFLICT");
    }

    void noRevokesTheSession()
    {
        const QString user = newUser();
        const auto home = signIn(user, "198.51.100.7");
        const auto intruder = signIn(user, "203.0.113.7", FirefoxWindows);
        QCOMPARE(meStatus(intruder.accessToken), 200);
        const QString id =
            alerts(home.accessToken).first().toObject().value(QStringLiteral("id")).toString();

        const auto denied = answer(home.accessToken, id, QStringLiteral("deny"));
        QCOMPARE(denied.status, 200);
        QCOMPARE(denied.json().value(QStringLiteral("sessionRevoked")).toBool(), true);
        // Its access token is refused on the very next request, its refresh token too.
        VERIFY_API_ERROR(m_http.get(m_server.url(QStringLiteral("/v1/me")),
                                    HttpClient::bearer(intruder.accessToken)),
                         401, "UNAUTHORIZED");
        verifyRefreshRefused(m_server, intruder);
        // The caller goes on; the alert is answered; the log has both steps.
        QCOMPARE(meStatus(home.accessToken), 200);
        QCOMPARE(alerts(home.accessToken).size(), 0);
        QCOMPARE(events(home.accessToken, QStringLiteral("sign_in.alert_denied")).size(), 1);
        const QJsonArray revoked = events(home.accessToken, QStringLiteral("session.revoked"));
        QCOMPARE(revoked.size(), 1);
        const QJsonObject details =
            revoked.first().toObject().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("revokedSessionId")).toString(), intruder.sessionId);
        QCOMPARE(details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("sign_in_denied"));
    }

    void anotherUsersAlertIsNotFound()
    {
        const QString owner = newUser();
        const auto home = signIn(owner, "198.51.100.7");
        const auto away = signIn(owner, "203.0.113.7");
        const QString id =
            alerts(home.accessToken).first().toObject().value(QStringLiteral("id")).toString();

        const auto stranger = signIn(newUser(), "203.0.113.50");
        QCOMPARE(alerts(stranger.accessToken).size(), 0);
        VERIFY_API_ERROR(answer(stranger.accessToken, id, QStringLiteral("deny")), 404,
                         "NOT_FOUND");
        VERIFY_API_ERROR(answer(stranger.accessToken, id, QStringLiteral("confirm")), 404,
                         "NOT_FOUND");
        VERIFY_API_ERROR(
            answer(home.accessToken, QStringLiteral("no-such-alert"), QStringLiteral("confirm")),
            404, "NOT_FOUND");
        // Nothing happened to the owner's session or alert.
        QCOMPARE(meStatus(away.accessToken), 200);
        QCOMPARE(alerts(home.accessToken).size(), 1);
    }

    void personalAccessTokensAreRefused()
    {
        const QString user = newUser();
        const auto home = signIn(user, "198.51.100.7");
        const auto created = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("script")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
            HttpClient::bearer(home.accessToken));
        QCOMPARE(created.status, 201);
        const QString pat = created.json().value(QStringLiteral("token")).toString();
        VERIFY_API_ERROR(m_http.get(m_server.url(QStringLiteral("/v1/me/sign-in-alerts")),
                                    HttpClient::bearer(pat)),
                         403, "FORBIDDEN");
    }
};

QTEST_GUILESS_MAIN(tst_SignInAlerts)
#include "tst_signinalerts.moc"
