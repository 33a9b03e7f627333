// The account security log against the real server: each event type is recorded after the
// real action that causes it (browser sign-in, code exchange, session revocation by the API
// and by RFC 7009 sign-out, by the server when a rotated refresh token or a used code comes
// back, personal access tokens made, used from a new address, revoked)
// with the request's IP, user agent, session and details and no secret; newest first; paging
// through nextCursor; the type filter; parameter validation; other accounts' logs invisible;
// and the security-settings rule.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString Password = QStringLiteral("security-log-password");
const QString Localhost = QStringLiteral("127.0.0.1");

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString typeOf(const QJsonValue &event)
{
    return event.toObject().value(QStringLiteral("type")).toString();
}

QJsonObject detailsOf(const QJsonValue &event)
{
    return event.toObject().value(QStringLiteral("details")).toObject();
}

QString describe(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

struct Device
{
    QString accessToken;
    QString refreshToken;
    QString sessionId;
};

} // namespace

class tst_SecurityEvents : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{{QStringLiteral("--rate-limit-ip"), QStringLiteral("100000"),
                         QStringLiteral("--rate-limit-credential"), QStringLiteral("100000"),
                         QStringLiteral("--rate-limit-sign-in"), QStringLiteral("1000")}};
    HttpClient m_http;
    int m_users = 0;

    // A fresh account per test: each test reads a log that only it wrote to.
    QString newUser()
    {
        const QString name = QStringLiteral("logger%1").arg(++m_users);
        if (!m_server.createUser(name, Password))
            qWarning("could not create %s", qPrintable(name));
        return name;
    }

    Device signIn(const QString &username, const QString &deviceName = QStringLiteral("Laptop"),
                  const QByteArray &userAgent = "Tasklane/0.1 (Linux)",
                  const QString &scope = QStringLiteral("tasks:read tasks:write account"))
    {
        OAuthTestClient client(m_server);
        client.deviceName = deviceName;
        client.scope = scope;
        client.http.userAgent = userAgent;
        const QJsonObject tokens = client.signIn(username, Password);
        Device device;
        device.accessToken = tokens.value(QStringLiteral("access_token")).toString();
        device.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
        device.sessionId =
            m_http
                .get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(device.accessToken))
                .json()
                .value(QStringLiteral("sessionId"))
                .toString();
        if (device.sessionId.isEmpty())
            qWarning("sign-in of %s failed", qPrintable(username));
        return device;
    }

    HttpClient::Reply events(const QString &accessToken, const QString &query = {})
    {
        QUrl url = m_server.url(QStringLiteral("/v1/me/security-events"));
        url.setQuery(query);
        return m_http.get(url, HttpClient::bearer(accessToken));
    }

    // The whole first page (at most 200), newest first.
    QJsonArray log(const QString &accessToken, const QString &query = QStringLiteral("limit=200"))
    {
        const auto reply = events(accessToken, query);
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    QJsonArray ofType(const QString &accessToken, const QString &type)
    {
        QJsonArray result;
        const QJsonArray all = log(accessToken);
        for (const QJsonValue &event : all) {
            if (typeOf(event) == type)
                result.append(event);
        }
        return result;
    }

    QJsonObject createToken(const Device &device, const QString &name,
                            const QStringList &scopes = {QStringLiteral("tasks:read")})
    {
        const auto reply = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}},
            HttpClient::bearer(device.accessToken));
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json();
    }

    int revokeToken(const Device &device, const QString &id)
    {
        return m_http
            .send("DELETE", m_server.url(QStringLiteral("/v1/me/tokens/") + id), {},
                  HttpClient::bearer(device.accessToken))
            .status;
    }

    // GET /v1/me from another loopback address: QNetworkAccessManager cannot choose its source
    // address, a bound socket can (Linux routes all of 127.0.0.0/8 to the loopback device).
    int meFrom(const QString &sourceIp, const QString &bearer, const QByteArray &userAgent)
    {
        QTcpSocket socket;
        if (!socket.bind(QHostAddress(sourceIp))) {
            qWarning("cannot bind %s: %s", qPrintable(sourceIp), qPrintable(socket.errorString()));
            return 0;
        }
        const QUrl base = m_server.url();
        socket.connectToHost(QHostAddress(base.host()), quint16(base.port()));
        if (!socket.waitForConnected(10000))
            return 0;
        socket.write("GET /v1/me HTTP/1.1\r\nHost: " + base.authority().toLatin1() +
                     "\r\nAuthorization: Bearer " + bearer.toLatin1() +
                     "\r\nUser-Agent: " + userAgent + "\r\nConnection: close\r\n\r\n");
        QByteArray response;
        while (!response.contains("\r\n\r\n") && socket.waitForReadyRead(30000))
            response += socket.readAll();
        // "HTTP/1.1 200 OK"
        return response.mid(9, 3).toInt();
    }

    int meFromLocalhost(const QString &bearer, const QByteArray &userAgent)
    {
        auto headers = HttpClient::bearer(bearer);
        headers.append({"User-Agent", userAgent});
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), headers).status;
    }

    // Sets users.disabled in the server's database while it runs: the CLI can disable an
    // account but not enable it again.
    bool setDisabled(const QString &username, bool disabled)
    {
        return TestDatabase(m_server).execute(
                   QStringLiteral("UPDATE users SET disabled = ? WHERE username = ?"),
                   {disabled ? 1 : 0, username}) == 1;
    }

    // The checks every event shares: its shape, where it came from, and when.
    static void checkEvent(const QJsonValue &value, const QString &type, const QString &ip,
                           const QString &userAgent, const QString &sessionId,
                           const QJsonObject &details)
    {
        const QJsonObject event = value.toObject();
        const QByteArray shown = describe(event).toUtf8();
        QCOMPARE(event.keys(),
                 QStringList({QStringLiteral("details"), QStringLiteral("id"), QStringLiteral("ip"),
                              QStringLiteral("occurredAt"), QStringLiteral("sessionId"),
                              QStringLiteral("type"), QStringLiteral("userAgent")}));
        QVERIFY2(!event.value(QStringLiteral("id")).toString().isEmpty(), shown.constData());
        QCOMPARE(event.value(QStringLiteral("type")).toString(), type);
        QCOMPARE(event.value(QStringLiteral("ip")).toString(), ip);
        QCOMPARE(event.value(QStringLiteral("userAgent")).toString(), userAgent);
        if (sessionId.isEmpty())
            QVERIFY2(event.value(QStringLiteral("sessionId")).isNull(), shown.constData());
        else
            QCOMPARE(event.value(QStringLiteral("sessionId")).toString(), sessionId);
        const qint64 at = msecs(event.value(QStringLiteral("occurredAt")));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(at > now - 10 * 60 * 1000 && at <= now + 1000, shown.constData());
        QCOMPARE(detailsOf(event), details);
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void aSignInIsLoggedWhenTheCodeIsExchanged()
    {
        const QString user = newUser();
        const Device device = signIn(user, QStringLiteral("Lab PC"), "LogTest/1.0 (sign-in)");
        QVERIFY(!device.sessionId.isEmpty());

        const QJsonArray all = log(device.accessToken);
        QCOMPARE(all.size(), 1);
        checkEvent(
            all.at(0), QStringLiteral("sign_in.succeeded"), Localhost,
            QStringLiteral("LogTest/1.0 (sign-in)"), device.sessionId,
            QJsonObject{{QStringLiteral("clientId"), QStringLiteral("tasklane-desktop")},
                        {QStringLiteral("clientName"), QStringLiteral("Tasklane for desktop")},
                        {QStringLiteral("deviceName"), QStringLiteral("Lab PC")},
                        {QStringLiteral("method"), QStringLiteral("password")}});

        // A refresh is no sign-in.
        OAuthTestClient client(m_server);
        QCOMPARE(client.refresh(device.refreshToken).status, 200);
        QCOMPARE(log(device.accessToken).size(), 1);
    }

    void failedSignInsAreLogged()
    {
        const QString user = newUser();
        OAuthTestClient browser(m_server);
        browser.http.userAgent = "Browser/99 (wrong password)";
        const auto page = browser.openAuthorize();
        QCOMPARE(page.status, 200);
        const auto wrong = browser.submitSignIn(page, user, QStringLiteral("not the password"));
        QCOMPARE(wrong.status, 200);
        QVERIFY(wrong.body.contains("Wrong username or password."));
        // An unknown account has no log; nothing of it may show up in this one.
        QCOMPARE(browser.submitSignIn(page, QStringLiteral("nobody-at-all"), Password).status, 200);

        // Disabled accounts: the right password is still refused, and logged with the reason.
        QVERIFY(setDisabled(user, true));
        OAuthTestClient disabledBrowser(m_server);
        disabledBrowser.http.userAgent = "Browser/99 (disabled)";
        const auto disabledPage = disabledBrowser.openAuthorize();
        const auto refused = disabledBrowser.submitSignIn(disabledPage, user, Password);
        QVERIFY(refused.body.contains("This account is disabled."));
        QVERIFY(setDisabled(user, false));

        const Device device = signIn(user);
        const QJsonArray failures = ofType(device.accessToken, QStringLiteral("sign_in.failed"));
        QCOMPARE(failures.size(), 2);
        // Newest first.
        checkEvent(failures.at(0), QStringLiteral("sign_in.failed"), Localhost,
                   QStringLiteral("Browser/99 (disabled)"), {},
                   QJsonObject{{QStringLiteral("reason"), QStringLiteral("disabled")}});
        checkEvent(failures.at(1), QStringLiteral("sign_in.failed"), Localhost,
                   QStringLiteral("Browser/99 (wrong password)"), {},
                   QJsonObject{{QStringLiteral("reason"), QStringLiteral("wrong_password")}});
        // The tried password is nowhere in the log.
        const auto raw = events(device.accessToken, QStringLiteral("limit=200"));
        QVERIFY(!raw.body.contains("not the password"));
        QVERIFY(!raw.body.contains(Password.toUtf8()));
    }

    void sessionRevocationsAreLogged()
    {
        const QString user = newUser();
        const Device caller = signIn(user, QStringLiteral("Laptop"), "Tasklane/0.1 (caller)");
        const Device lost = signIn(user, QStringLiteral("Lost phone"));
        const Device second = signIn(user, QStringLiteral("Desktop"));
        const Device third = signIn(user, QStringLiteral("Tablet"));
        const Device leaving = signIn(user, QStringLiteral("Kiosk"));

        auto callerHeaders = HttpClient::bearer(caller.accessToken);
        callerHeaders.append({"User-Agent", QByteArray("Tasklane/0.1 (caller)")});
        QCOMPARE(m_http
                     .send("DELETE",
                           m_server.url(QStringLiteral("/v1/me/sessions/") + lost.sessionId), {},
                           callerHeaders)
                     .status,
                 204);

        // RFC 7009 sign-out with the refresh token ends the session: logged as signed_out.
        OAuthTestClient kiosk(m_server);
        kiosk.http.userAgent = "Kiosk/2.0 (signing out)";
        QCOMPARE(kiosk.revoke(leaving.refreshToken).status, 200);
        // Revoking an access token ends no session, and a second sign-out changes nothing.
        QCOMPARE(kiosk.revoke(second.accessToken).status, 200);
        QCOMPARE(kiosk.revoke(leaving.refreshToken).status, 200);

        QCOMPARE(m_http
                     .post(m_server.url(QStringLiteral("/v1/me/sessions/revoke-others")), {},
                           "application/json", callerHeaders)
                     .json()
                     .value(QStringLiteral("revoked"))
                     .toInt(),
                 2);

        const QJsonArray revoked = ofType(caller.accessToken, QStringLiteral("session.revoked"));
        QCOMPARE(revoked.size(), 4);
        // revoke-others logs one event per session, in no particular order between them.
        QMap<QString, QJsonValue> byRevokedSession;
        for (int i = 0; i < 2; ++i)
            byRevokedSession.insert(
                detailsOf(revoked.at(i)).value(QStringLiteral("revokedSessionId")).toString(),
                revoked.at(i));
        QCOMPARE(QSet<QString>(byRevokedSession.keyBegin(), byRevokedSession.keyEnd()),
                 QSet<QString>({second.sessionId, third.sessionId}));
        checkEvent(byRevokedSession.value(second.sessionId), QStringLiteral("session.revoked"),
                   Localhost, QStringLiteral("Tasklane/0.1 (caller)"), caller.sessionId,
                   QJsonObject{{QStringLiteral("revokedSessionId"), second.sessionId},
                               {QStringLiteral("deviceName"), QStringLiteral("Desktop")},
                               {QStringLiteral("reason"), QStringLiteral("revoke_others")}});
        checkEvent(byRevokedSession.value(third.sessionId), QStringLiteral("session.revoked"),
                   Localhost, QStringLiteral("Tasklane/0.1 (caller)"), caller.sessionId,
                   QJsonObject{{QStringLiteral("revokedSessionId"), third.sessionId},
                               {QStringLiteral("deviceName"), QStringLiteral("Tablet")},
                               {QStringLiteral("reason"), QStringLiteral("revoke_others")}});
        checkEvent(revoked.at(2), QStringLiteral("session.revoked"), Localhost,
                   QStringLiteral("Kiosk/2.0 (signing out)"), leaving.sessionId,
                   QJsonObject{{QStringLiteral("revokedSessionId"), leaving.sessionId},
                               {QStringLiteral("deviceName"), QStringLiteral("Kiosk")},
                               {QStringLiteral("reason"), QStringLiteral("signed_out")}});
        checkEvent(revoked.at(3), QStringLiteral("session.revoked"), Localhost,
                   QStringLiteral("Tasklane/0.1 (caller)"), caller.sessionId,
                   QJsonObject{{QStringLiteral("revokedSessionId"), lost.sessionId},
                               {QStringLiteral("deviceName"), QStringLiteral("Lost phone")},
                               {QStringLiteral("reason"), QStringLiteral("revoked")}});

        // No token of any session is in the log.
        const auto raw = events(caller.accessToken, QStringLiteral("limit=200"));
        for (const Device &device : {caller, lost, second, third, leaving})
            QVERIFY(!raw.body.contains(device.accessToken.toLatin1()) &&
                    !raw.body.contains(device.refreshToken.toLatin1()));
    }

    void leakedCredentialsEndTheirSessionAndSayWhy()
    {
        const QString user = newUser();
        const Device watcher = signIn(user);

        // A rotated refresh token presented again (RFC 9700 section 4.14.2).
        const Device phone = signIn(user, QStringLiteral("Phone"));
        OAuthTestClient app(m_server);
        QCOMPARE(app.refresh(phone.refreshToken).status, 200);
        OAuthTestClient thief(m_server);
        thief.http.userAgent = "Thief/1.0 (refresh)";
        QCOMPARE(thief.refresh(phone.refreshToken).status, 400);

        // An authorization code exchanged twice.
        OAuthTestClient tablet(m_server);
        tablet.deviceName = QStringLiteral("Tablet");
        tablet.http.userAgent = "Thief/1.0 (code)";
        const QString code = tablet.authorizationCode(user, Password);
        const auto first = tablet.exchangeCode(code);
        QCOMPARE(first.status, 200);
        const QString tabletSession =
            m_http
                .get(m_server.url(QStringLiteral("/v1/me")),
                     HttpClient::bearer(
                         first.json().value(QStringLiteral("access_token")).toString()))
                .json()
                .value(QStringLiteral("sessionId"))
                .toString();
        QVERIFY(!tabletSession.isEmpty());
        QCOMPARE(tablet.exchangeCode(code).status, 400);
        // A third try finds the session ended already: nothing new to log.
        QCOMPARE(tablet.exchangeCode(code).status, 400);

        const QJsonArray revoked = ofType(watcher.accessToken, QStringLiteral("session.revoked"));
        QCOMPARE(revoked.size(), 2);
        checkEvent(
            revoked.at(0), QStringLiteral("session.revoked"), Localhost,
            QStringLiteral("Thief/1.0 (code)"), tabletSession,
            QJsonObject{{QStringLiteral("revokedSessionId"), tabletSession},
                        {QStringLiteral("deviceName"), QStringLiteral("Tablet")},
                        {QStringLiteral("reason"), QStringLiteral("authorization_code_replayed")}});
        checkEvent(revoked.at(1), QStringLiteral("session.revoked"), Localhost,
                   QStringLiteral("Thief/1.0 (refresh)"), phone.sessionId,
                   QJsonObject{{QStringLiteral("revokedSessionId"), phone.sessionId},
                               {QStringLiteral("deviceName"), QStringLiteral("Phone")},
                               {QStringLiteral("reason"), QStringLiteral("refresh_token_reused")}});
    }

    void personalAccessTokensAreLogged()
    {
        const QString user = newUser();
        const Device device = signIn(user, QStringLiteral("Laptop"), "Tasklane/0.1 (tokens)");
        auto headers = HttpClient::bearer(device.accessToken);
        headers.append({"User-Agent", QByteArray("Tasklane/0.1 (tokens)")});
        const auto created = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Backup script")},
                        {QStringLiteral("scopes"),
                         QJsonArray{QStringLiteral("tasks:write"), QStringLiteral("tasks:read")}}},
            headers);
        QCOMPARE(created.status, 201);
        const QString tokenId = created.json().value(QStringLiteral("id")).toString();
        const QString secret = created.json().value(QStringLiteral("token")).toString();
        const QJsonObject tokenDetails{
            {QStringLiteral("tokenId"), tokenId},
            {QStringLiteral("tokenName"), QStringLiteral("Backup script")}};

        // First use, again from the same address (nothing new), from another address, and back.
        QCOMPARE(meFromLocalhost(secret, "BackupScript/1.0 (first)"), 200);
        QCOMPARE(meFromLocalhost(secret, "BackupScript/1.0 (same place)"), 200);
        QCOMPARE(meFrom(QStringLiteral("127.0.0.2"), secret, "BackupScript/1.0 (elsewhere)"), 200);
        QCOMPARE(meFrom(QStringLiteral("127.0.0.2"), secret, "BackupScript/1.0 (elsewhere again)"),
                 200);
        QCOMPARE(meFromLocalhost(secret, "BackupScript/1.0 (back)"), 200);

        QCOMPARE(m_http
                     .send("DELETE", m_server.url(QStringLiteral("/v1/me/tokens/") + tokenId), {},
                           headers)
                     .status,
                 204);

        const QJsonArray all = log(device.accessToken);
        QStringList types;
        for (const QJsonValue &event : all)
            types.append(typeOf(event));
        QCOMPARE(
            types,
            QStringList({QStringLiteral("token.revoked"), QStringLiteral("token.used_from_new_ip"),
                         QStringLiteral("token.used_from_new_ip"),
                         QStringLiteral("token.used_from_new_ip"), QStringLiteral("token.created"),
                         QStringLiteral("sign_in.succeeded")}));
        checkEvent(all.at(0), QStringLiteral("token.revoked"), Localhost,
                   QStringLiteral("Tasklane/0.1 (tokens)"), device.sessionId, tokenDetails);
        // A token's use belongs to no session.
        checkEvent(all.at(1), QStringLiteral("token.used_from_new_ip"), Localhost,
                   QStringLiteral("BackupScript/1.0 (back)"), {}, tokenDetails);
        checkEvent(all.at(2), QStringLiteral("token.used_from_new_ip"), QStringLiteral("127.0.0.2"),
                   QStringLiteral("BackupScript/1.0 (elsewhere)"), {}, tokenDetails);
        checkEvent(all.at(3), QStringLiteral("token.used_from_new_ip"), Localhost,
                   QStringLiteral("BackupScript/1.0 (first)"), {}, tokenDetails);
        QJsonObject createdDetails = tokenDetails;
        createdDetails.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read"),
                                                                   QStringLiteral("tasks:write")});
        checkEvent(all.at(4), QStringLiteral("token.created"), Localhost,
                   QStringLiteral("Tasklane/0.1 (tokens)"), device.sessionId, createdDetails);

        const auto raw = events(device.accessToken, QStringLiteral("limit=200"));
        QVERIFY(!raw.body.contains(secret.toLatin1()));
        QVERIFY(!raw.body.contains(device.accessToken.toLatin1()));
    }

    void newestFirstAndPagedWithoutGapsOrRepeats()
    {
        const QString user = newUser();
        const Device device = signIn(user);
        // 1 sign-in + 26 * (created + revoked) = 53 events.
        for (int i = 0; i < 26; ++i) {
            const QJsonObject token = createToken(device, QStringLiteral("token %1").arg(i));
            QCOMPARE(revokeToken(device, token.value(QStringLiteral("id")).toString()), 204);
        }

        const QJsonArray whole = log(device.accessToken);
        QCOMPARE(whole.size(), 53);
        QCOMPARE(typeOf(whole.last()), QStringLiteral("sign_in.succeeded"));
        QCOMPARE(typeOf(whole.first()), QStringLiteral("token.revoked"));
        QCOMPARE(detailsOf(whole.first()).value(QStringLiteral("tokenName")).toString(),
                 QStringLiteral("token 25"));
        for (int i = 1; i < whole.size(); ++i)
            QVERIFY2(msecs(whole.at(i - 1).toObject().value(QStringLiteral("occurredAt"))) >=
                         msecs(whole.at(i).toObject().value(QStringLiteral("occurredAt"))),
                     qPrintable(describe(whole)));
        // Within one instant the order is still fixed: token i is created before it is revoked.
        for (int i = 0; i + 1 < whole.size() - 1; i += 2) {
            QCOMPARE(typeOf(whole.at(i)), QStringLiteral("token.revoked"));
            QCOMPARE(typeOf(whole.at(i + 1)), QStringLiteral("token.created"));
        }

        // Without a limit: 50, and a cursor to the rest.
        const auto first = events(device.accessToken);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("items")).toArray().size(), 50);
        QVERIFY(first.json().value(QStringLiteral("nextCursor")).isString());

        // Pages of 7 put together give exactly the whole log, in the same order.
        QJsonArray paged;
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("7"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const auto page = events(device.accessToken, query.toString(QUrl::FullyEncoded));
            QCOMPARE(page.status, 200);
            const QJsonArray pageItems = page.json().value(QStringLiteral("items")).toArray();
            QVERIFY(pageItems.size() <= 7);
            for (const QJsonValue &event : pageItems) {
                const QString id = event.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
                paged.append(event);
            }
            const QJsonValue next = page.json().value(QStringLiteral("nextCursor"));
            QVERIFY(next.isNull() || next.isString());
            cursor = next.toString();
            QVERIFY(++pages <= 8);
        } while (!cursor.isEmpty());
        QCOMPARE(pages, 8); // 7 * 7 + 4
        QCOMPARE(paged, whole);

        // A page that ends exactly at the last event says so.
        const auto exact = events(device.accessToken, QStringLiteral("limit=53"));
        QCOMPARE(exact.json().value(QStringLiteral("items")).toArray().size(), 53);
        QVERIFY(exact.json().value(QStringLiteral("nextCursor")).isNull());
    }

    void theTypeFilterPicksEventTypes()
    {
        const QString user = newUser();
        const Device device = signIn(user);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject token = createToken(device, QStringLiteral("token %1").arg(i));
            QCOMPARE(revokeToken(device, token.value(QStringLiteral("id")).toString()), 204);
        }

        const QJsonArray createdOnly =
            log(device.accessToken, QStringLiteral("type=token.created"));
        QCOMPARE(createdOnly.size(), 3);
        for (const QJsonValue &event : createdOnly)
            QCOMPARE(typeOf(event), QStringLiteral("token.created"));

        const QJsonArray commas =
            log(device.accessToken, QStringLiteral("type=token.created,sign_in.succeeded"));
        const QJsonArray repeated =
            log(device.accessToken,
                QStringLiteral("type=sign_in.succeeded&type=token.created&limit=200"));
        QCOMPARE(commas.size(), 4);
        QCOMPARE(repeated, commas);
        QCOMPARE(typeOf(commas.last()), QStringLiteral("sign_in.succeeded"));

        // A type that has no events yet is a valid filter with an empty answer.
        const auto none = events(device.accessToken, QStringLiteral("type=two_factor.enabled"));
        QCOMPARE(none.status, 200);
        QVERIFY(none.json().value(QStringLiteral("items")).toArray().isEmpty());
        QVERIFY(none.json().value(QStringLiteral("nextCursor")).isNull());

        // The filter holds across pages.
        const auto page1 = events(device.accessToken, QStringLiteral("type=token.revoked&limit=2"));
        QCOMPARE(page1.json().value(QStringLiteral("items")).toArray().size(), 2);
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("type"), QStringLiteral("token.revoked"));
        next.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
        next.addQueryItem(QStringLiteral("cursor"),
                          page1.json().value(QStringLiteral("nextCursor")).toString());
        const auto page2 = events(device.accessToken, next.toString(QUrl::FullyEncoded));
        const QJsonArray rest = page2.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(typeOf(rest.at(0)), QStringLiteral("token.revoked"));
        QCOMPARE(detailsOf(rest.at(0)).value(QStringLiteral("tokenName")).toString(),
                 QStringLiteral("token 0"));
        QVERIFY(page2.json().value(QStringLiteral("nextCursor")).isNull());
    }

    void invalidParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");

        const auto cursorOf = [](const QByteArray &text) {
            return QString::fromLatin1(
                text.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("limit");
        QTest::newRow("limit 201") << QStringLiteral("limit=201") << QStringLiteral("limit");
        QTest::newRow("limit negative") << QStringLiteral("limit=-1") << QStringLiteral("limit");
        QTest::newRow("limit not a number")
            << QStringLiteral("limit=ten") << QStringLiteral("limit");
        QTest::newRow("limit fractional") << QStringLiteral("limit=2.5") << QStringLiteral("limit");
        QTest::newRow("limit twice")
            << QStringLiteral("limit=5&limit=6") << QStringLiteral("limit");
        QTest::newRow("unknown type")
            << QStringLiteral("type=token.stolen") << QStringLiteral("type");
        QTest::newRow("one unknown type of two")
            << QStringLiteral("type=token.created,sign_in") << QStringLiteral("type");
        QTest::newRow("cursor not base64")
            << QStringLiteral("cursor=%25%25%25") << QStringLiteral("cursor");
        QTest::newRow("cursor without id")
            << QString(QStringLiteral("cursor=") + cursorOf("1700000000000"))
            << QStringLiteral("cursor");
        QTest::newRow("cursor id not ours")
            << QString(QStringLiteral("cursor=") + cursorOf("1700000000000:' OR 1=1 --"))
            << QStringLiteral("cursor");
        QTest::newRow("cursor time not a number")
            << QString(QStringLiteral("cursor=") +
                       cursorOf("soon:0c3e2f9c-3a52-4d8e-8a4c-5f2f4a4a7d10"))
            << QStringLiteral("cursor");
        QTest::newRow("cursor time negative")
            << QString(QStringLiteral("cursor=") +
                       cursorOf("-5:0c3e2f9c-3a52-4d8e-8a4c-5f2f4a4a7d10"))
            << QStringLiteral("cursor");
        QTest::newRow("cursor twice")
            << QString(
                   QStringLiteral("cursor=") + cursorOf("1:0c3e2f9c-3a52-4d8e-8a4c-5f2f4a4a7d10") +
                   QStringLiteral("&cursor=") + cursorOf("2:0c3e2f9c-3a52-4d8e-8a4c-5f2f4a4a7d10"))
            << QStringLiteral("cursor");
    }

    void invalidParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        static const Device device = signIn(newUser());
        const auto reply = events(device.accessToken, query);
        VERIFY_API_ERROR(reply, 422, "VALIDATION_FAILED");
        const QJsonArray details = reply.json().value(QStringLiteral("details")).toArray();
        QCOMPARE(details.size(), 1);
        QCOMPARE(details.at(0).toObject().value(QStringLiteral("field")).toString(), field);
    }

    void boundaryLimitsAreAccepted()
    {
        const Device device = signIn(newUser());
        for (const QString &query : {QStringLiteral("limit=1"), QStringLiteral("limit=200")}) {
            const auto reply = events(device.accessToken, query);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(QStringLiteral("items")).toArray().size(), 1);
        }
    }

    void anotherAccountsEventsAreInvisible()
    {
        const QString mine = newUser();
        const QString theirs = newUser();
        const Device me = signIn(mine);
        const Device them = signIn(theirs, QStringLiteral("Their laptop"));
        createToken(them, QStringLiteral("their script"));
        OAuthTestClient browser(m_server);
        const auto page = browser.openAuthorize();
        browser.submitSignIn(page, theirs, QStringLiteral("wrong"));

        const QJsonArray myLog = log(me.accessToken);
        QCOMPARE(myLog.size(), 1);
        QCOMPARE(typeOf(myLog.at(0)), QStringLiteral("sign_in.succeeded"));
        QCOMPARE(myLog.at(0).toObject().value(QStringLiteral("sessionId")).toString(),
                 me.sessionId);
        QCOMPARE(log(them.accessToken).size(), 3);

        // A cursor taken from their log only pages through mine.
        const auto theirPage = events(them.accessToken, QStringLiteral("limit=1"));
        const QString theirCursor = theirPage.json().value(QStringLiteral("nextCursor")).toString();
        QVERIFY(!theirCursor.isEmpty());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), theirCursor);
        const auto crossed = events(me.accessToken, query.toString(QUrl::FullyEncoded));
        QCOMPARE(crossed.status, 200);
        for (const QJsonValue &event : crossed.json().value(QStringLiteral("items")).toArray())
            QCOMPARE(event.toObject().value(QStringLiteral("sessionId")).toString(), me.sessionId);
    }

    void onlySignedInAppsWithTheAccountScopeMayRead()
    {
        const QString user = newUser();
        const Device device = signIn(user);
        const QString pat =
            createToken(device, QStringLiteral("script"),
                        {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")})
                .value(QStringLiteral("token"))
                .toString();
        QVERIFY(!pat.isEmpty());
        const auto byPat = events(pat);
        VERIFY_API_ERROR(byPat, 403, "FORBIDDEN");
        QVERIFY(!byPat.header("WWW-Authenticate").contains("insufficient_scope"));

        const Device narrow =
            signIn(user, QStringLiteral("Widget"), "Widget/1.0", QStringLiteral("tasks:read"));
        const auto byNarrow = events(narrow.accessToken);
        VERIFY_API_ERROR(byNarrow, 403, "FORBIDDEN");
        QVERIFY(byNarrow.header("WWW-Authenticate").contains("scope=\"account\""));

        VERIFY_API_ERROR(m_http.get(m_server.url(QStringLiteral("/v1/me/security-events"))), 401,
                         "UNAUTHORIZED");
    }
};

QTEST_GUILESS_MAIN(tst_SecurityEvents)
#include "tst_securityevents.moc"
