// Accounts made by administrators, against the real server over HTTP: creating an account with a
// one-time password (validation, a taken name, non-administrators refused), the forced change of
// password on the sign-in pages before any code is issued, resetting a password (which signs the
// user out everywhere at once), changing the role with the last-administrator guard, and each
// action in the audit log and the user's security log.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "SignedInDevice.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString Password = QStringLiteral("admin-accounts-password");
const QString NewPassword = QStringLiteral("my own choice 42");
const QString AllScopes = QStringLiteral("tasks:read tasks:write account admin");
const QString Admin = QStringLiteral("root");
const QByteArray AdminAgent = "TasklaneAdmin/2.0";

using Device = SignedInDevice;

// 4 groups of 5 from BackupCodes' alphabet.
bool looksOneTime(const QString &password)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}$"));
    return pattern.match(password).hasMatch();
}

QStringList fieldsOf(const HttpClient::Reply &reply)
{
    QStringList fields;
    const QJsonArray details = reply.json().value(QStringLiteral("details")).toArray();
    for (const QJsonValue &detail : details)
        fields.append(detail.toObject().value(QStringLiteral("field")).toString());
    return fields;
}

} // namespace

class tst_AdminAccounts : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    HttpClient m_http;
    Device m_admin;
    QHash<QString, TwoFactorAccount> m_twoFactor; // accounts with two-factor authentication on
    QString m_adminId;
    int m_users = 0;

    Device signIn(const QString &username, const QString &password = Password,
                  const QString &scope = AllScopes)
    {
        OAuthTestClient client(m_server);
        client.scope = scope;
        if (m_twoFactor.contains(username))
            m_twoFactor[username].answerSignIns(client);
        return Device::signIn(client, username, password, m_server, m_http);
    }

    HttpClient::Reply me(const QString &token)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
    }

    HttpClient::Reply adminSend(const QByteArray &method, const QString &path,
                                const QJsonObject &body = {}, const QString &token = {})
    {
        HttpClient::Headers headers =
            HttpClient::bearer(token.isEmpty() ? m_admin.accessToken : token);
        headers.append(qMakePair(QByteArray("User-Agent"), AdminAgent));
        QByteArray payload;
        if (!body.isEmpty()) {
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return m_http.send(method, m_server.url(path), payload, headers);
    }

    // POST /v1/admin/users for a fresh name; the answer (201 expected).
    HttpClient::Reply createUser(const QString &username, const QString &role = {})
    {
        QJsonObject body{
            {QStringLiteral("username"), username},
            {QStringLiteral("email"), QString(username + QStringLiteral("@example.org"))},
            {QStringLiteral("displayName"), username.toUpper()}};
        if (!role.isEmpty())
            body.insert(QStringLiteral("role"), role);
        return adminSend("POST", QStringLiteral("/v1/admin/users"), body);
    }

    QString freshName() { return QStringLiteral("made%1").arg(++m_users); }

    // Signs in with a one-time password, choosing `newPassword` on the page that asks for it.
    Device signInChanging(const QString &username, const QString &oneTime,
                          const QString &newPassword = NewPassword)
    {
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        const auto signInPage = client.openAuthorize();
        const auto changePage = client.submitSignIn(signInPage, username, oneTime);
        if (!OAuthTestClient::isChangePasswordPage(changePage)) {
            qWarning("no change-password page: %s", changePage.body.left(400).constData());
            return {};
        }
        const auto consentPage = client.submitChangePassword(changePage, newPassword, newPassword);
        const auto redirect = client.submitConsent(consentPage, QStringLiteral("approve"));
        const QString code = OAuthTestClient::redirectParam(redirect, QStringLiteral("code"));
        const QJsonObject tokens = client.exchangeCode(code).json();
        Device device;
        device.clientId = client.clientId;
        device.accessToken = tokens.value(QStringLiteral("access_token")).toString();
        device.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
        device.sessionId =
            me(device.accessToken).json().value(QStringLiteral("sessionId")).toString();
        return device;
    }

    QJsonArray eventsOf(const Device &device, const QString &type)
    {
        const auto reply =
            m_http.get(m_server.url(QStringLiteral("/v1/me/security-events?type=") + type),
                       HttpClient::bearer(device.accessToken));
        if (reply.status != 200)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("items")).toArray();
    }

    QJsonArray auditAbout(const QString &targetId)
    {
        QJsonArray about;
        const auto reply = adminSend("GET", QStringLiteral("/v1/admin/audit?limit=200"));
        const QJsonArray entries = reply.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &entry : entries) {
            if (entry.toObject().value(QStringLiteral("targetUserId")).toString() == targetId)
                about.append(entry);
        }
        return about;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(Admin, Password, true));
        // Administrators need two-factor authentication for the admin scope.
        m_twoFactor.insert(Admin, TwoFactorAccount::enableFor(m_server, m_http, Admin, Password));
        QVERIFY(!m_twoFactor.value(Admin).isEmpty());
        m_admin = signIn(Admin);
        QVERIFY(!m_admin.sessionId.isEmpty());
        m_adminId = me(m_admin.accessToken).json().value(QStringLiteral("id")).toString();
    }

    void createGivesAOneTimePasswordOnce()
    {
        const auto created = createUser(QStringLiteral("carol"), QStringLiteral("user"));
        QCOMPARE(created.status, 201);
        const QJsonObject user = created.json();
        QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("carol"));
        QCOMPARE(user.value(QStringLiteral("email")).toString(),
                 QStringLiteral("carol@example.org"));
        QCOMPARE(user.value(QStringLiteral("displayName")).toString(), QStringLiteral("CAROL"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(user.value(QStringLiteral("mustChangePassword")).toBool(), true);
        const QString oneTime = user.value(QStringLiteral("oneTimePassword")).toString();
        QVERIFY2(looksOneTime(oneTime), qPrintable(oneTime));
        const QString id = user.value(QStringLiteral("id")).toString();

        // Shown once: the user's record never carries it again.
        const auto again = adminSend("GET", QStringLiteral("/v1/admin/users/") + id);
        QCOMPARE(again.status, 200);
        QVERIFY(!again.body.contains(oneTime.toUtf8()));
        QVERIFY(!again.json().contains(QStringLiteral("oneTimePassword")));

        // The audit log names the administrator and their request, never the password.
        const QJsonArray audit = auditAbout(id);
        QCOMPARE(audit.size(), 1);
        const QJsonObject entry = audit.at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("user.create"));
        QCOMPARE(entry.value(QStringLiteral("adminId")).toString(), m_adminId);
        QCOMPARE(entry.value(QStringLiteral("userAgent")).toString(),
                 QString::fromLatin1(AdminAgent));
        QCOMPARE(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("role")),
                 QJsonValue(QStringLiteral("user")));
        QVERIFY(!QJsonDocument(entry).toJson().contains(oneTime.toUtf8()));

        // A default role is "user"; "admin" makes an administrator.
        const auto plain =
            adminSend("POST", QStringLiteral("/v1/admin/users"),
                      QJsonObject{{QStringLiteral("username"), QStringLiteral("plain")},
                                  {QStringLiteral("email"), QStringLiteral("plain@example.org")}});
        QCOMPARE(plain.status, 201);
        QCOMPARE(plain.json().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(plain.json().value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("plain"));
        const auto boss = createUser(QStringLiteral("boss"), QStringLiteral("admin"));
        QCOMPARE(boss.status, 201);
        QCOMPARE(boss.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QVERIFY(boss.json().value(QStringLiteral("oneTimePassword")).toString() != oneTime);
    }

    void createValidatesEachField()
    {
        const auto empty = adminSend("POST", QStringLiteral("/v1/admin/users"),
                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("x")}});
        VERIFY_API_ERROR(empty, 422, "VALIDATION_FAILED");
        QCOMPARE(fieldsOf(empty), QStringList({QStringLiteral("username"), QStringLiteral("email"),
                                               QStringLiteral("role")}));

        const auto bad =
            adminSend("POST", QStringLiteral("/v1/admin/users"),
                      QJsonObject{{QStringLiteral("username"), QStringLiteral("-starts-with-dash")},
                                  {QStringLiteral("email"), QStringLiteral("no-at-sign")},
                                  {QStringLiteral("displayName"), QString(101, QLatin1Char('d'))},
                                  {QStringLiteral("password"), QStringLiteral("not taken here")}});
        VERIFY_API_ERROR(bad, 422, "VALIDATION_FAILED");
        QCOMPARE(fieldsOf(bad),
                 QStringList({QStringLiteral("password"), QStringLiteral("username"),
                              QStringLiteral("email"), QStringLiteral("displayName")}));

        const auto tooLong =
            adminSend("POST", QStringLiteral("/v1/admin/users"),
                      QJsonObject{{QStringLiteral("username"), QString(65, QLatin1Char('a'))},
                                  {QStringLiteral("email"), QStringLiteral("a@example.org")}});
        VERIFY_API_ERROR(tooLong, 422, "VALIDATION_FAILED");
        QCOMPARE(fieldsOf(tooLong), QStringList({QStringLiteral("username")}));
        const auto notString =
            adminSend("POST", QStringLiteral("/v1/admin/users"),
                      QJsonObject{{QStringLiteral("username"), 7},
                                  {QStringLiteral("email"), QStringLiteral("a@example.org")}});
        VERIFY_API_ERROR(notString, 422, "VALIDATION_FAILED");
        // Nothing was made on the way.
        const auto listed = adminSend("GET", QStringLiteral("/v1/admin/users?q=starts"));
        QVERIFY(listed.json().value(QStringLiteral("items")).toArray().isEmpty());
    }

    void aTakenNameIsAConflict()
    {
        QCOMPARE(createUser(QStringLiteral("dave")).status, 201);
        const auto taken = createUser(QStringLiteral("DAVE"));
        VERIFY_API_ERROR(taken, 409, "CONFLICT");
        QVERIFY(!taken.body.contains("oneTimePassword"));
        VERIFY_API_ERROR(createUser(Admin), 409, "CONFLICT");
    }

    void nonAdministratorsAreRefused()
    {
        const auto created = createUser(QStringLiteral("erin"));
        const QString erinId = created.json().value(QStringLiteral("id")).toString();
        const Device erin =
            signInChanging(QStringLiteral("erin"),
                           created.json().value(QStringLiteral("oneTimePassword")).toString());
        QVERIFY(!erin.sessionId.isEmpty());
        const Device adminWithoutScope =
            signIn(Admin, Password, QStringLiteral("tasks:read tasks:write account"));
        const QList<QPair<QByteArray, QString>> endpoints{
            {"POST", QStringLiteral("/v1/admin/users")},
            {"POST", QStringLiteral("/v1/admin/users/%1/password").arg(erinId)},
            {"PATCH", QStringLiteral("/v1/admin/users/%1").arg(erinId)},
        };
        const QJsonObject body{{QStringLiteral("username"), QStringLiteral("sneaky")},
                               {QStringLiteral("email"), QStringLiteral("s@example.org")}};
        for (const auto &[method, path] : endpoints) {
            const QJsonObject sent =
                method == "PATCH" ? QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}}
                                  : body;
            const auto asUser = adminSend(method, path, sent, erin.accessToken);
            checkApiError(asUser, 403, QStringLiteral("FORBIDDEN"));
            QVERIFY2(!QTest::currentTestFailed(), qPrintable(path));
            QCOMPARE(asUser.json().value(QStringLiteral("message")).toString(),
                     QStringLiteral("Administrators only."));
            const auto noScope = adminSend(method, path, sent, adminWithoutScope.accessToken);
            checkApiError(noScope, 403, QStringLiteral("FORBIDDEN"));
            QVERIFY(noScope.header("WWW-Authenticate").contains("insufficient_scope"));
        }
        // Nothing happened: erin is still a user with her own password, and no "sneaky".
        QCOMPARE(me(erin.accessToken).json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("user"));
        QVERIFY(!signIn(QStringLiteral("erin"), NewPassword).sessionId.isEmpty());
        QCOMPARE(adminSend("GET", QStringLiteral("/v1/admin/users?q=sneaky"))
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 0);
    }

    void firstSignInAsksForANewPasswordBeforeAnyCode()
    {
        const QString name = freshName();
        const auto created = createUser(name);
        const QString oneTime = created.json().value(QStringLiteral("oneTimePassword")).toString();

        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        const auto signInPage = client.openAuthorize();
        auto page = client.submitSignIn(signInPage, name, oneTime);
        QCOMPARE(page.status, 200);
        QVERIFY2(OAuthTestClient::isChangePasswordPage(page), page.body.left(400).constData());
        QVERIFY(page.body.contains("Choose a new password"));
        QVERIFY(!page.body.contains("Allow access"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));

        // Consent cannot be skipped to: the request is not at that stage, so no code.
        const auto skipped = client.submitConsent(page, QStringLiteral("approve"));
        QCOMPARE(skipped.status, 400);
        QVERIFY(skipped.header("Location").isEmpty());

        // A wrong CSRF token is refused as on the other pages.
        const auto forged = client.http.postForm(
            m_server.url(QStringLiteral("/oauth2/authorize/change-password")),
            {{QStringLiteral("request_id"),
              OAuthTestClient::formField(page.body, QStringLiteral("request_id"))},
             {QStringLiteral("csrf_token"), QStringLiteral("forged")},
             {QStringLiteral("new_password"), NewPassword},
             {QStringLiteral("confirm_password"), NewPassword}});
        QCOMPARE(forged.status, 403);

        page = client.submitChangePassword(page, NewPassword, NewPassword + QLatin1Char('x'));
        QVERIFY(OAuthTestClient::isChangePasswordPage(page));
        QVERIFY(page.body.contains("The two passwords do not match."));

        page = client.submitChangePassword(page, QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(OAuthTestClient::isChangePasswordPage(page));
        QVERIFY(page.body.contains("at least 8 characters"));

        page = client.submitChangePassword(page, oneTime, oneTime);
        QVERIFY(OAuthTestClient::isChangePasswordPage(page));
        QVERIFY(page.body.contains("other than the one you were given"));

        // None of that changed the password: the one-time one still leads here, the new one not.
        {
            OAuthTestClient other(m_server);
            QVERIFY(OAuthTestClient::isChangePasswordPage(
                other.submitSignIn(other.openAuthorize(), name, oneTime)));
            QVERIFY(other.submitSignIn(other.openAuthorize(), name, NewPassword)
                        .body.contains("Wrong username or password."));
        }

        const auto consentPage = client.submitChangePassword(page, NewPassword, NewPassword);
        QCOMPARE(consentPage.status, 200);
        QVERIFY2(consentPage.body.contains("Allow access"), consentPage.body.left(400).constData());
        QVERIFY(consentPage.body.contains("Your new password is set."));
        const auto redirect = client.submitConsent(consentPage, QStringLiteral("approve"));
        QCOMPARE(redirect.status / 100, 3);
        const QString code = OAuthTestClient::redirectParam(redirect, QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const auto tokens = client.exchangeCode(code);
        QCOMPARE(tokens.status, 200);
        Device device;
        device.accessToken = tokens.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(me(device.accessToken).status, 200);

        // Logged: created by the administrator, then the change at the first sign-in.
        const QJsonArray changed = eventsOf(device, QStringLiteral("password.changed"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0)
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("first_sign_in"));
        QCOMPARE(changed.at(0).toObject().value(QStringLiteral("ip")).toString(),
                 QStringLiteral("127.0.0.1"));
        const QJsonArray made = eventsOf(device, QStringLiteral("admin.user_created"));
        QCOMPARE(made.size(), 1);
        QCOMPARE(made.at(0)
                     .toObject()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("adminUsername"))
                     .toString(),
                 Admin);

        // From now on the new password signs in straight to consent; the one-time one is gone.
        QVERIFY(!signIn(name, NewPassword).sessionId.isEmpty());
        OAuthTestClient later(m_server);
        QVERIFY(later.submitSignIn(later.openAuthorize(), name, oneTime)
                    .body.contains("Wrong username or password."));
    }

    void theChangeComesAfterTheTwoFactorStep()
    {
        const QString name = freshName();
        const auto created = createUser(name);
        const Device device = signInChanging(
            name, created.json().value(QStringLiteral("oneTimePassword")).toString());
        QVERIFY(!device.sessionId.isEmpty());
        const auto setup = m_http.postJson(m_server.url(QStringLiteral("/v1/me/2fa/setup")), {},
                                           HttpClient::bearer(device.accessToken));
        const QString secret = setup.json().value(QStringLiteral("secret")).toString();
        QCOMPARE(m_http
                     .postJson(m_server.url(QStringLiteral("/v1/me/2fa/confirm")),
                               QJsonObject{{QStringLiteral("code"), OathTool::totpNow(secret)}},
                               HttpClient::bearer(device.accessToken))
                     .status,
                 200);
        const QString userId = me(device.accessToken).json().value(QStringLiteral("id")).toString();
        const auto reset =
            adminSend("POST", QStringLiteral("/v1/admin/users/%1/password").arg(userId));
        QCOMPARE(reset.status, 200);
        const QString oneTime = reset.json().value(QStringLiteral("oneTimePassword")).toString();

        OAuthTestClient client(m_server);
        const auto twoFactorPage = client.submitSignIn(client.openAuthorize(), name, oneTime);
        QVERIFY(OAuthTestClient::isTwoFactorPage(twoFactorPage));
        // The code comes from the next 30-second step: the one used at setup cannot be replayed.
        const auto changePage = client.submitTwoFactor(
            twoFactorPage, OathTool::totp(secret, QDateTime::currentSecsSinceEpoch() + 30));
        QVERIFY2(OAuthTestClient::isChangePasswordPage(changePage),
                 changePage.body.left(400).constData());
        const auto consentPage = client.submitChangePassword(
            changePage, QStringLiteral("third password!"), QStringLiteral("third password!"));
        QVERIFY(consentPage.body.contains("Allow access"));
    }

    void resetSignsTheUserOutEverywhereAtOnce()
    {
        const QString name = freshName();
        const auto created = createUser(name);
        const QString userId = created.json().value(QStringLiteral("id")).toString();
        const Device laptop = signInChanging(
            name, created.json().value(QStringLiteral("oneTimePassword")).toString());
        const Device phone = signIn(name, NewPassword);
        QVERIFY(!laptop.sessionId.isEmpty() && !phone.sessionId.isEmpty());
        const auto pat = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("script")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
            HttpClient::bearer(laptop.accessToken));
        QCOMPARE(pat.status, 201);
        const QString patSecret = pat.json().value(QStringLiteral("token")).toString();
        QCOMPARE(me(patSecret).status, 200);

        const auto reset =
            adminSend("POST", QStringLiteral("/v1/admin/users/%1/password").arg(userId));
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.json().value(QStringLiteral("sessionsRevoked")).toInt(), 2);
        QCOMPARE(reset.json().value(QStringLiteral("tokensRevoked")).toInt(), 1);
        QCOMPARE(reset.json().value(QStringLiteral("mustChangePassword")).toBool(), true);
        const QString oneTime = reset.json().value(QStringLiteral("oneTimePassword")).toString();
        QVERIFY(looksOneTime(oneTime));

        for (const QString &token : {laptop.accessToken, phone.accessToken, patSecret})
            VERIFY_API_ERROR(me(token), 401, "UNAUTHORIZED");
        verifyRefreshRefused(m_server, laptop);
        verifyRefreshRefused(m_server, phone);
        // The old password is gone; the new one-time one leads to the change page.
        OAuthTestClient client(m_server);
        QVERIFY(client.submitSignIn(client.openAuthorize(), name, NewPassword)
                    .body.contains("Wrong username or password."));
        const Device after = signInChanging(name, oneTime, QStringLiteral("after the reset"));
        QVERIFY(!after.sessionId.isEmpty());

        const QJsonArray events = eventsOf(after, QStringLiteral("admin.password_reset"));
        QCOMPARE(events.size(), 1);
        const QJsonObject details =
            events.at(0).toObject().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("sessionsRevoked")).toInt(), 2);
        QCOMPARE(details.value(QStringLiteral("tokensRevoked")).toInt(), 1);
        QCOMPARE(details.value(QStringLiteral("adminId")).toString(), m_adminId);
        const QJsonArray audit = auditAbout(userId);
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.reset_password"));
        QVERIFY(!QJsonDocument(audit).toJson().contains(oneTime.toUtf8()));

        VERIFY_API_ERROR(adminSend("POST", QStringLiteral("/v1/admin/users/nobody/password")), 404,
                         "NOT_FOUND");
        VERIFY_API_ERROR(adminSend("POST",
                                   QStringLiteral("/v1/admin/users/%1/password").arg(userId),
                                   QJsonObject{{QStringLiteral("password"), QStringLiteral("x")}}),
                         422, "VALIDATION_FAILED");
    }

    void roleChangesWithTheLastAdminGuard()
    {
        // root is the only enabled administrator ("boss" never signed in but counts: disable it).
        const QString bossId = adminSend("GET", QStringLiteral("/v1/admin/users?q=boss"))
                                   .json()
                                   .value(QStringLiteral("items"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/disable").arg(bossId)).status,
                 204);
        const auto last = adminSend("PATCH", QStringLiteral("/v1/admin/users/") + m_adminId,
                                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}});
        VERIFY_API_ERROR(last, 409, "LAST_ADMIN");
        QCOMPARE(me(m_admin.accessToken).json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("admin"));

        const QString name = freshName();
        const auto created = createUser(name);
        const QString userId = created.json().value(QStringLiteral("id")).toString();
        const Device before = signInChanging(
            name, created.json().value(QStringLiteral("oneTimePassword")).toString());

        VERIFY_API_ERROR(adminSend("PATCH", QStringLiteral("/v1/admin/users/") + userId,
                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("root")}}),
                         422, "VALIDATION_FAILED");
        VERIFY_API_ERROR(adminSend("PATCH", QStringLiteral("/v1/admin/users/nobody"),
                                   QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}}),
                         404, "NOT_FOUND");

        const auto promoted =
            adminSend("PATCH", QStringLiteral("/v1/admin/users/") + userId,
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("admin")}});
        QCOMPARE(promoted.status, 200);
        QCOMPARE(promoted.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        // An administrator now, but without two-factor authentication no admin scope yet; once
        // it is on, their next sign-in gets it, and an admin-scoped token works.
        const Device unsecured = signIn(name, NewPassword);
        VERIFY_API_ERROR(
            adminSend("GET", QStringLiteral("/v1/admin/users"), {}, unsecured.accessToken), 403,
            "TWO_FACTOR_SETUP_REQUIRED");
        m_twoFactor.insert(name, TwoFactorAccount::enableFor(m_server, m_http, name, NewPassword));
        QVERIFY(!m_twoFactor.value(name).isEmpty());
        const Device deputy = signIn(name, NewPassword);
        QCOMPARE(adminSend("GET", QStringLiteral("/v1/admin/users"), {}, deputy.accessToken).status,
                 200);
        const auto pat = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("admin script")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("admin")}},
                        {QStringLiteral("code"), m_twoFactor[name].freshCode()}},
            HttpClient::bearer(deputy.accessToken));
        QCOMPARE(pat.status, 201);
        const QString patSecret = pat.json().value(QStringLiteral("token")).toString();
        QCOMPARE(adminSend("GET", QStringLiteral("/v1/admin/users"), {}, patSecret).status, 200);

        // Now root may step down... but demote the deputy back instead, and their admin-scoped
        // session and token stop giving admin on the very next request.
        const auto demoted =
            adminSend("PATCH", QStringLiteral("/v1/admin/users/") + userId,
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}});
        QCOMPARE(demoted.status, 200);
        for (const QString &token : {deputy.accessToken, patSecret}) {
            const auto refused = adminSend("GET", QStringLiteral("/v1/admin/users"), {}, token);
            VERIFY_API_ERROR(refused, 403, "FORBIDDEN");
        }
        // The same role again changes nothing and logs nothing.
        QCOMPARE(adminSend("PATCH", QStringLiteral("/v1/admin/users/") + userId,
                           QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}})
                     .status,
                 200);

        const QJsonArray events = eventsOf(before, QStringLiteral("admin.role_changed"));
        QCOMPARE(events.size(), 2);
        const QJsonObject newest =
            events.at(0).toObject().value(QStringLiteral("details")).toObject();
        QCOMPARE(newest.value(QStringLiteral("from")).toString(), QStringLiteral("admin"));
        QCOMPARE(newest.value(QStringLiteral("to")).toString(), QStringLiteral("user"));
        QCOMPARE(newest.value(QStringLiteral("adminId")).toString(), m_adminId);
        int roleEntries = 0;
        const QJsonArray audit = auditAbout(userId);
        for (const QJsonValue &entry : audit)
            roleEntries += entry.toObject().value(QStringLiteral("action")).toString() ==
                           QLatin1String("user.set_role");
        QCOMPARE(roleEntries, 2);
        // The guard was about enabled administrators: boss comes back for the other tests.
        QCOMPARE(adminSend("POST", QStringLiteral("/v1/admin/users/%1/enable").arg(bossId)).status,
                 204);
    }
};

QTEST_GUILESS_MAIN(tst_AdminAccounts)
#include "tst_adminaccounts.moc"
