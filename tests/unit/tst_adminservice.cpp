// AdminService against the real tasklane-server (docs/api.md 12.8), signed in through
// SessionManager and the server's own HTML forms, with its four models under
// QAbstractItemModelTester for their whole life: the admin scope granted to an administrator
// and dropped for a user (who is then refused the administration API); users searched on the
// server and paged; a user opened with their sessions and tokens, one of each revoked (each
// fails at once); everything of a user revoked (access token, refresh token and personal access
// token all fail), recorded in the audit log under the administrator's name; two-factor reset;
// an account disabled (no sign-in) and enabled again; the last administrator refused with 409
// LAST_ADMIN and the server's sentence; the administrator's own sessions ended with a clean
// sign-out; and everything emptied at sign-out.
#include "AdminService.h"
#include "AdminUserModel.h"
#include "ApiClient.h"
#include "AppSignIn.h"
#include "AuditLogModel.h"
#include "CredentialStore.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "PersonalTokenModel.h"
#include "ServiceWait.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

const QString Password = QStringLiteral("admin-service-password");
const QString KeychainService = QStringLiteral("Tasklane test adminservice");
constexpr int SlowMs = 30000; // sign-ins hash passwords (Argon2id)

using Operation = AdminService::Operation;

// The app side, as AppContext builds it, with the models under testers from birth to death.
struct App
{
    App()
        : credentials(KeychainService)
        , session(&client, &credentials)
        , userTester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , sessionTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , tokenTester(&tokens, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , service(&client, &session, &users, &sessions, &tokens, &audit)
    {
        client.setTimeout(std::chrono::seconds(20));
    }

    ApiClient client;
    CredentialStore credentials;
    SessionManager session;
    AdminUserModel users;
    SessionModel sessions;
    PersonalTokenModel tokens;
    AuditLogModel audit;
    QAbstractItemModelTester userTester;
    QAbstractItemModelTester sessionTester;
    QAbstractItemModelTester tokenTester;
    QAbstractItemModelTester auditTester;
    AdminService service;
};

// Waits until `spy` has a signal or the service reported a failure of `operation`; the failure
// (if any) is returned.
std::optional<ApiError> waitFor(App &app, QSignalSpy &spy, Operation operation)
{
    return ServiceWait::answerOrFailure(app.service, spy, operation, SlowMs);
}

// Nothing in flight, and the pages that arrived are in the models (they take them from the
// event loop after the service has answered).
bool settled(App &app)
{
    return QTest::qWaitFor(
        [&app] {
            return !app.service.isBusy() && !app.users.isLoading() && !app.audit.isLoading();
        },
        SlowMs);
}

} // namespace

