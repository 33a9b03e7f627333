// --require-2fa-for-admins against the real server: by default an administrator without
// two-factor authentication gets no `admin` scope (not in the token, not in introspection, the
// admin API answers 403 TWO_FACTOR_SETUP_REQUIRED, /v1/me says adminRequiresTwoFactor), the
// consent page says administration was left out (also when 2FA is turned off between the password
// and the code), and a request for `admin` alone fails; with 2FA on the scope is granted; turning
// 2FA off takes it from the access token, the refresh and an existing admin-scoped personal access
// token at once, and no new one can be made; with the option off the scope is granted without 2FA
// and the server warns at start.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString Password = QStringLiteral("admin-2fa-password");
const QString AllScopes = QStringLiteral("tasks:read tasks:write account admin");
const QString LeftOut = QStringLiteral("Administration was left out: it needs two-factor "
                                       "authentication on your account.");

QStringList scopesOf(const QJsonObject &object, const QString &key = QStringLiteral("scopes"))
{
    QStringList scopes;
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QJsonValue &scope : value.toArray())
        scopes.append(scope.toString());
    return scopes;
}

} // namespace

class tst_AdminTwoFactor : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    HttpClient m_http;
    QString m_introspectId;
    QString m_introspectSecret;

    HttpClient::Reply get(const QString &path, const QString &token, TestServer *server = nullptr)
    {
        return m_http.get((server ? server : &m_server)->url(path), HttpClient::bearer(token));
    }

    HttpClient::Reply createPat(const QString &token, const QStringList &scopes,
                                const QString &code = {}, TestServer *server = nullptr)
    {
        static int count = 0;
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("script %1").arg(++count)},
                         {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
        if (!code.isEmpty())
            body.insert(QStringLiteral("code"), code);
        return m_http.postJson((server ? server : &m_server)->url(QStringLiteral("/v1/me/tokens")),
                               body, HttpClient::bearer(token));
    }

    QJsonObject introspect(const QString &token)
    {
        const QByteArray basic =
            (m_introspectId + QLatin1Char(':') + m_introspectSecret).toUtf8().toBase64();
        return m_http
            .postForm(m_server.url(QStringLiteral("/oauth2/introspect")),
                      {{QStringLiteral("token"), token}}, {{"Authorization", "Basic " + basic}})
            .json();
    }

    // Signs in through the pages as far as the consent page, which it returns.
    HttpClient::Reply consentPage(OAuthTestClient &client, const QString &username)
    {
        auto page = client.submitSignIn(client.openAuthorize(), username, Password);
        if (OAuthTestClient::isTwoFactorPage(page) && client.twoFactorCode)
            page = client.submitTwoFactor(page, client.twoFactorCode());
        return page;
    }

    QJsonObject finishSignIn(OAuthTestClient &client, const HttpClient::Reply &consent)
    {
        const auto redirect = client.submitConsent(consent, QStringLiteral("approve"));
        return client.exchangeCode(OAuthTestClient::redirectParam(redirect, QStringLiteral("code")))
            .json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        // On by default: no option given, and no warning either.
        QVERIFY2(!m_server.output().contains("require-2fa-for-admins"), m_server.output());
        const auto result =
            m_server.runCli({QStringLiteral("client"), QStringLiteral("add"),
                             QStringLiteral("Resource server"), QStringLiteral("--confidential")});
        m_introspectId =
            QRegularExpression(QStringLiteral("client_id=(\\S+)")).match(result.out).captured(1);
        m_introspectSecret = QRegularExpression(QStringLiteral("client_secret=(\\S+)"))
                                 .match(result.out)
                                 .captured(1);
        QVERIFY(!m_introspectSecret.isEmpty());
    }

    void anAdministratorWithoutTwoFactorGetsNoAdminScope()
    {
        QVERIFY(m_server.createUser(QStringLiteral("ada"), Password, true));
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        const auto consent = consentPage(client, QStringLiteral("ada"));
        QCOMPARE(consent.status, 200);
        // The consent page says what was left out and why, and does not offer it.
        QVERIFY2(consent.body.contains(LeftOut.toUtf8()), consent.body.constData());
        QVERIFY(!consent.body.contains("Administer other users"));
        const QJsonObject tokens = finishSignIn(client, consent);
        const QString token = tokens.value(QStringLiteral("access_token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(scopesOf(tokens, QStringLiteral("scope")),
                 QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write"),
                              QStringLiteral("account")}));
        QCOMPARE(scopesOf(introspect(token), QStringLiteral("scope")),
                 scopesOf(tokens, QStringLiteral("scope")));

        const QJsonObject me = get(QStringLiteral("/v1/me"), token).json();
        QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QVERIFY(!scopesOf(me).contains(QStringLiteral("admin")));
        QCOMPARE(me.value(QStringLiteral("adminRequiresTwoFactor")).toBool(false), true);

        const auto refused = get(QStringLiteral("/v1/admin/users"), token);
        VERIFY_API_ERROR(refused, 403, "TWO_FACTOR_SETUP_REQUIRED");
        QVERIFY(refused.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("two-factor authentication")));
        // No admin-scoped personal access token either, and none is made.
        VERIFY_API_ERROR(createPat(token, {QStringLiteral("admin")}), 403,
                         "TWO_FACTOR_SETUP_REQUIRED");
        QCOMPARE(get(QStringLiteral("/v1/me/tokens"), token)
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 0);
        // Other scopes are fine.
        QCOMPARE(createPat(token, {QStringLiteral("tasks:read")}).status, 201);

        // Asking for `admin` alone fails as it does for someone who is not an administrator.
        OAuthTestClient adminOnly(m_server);
        adminOnly.scope = QStringLiteral("admin");
        const auto redirect =
            adminOnly.submitSignIn(adminOnly.openAuthorize(), QStringLiteral("ada"), Password);
        QCOMPARE(OAuthTestClient::redirectParam(redirect, QStringLiteral("error")),
                 QStringLiteral("invalid_scope"));
    }

    void withTwoFactorTheAdminScopeIsGranted()
    {
        QVERIFY(m_server.createUser(QStringLiteral("bea"), Password, true));
        TwoFactorAccount twoFactor =
            TwoFactorAccount::enableFor(m_server, m_http, QStringLiteral("bea"), Password);
        QVERIFY(!twoFactor.isEmpty());
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        twoFactor.answerSignIns(client);
        const auto consent = consentPage(client, QStringLiteral("bea"));
        QVERIFY(!consent.body.contains(LeftOut.toUtf8()));
        QVERIFY(consent.body.contains("Administer other users"));
        const QJsonObject tokens = finishSignIn(client, consent);
        const QString token = tokens.value(QStringLiteral("access_token")).toString();
        QVERIFY(scopesOf(tokens, QStringLiteral("scope")).contains(QStringLiteral("admin")));
        QVERIFY(
            scopesOf(introspect(token), QStringLiteral("scope")).contains(QStringLiteral("admin")));
        const QJsonObject me = get(QStringLiteral("/v1/me"), token).json();
        QVERIFY(scopesOf(me).contains(QStringLiteral("admin")));
        QCOMPARE(me.value(QStringLiteral("adminRequiresTwoFactor")).toBool(true), false);
        QCOMPARE(get(QStringLiteral("/v1/admin/users"), token).status, 200);

        // Someone who is not an administrator is never told to set 2FA up for it.
        QVERIFY(m_server.createUser(QStringLiteral("cy"), Password));
        OAuthTestClient user(m_server);
        user.scope = AllScopes;
        const QString userToken = user.signIn(QStringLiteral("cy"), Password)
                                      .value(QStringLiteral("access_token"))
                                      .toString();
        const QJsonObject userMe = get(QStringLiteral("/v1/me"), userToken).json();
        QCOMPARE(userMe.value(QStringLiteral("adminRequiresTwoFactor")).toBool(true), false);
        VERIFY_API_ERROR(get(QStringLiteral("/v1/admin/users"), userToken), 403, "FORBIDDEN");
    }

    void turningTwoFactorOffTakesTheAdminScopeAway()
    {
        QVERIFY(m_server.createUser(QStringLiteral("dee"), Password, true));
        TwoFactorAccount twoFactor =
            TwoFactorAccount::enableFor(m_server, m_http, QStringLiteral("dee"), Password);
        QVERIFY(!twoFactor.isEmpty());
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        twoFactor.answerSignIns(client);
        const QJsonObject tokens = client.signIn(QStringLiteral("dee"), Password);
        const QString token = tokens.value(QStringLiteral("access_token")).toString();
        const auto made = createPat(token, {QStringLiteral("admin")}, twoFactor.freshCode());
        QCOMPARE(made.status, 201);
        const QString pat = made.json().value(QStringLiteral("token")).toString();
        QCOMPARE(get(QStringLiteral("/v1/admin/users"), token).status, 200);
        QCOMPARE(get(QStringLiteral("/v1/admin/users"), pat).status, 200);

        // Off, from this very session.
        auto headers = HttpClient::bearer(token);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        const auto disabled =
            m_http.send("DELETE", m_server.url(QStringLiteral("/v1/me/2fa")),
                        QJsonDocument(QJsonObject{{QStringLiteral("code"), twoFactor.freshCode()}})
                            .toJson(QJsonDocument::Compact),
                        headers);
        QCOMPARE(disabled.status, 204);

        // The next request already goes without admin, with either credential.
        for (const QString &credential : {token, pat}) {
            VERIFY_API_ERROR(get(QStringLiteral("/v1/admin/users"), credential), 403,
                             "TWO_FACTOR_SETUP_REQUIRED");
            const QJsonObject me = get(QStringLiteral("/v1/me"), credential).json();
            QVERIFY(!scopesOf(me).contains(QStringLiteral("admin")));
            QCOMPARE(me.value(QStringLiteral("adminRequiresTwoFactor")).toBool(false), true);
        }
        QVERIFY(!scopesOf(introspect(token), QStringLiteral("scope"))
                     .contains(QStringLiteral("admin")));
        // A refresh does not bring it back.
        const QJsonObject refreshed =
            client.refresh(tokens.value(QStringLiteral("refresh_token")).toString()).json();
        const QString newToken = refreshed.value(QStringLiteral("access_token")).toString();
        QVERIFY(!newToken.isEmpty());
        QCOMPARE(scopesOf(refreshed, QStringLiteral("scope")),
                 QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write"),
                              QStringLiteral("account")}));
        VERIFY_API_ERROR(get(QStringLiteral("/v1/admin/users"), newToken), 403,
                         "TWO_FACTOR_SETUP_REQUIRED");
        // And no new admin token (no code is asked for: 2FA is off).
        VERIFY_API_ERROR(createPat(newToken, {QStringLiteral("admin")}), 403,
                         "TWO_FACTOR_SETUP_REQUIRED");
        // The personal access token keeps its other powers; /v1/me answers it.
        QCOMPARE(get(QStringLiteral("/v1/me"), pat).status, 200);
    }

    // Turned off between the password and the code: the two-factor step lets the password stand,
    // as before, but without admin.
    void twoFactorTurnedOffDuringTheSignInLeavesAdminOut()
    {
        QVERIFY(m_server.createUser(QStringLiteral("fin"), Password, true));
        TwoFactorAccount twoFactor =
            TwoFactorAccount::enableFor(m_server, m_http, QStringLiteral("fin"), Password);
        QVERIFY(!twoFactor.isEmpty());
        OAuthTestClient elsewhere(m_server);
        twoFactor.answerSignIns(elsewhere);
        const QString token = elsewhere.signIn(QStringLiteral("fin"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());

        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        const auto codePage =
            client.submitSignIn(client.openAuthorize(), QStringLiteral("fin"), Password);
        QVERIFY(OAuthTestClient::isTwoFactorPage(codePage));
        auto headers = HttpClient::bearer(token);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        QCOMPARE(
            m_http
                .send("DELETE", m_server.url(QStringLiteral("/v1/me/2fa")),
                      QJsonDocument(QJsonObject{{QStringLiteral("code"), twoFactor.freshCode()}})
                          .toJson(QJsonDocument::Compact),
                      headers)
                .status,
            204);
        const auto consent = client.submitTwoFactor(codePage, QStringLiteral("000000"));
        QCOMPARE(consent.status, 200);
        QVERIFY2(consent.body.contains(LeftOut.toUtf8()), consent.body.constData());
        QVERIFY(!consent.body.contains("Administer other users"));
        const QJsonObject tokens = finishSignIn(client, consent);
        QCOMPARE(scopesOf(tokens, QStringLiteral("scope")),
                 QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write"),
                              QStringLiteral("account")}));
    }

    void withTheOptionOffAdministratorsNeedNoTwoFactor()
    {
        for (const QStringList &option :
             {QStringList{QStringLiteral("--require-2fa-for-admins=off")},
              QStringList{QStringLiteral("--no-require-2fa-for-admins")}}) {
            TestServer server(option);
            QVERIFY(server.start());
            QVERIFY2(server.output().contains("warning: --require-2fa-for-admins=off"),
                     server.output());
            QVERIFY(server.createUser(QStringLiteral("eve"), Password, true));
            OAuthTestClient client(server);
            client.scope = AllScopes;
            const QJsonObject tokens = client.signIn(QStringLiteral("eve"), Password);
            const QString token = tokens.value(QStringLiteral("access_token")).toString();
            QVERIFY(scopesOf(tokens, QStringLiteral("scope")).contains(QStringLiteral("admin")));
            const QJsonObject me = get(QStringLiteral("/v1/me"), token, &server).json();
            QCOMPARE(me.value(QStringLiteral("adminRequiresTwoFactor")).toBool(true), false);
            QCOMPARE(get(QStringLiteral("/v1/admin/users"), token, &server).status, 200);
            const auto made = createPat(token, {QStringLiteral("admin")}, {}, &server);
            QCOMPARE(made.status, 201);
            QCOMPARE(get(QStringLiteral("/v1/admin/users"),
                         made.json().value(QStringLiteral("token")).toString(), &server)
                         .status,
                     200);
        }
    }

    void theOptionTakesOnOrOff()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--require-2fa-for-admins=maybe")},
              QStringList{QStringLiteral("--require-2fa-for-admins=on"),
                          QStringLiteral("--no-require-2fa-for-admins")}}) {
            QProcess process;
            process.start(TestServer::binary(), m_server.storageArguments() +
                                                    QStringList{QStringLiteral("--listen"),
                                                                QStringLiteral("127.0.0.1:0")} +
                                                    arguments);
            QVERIFY(process.waitForFinished(20000));
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(process.readAllStandardError().contains("--require-2fa-for-admins"));
        }
        // "on" spelled out is the default: no warning.
        TestServer server({QStringLiteral("--require-2fa-for-admins=on")});
        QVERIFY(server.start());
        QVERIFY(!server.output().contains("warning"));
    }
};

QTEST_GUILESS_MAIN(tst_AdminTwoFactor)
#include "tst_admintwofactor.moc"
