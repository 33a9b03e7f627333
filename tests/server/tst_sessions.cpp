// Active sessions against the real server: several real OAuth sign-ins of one account (other
// devices, user agents and clients) listed with their fields and exactly one `current`, never
// another account's; revoking one, the current one, or all others ends their access and
// refresh tokens on the very next request while the caller keeps working; 404s; and the
// security-settings rule (personal access tokens and tokens without `account` refused).
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SignedInDevice.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString Password = QStringLiteral("sessions-password");
const QString DesktopClientName = QStringLiteral("Tasklane for desktop");

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

using Device = SignedInDevice;

} // namespace

class tst_Sessions : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    HttpClient m_http;
    int m_users = 0;

    // A fresh account per test, so the sessions of one test never show up in another.
    QString newUser()
    {
        const QString name = QStringLiteral("user%1").arg(++m_users);
        if (!m_server.createUser(name, Password))
            qWarning("could not create %s", qPrintable(name));
        return name;
    }

    // Signs in through the real browser flow and the code exchange, as the app does.
    Device signIn(const QString &username, const QString &deviceName,
                  const QByteArray &userAgent = "Tasklane/0.1 (Linux)",
                  const QString &scope = QStringLiteral("tasks:read tasks:write account"),
                  const QString &clientId = QStringLiteral("tasklane-desktop"))
    {
        OAuthTestClient client(m_server, clientId);
        client.deviceName = deviceName;
        client.scope = scope;
        client.http.userAgent = userAgent;
        return Device::signIn(client, username, Password, m_server, m_http);
    }

    HttpClient::Reply me(const QString &accessToken)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(accessToken));
    }

    HttpClient::Reply list(const QString &accessToken)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me/sessions")),
                          HttpClient::bearer(accessToken));
    }

    QJsonArray items(const QString &accessToken)
    {
        const auto reply = list(accessToken);
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    QStringList ids(const QString &accessToken)
    {
        QStringList result;
        const QJsonArray sessions = items(accessToken);
        for (const QJsonValue &session : sessions)
            result.append(session.toObject().value(QStringLiteral("id")).toString());
        return result;
    }

    HttpClient::Reply revoke(const QString &accessToken, const QString &sessionId)
    {
        return m_http.send("DELETE", m_server.url(QStringLiteral("/v1/me/sessions/") + sessionId),
                           {}, HttpClient::bearer(accessToken));
    }

    HttpClient::Reply revokeOthers(const QString &accessToken, const QByteArray &body = {})
    {
        return m_http.post(m_server.url(QStringLiteral("/v1/me/sessions/revoke-others")), body,
                           "application/json", HttpClient::bearer(accessToken));
    }

    HttpClient::Reply refresh(const Device &device)
    {
        OAuthTestClient client(m_server, device.clientId);
        return client.refresh(device.refreshToken);
    }

    // The session's access token is refused and its refresh token too: it is over.
    void verifyEnded(const Device &device)
    {
        const auto refused = me(device.accessToken);
        VERIFY_API_ERROR(refused, 401, "UNAUTHORIZED");
        verifyRefreshRefused(m_server, device);
    }

    QString registerClient(const QString &name)
    {
        const auto reply =
            m_http.postJson(m_server.url(QStringLiteral("/oauth2/register")),
                            QJsonObject{{QStringLiteral("client_name"), name},
                                        {QStringLiteral("redirect_uris"),
                                         QJsonArray{QStringLiteral("http://127.0.0.1/callback")}}});
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("client_id")).toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void theListShowsEachSignedInDevice()
    {
        const QString user = newUser();
        const QString other = newUser();
        const QString backupClient = registerClient(QStringLiteral("Backup helper"));
        QVERIFY(!backupClient.isEmpty());

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Device laptop = signIn(user, QStringLiteral("carol-laptop"));
        const Device desktop =
            signIn(user, QStringLiteral("office desktop"), "Tasklane/0.1 (Windows NT 10.0)");
        const Device helper =
            signIn(user, QStringLiteral("backup box"), "BackupHelper/3.2",
                   QStringLiteral("tasks:read tasks:write account"), backupClient);
        const Device stranger = signIn(other, QStringLiteral("stranger's phone"));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        for (const Device &device : {laptop, desktop, helper, stranger})
            QVERIFY(!device.sessionId.isEmpty());

        const auto reply = list(laptop.accessToken);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Cache-Control").contains("no-store"));
        // No secret of any kind in the listing.
        for (const Device &device : {laptop, desktop, helper})
            QVERIFY(!reply.body.contains(device.accessToken.toLatin1()) &&
                    !reply.body.contains(device.refreshToken.toLatin1()));
        const QJsonArray sessions = reply.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(sessions.size(), 3);

        struct Expected
        {
            Device device;
            QString deviceName;
            QString userAgent;
            QString clientId;
            QString clientName;
        };
        // Most recently active first: the order of signing in, newest first.
        const QList<Expected> expected{
            {helper, QStringLiteral("backup box"), QStringLiteral("BackupHelper/3.2"), backupClient,
             QStringLiteral("Backup helper")},
            {desktop, QStringLiteral("office desktop"),
             QStringLiteral("Tasklane/0.1 (Windows NT 10.0)"), QStringLiteral("tasklane-desktop"),
             DesktopClientName},
            {laptop, QStringLiteral("carol-laptop"), QStringLiteral("Tasklane/0.1 (Linux)"),
             QStringLiteral("tasklane-desktop"), DesktopClientName},
        };
        int currentCount = 0;
        for (int i = 0; i < expected.size(); ++i) {
            const QJsonObject session = sessions.at(i).toObject();
            const Expected &want = expected.at(i);
            const QByteArray shown = QJsonDocument(session).toJson(QJsonDocument::Compact);
            QCOMPARE(session.keys(),
                     QStringList({QStringLiteral("clientId"), QStringLiteral("clientName"),
                                  QStringLiteral("createdAt"), QStringLiteral("current"),
                                  QStringLiteral("deviceName"), QStringLiteral("expiresAt"),
                                  QStringLiteral("id"), QStringLiteral("ip"),
                                  QStringLiteral("lastActiveAt"), QStringLiteral("userAgent")}));
            QCOMPARE(session.value(QStringLiteral("id")).toString(), want.device.sessionId);
            QCOMPARE(session.value(QStringLiteral("deviceName")).toString(), want.deviceName);
            QCOMPARE(session.value(QStringLiteral("userAgent")).toString(), want.userAgent);
            QCOMPARE(session.value(QStringLiteral("clientId")).toString(), want.clientId);
            QCOMPARE(session.value(QStringLiteral("clientName")).toString(), want.clientName);
            QCOMPARE(session.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
            const qint64 created = msecs(session.value(QStringLiteral("createdAt")));
            QVERIFY2(created >= before - 1000 && created <= after + 1000, shown.constData());
            QVERIFY2(msecs(session.value(QStringLiteral("lastActiveAt"))) >= created,
                     shown.constData());
            // Never refreshed yet: 30 days (the default idle time) after the sign-in.
            QCOMPARE(msecs(session.value(QStringLiteral("expiresAt"))),
                     created + 30 * 24 * 60 * 60 * 1000LL);
            QVERIFY(session.value(QStringLiteral("current")).isBool());
            if (session.value(QStringLiteral("current")).toBool()) {
                ++currentCount;
                QCOMPARE(want.device.sessionId, laptop.sessionId);
            }
        }
        QCOMPARE(currentCount, 1);

        // Each device sees the same sessions, with itself as the current one.
        const QJsonArray fromDesktop = items(desktop.accessToken);
        QCOMPARE(fromDesktop.size(), 3);
        for (const QJsonValue &session : fromDesktop) {
            const QJsonObject object = session.toObject();
            QCOMPARE(object.value(QStringLiteral("current")).toBool(),
                     object.value(QStringLiteral("id")).toString() == desktop.sessionId);
        }

        // The other account sees only its own session.
        const QJsonArray theirs = items(stranger.accessToken);
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs.at(0).toObject().value(QStringLiteral("id")).toString(),
                 stranger.sessionId);
        QVERIFY(theirs.at(0).toObject().value(QStringLiteral("current")).toBool());
    }

    void revokingASessionEndsItOnTheNextRequest()
    {
        const QString user = newUser();
        const Device caller = signIn(user, QStringLiteral("laptop"));
        const Device lost = signIn(user, QStringLiteral("lost phone"));
        QCOMPARE(me(lost.accessToken).status, 200);

        const auto reply = revoke(caller.accessToken, lost.sessionId);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        verifyEnded(lost);

        // The caller keeps working, and the revoked session is gone from the list.
        QCOMPARE(me(caller.accessToken).status, 200);
        QCOMPARE(ids(caller.accessToken), QStringList{caller.sessionId});
        const auto refreshed = refresh(caller);
        QCOMPARE(refreshed.status, 200);

        // Revoked already: not found, like an unknown id.
        VERIFY_API_ERROR(revoke(caller.accessToken, lost.sessionId), 404, "NOT_FOUND");
    }

    void revokingTheCurrentSessionSignsTheCallerOut()
    {
        const QString user = newUser();
        const Device caller = signIn(user, QStringLiteral("laptop"));
        const Device other = signIn(user, QStringLiteral("desktop"));

        QCOMPARE(revoke(caller.accessToken, caller.sessionId).status, 204);
        verifyEnded(caller);
        // Only that session ended.
        QCOMPARE(ids(other.accessToken), QStringList{other.sessionId});
    }

    void revokeOthersLeavesOnlyTheCaller()
    {
        const QString user = newUser();
        const QString other = newUser();
        const Device caller = signIn(user, QStringLiteral("laptop"));
        const Device second = signIn(user, QStringLiteral("desktop"));
        const Device third = signIn(user, QStringLiteral("tablet"), "TabletApp/1.0");
        const Device stranger = signIn(other, QStringLiteral("their laptop"));
        QCOMPARE(items(caller.accessToken).size(), 3);

        const auto reply = revokeOthers(caller.accessToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("revoked"), 2}}));
        verifyEnded(second);
        verifyEnded(third);
        QCOMPARE(ids(caller.accessToken), QStringList{caller.sessionId});
        QCOMPARE(refresh(caller).status, 200);
        // Another account's sessions are untouched.
        QCOMPARE(ids(stranger.accessToken), QStringList{stranger.sessionId});

        // Nothing left to revoke; an empty JSON object is an acceptable body.
        const auto again = revokeOthers(caller.accessToken, "{}");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), QJsonObject({{QStringLiteral("revoked"), 0}}));
    }

    void revokeOthersTakesNoFields()
    {
        const QString user = newUser();
        const Device caller = signIn(user, QStringLiteral("laptop"));
        const Device second = signIn(user, QStringLiteral("desktop"));
        const auto refused = revokeOthers(caller.accessToken, R"({"keep":["x"]})");
        VERIFY_API_ERROR(refused, 422, "VALIDATION_FAILED");
        QCOMPARE(refused.json()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("keep"));
        VERIFY_API_ERROR(revokeOthers(caller.accessToken, "[]"), 400, "BAD_REQUEST");
        // Nothing was revoked by the refused requests.
        QCOMPARE(me(second.accessToken).status, 200);
    }

    void unknownAndOtherUsersSessionsAreNotFound()
    {
        const QString user = newUser();
        const QString other = newUser();
        const Device caller = signIn(user, QStringLiteral("laptop"));
        const Device stranger = signIn(other, QStringLiteral("their laptop"));

        // Another account's session answers exactly like a missing one, and stays alive.
        const auto foreign = revoke(caller.accessToken, stranger.sessionId);
        VERIFY_API_ERROR(foreign, 404, "NOT_FOUND");
        const auto unknown =
            revoke(caller.accessToken, QStringLiteral("6f1c1f0e-0a7e-4c3e-9d6b-2d0c8f2b9a11"));
        VERIFY_API_ERROR(unknown, 404, "NOT_FOUND");
        QCOMPARE(foreign.json().value(QStringLiteral("message")),
                 unknown.json().value(QStringLiteral("message")));
        VERIFY_API_ERROR(revoke(caller.accessToken, QStringLiteral("not-an-id")), 404, "NOT_FOUND");
        QCOMPARE(me(stranger.accessToken).status, 200);
        QCOMPARE(refresh(stranger).status, 200);
        QCOMPARE(me(caller.accessToken).status, 200);
    }

    void personalAccessTokensAreRefused()
    {
        const QString user = newUser();
        const Device caller = signIn(user, QStringLiteral("laptop"));
        const Device second = signIn(user, QStringLiteral("desktop"));
        const auto created = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("script")},
                        {QStringLiteral("scopes"),
                         QJsonArray{QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}}},
            HttpClient::bearer(caller.accessToken));
        QCOMPARE(created.status, 201);
        const QString pat = created.json().value(QStringLiteral("token")).toString();

        const auto listing = list(pat);
        VERIFY_API_ERROR(listing, 403, "FORBIDDEN");
        // Refused for what it is, not for a missing scope.
        QVERIFY(!listing.header("WWW-Authenticate").contains("insufficient_scope"));
        VERIFY_API_ERROR(revoke(pat, second.sessionId), 403, "FORBIDDEN");
        VERIFY_API_ERROR(revokeOthers(pat), 403, "FORBIDDEN");
        QCOMPARE(items(caller.accessToken).size(), 2);
        QCOMPARE(me(second.accessToken).status, 200);
    }

    void accessTokensNeedTheAccountScope()
    {
        const QString user = newUser();
        const Device full = signIn(user, QStringLiteral("laptop"));
        const Device narrow = signIn(user, QStringLiteral("task widget"), "Widget/1.0",
                                     QStringLiteral("tasks:read tasks:write"));
        QVERIFY(!narrow.sessionId.isEmpty());

        const auto replies = {list(narrow.accessToken), revoke(narrow.accessToken, full.sessionId),
                              revokeOthers(narrow.accessToken)};
        for (const auto &reply : replies) {
            VERIFY_API_ERROR(reply, 403, "FORBIDDEN");
            QVERIFY(reply.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
            QVERIFY(reply.header("WWW-Authenticate").contains("scope=\"account\""));
        }
        QCOMPARE(me(full.accessToken).status, 200);
        QCOMPARE(items(full.accessToken).size(), 2);

        // And no token at all is a 401.
        VERIFY_API_ERROR(m_http.get(m_server.url(QStringLiteral("/v1/me/sessions"))), 401,
                         "UNAUTHORIZED");
    }
};

QTEST_GUILESS_MAIN(tst_Sessions)
#include "tst_sessions.moc"
