// Session lifetimes and the purge of spent rows against the real server, its clock moved through
// --clock-offset-file instead of waiting (docs/api.md 12.5, 16.1): a session ends 30 days after
// its last refresh and 90 days after sign-in, its refresh token then answers invalid_grant saying
// which, a refresh just before the idle end keeps it going, its access tokens stop working too
// (also when the look-up was cached), the sessions lists (own and admin) give expiresAt and leave
// ended sessions out, and the purge at start removes spent rows while the security log keeps
// every event.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "ServerClock.h"
#include "SignedInDevice.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString Password = QStringLiteral("lifetimes-password");
const QString AllScopes = QStringLiteral("tasks:read tasks:write account admin");
const QString IdleEnd = QStringLiteral("The session ended after 30 days without use.");
const QString MaxEnd = QStringLiteral("The session ended: a session lasts at most 90 days.");

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class tst_SessionLifetimes : public QObject
{
    Q_OBJECT

private:
    ServerClock m_clock;
    TestServer m_server{TestServer::highRateLimits() + m_clock.arguments()};
    HttpClient m_http;
    int m_users = 0;
    // Administrators, with two-factor authentication on for the admin scope; their sign-ins type
    // backup codes, which do not depend on the moved clock.
    QHash<QString, TwoFactorAccount> m_twoFactor;
    QString m_admin;

    QString newUser(const TestServer &server, bool admin = false)
    {
        const QString name = QStringLiteral("life%1").arg(++m_users);
        if (!server.createUser(name, Password, admin))
            qWarning("could not create %s", qPrintable(name));
        return name;
    }

    SignedInDevice signIn(const TestServer &server, const QString &username,
                          const QString &scope = QStringLiteral("tasks:read tasks:write account"))
    {
        OAuthTestClient client(server);
        client.scope = scope;
        if (m_twoFactor.contains(username))
            m_twoFactor[username].answerSignIns(client);
        return SignedInDevice::signIn(client, username, Password, server, m_http);
    }

    // A refresh-token grant; on success the device carries the new tokens.
    HttpClient::Reply refresh(const TestServer &server, SignedInDevice &device)
    {
        OAuthTestClient client(server, device.clientId);
        const auto reply = client.refresh(device.refreshToken);
        if (reply.status == 200) {
            device.accessToken = reply.json().value(QStringLiteral("access_token")).toString();
            device.refreshToken = reply.json().value(QStringLiteral("refresh_token")).toString();
        }
        return reply;
    }

    HttpClient::Reply me(const TestServer &server, const QString &accessToken)
    {
        return m_http.get(server.url(QStringLiteral("/v1/me")), HttpClient::bearer(accessToken));
    }

    QJsonArray sessions(const QString &accessToken)
    {
        const auto reply = m_http.get(m_server.url(QStringLiteral("/v1/me/sessions")),
                                      HttpClient::bearer(accessToken));
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    static QJsonObject sessionIn(const QJsonArray &items, const QString &id)
    {
        for (const QJsonValue &item : items) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id)
                return item.toObject();
        }
        return {};
    }

    // Starts a server on `dataDir` and stops it again: the purge runs at start, before the
    // server says it is listening.
    static bool purgeByStartingOn(const QString &dataDir, const ServerClock &clock)
    {
        TestServer server(TestServer::highRateLimits() + clock.arguments());
        server.shareDataDir(dataDir);
        return server.start() && server.stop() == 0;
    }

    static void verifyEnded(const HttpClient::Reply &reply, const QString &description)
    {
        QVERIFY2(reply.status == 400, qPrintable(describeReply(reply)));
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(reply.json().value(QStringLiteral("error_description")).toString(), description);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        // Made while the server's clock is still the real one: turning two-factor authentication
        // on needs a TOTP code of the server's time.
        m_admin = newUser(m_server, true);
        m_twoFactor.insert(m_admin,
                           TwoFactorAccount::enableFor(m_server, m_http, m_admin, Password));
        QVERIFY(!m_twoFactor.value(m_admin).isEmpty());
    }

    void idleSessionEndsAfterThirtyDays()
    {
        const QString user = newUser(m_server);
        SignedInDevice device = signIn(m_server, user);
        QVERIFY(!device.sessionId.isEmpty());

        m_clock.advanceDays(30.01);
        verifyEnded(refresh(m_server, device), IdleEnd);
        // Not listed any more to the account's next sign-in.
        const SignedInDevice later = signIn(m_server, user);
        const QJsonArray items = sessions(later.accessToken);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("id")).toString(), later.sessionId);
    }

    void refreshBeforeIdleEndKeepsSessionUntilMaxAge()
    {
        const QString user = newUser(m_server);
        SignedInDevice device = signIn(m_server, user);
        QVERIFY(!device.sessionId.isEmpty());

        // Each refresh a little before the idle end starts the idle time again.
        for (int round = 0; round < 3; ++round) {
            m_clock.advanceDays(29.9);
            const auto reply = refresh(m_server, device);
            QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
            QCOMPARE(me(m_server, device.accessToken).status, 200);
        }
        // 89.99 days old: the access token this refresh gives lives only as long as the session
        // has left (about 14 minutes), so the app comes back when the session ends.
        m_clock.advanceDays(0.29);
        const auto last = refresh(m_server, device);
        QVERIFY2(last.status == 200, qPrintable(describeReply(last)));
        const int expiresIn = last.json().value(QStringLiteral("expires_in")).toInt();
        QVERIFY2(expiresIn > 800 && expiresIn < 900, qPrintable(QString::number(expiresIn)));

        m_clock.advanceDays(0.02); // 90.01 days since sign-in, 0.02 since the last refresh
        verifyEnded(refresh(m_server, device), MaxEnd);
        const auto refused = me(m_server, device.accessToken);
        VERIFY_API_ERROR(refused, 401, "UNAUTHORIZED");
    }

    // The guard itself, and through the cached look-up: a token whose own expiry is later than
    // its session's end (the session's limits were shortened after it was issued) is refused at
    // the end. Two servers on one database: the first issues 3-day access tokens, the second
    // ends sessions after one idle day.
    void accessTokenRefusedAfterSessionEnd()
    {
        ServerClock clock;
        TestServer issuing(
            TestServer::highRateLimits() + clock.arguments() +
            QStringList{QStringLiteral("--access-token-lifetime"), QStringLiteral("259200")});
        QVERIFY(issuing.start());
        TestServer shorter(TestServer::highRateLimits() + clock.arguments() +
                           QStringList{QStringLiteral("--session-idle-days"), QStringLiteral("1")});
        shorter.shareDataDir(issuing.dataDir());
        QVERIFY(shorter.start());

        const QString user = newUser(issuing);
        SignedInDevice device = signIn(issuing, user);
        QVERIFY(!device.sessionId.isEmpty());
        QCOMPARE(me(shorter, device.accessToken).status, 200); // now in its look-up cache

        clock.advanceDays(1.01); // the token has two more days; the session has ended
        QCOMPARE(me(issuing, device.accessToken).status, 200);
        const auto refused = me(shorter, device.accessToken);
        VERIFY_API_ERROR(refused, 401, "UNAUTHORIZED");
        QCOMPARE(refused.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("The session ended after 1 day without use."));
        QVERIFY(refused.header("WWW-Authenticate").contains("invalid_token"));
        verifyEnded(refresh(shorter, device),
                    QStringLiteral("The session ended after 1 day without use."));

        // Introspection (RFC 7662) calls both of its tokens inactive on that server.
        const auto client =
            issuing.runCli({QStringLiteral("client"), QStringLiteral("add"),
                            QStringLiteral("Resource server"), QStringLiteral("--confidential")});
        const QString clientId =
            QRegularExpression(QStringLiteral("client_id=(\\S+)")).match(client.out).captured(1);
        const QString secret = QRegularExpression(QStringLiteral("client_secret=(\\S+)"))
                                   .match(client.out)
                                   .captured(1);
        QVERIFY2(!secret.isEmpty(), qPrintable(client.out + client.err));
        const auto introspect = [&](const TestServer &server, const QString &token) {
            const QByteArray basic = (clientId + QLatin1Char(':') + secret).toUtf8().toBase64();
            return m_http
                .postForm(server.url(QStringLiteral("/oauth2/introspect")),
                          {{QStringLiteral("token"), token}}, {{"Authorization", "Basic " + basic}})
                .json()
                .value(QStringLiteral("active"));
        };
        QCOMPARE(introspect(issuing, device.accessToken), QJsonValue(true));
        QCOMPARE(introspect(shorter, device.accessToken), QJsonValue(false));
        QCOMPARE(introspect(issuing, device.refreshToken), QJsonValue(true));
        QCOMPARE(introspect(shorter, device.refreshToken), QJsonValue(false));
    }

    void listsShowWhenSessionsEnd()
    {
        const QString admin = m_admin;
        const SignedInDevice adminDevice = signIn(m_server, admin, AllScopes);
        const QString user = newUser(m_server);
        SignedInDevice device = signIn(m_server, user);
        QVERIFY(!device.sessionId.isEmpty());

        const auto expiresAt = [&](const QJsonArray &items) {
            return msecs(sessionIn(items, device.sessionId).value(QStringLiteral("expiresAt")));
        };
        const QString userId =
            me(m_server, device.accessToken).json().value(QStringLiteral("id")).toString();
        // The admin signs in again each time: the clock moves on by weeks.
        const auto adminItems = [&](const QString &adminToken) {
            return m_http
                .get(m_server.url(QStringLiteral("/v1/admin/users/%1/sessions").arg(userId)),
                     HttpClient::bearer(adminToken))
                .json()
                .value(QStringLiteral("items"))
                .toArray();
        };

        // Fresh: 30 days after sign-in, the same in both lists.
        const QJsonObject fresh = sessionIn(sessions(device.accessToken), device.sessionId);
        const qint64 created = msecs(fresh.value(QStringLiteral("createdAt")));
        QCOMPARE(msecs(fresh.value(QStringLiteral("expiresAt"))),
                 created + 30 * ServerClock::DayMs);
        QCOMPARE(expiresAt(adminItems(adminDevice.accessToken)), created + 30 * ServerClock::DayMs);

        // A refresh on day 25 ends it on day 55; one on day 70 would move the idle end to day
        // 100, beyond the longest life: day 90.
        m_clock.advanceDays(25);
        QCOMPARE(refresh(m_server, device).status, 200);
        const qint64 refreshed = m_clock.now().toMSecsSinceEpoch();
        const qint64 afterRefresh = expiresAt(sessions(device.accessToken));
        QVERIFY(qAbs(afterRefresh - (refreshed + 30 * ServerClock::DayMs)) < 5000);
        m_clock.advanceDays(25);
        QCOMPARE(refresh(m_server, device).status, 200);
        m_clock.advanceDays(20);
        QCOMPARE(refresh(m_server, device).status, 200);
        QCOMPARE(expiresAt(sessions(device.accessToken)), created + 90 * ServerClock::DayMs);
        QCOMPARE(expiresAt(adminItems(signIn(m_server, admin, AllScopes).accessToken)),
                 created + 90 * ServerClock::DayMs);

        // Ended: gone from the administrator's list and from the user's count of sessions.
        m_clock.advanceDays(20.01);
        const SignedInDevice adminAgain = signIn(m_server, admin, AllScopes);
        const auto listing = m_http.get(m_server.url(QStringLiteral("/v1/admin/users?q=") + user),
                                        HttpClient::bearer(adminAgain.accessToken));
        QCOMPARE(listing.status, 200);
        const QJsonArray users = listing.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().toObject().value(QStringLiteral("activeSessions")).toInt(), 0);
        QCOMPARE(adminItems(adminAgain.accessToken).size(), 0);
    }

    // Many sign-ins and sign-outs, refreshes and abandoned sign-in pages, then 31 days later a
    // server starts on the same database: what is spent is gone, what may still be asked about
    // is there, and the security log has every event it had.
    void purgeBoundsRowsAndKeepsSecurityEvents()
    {
        ServerClock clock;
        TestServer first(TestServer::highRateLimits() + clock.arguments());
        QVERIFY(first.start());
        const QString user = newUser(first);
        constexpr int Rounds = 12;
        for (int round = 0; round < Rounds; ++round) {
            SignedInDevice device = signIn(first, user);
            QVERIFY(!device.sessionId.isEmpty());
            QCOMPARE(refresh(first, device).status, 200);
            OAuthTestClient client(first);
            QCOMPARE(client.revoke(device.refreshToken).status, 200); // sign-out
            QCOMPARE(client.openAuthorize().status, 200);             // a sign-in left open
        }
        SignedInDevice kept = signIn(first, user); // still signed in, never refreshed again
        QVERIFY(!kept.sessionId.isEmpty());
        QCOMPARE(first.stop(), 0);

        int events = 0;
        {
            const TestDatabase before(first);
            QVERIFY(before.isOpen());
            QCOMPARE(before.count(QStringLiteral("sessions")), Rounds + 1);
            QCOMPARE(before.count(QStringLiteral("authorization_codes")), Rounds + 1);
            QCOMPARE(before.count(QStringLiteral("refresh_tokens")), 2 * Rounds + 1);
            QVERIFY(before.count(QStringLiteral("access_tokens")) >= 1);
            QCOMPARE(before.count(QStringLiteral("authorization_requests")), Rounds);
            events = before.count(QStringLiteral("security_events"));
            QVERIFY(events >= 2 * Rounds + 1); // sign-ins and revocations at least
        }

        // The kept session ended by idleness on day 30 and has 29 more days before it goes.
        clock.advanceDays(31);
        QVERIFY(purgeByStartingOn(first.dataDir(), clock));
        {
            const TestDatabase after(first);
            QVERIFY(after.isOpen());
            QCOMPARE(after.count(QStringLiteral("sessions")), 1);
            QCOMPARE(after.count(QStringLiteral("sessions"),
                                 QStringLiteral("id = '%1'").arg(kept.sessionId)),
                     1);
            QCOMPARE(after.count(QStringLiteral("refresh_tokens")), 1);
            QCOMPARE(after.count(QStringLiteral("access_tokens")), 0);
            QCOMPARE(after.count(QStringLiteral("authorization_codes")), 0);
            QCOMPARE(after.count(QStringLiteral("authorization_requests")), 0);
            QCOMPARE(after.count(QStringLiteral("security_events")), events);
        }

        // Another 30 days: the kept session's retention is over too.
        clock.advanceDays(30);
        QVERIFY(purgeByStartingOn(first.dataDir(), clock));
        const TestDatabase last(first);
        QCOMPARE(last.count(QStringLiteral("sessions")), 0);
        QCOMPARE(last.count(QStringLiteral("refresh_tokens")), 0);
        QCOMPARE(last.count(QStringLiteral("security_events")), events);
        QCOMPARE(last.count(QStringLiteral("users")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SessionLifetimes)
#include "tst_sessionlifetimes.moc"
