// New sign-in alerts against the real server (docs/api.md 12.10): a sign-in from a network,
// software or device (the code exchange's device_id) the account has not used is flagged (in
// GET /v1/me/sign-in-alerts and the security log), a known one is not, nor is an account's first
// sign-in, nor its first with a device id; a malformed device id is refused without using up the
// code; "Yes" answers the alert, "No"
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
// Two installations of the app: 128 random bits in base64url, as DeviceId makes them.
const QString DeviceA = QStringLiteral("q3Jx0n1VbV4n8sYd2m7QfA");
const QString DeviceB = QStringLiteral("Z9-_kLmN0pQrStUvWxYz1w");
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
    // with `userAgent`, sending `deviceId` on the exchange when there is one.
    SignedInDevice signIn(const QString &username, const QByteArray &ip,
                          const QByteArray &userAgent = TasklaneLinux, const QString &deviceId = {})
    {
        OAuthTestClient client(m_server);
        client.http.userAgent = userAgent;
        client.deviceId = deviceId;
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

    // The reasons of the account's one open alert; "<n alerts>" when there is not exactly one.
    QStringList reasonsOfTheOnlyAlert(const QString &token)
    {
        const QJsonArray open = alerts(token);
        if (open.size() != 1)
            return {QStringLiteral("<%1 alerts>").arg(open.size())};
        return strings(open.first().toObject().value(QStringLiteral("reasons")));
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

    void newDeviceOnAKnownNetworkAndSoftwareIsFlagged()
    {
        const QString user = newUser();
        const auto first = signIn(user, "198.51.100.7", TasklaneLinux, DeviceA);
        // The same installation again, from another address of the /24: nothing new.
        signIn(user, "198.51.100.8", TasklaneLinux, DeviceA);
        QCOMPARE(alerts(first.accessToken).size(), 0);

        // Another installation: same network, same software, a device never seen.
        const auto other = signIn(user, "198.51.100.7", TasklaneLinux, DeviceB);
        QVERIFY(!other.sessionId.isEmpty());
        const QJsonArray open = alerts(first.accessToken);
        QCOMPARE(open.size(), 1);
        const QJsonObject alert = open.first().toObject();
        QCOMPARE(alert.value(QStringLiteral("sessionId")).toString(), other.sessionId);
        QCOMPARE(strings(alert.value(QStringLiteral("reasons"))),
                 QStringList{QStringLiteral("device")});
        const QJsonArray logged = events(first.accessToken, QStringLiteral("sign_in.alert"));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().toObject().value(QStringLiteral("id")),
                 alert.value(QStringLiteral("id")));
        QCOMPARE(strings(logged.first()
                             .toObject()
                             .value(QStringLiteral("details"))
                             .toObject()
                             .value(QStringLiteral("reasons"))),
                 QStringList{QStringLiteral("device")});

        // Known from now on, and the first device still is.
        signIn(user, "198.51.100.9", TasklaneLinux, DeviceB);
        signIn(user, "198.51.100.9", TasklaneLinux, DeviceA);
        QCOMPARE(alerts(first.accessToken).size(), 1);
    }

    void withoutADeviceIdThereIsNoDeviceDimension()
    {
        const QString user = newUser();
        const auto app = signIn(user, "198.51.100.7", TasklaneLinux, DeviceA);
        // No device_id (a browser, curl): only network and software count, as before.
        const auto bare = signIn(user, "198.51.100.7");
        QVERIFY(!bare.sessionId.isEmpty());
        QCOMPARE(alerts(app.accessToken).size(), 0);
        signIn(user, "198.51.100.7", FirefoxWindows);
        QCOMPARE(reasonsOfTheOnlyAlert(app.accessToken), QStringList{QStringLiteral("software")});
    }

    void theFirstDeviceIdOfAnAccountOnlyRemembers()
    {
        // An account used before its app sent device ids: the first id is not "new", or every
        // account would be asked about the installation it has always used.
        const QString user = newUser();
        const auto before = signIn(user, "198.51.100.7");
        signIn(user, "198.51.100.7", TasklaneLinux, DeviceA);
        QCOMPARE(alerts(before.accessToken).size(), 0);
        // The second one is.
        signIn(user, "198.51.100.7", TasklaneLinux, DeviceB);
        QCOMPARE(reasonsOfTheOnlyAlert(before.accessToken), QStringList{QStringLiteral("device")});
    }

    void devicesAreKnownPerAccount()
    {
        // One installation used by two accounts: known to the first is not known to the second.
        const QString alice = newUser();
        const QString bob = newUser();
        signIn(alice, "198.51.100.7", TasklaneLinux, DeviceA);
        const auto bobFirst = signIn(bob, "198.51.100.7", TasklaneLinux, DeviceB);
        signIn(bob, "198.51.100.7", TasklaneLinux, DeviceA);
        QCOMPARE(reasonsOfTheOnlyAlert(bobFirst.accessToken),
                 QStringList{QStringLiteral("device")});
    }

    void aMalformedDeviceIdIsRefusedAndTheCodeKept()
    {
        const QString user = newUser();
        const auto first = signIn(user, "198.51.100.7", TasklaneLinux, DeviceA);
        OAuthTestClient client(m_server);
        client.http.userAgent = TasklaneLinux;
        client.http.defaultHeaders = {{"X-Forwarded-For", "198.51.100.7"}};
        const QString code = client.authorizationCode(user, Password);
        QVERIFY(!code.isEmpty());
        const QStringList malformed{
            QStringLiteral("too-short"), QStringLiteral("has spaces in it, which is not base64url"),
            QStringLiteral("q3Jx0n1VbV4n8sYd2m7QfA=="), QString(65, QLatin1Char('a'))};
        for (const QString &bad : malformed) {
            client.deviceId = bad;
            const auto refused = client.exchangeCode(code);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_request"));
            QVERIFY(refused.json()
                        .value(QStringLiteral("error_description"))
                        .toString()
                        .contains(QStringLiteral("device_id")));
        }
        // The code was not used up: the same exchange with a good id signs in, from a new
        // device.
        client.deviceId = DeviceB;
        const auto accepted = client.exchangeCode(code);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(reasonsOfTheOnlyAlert(first.accessToken), QStringList{QStringLiteral("device")});
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

    void noForgetsWhatTheDeniedSignInTaught()
    {
        const QString user = newUser();
        const auto home = signIn(user, "198.51.100.7", TasklaneLinux, DeviceA);
        const auto intruder = signIn(user, "203.0.113.7", FirefoxWindows, DeviceB);
        const QStringList everythingNew{QStringLiteral("network"), QStringLiteral("software"),
                                        QStringLiteral("device")};
        QCOMPARE(reasonsOfTheOnlyAlert(home.accessToken), everythingNew);
        const QString id =
            alerts(home.accessToken).first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(answer(home.accessToken, id, QStringLiteral("deny")).status, 200);

        // The intruder comes back the same way: flagged again, for all three.
        signIn(user, "203.0.113.8", FirefoxWindows, DeviceB);
        QCOMPARE(reasonsOfTheOnlyAlert(home.accessToken), everythingNew);

        // What the account knew before the denied sign-in is still known.
        const QString again =
            alerts(home.accessToken).first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(answer(home.accessToken, again, QStringLiteral("confirm")).status, 204);
        signIn(user, "198.51.100.9", TasklaneLinux, DeviceA);
        QCOMPARE(alerts(home.accessToken).size(), 0);
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
