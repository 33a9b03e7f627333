// Changing one's own password (POST /v1/me/password) against the real server over HTTP: what a
// change revokes (every other session's access and refresh tokens, every personal access token)
// and keeps (the asking session), the new Argon2id hash, sign-in with the new password through
// the real HTML forms and not with the old one, the security log; each 422, the 403 of a wrong
// current password, personal access tokens and missing scope refused; and wrong current
// passwords sent at once on separate connections, of which no more than the sign-in limit are
// checked, the sign-in form then refused too (one budget).
#include "ApiErrorChecks.h"
#include "FormBrowser.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SignedInDevice.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <vector>

namespace {

const QString Password = QStringLiteral("old-password-1");
const QString NewPassword = QStringLiteral("new password, longer");
const QByteArray UserAgent = "PasswordTest/1.0 (Linux)";

using Device = SignedInDevice;

QJsonObject changeBody(const QString &current, const QString &next)
{
    return {{QStringLiteral("currentPassword"), current}, {QStringLiteral("newPassword"), next}};
}

} // namespace

class tst_Password : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    HttpClient m_http;
    int m_users = 0;

    QString newUser()
    {
        const QString name = QStringLiteral("user%1").arg(++m_users);
        if (!m_server.createUser(name, Password))
            qWarning("could not create %s", qPrintable(name));
        return name;
    }

    Device signIn(const TestServer &server, const QString &username, const QString &password,
                  const QString &deviceName,
                  const QString &scope = QStringLiteral("tasks:read tasks:write account"))
    {
        OAuthTestClient client(server);
        client.deviceName = deviceName;
        client.scope = scope;
        client.http.userAgent = UserAgent;
        return Device::signIn(client, username, password, server, m_http);
    }

    Device signIn(const QString &username, const QString &deviceName,
                  const QString &scope = QStringLiteral("tasks:read tasks:write account"))
    {
        return signIn(m_server, username, Password, deviceName, scope);
    }

    HttpClient::Reply change(const QString &token, const QJsonObject &body)
    {
        HttpClient::Headers headers = HttpClient::bearer(token);
        headers.append({"User-Agent", UserAgent});
        return m_http.postJson(m_server.url(QStringLiteral("/v1/me/password")), body, headers);
    }

    HttpClient::Reply me(const QString &token)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
    }

    QString createToken(const QString &accountToken, const QString &name)
    {
        const auto reply = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
            HttpClient::bearer(accountToken));
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("token")).toString();
    }

    QJsonArray events(const QString &token, const QString &type)
    {
        const auto reply =
            m_http.get(m_server.url(QStringLiteral("/v1/me/security-events?type=") + type),
                       HttpClient::bearer(token));
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    QString storedHash(const QString &username)
    {
        return TestDatabase(m_server)
            .value(QStringLiteral("SELECT password_hash FROM users WHERE username = ?"), {username})
            .toString();
    }

    // Signs in through the server's HTML pages as a browser does; true when it got a code.
    bool browserSignsIn(const QString &username, const QString &password)
    {
        OAuthTestClient app(m_server);
        QUrl redirect;
        FormBrowser browser(username, password);
        // No app listens on the loopback port: keep the redirect, send "the browser" elsewhere.
        browser.rewriteRedirect = [&](const QUrl &target) {
            redirect = target;
            return m_server.url(QStringLiteral("/healthz"));
        };
        if (!browser.complete(app.authorizeUrl()))
            return false;
        const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
        return !code.isEmpty() && app.exchangeCode(code).status == 200;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    void changeSignsOutEverythingElse()
    {
        const QString user = newUser();
        const QString stranger = newUser();
        const Device laptop = signIn(user, QStringLiteral("laptop"));
        const Device phone = signIn(user, QStringLiteral("phone"));
        const Device tablet = signIn(user, QStringLiteral("tablet"));
        const Device strangers = signIn(stranger, QStringLiteral("stranger's laptop"));
        for (const Device &device : {laptop, phone, tablet, strangers})
            QVERIFY(!device.sessionId.isEmpty());
        const QString pat = createToken(laptop.accessToken, QStringLiteral("backup script"));
        QVERIFY(pat.startsWith(QStringLiteral("tlp_")));
        QCOMPARE(me(pat).status, 200);
        const QString oldHash = storedHash(user);
        QVERIFY(oldHash.startsWith(QStringLiteral("$argon2id$")));

        const auto reply = change(laptop.accessToken, changeBody(Password, NewPassword));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Cache-Control").contains("no-store"));
        QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("sessionsSignedOut"), 2},
                                            {QStringLiteral("tokensRevoked"), 1}}));

        // The other sessions and the token are over at once.
        for (const Device &ended : {phone, tablet}) {
            VERIFY_API_ERROR(me(ended.accessToken), 401, "UNAUTHORIZED");
            verifyRefreshRefused(m_server, ended);
        }
        VERIFY_API_ERROR(me(pat), 401, "UNAUTHORIZED");
        // The asking session goes on, its access token and its refresh token alike.
        QCOMPARE(me(laptop.accessToken).status, 200);
        OAuthTestClient laptopClient(m_server);
        QCOMPARE(laptopClient.refresh(laptop.refreshToken).status, 200);
        // Another account is untouched.
        QCOMPARE(me(strangers.accessToken).status, 200);

        // A new Argon2id hash; the new password signs in through the HTML forms, the old not.
        const QString newHash = storedHash(user);
        QVERIFY(newHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(newHash != oldHash);
        QVERIFY(!newHash.contains(NewPassword));
        QVERIFY(browserSignsIn(user, NewPassword));
        QVERIFY(!browserSignsIn(user, Password));

        // One password.changed event with where it came from.
        const auto session = signIn(m_server, user, NewPassword, QStringLiteral("reader"));
        const QJsonArray changed = events(session.accessToken, QStringLiteral("password.changed"));
        QCOMPARE(changed.size(), 1);
        const QJsonObject event = changed.first().toObject();
        QCOMPARE(event.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(event.value(QStringLiteral("userAgent")).toString(),
                 QString::fromLatin1(UserAgent));
        QCOMPARE(event.value(QStringLiteral("sessionId")).toString(), laptop.sessionId);
        QCOMPARE(event.value(QStringLiteral("details")).toObject(),
                 QJsonObject({{QStringLiteral("sessionsRevoked"), 2},
                              {QStringLiteral("tokensRevoked"), 1}}));
        // Another account's log has nothing of it.
        QVERIFY(events(strangers.accessToken, QStringLiteral("password.changed")).isEmpty());
    }

    void changeWithNothingElseToRevoke()
    {
        const QString user = newUser();
        const Device only = signIn(user, QStringLiteral("only device"));
        const auto reply = change(only.accessToken, changeBody(Password, NewPassword));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("sessionsSignedOut"), 0},
                                            {QStringLiteral("tokensRevoked"), 0}}));
        // And back: the new password is now the current one.
        QCOMPARE(change(only.accessToken, changeBody(NewPassword, Password)).status, 200);
        QCOMPARE(me(only.accessToken).status, 200);
    }

    void invalidChanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        const auto json = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("new too short") << json(changeBody(Password, QStringLiteral("7 chars")))
                                       << QStringList{QStringLiteral("newPassword")};
        QTest::newRow("new too long") << json(changeBody(Password, QString(1025, QLatin1Char('x'))))
                                      << QStringList{QStringLiteral("newPassword")};
        QTest::newRow("new equals current")
            << json(changeBody(Password, Password)) << QStringList{QStringLiteral("newPassword")};
        QTest::newRow("no current") << json({{QStringLiteral("newPassword"), NewPassword}})
                                    << QStringList{QStringLiteral("currentPassword")};
        QTest::newRow("empty current") << json(changeBody(QString(), NewPassword))
                                       << QStringList{QStringLiteral("currentPassword")};
        QTest::newRow("no new") << json({{QStringLiteral("currentPassword"), Password}})
                                << QStringList{QStringLiteral("newPassword")};
        QTest::newRow("new not a string")
            << QByteArray(R"({"currentPassword": "old-password-1", "newPassword": 12345678})")
            << QStringList{QStringLiteral("newPassword")};
        QTest::newRow("unknown field")
            << QByteArray(R"({"currentPassword": "old-password-1", "newPassword": "new password, )"
                          R"(longer", "confirm": "x"})")
            << QStringList{QStringLiteral("confirm")};
        QTest::newRow("both missing")
            << QByteArray("{}")
            << QStringList{QStringLiteral("currentPassword"), QStringLiteral("newPassword")};
    }

    void invalidChanges()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const QString user = newUser();
        const Device device = signIn(user, QStringLiteral("laptop"));
        const Device other = signIn(user, QStringLiteral("phone"));
        const auto reply = m_http.post(m_server.url(QStringLiteral("/v1/me/password")), body,
                                       "application/json", HttpClient::bearer(device.accessToken));
        VERIFY_API_ERROR(reply, 422, "VALIDATION_FAILED");
        QStringList named;
        const QJsonArray details = reply.json().value(QStringLiteral("details")).toArray();
        for (const QJsonValue &detail : details) {
            named.append(detail.toObject().value(QStringLiteral("field")).toString());
            QVERIFY(!detail.toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(named, fields);
        // Nothing changed, nothing revoked.
        QCOMPARE(me(other.accessToken).status, 200);
        QCOMPARE(storedHash(user).isEmpty(), false);
        QCOMPARE(change(device.accessToken, changeBody(Password, NewPassword)).status, 200);
    }

    void malformedRequests()
    {
        const Device device = signIn(newUser(), QStringLiteral("laptop"));
        const QUrl url = m_server.url(QStringLiteral("/v1/me/password"));
        const auto bearer = HttpClient::bearer(device.accessToken);
        VERIFY_API_ERROR(m_http.post(url, "{\"currentPassword\": ", "application/json", bearer),
                         400, "BAD_REQUEST");
        VERIFY_API_ERROR(m_http.post(url, "[]", "application/json", bearer), 400, "BAD_REQUEST");
        VERIFY_API_ERROR(m_http.postForm(url,
                                         {{QStringLiteral("currentPassword"), Password},
                                          {QStringLiteral("newPassword"), NewPassword}},
                                         bearer),
                         415, "UNSUPPORTED_MEDIA_TYPE");
        const auto get = m_http.get(url, bearer);
        VERIFY_API_ERROR(get, 405, "METHOD_NOT_ALLOWED");
    }

    void wrongCurrentPassword()
    {
        const QString user = newUser();
        const Device device = signIn(user, QStringLiteral("laptop"));
        const Device other = signIn(user, QStringLiteral("phone"));
        const QString hash = storedHash(user);
        const auto reply =
            change(device.accessToken, changeBody(QStringLiteral("not the password"), NewPassword));
        VERIFY_API_ERROR(reply, 403, "WRONG_CURRENT_PASSWORD");
        QCOMPARE(storedHash(user), hash);
        QCOMPARE(me(other.accessToken).status, 200);
        QCOMPARE(me(device.accessToken).status, 200);
        // Logged as a failed password check, as on the sign-in form.
        const QJsonArray failed = events(device.accessToken, QStringLiteral("sign_in.failed"));
        QCOMPARE(failed.size(), 1);
        const QJsonObject event = failed.first().toObject();
        QCOMPARE(
            event.value(QStringLiteral("details")).toObject(),
            QJsonObject({{QStringLiteral("reason"), QStringLiteral("wrong_current_password")}}));
        QCOMPARE(event.value(QStringLiteral("sessionId")).toString(), device.sessionId);
        QCOMPARE(event.value(QStringLiteral("userAgent")).toString(),
                 QString::fromLatin1(UserAgent));
        QVERIFY(events(device.accessToken, QStringLiteral("password.changed")).isEmpty());
    }

    void personalAccessTokensAreRefused()
    {
        const QString user = newUser();
        const Device device = signIn(user, QStringLiteral("laptop"));
        const QString pat = createToken(device.accessToken, QStringLiteral("script"));
        QVERIFY(!pat.isEmpty());
        const auto reply = change(pat, changeBody(Password, NewPassword));
        VERIFY_API_ERROR(reply, 403, "FORBIDDEN");
        QVERIFY(reply.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Personal access tokens")));
        // Refused before the password is looked at: not even a wrong one is logged.
        QVERIFY(events(device.accessToken, QStringLiteral("sign_in.failed")).isEmpty());
        QCOMPARE(me(pat).status, 200);
        QVERIFY(browserSignsIn(user, Password));
    }

    void accountScopeIsRequired()
    {
        const QString user = newUser();
        const Device reader =
            signIn(user, QStringLiteral("reader"), QStringLiteral("tasks:read tasks:write"));
        QVERIFY(!reader.sessionId.isEmpty());
        const auto reply = change(reader.accessToken, changeBody(Password, NewPassword));
        VERIFY_API_ERROR(reply, 403, "FORBIDDEN");
        QVERIFY(reply.header("WWW-Authenticate").contains("insufficient_scope"));
        VERIFY_API_ERROR(change(QStringLiteral("not-a-token"), changeBody(Password, NewPassword)),
                         401, "UNAUTHORIZED");
        QVERIFY(browserSignsIn(user, Password));
    }

    // The security review's finding for this endpoint: wrong current passwords sent at the same
    // time on many connections must not all be checked.
    void guessesSentAtOnceAreCountedBeforeTheCheck()
    {
        constexpr int Limit = 3;
        constexpr int Sent = 10;
        QStringList arguments = TestServer::highRateLimits();
        arguments << QStringLiteral("--rate-limit-sign-in") << QString::number(Limit);
        TestServer server(arguments);
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("target"), Password));
        const Device device =
            signIn(server, QStringLiteral("target"), Password, QStringLiteral("stolen laptop"));
        QVERIFY(!device.sessionId.isEmpty());

        // One manager per request: each its own connection, all sent before any answer.
        const QByteArray body =
            QJsonDocument(changeBody(QStringLiteral("guess-guess"), NewPassword))
                .toJson(QJsonDocument::Compact);
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        std::vector<QNetworkReply *> replies;
        QEventLoop loop;
        int finished = 0;
        for (int i = 0; i < Sent; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest request(server.url(QStringLiteral("/v1/me/password")));
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("Authorization", "Bearer " + device.accessToken.toLatin1());
            QNetworkReply *reply = managers.back()->post(request, body);
            connect(reply, &QNetworkReply::finished, &loop, [&] {
                if (++finished == Sent)
                    loop.quit();
            });
            replies.push_back(reply);
        }
        loop.exec();

        int wrong = 0;
        int limited = 0;
        for (QNetworkReply *reply : replies) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            const QString code = json.value(QStringLiteral("code")).toString();
            if (status == 403 && code == QLatin1String("WRONG_CURRENT_PASSWORD")) {
                ++wrong;
            } else if (status == 429 && code == QLatin1String("RATE_LIMITED")) {
                ++limited;
                QVERIFY(reply->rawHeader("Retry-After").toInt() > 0);
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected answer %1 %2").arg(status).arg(code)));
            }
            reply->deleteLater();
        }
        QCOMPARE(wrong, Limit);
        QCOMPARE(limited, Sent - Limit);
        // Exactly as many were checked: each checked wrong password is logged, no other.
        const auto failed =
            m_http.get(server.url(QStringLiteral("/v1/me/security-events?type=sign_in.failed")),
                       HttpClient::bearer(device.accessToken));
        QCOMPARE(failed.status, 200);
        QCOMPARE(failed.json().value(QStringLiteral("items")).toArray().size(), Limit);

        // Even the right password is refused now, here and on the sign-in form: one budget.
        VERIFY_API_ERROR(m_http.postJson(server.url(QStringLiteral("/v1/me/password")),
                                         changeBody(Password, NewPassword),
                                         HttpClient::bearer(device.accessToken)),
                         429, "RATE_LIMITED");
        OAuthTestClient browser(server);
        const auto page =
            browser.submitSignIn(browser.openAuthorize(), QStringLiteral("target"), Password);
        QCOMPARE(page.status, 429);
        QVERIFY(page.body.contains("Too many failed sign-in attempts"));
    }

    // The other way round: wrong passwords on the sign-in form spend the change's budget.
    void signInFailuresSpendTheSameBudget()
    {
        constexpr int Limit = 2;
        QStringList arguments = TestServer::highRateLimits();
        arguments << QStringLiteral("--rate-limit-sign-in") << QString::number(Limit);
        TestServer server(arguments);
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("mixed"), Password));
        const Device device =
            signIn(server, QStringLiteral("mixed"), Password, QStringLiteral("laptop"));
        QVERIFY(!device.sessionId.isEmpty());
        OAuthTestClient browser(server);
        const auto page = browser.openAuthorize();
        for (int i = 0; i < Limit; ++i)
            QCOMPARE(
                browser.submitSignIn(page, QStringLiteral("MIXED"), QStringLiteral("nope")).status,
                200);
        const auto reply = m_http.postJson(server.url(QStringLiteral("/v1/me/password")),
                                           changeBody(Password, NewPassword),
                                           HttpClient::bearer(device.accessToken));
        VERIFY_API_ERROR(reply, 429, "RATE_LIMITED");
        QVERIFY(reply.header("Retry-After").toInt() > 0);
    }
};

QTEST_MAIN(tst_Password)
#include "tst_password.moc"
