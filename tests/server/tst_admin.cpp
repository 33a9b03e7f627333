// The admin API against the real server: who gets in (role admin and the `admin` scope, on OAuth
// access tokens and personal access tokens, checked on every request), the users listing
// (search, pages, counts), a user's sessions and tokens, and the actions (revoke one session or
// token, revoke everything, disable, enable) taking effect on the very next request, with the
// last-admin guard, resetting two-factor authentication, and each one in the target's security
// log and the audit log. The administrators have two-factor authentication on, which the admin
// scope needs by default (tst_admintwofactor tests that rule).
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "SignedInDevice.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString Password = QStringLiteral("admin-test-password");
const QString AllScopes = QStringLiteral("tasks:read tasks:write account admin");
const QString Admin = QStringLiteral("root");
const QByteArray AdminAgent = "TasklaneAdmin/1.0";

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString describe(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

using Device = SignedInDevice;

// A personal access token as created: its id and its secret.
struct Pat
{
    QString id;
    QString secret;
};

} // namespace

class tst_Admin : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    HttpClient m_http;
    Device m_admin;
    QString m_adminId;
    int m_users = 0;
    // The administrators' two-factor authentication, which the admin scope needs
    // (--require-2fa-for-admins, on by default), by username.
    QHash<QString, TwoFactorAccount> m_twoFactor;

    // An administrator also has two-factor authentication on.
    QString newUser(bool admin = false)
    {
        const QString name = QStringLiteral("user%1").arg(++m_users);
        if (!m_server.createUser(name, Password, admin))
            qWarning("could not create %s", qPrintable(name));
        if (admin)
            m_twoFactor.insert(name, TwoFactorAccount::enableFor(m_server, m_http, name, Password));
        return name;
    }

    Device signIn(const QString &username, const QString &scope = AllScopes,
                  const QString &deviceName = QStringLiteral("Test device"))
    {
        OAuthTestClient client(m_server);
        client.scope = scope;
        client.deviceName = deviceName;
        if (m_twoFactor.contains(username))
            m_twoFactor[username].answerSignIns(client);
        return Device::signIn(client, username, Password, m_server, m_http);
    }

    HttpClient::Reply me(const QString &token)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
    }

    // `code`: the fresh TOTP code an admin-scoped token needs.
    Pat createPat(const Device &owner, const QString &name, const QStringList &scopes,
                  const QString &code = {})
    {
        QJsonObject body{{QStringLiteral("name"), name},
                         {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
        if (!code.isEmpty())
            body.insert(QStringLiteral("code"), code);
        const auto reply = m_http.postJson(m_server.url(QStringLiteral("/v1/me/tokens")), body,
                                           HttpClient::bearer(owner.accessToken));
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        return {reply.json().value(QStringLiteral("id")).toString(),
                reply.json().value(QStringLiteral("token")).toString()};
    }

    // Turns two-factor authentication on as the user would: setup, then a code from the app.
    bool enableTwoFactor(const Device &device)
    {
        const auto setup = m_http.postJson(m_server.url(QStringLiteral("/v1/me/2fa/setup")), {},
                                           HttpClient::bearer(device.accessToken));
        const QString secret = setup.json().value(QStringLiteral("secret")).toString();
        const auto confirm =
            m_http.postJson(m_server.url(QStringLiteral("/v1/me/2fa/confirm")),
                            QJsonObject{{QStringLiteral("code"), OathTool::totpNow(secret)}},
                            HttpClient::bearer(device.accessToken));
        if (confirm.status != 200)
            qWarning("%s", qPrintable(describeReply(confirm)));
        return confirm.status == 200;
    }

    QJsonObject twoFactorState(const Device &device)
    {
        return m_http
            .get(m_server.url(QStringLiteral("/v1/me/2fa")), HttpClient::bearer(device.accessToken))
            .json();
    }

    // An admin API request with `token` (the test's administrator by default).
    HttpClient::Reply adminGet(const QString &path, const QString &token = {})
    {
        return m_http.get(m_server.url(path),
                          adminHeaders(token.isEmpty() ? m_admin.accessToken : token));
    }

    HttpClient::Reply adminSend(const QByteArray &method, const QString &path,
                                const QString &token = {}, const QByteArray &body = {})
    {
        HttpClient::Headers headers = adminHeaders(token.isEmpty() ? m_admin.accessToken : token);
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_http.send(method, m_server.url(path), body, headers);
    }

    static HttpClient::Headers adminHeaders(const QString &token)
    {
        HttpClient::Headers headers = HttpClient::bearer(token);
        headers.append(qMakePair(QByteArray("User-Agent"), AdminAgent));
        return headers;
    }

    QString userId(const QString &username)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), username);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
        const auto reply = adminGet(QStringLiteral("/v1/admin/users?") + query.toString());
        const QJsonArray users = reply.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &user : users) {
            if (user.toObject().value(QStringLiteral("username")).toString() == username)
                return user.toObject().value(QStringLiteral("id")).toString();
        }
        qWarning("no user %s in %s", qPrintable(username), reply.body.constData());
        return {};
    }

    QJsonObject adminUser(const QString &id)
    {
        const auto reply = adminGet(QStringLiteral("/v1/admin/users/") + id);
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json();
    }

    // Writes into the server's database while it runs (the server reads users and tokens on
    // every request); true when exactly one row changed.
    bool runSql(const QString &statement, const QVariantList &values)
    {
        return TestDatabase(m_server).execute(statement, values) == 1;
    }

    // The target's own security log, admin.* entries only, newest first.
    QJsonArray adminEvents(const Device &target)
    {
        const auto reply = m_http.get(
            m_server.url(QStringLiteral("/v1/me/security-events?type=admin.session_revoked,"
                                        "admin.token_revoked,admin.revoked_all,"
                                        "admin.two_factor_reset,admin.user_disabled,"
                                        "admin.user_enabled")),
            HttpClient::bearer(target.accessToken));
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    // The audit entries about `targetId`, newest first.
    QJsonArray auditAbout(const QString &targetId)
    {
        QJsonArray about;
        const auto reply = adminGet(QStringLiteral("/v1/admin/audit?limit=200"));
        const QJsonArray entries = reply.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &entry : entries) {
            if (entry.toObject().value(QStringLiteral("targetUserId")).toString() == targetId)
                about.append(entry);
        }
        return about;
    }

    // Every admin endpoint, with ids that may or may not exist.
    QList<QPair<QByteArray, QString>> adminEndpoints(const QString &userId = QStringLiteral("x"))
    {
        return {
            {"GET", QStringLiteral("/v1/admin/users")},
            {"GET", QStringLiteral("/v1/admin/users/") + userId},
            {"GET", QStringLiteral("/v1/admin/users/%1/sessions").arg(userId)},
            {"GET", QStringLiteral("/v1/admin/users/%1/tokens").arg(userId)},
            {"DELETE", QStringLiteral("/v1/admin/sessions/x")},
            {"DELETE", QStringLiteral("/v1/admin/tokens/x")},
            {"POST", QStringLiteral("/v1/admin/users/%1/revoke-all").arg(userId)},
            {"POST", QStringLiteral("/v1/admin/users/%1/reset-2fa").arg(userId)},
            {"POST", QStringLiteral("/v1/admin/users/%1/disable").arg(userId)},
            {"POST", QStringLiteral("/v1/admin/users/%1/enable").arg(userId)},
            {"GET", QStringLiteral("/v1/admin/audit")},
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(Admin, Password, true));
        m_twoFactor.insert(Admin, TwoFactorAccount::enableFor(m_server, m_http, Admin, Password));
        QVERIFY(!m_twoFactor.value(Admin).isEmpty());
        m_admin = signIn(Admin);
        QVERIFY(!m_admin.sessionId.isEmpty());
        QCOMPARE(me(m_admin.accessToken).json().value(QStringLiteral("scopes")).toArray().size(),
                 4);
        m_adminId = me(m_admin.accessToken).json().value(QStringLiteral("id")).toString();
    }

    void nonAdministratorsAreRefusedEverywhere()
    {
        const QString user = newUser();
        // Asking for `admin` is allowed; a non-administrator is simply not granted it.
        const Device device = signIn(user);
        QCOMPARE(me(device.accessToken).json().value(QStringLiteral("scopes")).toArray().size(), 3);
        const Pat pat = createPat(device, QStringLiteral("script"), {QStringLiteral("tasks:read")});
        const QString ownId = me(device.accessToken).json().value(QStringLiteral("id")).toString();
        for (const QString &token : {device.accessToken, pat.secret}) {
            for (const auto &[method, path] : adminEndpoints(ownId)) {
                const auto reply = adminSend(method, path, token);
                checkApiError(reply, 403, QStringLiteral("FORBIDDEN"));
                QVERIFY2(!QTest::currentTestFailed(),
                         qPrintable(QString::fromLatin1(method) + u' ' + path));
                QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                         QStringLiteral("Administrators only."));
                QVERIFY(reply.header("WWW-Authenticate").isEmpty());
            }
        }
        // The path is compared the way the router matches it: empty segments do not slip by.
        const auto sneaky =
            adminSend("GET", QStringLiteral("/v1//admin/users"), device.accessToken);
        VERIFY_API_ERROR(sneaky, 403, "FORBIDDEN");
        QCOMPARE(sneaky.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Administrators only."));
        // And nothing was done on the way.
        QCOMPARE(me(device.accessToken).status, 200);
    }

    void administratorsNeedTheAdminScope()
    {
        const Device withoutScope = signIn(Admin, QStringLiteral("tasks:read tasks:write account"));
        for (const auto &[method, path] : adminEndpoints(m_adminId)) {
            const auto reply = adminSend(method, path, withoutScope.accessToken);
            checkApiError(reply, 403, QStringLiteral("FORBIDDEN"));
            QVERIFY2(!QTest::currentTestFailed(),
                     qPrintable(QString::fromLatin1(method) + u' ' + path));
            QCOMPARE(reply.header("WWW-Authenticate"),
                     QByteArray("Bearer realm=\"tasklane\", error=\"insufficient_scope\", "
                                "scope=\"admin\""));
        }
        // Nothing happened to the administrator's own sessions on the way.
        QCOMPARE(me(withoutScope.accessToken).status, 200);
        QCOMPARE(me(m_admin.accessToken).status, 200);
    }

    void personalAccessTokensNeedTheAdminScopeToo()
    {
        const Pat tasksOnly =
            createPat(m_admin, QStringLiteral("tasks only"),
                      {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")});
        const auto refused = adminGet(QStringLiteral("/v1/admin/users"), tasksOnly.secret);
        VERIFY_API_ERROR(refused, 403, "FORBIDDEN");
        QVERIFY(refused.header("WWW-Authenticate").contains("scope=\"admin\""));

        const Pat adminPat = createPat(m_admin, QStringLiteral("admin script"),
                                       {QStringLiteral("admin")}, m_twoFactor[Admin].freshCode());
        const auto listed = adminGet(QStringLiteral("/v1/admin/users"), adminPat.secret);
        QCOMPARE(listed.status, 200);
        QVERIFY(!listed.json().value(QStringLiteral("items")).toArray().isEmpty());
        // It can act, too, and the logs name the administrator who owns it.
        const QString target = newUser();
        const QString targetId = userId(target);
        const auto revoked = adminSend(
            "POST", QStringLiteral("/v1/admin/users/%1/revoke-all").arg(targetId), adminPat.secret);
        QCOMPARE(revoked.status, 200);
        const QJsonArray audit = auditAbout(targetId);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("adminId")).toString(), m_adminId);
        // Admin tokens still cannot touch the security settings.
        const auto settings = m_http.get(m_server.url(QStringLiteral("/v1/me/tokens")),
                                         HttpClient::bearer(adminPat.secret));
        VERIFY_API_ERROR(settings, 403, "FORBIDDEN");
        for (const Pat &pat : {tasksOnly, adminPat})
            QCOMPARE(adminSend("DELETE", QStringLiteral("/v1/admin/tokens/") + pat.id).status, 204);
    }

    void theRoleIsCheckedOnEveryRequest()
    {
        const QString deputy = newUser(true);
        const Device device = signIn(deputy);
        const Pat pat = createPat(device, QStringLiteral("deputy script"),
                                  {QStringLiteral("admin")}, m_twoFactor[deputy].freshCode());
        QCOMPARE(adminGet(QStringLiteral("/v1/admin/users"), device.accessToken).status, 200);
        QCOMPARE(adminGet(QStringLiteral("/v1/admin/users"), pat.secret).status, 200);

        // Demoted (there is no command for it yet, so in the database): cut off at once, although
        // both credentials still carry the `admin` scope.
        QVERIFY(
            runSql(QStringLiteral("UPDATE users SET role = 'user' WHERE username = ?"), {deputy}));
        for (const QString &token : {device.accessToken, pat.secret}) {
            const auto reply = adminGet(QStringLiteral("/v1/admin/users"), token);
            VERIFY_API_ERROR(reply, 403, "FORBIDDEN");
            QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Administrators only."));
            QCOMPARE(me(token).status, 200);
        }
    }

    void searchAndPages()
    {
        // Names that sort differently with and without case, and matches in each field.
        struct Person
        {
            QString name;
            QString email;
            QString displayName;
        };
        const QList<Person> people{
            {QStringLiteral("Pager-b"), QStringLiteral("b@example.org"), QStringLiteral("Bee")},
            {QStringLiteral("pager-a"), QStringLiteral("a@example.org"), QStringLiteral("Ay")},
            {QStringLiteral("pager-C"), QStringLiteral("c@example.org"), QStringLiteral("Sea")},
            {QStringLiteral("pager-d"), QStringLiteral("d@example.org"), QStringLiteral("Dee")},
            {QStringLiteral("pager-e"), QStringLiteral("e@example.org"), QStringLiteral("Eee")},
            {QStringLiteral("zed"), QStringLiteral("zed@PAGERMAIL.example"), QStringLiteral("Zed")},
            {QStringLiteral("yan"), QStringLiteral("yan@example.org"), QStringLiteral("The Pager")},
            {QStringLiteral("pag_er"), QStringLiteral("p@example.org"),
             QStringLiteral("100% real")},
        };
        for (const Person &person : people) {
            const auto result = m_server.runCli(
                {QStringLiteral("user"), QStringLiteral("add"), person.name,
                 QStringLiteral("--email"), person.email, QStringLiteral("--display-name"),
                 person.displayName, QStringLiteral("--password-stdin")},
                Password.toUtf8() + '\n');
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        }

        const auto search = [this](const QString &q, const QString &limit = {},
                                   const QString &cursor = {}) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("q"), q);
            if (!limit.isEmpty())
                query.addQueryItem(QStringLiteral("limit"), limit);
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            return adminGet(QStringLiteral("/v1/admin/users?") +
                            query.toString(QUrl::FullyEncoded));
        };
        const auto names = [](const HttpClient::Reply &reply) {
            QStringList result;
            const QJsonArray users = reply.json().value(QStringLiteral("items")).toArray();
            for (const QJsonValue &user : users)
                result.append(user.toObject().value(QStringLiteral("username")).toString());
            return result;
        };

        // User name, e-mail and display name, ignoring case; sorted by user name ignoring case.
        const QStringList pagers{QStringLiteral("pager-a"), QStringLiteral("Pager-b"),
                                 QStringLiteral("pager-C"), QStringLiteral("pager-d"),
                                 QStringLiteral("pager-e"), QStringLiteral("yan"),
                                 QStringLiteral("zed")};
        const auto all = search(QStringLiteral("PAGER"));
        QCOMPARE(all.status, 200);
        QCOMPARE(names(all), pagers);
        QVERIFY(all.json().value(QStringLiteral("nextCursor")).isNull());
        QCOMPARE(names(search(QStringLiteral("  sea "))), QStringList{QStringLiteral("pager-C")});
        // LIKE's wildcards are plain characters.
        QCOMPARE(names(search(QStringLiteral("g_e"))), QStringList{QStringLiteral("pag_er")});
        QCOMPARE(names(search(QStringLiteral("100%"))), QStringList{QStringLiteral("pag_er")});
        QVERIFY(names(search(QStringLiteral("nobody-has-this"))).isEmpty());

        // Pages of two: every user once, in order, and the last page says so.
        QStringList paged;
        QString cursor;
        int pages = 0;
        do {
            const auto page = search(QStringLiteral("pager"), QStringLiteral("2"), cursor);
            QCOMPARE(page.status, 200);
            QVERIFY(names(page).size() <= 2);
            paged += names(page);
            cursor = page.json().value(QStringLiteral("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(paged, pagers);
        QCOMPARE(pages, 4);

        // Without q: everyone, the test's administrator included, by default 50 to a page.
        const auto everyone = adminGet(QStringLiteral("/v1/admin/users"));
        QVERIFY(names(everyone).contains(Admin));
        QVERIFY(names(everyone).size() <= 50);

        // Bad parameters.
        for (const QString &bad :
             {QStringLiteral("limit=0"), QStringLiteral("limit=201"), QStringLiteral("limit=x"),
              QStringLiteral("limit=1&limit=2"), QStringLiteral("cursor=nonsense!"),
              QStringLiteral("q=a&q=b"),
              // A cursor of another listing (the audit log's shape).
              QStringLiteral(
                  "cursor=MTcxNDU2NDgwMDAwMDowYjVkMmY5Yy0zYTUyLTRkOGUtOGE0Yy01ZjJmNGE0YTdkMTA")}) {
            const auto reply = adminGet(QStringLiteral("/v1/admin/users?") + bad);
            checkApiError(reply, 422, QStringLiteral("VALIDATION_FAILED"));
            QVERIFY2(!QTest::currentTestFailed(), qPrintable(bad));
        }
    }

    void theCountsAreRight()
    {
        const QString user = newUser();
        const QString id = userId(user);
        QJsonObject shown = adminUser(id);
        QCOMPARE(shown.keys(),
                 QStringList({QStringLiteral("activeSessions"), QStringLiteral("activeTokens"),
                              QStringLiteral("createdAt"), QStringLiteral("disabled"),
                              QStringLiteral("displayName"), QStringLiteral("email"),
                              QStringLiteral("id"), QStringLiteral("lastSignInAt"),
                              QStringLiteral("role"), QStringLiteral("twoFactorEnabled"),
                              QStringLiteral("username")}));
        QCOMPARE(shown.value(QStringLiteral("username")).toString(), user);
        QCOMPARE(shown.value(QStringLiteral("email")).toString(),
                 user + QStringLiteral("@example.org"));
        QCOMPARE(shown.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(shown.value(QStringLiteral("disabled")).toBool(), false);
        QCOMPARE(shown.value(QStringLiteral("twoFactorEnabled")).toBool(), false);
        QCOMPARE(shown.value(QStringLiteral("activeSessions")).toInt(), 0);
        QCOMPARE(shown.value(QStringLiteral("activeTokens")).toInt(), 0);
        QVERIFY(shown.value(QStringLiteral("lastSignInAt")).isNull());

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Device laptop = signIn(user, AllScopes, QStringLiteral("laptop"));
        const Device phone = signIn(user, AllScopes, QStringLiteral("phone"));
        const Device tablet = signIn(user, AllScopes, QStringLiteral("tablet"));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        // The user ends one session themselves.
        QCOMPARE(m_http
                     .send("DELETE",
                           m_server.url(QStringLiteral("/v1/me/sessions/") + tablet.sessionId), {},
                           HttpClient::bearer(laptop.accessToken))
                     .status,
                 204);
        const Pat kept = createPat(laptop, QStringLiteral("kept"), {QStringLiteral("tasks:read")});
        const Pat revoked =
            createPat(laptop, QStringLiteral("revoked"), {QStringLiteral("tasks:read")});
        const Pat expired =
            createPat(laptop, QStringLiteral("expired"), {QStringLiteral("tasks:read")});
        QCOMPARE(m_http
                     .send("DELETE", m_server.url(QStringLiteral("/v1/me/tokens/") + revoked.id),
                           {}, HttpClient::bearer(laptop.accessToken))
                     .status,
                 204);
        QVERIFY(
            runSql(QStringLiteral("UPDATE personal_access_tokens SET expires_at = ? WHERE id = ?"),
                   {QDateTime::currentMSecsSinceEpoch() - 1000, expired.id}));

        shown = adminUser(id);
        QCOMPARE(shown.value(QStringLiteral("activeSessions")).toInt(), 2);
        QCOMPARE(shown.value(QStringLiteral("activeTokens")).toInt(), 1);
        const qint64 lastSignIn = msecs(shown.value(QStringLiteral("lastSignInAt")));
        QVERIFY2(lastSignIn >= before - 1000 && lastSignIn <= after + 1000,
                 qPrintable(describe(shown)));
        // The listing shows the same object.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), user);
        const QJsonArray listed = adminGet(QStringLiteral("/v1/admin/users?") + query.toString())
                                      .json()
                                      .value(QStringLiteral("items"))
                                      .toArray();
        QVERIFY(listed.contains(shown));

        // The user's live sessions as in 12.5, most recently active first; none is the
        // administrator's, so none is `current`.
        const auto sessions = adminGet(QStringLiteral("/v1/admin/users/%1/sessions").arg(id));
        QCOMPARE(sessions.status, 200);
        const QJsonArray sessionItems = sessions.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(sessionItems.size(), 2);
        QStringList sessionIds;
        for (const QJsonValue &session : sessionItems) {
            const QJsonObject object = session.toObject();
            QCOMPARE(object.value(QStringLiteral("current")), QJsonValue(false));
            QCOMPARE(object.value(QStringLiteral("clientId")).toString(),
                     QStringLiteral("tasklane-desktop"));
            sessionIds.append(object.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(QSet<QString>(sessionIds.begin(), sessionIds.end()),
                 QSet<QString>({laptop.sessionId, phone.sessionId}));
        // On the administrator's own account, the asking session is marked.
        const QString adminId = m_http
                                    .get(m_server.url(QStringLiteral("/v1/me")),
                                         HttpClient::bearer(m_admin.accessToken))
                                    .json()
                                    .value(QStringLiteral("id"))
                                    .toString();
        const QJsonArray own = adminGet(QStringLiteral("/v1/admin/users/%1/sessions").arg(adminId))
                                   .json()
                                   .value(QStringLiteral("items"))
                                   .toArray();
        int currentCount = 0;
        for (const QJsonValue &session : own) {
            const bool current = session.toObject().value(QStringLiteral("current")).toBool();
            currentCount += current ? 1 : 0;
            QCOMPARE(current, session.toObject().value(QStringLiteral("id")).toString() ==
                                  m_admin.sessionId);
        }
        QCOMPARE(currentCount, 1);
        // Its tokens that are not revoked, expired ones included, never a secret.
        const auto tokens = adminGet(QStringLiteral("/v1/admin/users/%1/tokens").arg(id));
        QCOMPARE(tokens.status, 200);
        QStringList tokenNames;
        const QJsonArray tokenItems = tokens.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &token : tokenItems) {
            QVERIFY(!token.toObject().contains(QStringLiteral("token")));
            tokenNames.append(token.toObject().value(QStringLiteral("name")).toString());
        }
        tokenNames.sort();
        QCOMPARE(tokenNames, QStringList({QStringLiteral("expired"), QStringLiteral("kept")}));
        for (const QString &secret :
             {kept.secret, expired.secret, laptop.accessToken, laptop.refreshToken})
            QVERIFY(!tokens.body.contains(secret.toLatin1()) &&
                    !sessions.body.contains(secret.toLatin1()));
    }

    void revokeAllEndsEverythingOnTheNextRequest()
    {
        const QString user = newUser();
        const QString bystander = newUser();
        const Device laptop = signIn(user, AllScopes, QStringLiteral("laptop"));
        const Device phone = signIn(user, AllScopes, QStringLiteral("phone"));
        const Pat first =
            createPat(laptop, QStringLiteral("first"), {QStringLiteral("tasks:read")});
        const Pat second =
            createPat(laptop, QStringLiteral("second"), {QStringLiteral("tasks:write")});
        const Device other = signIn(bystander);
        for (const QString &token :
             {laptop.accessToken, phone.accessToken, first.secret, second.secret})
            QCOMPARE(me(token).status, 200);

        const QString id = userId(user);
        const auto reply =
            adminSend("POST", QStringLiteral("/v1/admin/users/%1/revoke-all").arg(id));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(), QJsonObject({{QStringLiteral("sessionsRevoked"), 2},
                                            {QStringLiteral("tokensRevoked"), 2}}));

        for (const QString &token :
             {laptop.accessToken, phone.accessToken, first.secret, second.secret}) {
            const auto refused = me(token);
            VERIFY_API_ERROR(refused, 401, "UNAUTHORIZED");
        }
        verifyRefreshRefused(m_server, laptop);
        verifyRefreshRefused(m_server, phone);
        QCOMPARE(adminUser(id).value(QStringLiteral("activeSessions")).toInt(), 0);
        QCOMPARE(adminUser(id).value(QStringLiteral("activeTokens")).toInt(), 0);
        QVERIFY(adminGet(QStringLiteral("/v1/admin/users/%1/tokens").arg(id))
                    .json()
                    .value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
        // Nobody else was touched, the administrator neither.
        QCOMPARE(me(other.accessToken).status, 200);
        QCOMPARE(me(m_admin.accessToken).status, 200);

        // Again: nothing left, still answered (and recorded).
        const auto again =
            adminSend("POST", QStringLiteral("/v1/admin/users/%1/revoke-all").arg(id));
        QCOMPARE(again.json(), QJsonObject({{QStringLiteral("sessionsRevoked"), 0},
                                            {QStringLiteral("tokensRevoked"), 0}}));
        // The user can sign in again: revoking is not disabling.
        QCOMPARE(me(signIn(user).accessToken).status, 200);
    }

    void revokingOneSessionOrToken()
    {
        const QString user = newUser();
        const Device lost = signIn(user, AllScopes, QStringLiteral("lost phone"));
        const Device kept = signIn(user, AllScopes, QStringLiteral("laptop"));
        const Pat leaked =
            createPat(kept, QStringLiteral("leaked"), {QStringLiteral("tasks:read")});
        const Pat fine = createPat(kept, QStringLiteral("fine"), {QStringLiteral("tasks:read")});

        QCOMPARE(adminSend("DELETE", QStringLiteral("/v1/admin/sessions/") + lost.sessionId).status,
                 204);
        VERIFY_API_ERROR(me(lost.accessToken), 401, "UNAUTHORIZED");
        verifyRefreshRefused(m_server, lost);
        QCOMPARE(me(kept.accessToken).status, 200);

        QCOMPARE(adminSend("DELETE", QStringLiteral("/v1/admin/tokens/") + leaked.id).status, 204);
        VERIFY_API_ERROR(me(leaked.secret), 401, "UNAUTHORIZED");
        QCOMPARE(me(fine.secret).status, 200);
        QCOMPARE(me(kept.accessToken).status, 200);

        // Gone already, or never there.
        VERIFY_API_ERROR(
            adminSend("DELETE", QStringLiteral("/v1/admin/sessions/") + lost.sessionId), 404,
            "NOT_FOUND");
        VERIFY_API_ERROR(adminSend("DELETE", QStringLiteral("/v1/admin/tokens/") + leaked.id), 404,
                         "NOT_FOUND");
        VERIFY_API_ERROR(adminSend("DELETE", QStringLiteral("/v1/admin/sessions/no-such-session")),
                         404, "NOT_FOUND");
        VERIFY_API_ERROR(adminSend("DELETE", QStringLiteral("/v1/admin/tokens/no-such-token")), 404,
                         "NOT_FOUND");
    }

    void disableRevokesEverythingAndStopsSignIn()
    {
        const QString user = newUser();
        const Device device = signIn(user);
        const Pat pat = createPat(device, QStringLiteral("cron"), {QStringLiteral("tasks:read")});
        const QString id = userId(user);

        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/disable").arg(id)).status,
                 204);
        VERIFY_API_ERROR(me(device.accessToken), 401, "UNAUTHORIZED");
        VERIFY_API_ERROR(me(pat.secret), 401, "UNAUTHORIZED");
        verifyRefreshRefused(m_server, device);
        // The app learns why: the account, not just the session.
        OAuthTestClient refresher(m_server);
        QCOMPARE(refresher.refresh(device.refreshToken)
                     .json()
                     .value(QStringLiteral("error_description"))
                     .toString(),
                 QStringLiteral("The account is not available."));
        const QJsonObject shown = adminUser(id);
        QCOMPARE(shown.value(QStringLiteral("disabled")).toBool(), true);
        QCOMPARE(shown.value(QStringLiteral("activeSessions")).toInt(), 0);
        QCOMPARE(shown.value(QStringLiteral("activeTokens")).toInt(), 0);

        OAuthTestClient client(m_server);
        const auto page = client.submitSignIn(client.openAuthorize(), user, Password);
        QVERIFY2(page.body.contains("This account is disabled."), page.body.constData());

        // Enabled again: signing in works; what was revoked stays revoked.
        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/enable").arg(id)).status,
                 204);
        QCOMPARE(adminUser(id).value(QStringLiteral("disabled")).toBool(), false);
        VERIFY_API_ERROR(me(device.accessToken), 401, "UNAUTHORIZED");
        VERIFY_API_ERROR(me(pat.secret), 401, "UNAUTHORIZED");
        QCOMPARE(me(signIn(user).accessToken).status, 200);
    }

    void actionsTakeNoFields()
    {
        const QString id = userId(newUser());
        const QString path = QStringLiteral("/v1/admin/users/%1/enable").arg(id);
        QCOMPARE(adminSend("POST", path, {}, "{}").status, 204);
        VERIFY_API_ERROR(adminSend("POST", path, {}, "{\"force\": true}"), 422,
                         "VALIDATION_FAILED");
        VERIFY_API_ERROR(adminSend("POST", path, {}, "[]"), 400, "BAD_REQUEST");
        const auto wrongType = m_http.send("POST", m_server.url(path), "force",
                                           adminHeaders(m_admin.accessToken) +
                                               HttpClient::Headers{{"Content-Type", "text/plain"}});
        VERIFY_API_ERROR(wrongType, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    void everyActionIsInTheTargetsLogAndTheAuditLog()
    {
        const QString user = newUser();
        const QString id = userId(user);
        const Device first = signIn(user, AllScopes, QStringLiteral("first"));
        const Device second = signIn(user, AllScopes, QStringLiteral("second"));
        const Pat one = createPat(second, QStringLiteral("one"), {QStringLiteral("tasks:read")});
        const Pat two = createPat(second, QStringLiteral("two"), {QStringLiteral("tasks:read")});
        QVERIFY(enableTwoFactor(second));

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(
            adminSend("DELETE", QStringLiteral("/v1/admin/sessions/") + first.sessionId).status,
            204);
        QCOMPARE(adminSend("DELETE", QStringLiteral("/v1/admin/tokens/") + one.id).status, 204);
        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/reset-2fa").arg(id)).status,
                 204);
        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/revoke-all").arg(id)).status,
                 200);
        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/disable").arg(id)).status,
                 204);
        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/enable").arg(id)).status,
                 204);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();

        // What each action recorded, newest first: the security-log type, the audit action and
        // the details both carry (the log adds who did it).
        struct Expected
        {
            QString type;
            QString action;
            QJsonObject eventDetails;
            QJsonObject auditDetails;
        };
        const QJsonObject noneLeft{{QStringLiteral("sessionsRevoked"), 0},
                                   {QStringLiteral("tokensRevoked"), 0}};
        const QList<Expected> expected{
            {QStringLiteral("admin.user_enabled"), QStringLiteral("user.enable"), {}, {}},
            {QStringLiteral("admin.user_disabled"), QStringLiteral("user.disable"), noneLeft,
             noneLeft},
            {QStringLiteral("admin.revoked_all"),
             QStringLiteral("user.revoke_all"),
             {{QStringLiteral("sessionsRevoked"), 1}, {QStringLiteral("tokensRevoked"), 1}},
             {{QStringLiteral("sessionsRevoked"), 1}, {QStringLiteral("tokensRevoked"), 1}}},
            {QStringLiteral("admin.two_factor_reset"), QStringLiteral("user.reset_2fa"), {}, {}},
            {QStringLiteral("admin.token_revoked"),
             QStringLiteral("token.revoke"),
             {{QStringLiteral("tokenId"), one.id},
              {QStringLiteral("tokenName"), QStringLiteral("one")}},
             {{QStringLiteral("tokenId"), one.id},
              {QStringLiteral("tokenName"), QStringLiteral("one")}}},
            {QStringLiteral("admin.session_revoked"),
             QStringLiteral("session.revoke"),
             {{QStringLiteral("revokedSessionId"), first.sessionId},
              {QStringLiteral("deviceName"), QStringLiteral("first")}},
             {{QStringLiteral("sessionId"), first.sessionId},
              {QStringLiteral("deviceName"), QStringLiteral("first")}}},
        };

        // The target reads their own log after signing in again (with the password alone:
        // two-factor authentication was reset).
        const Device again = signIn(user);
        const QJsonArray events = adminEvents(again);
        QCOMPARE(events.size(), expected.size());
        const QJsonArray audit = auditAbout(id);
        QCOMPARE(audit.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            const Expected &want = expected.at(i);
            const QJsonObject event = events.at(i).toObject();
            const QByteArray shownEvent = describe(event).toUtf8();
            QCOMPARE(event.value(QStringLiteral("type")).toString(), want.type);
            QJsonObject eventDetails = want.eventDetails;
            eventDetails.insert(QStringLiteral("adminId"), m_adminId);
            eventDetails.insert(QStringLiteral("adminUsername"), Admin);
            QVERIFY2(event.value(QStringLiteral("details")).toObject() == eventDetails, shownEvent);
            QCOMPARE(event.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(event.value(QStringLiteral("userAgent")).toString(),
                     QString::fromLatin1(AdminAgent));
            // The administrator's session is not one of the target's.
            QVERIFY2(event.value(QStringLiteral("sessionId")).isNull(), shownEvent);
            const qint64 at = msecs(event.value(QStringLiteral("occurredAt")));
            QVERIFY2(at >= before - 1000 && at <= after + 1000, shownEvent);

            const QJsonObject entry = audit.at(i).toObject();
            const QByteArray shownEntry = describe(entry).toUtf8();
            QCOMPARE(entry.keys(),
                     QStringList({QStringLiteral("action"), QStringLiteral("adminId"),
                                  QStringLiteral("adminUsername"), QStringLiteral("details"),
                                  QStringLiteral("id"), QStringLiteral("ip"),
                                  QStringLiteral("occurredAt"), QStringLiteral("targetUserId"),
                                  QStringLiteral("targetUsername"), QStringLiteral("userAgent")}));
            QCOMPARE(entry.value(QStringLiteral("action")).toString(), want.action);
            QCOMPARE(entry.value(QStringLiteral("adminId")).toString(), m_adminId);
            QCOMPARE(entry.value(QStringLiteral("adminUsername")).toString(), Admin);
            QCOMPARE(entry.value(QStringLiteral("targetUsername")).toString(), user);
            QVERIFY2(entry.value(QStringLiteral("details")).toObject() == want.auditDetails,
                     shownEntry);
            QCOMPARE(entry.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(entry.value(QStringLiteral("userAgent")).toString(),
                     QString::fromLatin1(AdminAgent));
            QCOMPARE(msecs(entry.value(QStringLiteral("occurredAt"))), at);
        }
        // Neither log holds a secret.
        for (const QString &secret :
             {first.accessToken, first.refreshToken, one.secret, two.secret})
            QVERIFY(!QJsonDocument(audit).toJson().contains(secret.toLatin1()) &&
                    !QJsonDocument(events).toJson().contains(secret.toLatin1()));
    }

    void theAuditLogPages()
    {
        // Five more entries, then pages of two: newest first, nothing twice, nothing skipped.
        const QString id = userId(newUser());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/enable").arg(id)).status,
                     204);
        const auto whole = adminGet(QStringLiteral("/v1/admin/audit?limit=200"));
        QCOMPARE(whole.status, 200);
        const QJsonArray all = whole.json().value(QStringLiteral("items")).toArray();
        QVERIFY(all.size() >= 5);

        QJsonArray paged;
        QString cursor;
        int pages = 0;
        do {
            const auto page =
                adminGet(QStringLiteral("/v1/admin/audit?limit=2") +
                         (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &entry : page.json().value(QStringLiteral("items")).toArray())
                paged.append(entry);
            cursor = page.json().value(QStringLiteral("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 1000);
        QCOMPARE(paged, all);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(msecs(all.at(i - 1).toObject().value(QStringLiteral("occurredAt"))) >=
                    msecs(all.at(i).toObject().value(QStringLiteral("occurredAt"))));

        for (const QString &bad :
             {QStringLiteral("limit=0"), QStringLiteral("limit=201"), QStringLiteral("cursor=abc"),
              QStringLiteral("cursor=dTp1c2VyMQ")}) {
            const auto reply = adminGet(QStringLiteral("/v1/admin/audit?") + bad);
            checkApiError(reply, 422, QStringLiteral("VALIDATION_FAILED"));
            QVERIFY2(!QTest::currentTestFailed(), qPrintable(bad));
        }
    }

    void resettingTwoFactorAuthentication()
    {
        const QString user = newUser();
        const QString id = userId(user);
        const Device device = signIn(user);
        QVERIFY(enableTwoFactor(device));
        QCOMPARE(twoFactorState(device).value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(adminUser(id).value(QStringLiteral("twoFactorEnabled")).toBool(), true);
        // It really is on: the password alone no longer signs in.
        OAuthTestClient withoutCode(m_server);
        const auto codePage = withoutCode.submitSignIn(withoutCode.openAuthorize(), user, Password);
        QVERIFY(OAuthTestClient::isTwoFactorPage(codePage));

        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/reset-2fa").arg(id)).status,
                 204);
        const QJsonObject state = twoFactorState(device);
        QCOMPARE(state.value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(state.value(QStringLiteral("pending")).toBool(), false);
        QCOMPARE(state.value(QStringLiteral("backupCodesRemaining")).toInt(), 0);
        QCOMPARE(adminUser(id).value(QStringLiteral("twoFactorEnabled")).toBool(), false);
        // The user's sessions stay; the password alone signs in again.
        QCOMPARE(me(device.accessToken).status, 200);
        QCOMPARE(me(signIn(user).accessToken).status, 200);

        // Off (a setup only pending is off too): nothing to reset.
        const auto again =
            adminSend("POST", QStringLiteral("/v1/admin/users/%1/reset-2fa").arg(id));
        VERIFY_API_ERROR(again, 409, "CONFLICT");
        QCOMPARE(m_http
                     .postJson(m_server.url(QStringLiteral("/v1/me/2fa/setup")), {},
                               HttpClient::bearer(device.accessToken))
                     .status,
                 200);
        VERIFY_API_ERROR(adminSend("POST", QStringLiteral("/v1/admin/users/%1/reset-2fa").arg(id)),
                         409, "CONFLICT");
        QCOMPARE(twoFactorState(device).value(QStringLiteral("pending")).toBool(), true);
    }

    void unknownIdsAreNotFound()
    {
        for (const auto &[method, path] : adminEndpoints(QStringLiteral("no-such-user"))) {
            if (path.endsWith(QLatin1String("/users")) || path.endsWith(QLatin1String("/audit")))
                continue;
            const auto reply = adminSend(method, path);
            checkApiError(reply, 404, QStringLiteral("NOT_FOUND"));
            QVERIFY2(!QTest::currentTestFailed(),
                     qPrintable(QString::fromLatin1(method) + u' ' + path));
        }
        VERIFY_API_ERROR(adminGet(QStringLiteral("/v1/admin/nothing")), 404, "NOT_FOUND");
        const auto wrongMethod = adminGet(QStringLiteral("/v1/admin/sessions/x"));
        VERIFY_API_ERROR(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    }

    // Last in this server's life: it disables administrators.
    void theLastAdministratorCannotBeDisabled()
    {
        // A server of its own, so the administrators can be counted.
        TestServer server;
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("solo"), Password, true));
        OAuthTestClient soloClient(server);
        soloClient.scope = AllScopes;
        TwoFactorAccount::enableFor(server, m_http, QStringLiteral("solo"), Password)
            .answerSignIns(soloClient);
        const QString solo = soloClient.signIn(QStringLiteral("solo"), Password)
                                 .value(QStringLiteral("access_token"))
                                 .toString();
        const auto call = [&](const QByteArray &method, const QString &path, const QString &token) {
            return m_http.send(method, server.url(path), {}, HttpClient::bearer(token));
        };
        const QString soloId = call("GET", QStringLiteral("/v1/me"), solo)
                                   .json()
                                   .value(QStringLiteral("id"))
                                   .toString();

        const auto refused =
            call("POST", QStringLiteral("/v1/admin/users/%1/disable").arg(soloId), solo);
        VERIFY_API_ERROR(refused, 409, "LAST_ADMIN");
        QCOMPARE(refused.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("This is the last administrator; make another user an "
                                "administrator first."));
        // The command line keeps the same rule.
        const auto cli = server.runCli(
            {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("solo")});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QStringLiteral("last administrator")), qPrintable(cli.err));
        QCOMPARE(call("GET", QStringLiteral("/v1/me"), solo).status, 200);

        // With a second administrator, either can go; a disabled one does not count.
        QVERIFY(server.createUser(QStringLiteral("deputy"), Password, true));
        OAuthTestClient deputyClient(server);
        deputyClient.scope = AllScopes;
        TwoFactorAccount::enableFor(server, m_http, QStringLiteral("deputy"), Password)
            .answerSignIns(deputyClient);
        const QString deputy = deputyClient.signIn(QStringLiteral("deputy"), Password)
                                   .value(QStringLiteral("access_token"))
                                   .toString();
        const QString deputyId = call("GET", QStringLiteral("/v1/me"), deputy)
                                     .json()
                                     .value(QStringLiteral("id"))
                                     .toString();
        QCOMPARE(
            call("POST", QStringLiteral("/v1/admin/users/%1/disable").arg(deputyId), solo).status,
            204);
        VERIFY_API_ERROR(call("GET", QStringLiteral("/v1/me"), deputy), 401, "UNAUTHORIZED");
        VERIFY_API_ERROR(
            call("POST", QStringLiteral("/v1/admin/users/%1/disable").arg(soloId), solo), 409,
            "LAST_ADMIN");
        // Disabling an ordinary user never trips the guard.
        QVERIFY(server.createUser(QStringLiteral("plain"), Password));
        QCOMPARE(server
                     .runCli({QStringLiteral("user"), QStringLiteral("disable"),
                              QStringLiteral("plain")})
                     .exitCode,
                 0);

        // Enabled again, the deputy makes room: an administrator may disable themselves, and
        // their own token stops working right after the answer.
        QCOMPARE(
            call("POST", QStringLiteral("/v1/admin/users/%1/enable").arg(deputyId), solo).status,
            204);
        QCOMPARE(
            call("POST", QStringLiteral("/v1/admin/users/%1/disable").arg(soloId), solo).status,
            204);
        VERIFY_API_ERROR(call("GET", QStringLiteral("/v1/me"), solo), 401, "UNAUTHORIZED");
    }
};

QTEST_GUILESS_MAIN(tst_Admin)
#include "tst_admin.moc"