class tst_AdminService : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QString m_admin = QStringLiteral("alice");
    // alice's two-factor authentication, which the admin scope needs (--require-2fa-for-admins).
    TwoFactorAccount m_adminTwoFactor;

    bool signIn(App &app, const QString &username)
    {
        return AppSignIn::throughBrowser(app.session, m_server.url(), username, Password, SlowMs,
                                         username == m_admin ? m_adminTwoFactor.signInCodes()
                                                             : std::function<QString()>());
    }

    // A device of `username`, signed in over HTTP: its token response.
    QJsonObject device(const QString &username, const QString &name)
    {
        OAuthTestClient other(m_server);
        other.deviceName = name;
        return other.signIn(username, Password);
    }

    // A personal access token of the account of `accessToken`; its id and secret.
    std::pair<QString, QString> personalToken(const QString &accessToken, const QString &name)
    {
        HttpClient http;
        const auto reply =
            http.postJson(m_server.url(QStringLiteral("/v1/me/tokens")),
                          {{QStringLiteral("name"), name},
                           {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
                          HttpClient::bearer(accessToken));
        if (reply.status != 201)
            qWarning("POST /v1/me/tokens: %d %s", reply.status, reply.body.constData());
        return {reply.json().value(QStringLiteral("id")).toString(),
                reply.json().value(QStringLiteral("token")).toString()};
    }

    int statusWith(const QString &token, const QString &path = QStringLiteral("/v1/tasks"))
    {
        HttpClient http;
        return http.get(m_server.url(path), HttpClient::bearer(token)).status;
    }

    // The user called `username`, through the service's search; empty id if not found.
    AdminUser findUser(App &app, const QString &username)
    {
        app.service.searchUsers(username);
        if (!settled(app))
            return {};
        for (int row = 0; row < app.users.rowCount(); ++row) {
            if (app.users.userAt(row).username == username)
                return app.users.userAt(row);
        }
        return {};
    }

    // Opens `username` and waits for their details, sessions and tokens.
    AdminUser open(App &app, const QString &username)
    {
        const AdminUser user = findUser(app, username);
        if (user.id.isEmpty())
            return {};
        QSignalSpy loaded(&app.service, &AdminService::userLoaded);
        app.service.openUser(user.id);
        if (!settled(app) || loaded.isEmpty())
            return {};
        return loaded.last().at(0).value<AdminUser>();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/with-test-session.sh");
        qRegisterMetaType<AdminUser>();
        qRegisterMetaType<AuditLogEntry>();
        qRegisterMetaType<PersonalToken>();
        qRegisterMetaType<SignedInSession>();
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(m_admin, Password, true));
        HttpClient http;
        m_adminTwoFactor = TwoFactorAccount::enableFor(m_server, http, m_admin, Password);
        QVERIFY(!m_adminTwoFactor.isEmpty());
        for (const char *name : {"bob", "carol", "dave", "erin", "frank", "grace"})
            QVERIFY(m_server.createUser(QLatin1String(name), Password));
    }

    void theAdminScopeFollowsTheRole()
    {
        App admin;
        QVERIFY(signIn(admin, m_admin));
        const Account alice = admin.session.account();
        QVERIFY(alice.isAdmin);
        QVERIFY2(alice.scopes.contains(QStringLiteral("admin")),
                 qPrintable(alice.scopes.join(QLatin1Char(' '))));
        QVERIFY(alice.canAdminister());

        // The app asks a user for the same scopes; the server drops `admin` and grants the rest.
        App user;
        QVERIFY(signIn(user, QStringLiteral("bob")));
        const Account bob = user.session.account();
        QVERIFY(!bob.isAdmin);
        QCOMPARE(bob.scopes,
                 QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write"),
                              QStringLiteral("account")}));
        QVERIFY(!bob.canAdminister());

        // ... and the administration API refuses them, with a request id.
        QSignalSpy pages(&user.users, &AdminUserModel::pageLoaded);
        QSignalSpy failed(&user.service, &AdminService::failed);
        user.service.reloadUsers();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, SlowMs);
        QCOMPARE(failed.first().at(0).value<Operation>(), Operation::LoadUsers);
        const auto error = failed.first().at(1).value<ApiError>();
        QVERIFY2(error.isHttp(403), qPrintable(error.debugText()));
        QVERIFY(error.requestId.startsWith(QStringLiteral("req-")));
        QTRY_VERIFY(user.users.hasFailed());
        QCOMPARE(user.users.rowCount(), 0);
        QCOMPARE(pages.count(), 0);
    }

    void usersAreSearchedOnTheServerAndPaged()
    {
        App app;
        QVERIFY(signIn(app, m_admin));
        app.users.setPageSize(3);
        QSignalSpy pages(&app.users, &AdminUserModel::pageLoaded);
        app.service.reloadUsers();
        QVERIFY(settled(app));
        QCOMPARE(app.users.rowCount(), 3);
        QVERIFY(app.users.hasMorePages());
        while (app.users.canFetchMore({})) {
            app.users.fetchMore({});
            QVERIFY(settled(app));
        }
        QVERIFY(app.users.rowCount() >= 7);
        QStringList names;
        for (int row = 0; row < app.users.rowCount(); ++row)
            names.append(app.users.userAt(row).username);
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted); // the server's order: by user name
        QVERIFY(names.contains(QStringLiteral("grace")));
        // The administrator's own row says so.
        const int own = app.users.rowOf(app.session.account().userId);
        QVERIFY(own >= 0);
        QCOMPARE(app.users.index(own, AdminUserModel::Username).data().toString(),
                 QStringLiteral("alice (you)"));
        QCOMPARE(app.users.userAt(own).role, UserRole::Admin);

        // Email and display name match too, case-insensitively.
        app.service.searchUsers(QStringLiteral("CAROL@example"));
        QVERIFY(settled(app));
        QCOMPARE(app.users.rowCount(), 1);
        QCOMPARE(app.users.userAt(0).username, QStringLiteral("carol"));
        QCOMPARE(app.users.userAt(0).email, QStringLiteral("carol@example.org"));
        QVERIFY(!app.users.hasMorePages());

        app.service.searchUsers(QStringLiteral("nobody by that name"));
        QVERIFY(settled(app));
        QCOMPARE(app.users.rowCount(), 0);
        QVERIFY(app.users.isLoaded());
    }

    void aUsersSessionAndTokenAreRevokedOneByOne()
    {
        const QJsonObject laptop = device(QStringLiteral("dave"), QStringLiteral("Laptop"));
        const QJsonObject phone = device(QStringLiteral("dave"), QStringLiteral("Phone"));
        const QString laptopToken = laptop.value(QStringLiteral("access_token")).toString();
        const QString phoneToken = phone.value(QStringLiteral("access_token")).toString();
        QVERIFY(!laptopToken.isEmpty() && !phoneToken.isEmpty());
        const auto [tokenId, secret] = personalToken(laptopToken, QStringLiteral("Backup"));
        const auto [otherId, otherSecret] = personalToken(laptopToken, QStringLiteral("Sync"));
        QVERIFY(!secret.isEmpty() && !otherSecret.isEmpty());

        App app;
        QVERIFY(signIn(app, m_admin));
        const AdminUser dave = open(app, QStringLiteral("dave"));
        QCOMPARE(dave.username, QStringLiteral("dave"));
        QCOMPARE(dave.activeSessions, 2);
        QCOMPARE(dave.activeTokens, 2);
        QVERIFY(dave.lastSignInAt.isValid());
        QCOMPARE(app.service.openUser().id, dave.id);
        QCOMPARE(app.sessions.rowCount(), 2);
        QCOMPARE(app.sessions.currentRow(), -1); // none of dave's is this app's session
        QCOMPARE(app.tokens.rowCount(), 2);

        // The phone's session goes; its token fails at once, the laptop's still works.
        int phoneRow = -1;
        for (int row = 0; row < app.sessions.rowCount(); ++row) {
            if (app.sessions.sessionAt(row).deviceName == QLatin1String("Phone"))
                phoneRow = row;
        }
        QVERIFY(phoneRow >= 0);
        QSignalSpy sessionRevoked(&app.service, &AdminService::sessionRevoked);
        app.service.revokeSession(app.sessions.sessionAt(phoneRow).id);
        QVERIFY(!waitFor(app, sessionRevoked, Operation::RevokeSession));
        QCOMPARE(sessionRevoked.first().at(0).value<SignedInSession>().deviceName,
                 QStringLiteral("Phone"));
        QCOMPARE(statusWith(phoneToken), 401);
        QCOMPARE(statusWith(laptopToken), 200);
        QVERIFY(settled(app));
        QCOMPARE(app.sessions.rowCount(), 1);
        QCOMPARE(app.service.openUser().activeSessions, 1); // loaded again after the change
        QCOMPARE(app.users.userAt(app.users.rowOf(dave.id)).activeSessions, 1);

        QSignalSpy tokenRevoked(&app.service, &AdminService::tokenRevoked);
        app.service.revokeToken(tokenId);
        QVERIFY(!waitFor(app, tokenRevoked, Operation::RevokeToken));
        QCOMPARE(tokenRevoked.first().at(0).value<PersonalToken>().name, QStringLiteral("Backup"));
        QCOMPARE(statusWith(secret), 401);
        QCOMPARE(statusWith(otherSecret), 200);
        QVERIFY(settled(app));
        QCOMPARE(app.tokens.rowCount(), 1);
        QCOMPARE(app.tokens.tokenAt(0).name, QStringLiteral("Sync"));
        QCOMPARE(app.service.openUser().activeTokens, 1);

        // Revoked already: gone either way.
        tokenRevoked.clear();
        app.service.revokeToken(tokenId);
        QVERIFY(!waitFor(app, tokenRevoked, Operation::RevokeToken));
    }

    void revokingEverythingEndsAccessRefreshAndTokensAndIsAudited()
    {
        const QJsonObject tokens = device(QStringLiteral("erin"), QStringLiteral("Desktop"));
        const QString access = tokens.value(QStringLiteral("access_token")).toString();
        const QString refresh = tokens.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());
        const auto [tokenId, secret] = personalToken(access, QStringLiteral("Backup"));
        QVERIFY(!secret.isEmpty());

        App app;
        QVERIFY(signIn(app, m_admin));
        const AdminUser erin = open(app, QStringLiteral("erin"));
        QCOMPARE(app.sessions.rowCount(), 1);
        QCOMPARE(app.tokens.rowCount(), 1);

        QSignalSpy revoked(&app.service, &AdminService::everythingRevoked);
        app.service.revokeAll(erin.id);
        QVERIFY(app.service.isChanging());
        QVERIFY(!waitFor(app, revoked, Operation::RevokeAll));
        QCOMPARE(revoked.first().at(0).value<AdminUser>().id, erin.id);
        QCOMPARE(revoked.first().at(1).toInt(), 1);
        QCOMPARE(revoked.first().at(2).toInt(), 1);

        QCOMPARE(statusWith(access), 401);
        QCOMPARE(statusWith(secret), 401);
        OAuthTestClient client(m_server);
        const auto refreshed = client.refresh(refresh);
        QCOMPARE(refreshed.status, 400);
        QCOMPARE(refreshed.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));

        QVERIFY(settled(app));
        QCOMPARE(app.sessions.rowCount(), 0);
        QCOMPARE(app.tokens.rowCount(), 0);
        QCOMPARE(app.service.openUser().activeSessions, 0);
        QCOMPARE(app.service.openUser().activeTokens, 0);
        QVERIFY(!app.service.openUser().disabled); // erin can sign in again
        QVERIFY(!device(QStringLiteral("erin"), QStringLiteral("Again")).isEmpty());

        // The audit log says who did it, newest first.
        app.service.reloadAudit();
        QVERIFY(settled(app));
        QVERIFY(app.audit.rowCount() >= 1);
        const AuditLogEntry entry = app.audit.entryAt(0);
        QCOMPARE(entry.action, QStringLiteral("user.revoke_all"));
        QCOMPARE(entry.adminUsername, m_admin);
        QCOMPARE(entry.adminId, app.session.account().userId);
        QCOMPARE(entry.targetUsername, QStringLiteral("erin"));
        QCOMPARE(entry.detailText(), QStringLiteral("1 session and 1 token revoked"));
        QCOMPARE(app.audit.index(0, AuditLogModel::Admin).data().toString(), m_admin);

        // A change while the log is shown brings it up to date.
        QSignalSpy reset(&app.audit, &QAbstractItemModel::modelReset);
        QSignalSpy again(&app.service, &AdminService::everythingRevoked);
        app.service.revokeAll(erin.id);
        QVERIFY(!waitFor(app, again, Operation::RevokeAll));
        QVERIFY(settled(app));
        QVERIFY(reset.count() >= 1);
        QCOMPARE(app.audit.entryAt(0).action, QStringLiteral("user.revoke_all"));
        QVERIFY(app.audit.entryAt(0).id != entry.id);
    }

    void twoFactorIsResetByAnAdministrator()
    {
        const QString token = device(QStringLiteral("frank"), QStringLiteral("Phone"))
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        HttpClient http;
        const auto setup = http.postJson(m_server.url(QStringLiteral("/v1/me/2fa/setup")), {},
                                         HttpClient::bearer(token));
        QCOMPARE(setup.status, 200);
        const QString code =
            OathTool::totpNow(setup.json().value(QStringLiteral("secret")).toString());
        QCOMPARE(code.size(), 6);
        const auto confirm =
            http.postJson(m_server.url(QStringLiteral("/v1/me/2fa/confirm")),
                          {{QStringLiteral("code"), code}}, HttpClient::bearer(token));
        QCOMPARE(confirm.status, 200);

        App app;
        QVERIFY(signIn(app, m_admin));
        const AdminUser frank = open(app, QStringLiteral("frank"));
        QVERIFY(frank.twoFactorEnabled);

        QSignalSpy reset(&app.service, &AdminService::twoFactorReset);
        app.service.resetTwoFactor(frank.id);
        QVERIFY(!waitFor(app, reset, Operation::ResetTwoFactor));
        QVERIFY(!reset.first().at(0).value<AdminUser>().twoFactorEnabled);
        QVERIFY(settled(app));
        QVERIFY(!app.service.openUser().twoFactorEnabled);
        // Frank's session stays; the server says two-factor is off.
        const auto state =
            http.get(m_server.url(QStringLiteral("/v1/me/2fa")), HttpClient::bearer(token));
        QCOMPARE(state.status, 200);
        QCOMPARE(state.json().value(QStringLiteral("enabled")).toBool(true), false);

        // Once off, there is nothing to reset.
        QSignalSpy failed(&app.service, &AdminService::failed);
        app.service.resetTwoFactor(frank.id);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, SlowMs);
        QCOMPARE(failed.first().at(0).value<Operation>(), Operation::ResetTwoFactor);
        QVERIFY(failed.first().at(1).value<ApiError>().isHttp(409));
    }

    void accountsAreDisabledAndEnabledButNeverTheLastAdministrator()
    {
        App app;
        QVERIFY(signIn(app, m_admin));

        // The only administrator cannot disable themselves: the server's sentence, as is.
        const AdminUser alice = open(app, m_admin);
        QSignalSpy failed(&app.service, &AdminService::failed);
        app.service.disableUser(alice.id);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, SlowMs);
        QCOMPARE(failed.first().at(0).value<Operation>(), Operation::DisableUser);
        const auto error = failed.first().at(1).value<ApiError>();
        QVERIFY2(error.isHttp(409), qPrintable(error.debugText()));
        QCOMPARE(error.code, AdminService::LastAdminCode);
        QCOMPARE(error.message, QStringLiteral("This is the last administrator; make another "
                                               "user an administrator first."));
        QVERIFY(error.requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);

        // Grace is disabled: signed out everywhere, no sign-in; then enabled again.
        const QString graceToken = device(QStringLiteral("grace"), QStringLiteral("Laptop"))
                                       .value(QStringLiteral("access_token"))
                                       .toString();
        QVERIFY(!graceToken.isEmpty());
        const AdminUser grace = open(app, QStringLiteral("grace"));
        QSignalSpy disabled(&app.service, &AdminService::userDisabled);
        app.service.disableUser(grace.id);
        QVERIFY(!waitFor(app, disabled, Operation::DisableUser));
        QVERIFY(disabled.first().at(0).value<AdminUser>().disabled);
        QCOMPARE(statusWith(graceToken), 401);
        QVERIFY(device(QStringLiteral("grace"), QStringLiteral("Again")).isEmpty());
        QVERIFY(settled(app));
        QVERIFY(app.service.openUser().disabled);
        QCOMPARE(app.sessions.rowCount(), 0);
        QVERIFY(app.users.index(app.users.rowOf(grace.id), 0)
                    .data(AdminUserModel::DisabledRole)
                    .toBool());

        QSignalSpy enabled(&app.service, &AdminService::userEnabled);
        app.service.enableUser(grace.id);
        QVERIFY(!waitFor(app, enabled, Operation::EnableUser));
        QVERIFY(settled(app));
        QVERIFY(!app.service.openUser().disabled);
        QVERIFY(!device(QStringLiteral("grace"), QStringLiteral("Again")).isEmpty());
    }

    void endingOwnSessionsSignsTheAppOutCleanly()
    {
        App app;
        QVERIFY(signIn(app, m_admin));
        const AdminUser alice = open(app, m_admin);
        QVERIFY(app.sessions.rowCount() >= 1);
        QSignalSpy ended(&app.service, &AdminService::ownSessionsEnded);
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.service.revokeAll(alice.id);
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, SlowMs);
        QCOMPARE(ended.count(), 1);
        QVERIFY(signedOut.first().at(0).toString().contains(QStringLiteral("your own account")));
        QVERIFY(app.session.state() != SessionManager::State::SignedIn);
        // Nothing of the view of others stays.
        QCOMPARE(app.users.rowCount(), 0);
        QCOMPARE(app.sessions.rowCount(), 0);
        QCOMPARE(app.tokens.rowCount(), 0);
        QCOMPARE(app.audit.rowCount(), 0);
        QVERIFY(app.service.openUserId().isEmpty());
    }

    void signingOutEmptiesEverythingAndDropsLateAnswers()
    {
        App app;
        QVERIFY(signIn(app, m_admin));
        app.service.reloadUsers();
        QVERIFY(settled(app));
        QVERIFY(app.users.rowCount() > 0);
        app.service.reloadAudit(); // still on its way when the session ends
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, SlowMs);
        QVERIFY(settled(app));
        QCOMPARE(app.users.rowCount(), 0);
        QCOMPARE(app.audit.rowCount(), 0);
        QVERIFY(!app.audit.isLoading());
    }
};

QTEST_GUILESS_MAIN(tst_AdminService)
#include "tst_adminservice.moc"
