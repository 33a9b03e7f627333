// SecurityService against the real tasklane-server (docs/api.md 12.1-12.5, 12.7), signed in
// through SessionManager and the server's own HTML forms, with its three models under
// QAbstractItemModelTester for their whole life: tokens created (the one-time secret works on
// /v1/tasks), refused (name taken, limit, validation: with request ids, the list unchanged) and
// revoked (the secret gets 401 at once); sessions listed with this app's marked, another one
// revoked (its token fails at once), all others revoked, and this app's own revoked (a clean
// sign-out with a reason, nothing left in the keychain); the security log paged newest first;
// a change of password (a wrong current one refused; the right one reports the other sessions
// and tokens it ended, and the lists are loaded again); answers that arrive after a sign-out
// dropped; and a personal access token refused.
#include "ApiClient.h"
#include "AppSignIn.h"
#include "CredentialStore.h"
#include "HttpClient.h"
#include "KeychainRead.h"
#include "OAuthTestClient.h"
#include "PersonalTokenModel.h"
#include "SecurityLogModel.h"
#include "SecurityService.h"
#include "ServiceWait.h"
#include "SessionManager.h"
#include "SessionModel.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace {

const QString Password = QStringLiteral("security-service-password");
const QString KeychainService = QStringLiteral("Tasklane test securityservice");
constexpr int SlowMs = 30000; // sign-ins hash passwords (Argon2id)

using Operation = SecurityService::Operation;

// The app side, as AppContext builds it, with the models under testers from birth to death.
struct App
{
    App()
        : credentials(KeychainService)
        , session(&client, &credentials)
        , tokenTester(&tokens, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , sessionTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , logTester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , service(&client, &session, &tokens, &sessions, &log)
    {
        client.setTimeout(std::chrono::seconds(20));
    }

    ApiClient client;
    CredentialStore credentials;
    SessionManager session;
    PersonalTokenModel tokens;
    SessionModel sessions;
    SecurityLogModel log;
    QAbstractItemModelTester tokenTester;
    QAbstractItemModelTester sessionTester;
    QAbstractItemModelTester logTester;
    SecurityService service;
};

// Waits until `spy` has a signal or the service reported a failure of `operation`; the failure
// (if any) is returned.
std::optional<ApiError> waitFor(App &app, QSignalSpy &spy, Operation operation)
{
    return ServiceWait::answerOrFailure(app.service, spy, operation, SlowMs);
}

} // namespace

class tst_SecurityService : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    int m_users = 0;

    // A fresh account, and the app signed in to it through the browser stand-in.
    QString signIn(App &app)
    {
        const QString username = QStringLiteral("user%1").arg(++m_users);
        if (!m_server.createUser(username, Password))
            return {};
        if (!AppSignIn::throughBrowser(app.session, m_server.url(), username, Password, SlowMs))
            return {};
        return username;
    }

    // Another device of the same account; its token response.
    QJsonObject otherDevice(const QString &username, const QString &device)
    {
        OAuthTestClient other(m_server);
        other.deviceName = device;
        return other.signIn(username, Password);
    }

    int statusWith(const QString &token, const QString &path = QStringLiteral("/v1/tasks"))
    {
        HttpClient http;
        return http.get(m_server.url(path), HttpClient::bearer(token)).status;
    }

    static SecurityService::NewToken
    newToken(const QString &name, const QStringList &scopes = {QStringLiteral("tasks:read")})
    {
        SecurityService::NewToken request;
        request.name = name;
        request.scopes = scopes;
        return request;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/with-test-session.sh");
        qRegisterMetaType<PersonalToken>();
        qRegisterMetaType<SignedInSession>();
        QVERIFY(m_server.start());
    }

    void tokensAreCreatedUsedAndRevoked()
    {
        App app;
        QVERIFY(!signIn(app).isEmpty());
        QSignalSpy busy(&app.service, &SecurityService::busyChanged);

        QSignalSpy created(&app.service, &SecurityService::tokenCreated);
        SecurityService::NewToken request =
            newToken(QStringLiteral("  Backup script "),
                     {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")});
        request.expiresInDays = 30;
        app.service.createToken(request);
        QVERIFY(app.service.isBusy(Operation::CreateToken));
        const auto failure = waitFor(app, created, Operation::CreateToken);
        QVERIFY2(!failure, qPrintable(failure ? failure->debugText() : QString()));
        const auto token = created.first().at(0).value<PersonalToken>();
        const QString secret = created.first().at(1).toString();
        QVERIFY2(secret.startsWith(QStringLiteral("tlp_")), qPrintable(secret));
        QCOMPARE(token.name, QStringLiteral("Backup script"));
        QCOMPARE(token.scopes, request.scopes);
        QCOMPARE(token.createdAt.daysTo(token.expiresAt), 30);
        QCOMPARE(app.tokens.rowCount(), 1);
        QCOMPARE(app.tokens.tokenAt(0), token);
        QTRY_VERIFY(!app.service.isBusy());
        QCOMPARE(busy.count(), 2); // true, then false

        // The secret works where its scopes allow it, and the security settings refuse it.
        QCOMPARE(statusWith(secret), 200);
        QCOMPARE(statusWith(secret, QStringLiteral("/v1/me/tokens")), 403);

        // A fresh list says the same, with the use recorded.
        QSignalSpy loaded(&app.service, &SecurityService::tokensLoaded);
        app.service.loadTokens();
        QVERIFY(!waitFor(app, loaded, Operation::LoadTokens));
        QCOMPARE(app.tokens.rowCount(), 1);
        QCOMPARE(app.tokens.tokenAt(0).id, token.id);
        QVERIFY(app.tokens.tokenAt(0).wasUsed());
        QCOMPARE(app.tokens.tokenAt(0).lastUsedIp, QStringLiteral("127.0.0.1"));

        QSignalSpy revoked(&app.service, &SecurityService::tokenRevoked);
        app.service.revokeToken(token.id);
        QVERIFY(!waitFor(app, revoked, Operation::RevokeToken));
        QCOMPARE(revoked.first().at(0).value<PersonalToken>().name, token.name);
        QCOMPARE(app.tokens.rowCount(), 0);
        QCOMPARE(statusWith(secret), 401);

        // Revoking it again: the server no longer knows it, which is what was asked.
        revoked.clear();
        app.service.revokeToken(token.id);
        QVERIFY(!waitFor(app, revoked, Operation::RevokeToken));
    }

    void refusedTokensSayWhyAndLeaveTheListAlone()
    {
        App app;
        QVERIFY(!signIn(app).isEmpty());
        QSignalSpy created(&app.service, &SecurityService::tokenCreated);
        for (int i = 1; i <= 5; ++i) {
            created.clear();
            app.service.createToken(newToken(QStringLiteral("Token %1").arg(i)));
            QVERIFY(!waitFor(app, created, Operation::CreateToken));
        }
        QCOMPARE(app.tokens.activeCount(), 5);
        QVERIFY(app.tokens.limitReached());

        const auto refused = [&](const SecurityService::NewToken &request) {
            created.clear();
            app.service.createToken(request);
            return waitFor(app, created, Operation::CreateToken);
        };
        auto error = refused(newToken(QStringLiteral("Token 6")));
        QVERIFY(error);
        QCOMPARE(error->httpStatus, 409);
        QCOMPARE(error->code, QStringLiteral("TOKEN_LIMIT_REACHED"));
        QVERIFY(error->requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(app.tokens.rowCount(), 5);

        error = refused(newToken(QStringLiteral("Token 1")));
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("TOKEN_NAME_TAKEN"));

        // Not an administrator: the admin scope is refused with the field that is wrong.
        QSignalSpy revoked(&app.service, &SecurityService::tokenRevoked);
        app.service.revokeToken(app.tokens.tokenAt(0).id);
        QVERIFY(!waitFor(app, revoked, Operation::RevokeToken));
        error = refused(newToken(QStringLiteral("Admin"), {QStringLiteral("admin")}));
        QVERIFY(error);
        QCOMPARE(error->httpStatus, 422);
        QCOMPARE(error->details.first().toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("scopes"));
        QCOMPARE(app.tokens.rowCount(), 4);
    }

    void sessionsListThisAppAndRevokeAnother()
    {
        App app;
        const QString username = signIn(app);
        QVERIFY(!username.isEmpty());
        const QString phoneToken = otherDevice(username, QStringLiteral("Phone"))
                                       .value(QStringLiteral("access_token"))
                                       .toString();
        QVERIFY(!phoneToken.isEmpty());
        QCOMPARE(statusWith(phoneToken), 200);

        QSignalSpy loaded(&app.service, &SecurityService::sessionsLoaded);
        app.service.loadSessions();
        const auto failure = waitFor(app, loaded, Operation::LoadSessions);
        QVERIFY2(!failure, qPrintable(failure ? failure->debugText() : QString()));
        QCOMPARE(app.sessions.rowCount(), 2);
        const int current = app.sessions.currentRow();
        QVERIFY(current >= 0);
        QCOMPARE(app.sessions.otherCount(), 1);
        const SignedInSession phone = app.sessions.sessionAt(1 - current);
        QCOMPARE(phone.deviceName, QStringLiteral("Phone"));
        QVERIFY(!phone.current);

        QSignalSpy revoked(&app.service, &SecurityService::sessionRevoked);
        app.service.revokeSession(phone.id);
        QVERIFY(!waitFor(app, revoked, Operation::RevokeSession));
        QCOMPARE(revoked.first().at(0).value<SignedInSession>().id, phone.id);
        QCOMPARE(app.sessions.rowCount(), 1);
        QVERIFY(app.sessions.sessionAt(0).current);
        QCOMPARE(statusWith(phoneToken), 401); // at once, not at expiry
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
    }

    void allOtherSessionsAreRevoked()
    {
        App app;
        const QString username = signIn(app);
        QVERIFY(!username.isEmpty());
        QStringList others;
        for (const char *device : {"Phone", "Tablet"})
            others.append(otherDevice(username, QString::fromLatin1(device))
                              .value(QStringLiteral("access_token"))
                              .toString());
        QSignalSpy loaded(&app.service, &SecurityService::sessionsLoaded);
        app.service.loadSessions();
        QVERIFY(!waitFor(app, loaded, Operation::LoadSessions));
        QCOMPARE(app.sessions.rowCount(), 3);

        QSignalSpy revoked(&app.service, &SecurityService::otherSessionsRevoked);
        app.service.revokeOtherSessions();
        const auto failure = waitFor(app, revoked, Operation::RevokeOtherSessions);
        QVERIFY2(!failure, qPrintable(failure ? failure->debugText() : QString()));
        QCOMPARE(revoked.first().at(0).toInt(), 2);
        QCOMPARE(app.sessions.rowCount(), 1);
        QVERIFY(app.sessions.sessionAt(0).current);
        for (const QString &token : std::as_const(others))
            QCOMPARE(statusWith(token), 401);
        QCOMPARE(statusWith(app.session.accessToken()), 200);
    }

    void passwordChangeReportsWhatItEndedAndReloads()
    {
        App app;
        const QString username = signIn(app);
        QVERIFY(!username.isEmpty());
        const QString other = otherDevice(username, QStringLiteral("Phone"))
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QSignalSpy created(&app.service, &SecurityService::tokenCreated);
        app.service.createToken(newToken(QStringLiteral("backup")));
        QVERIFY(!waitFor(app, created, Operation::CreateToken));
        const QString secret = created.first().at(1).toString();
        QSignalSpy loaded(&app.service, &SecurityService::sessionsLoaded);
        app.service.loadSessions();
        QVERIFY(!waitFor(app, loaded, Operation::LoadSessions));
        QCOMPARE(app.sessions.rowCount(), 2);
        QCOMPARE(app.tokens.rowCount(), 1);

        // Wrong current password: a 403 with its code and request id, nothing changed.
        QSignalSpy changed(&app.service, &SecurityService::passwordChanged);
        app.service.changePassword(QStringLiteral("not the password"),
                                   QStringLiteral("a brand new password"));
        auto failure = waitFor(app, changed, Operation::ChangePassword);
        QVERIFY(failure);
        QCOMPARE(failure->httpStatus, 403);
        QCOMPARE(failure->code, QStringLiteral("WRONG_CURRENT_PASSWORD"));
        QVERIFY(failure->requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(statusWith(other), 200);

        // The right one: the counts, the lists loaded again with only this app's session.
        QSignalSpy tokensLoaded(&app.service, &SecurityService::tokensLoaded);
        QSignalSpy reloaded(&app.service, &SecurityService::sessionsLoaded);
        app.service.changePassword(Password, QStringLiteral("a brand new password"));
        failure = waitFor(app, changed, Operation::ChangePassword);
        QVERIFY2(!failure, qPrintable(failure ? failure->debugText() : QString()));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 1);
        QCOMPARE(changed.first().at(1).toInt(), 1);
        QCOMPARE(app.tokens.rowCount(), 0);
        QVERIFY(!waitFor(app, reloaded, Operation::LoadSessions));
        QVERIFY(!waitFor(app, tokensLoaded, Operation::LoadTokens));
        QCOMPARE(app.sessions.rowCount(), 1);
        QVERIFY(app.sessions.sessionAt(0).current);
        QCOMPARE(app.tokens.rowCount(), 0);
        QCOMPARE(statusWith(other), 401);
        QCOMPARE(statusWith(secret), 401);
        QCOMPARE(statusWith(app.session.accessToken()), 200);
    }

    void revokingThisAppsSessionSignsOut()
    {
        App app;
        const QString username = signIn(app);
        QVERIFY(!username.isEmpty());
        const QString accessToken = app.session.accessToken();
        QSignalSpy loaded(&app.service, &SecurityService::sessionsLoaded);
        app.service.loadSessions();
        QVERIFY(!waitFor(app, loaded, Operation::LoadSessions));
        const int current = app.sessions.currentRow();
        QVERIFY(current >= 0);

        QSignalSpy currentRevoked(&app.service, &SecurityService::currentSessionRevoked);
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.service.revokeSession(app.sessions.sessionAt(current).id);
        QVERIFY(!waitFor(app, signedOut, Operation::RevokeSession));
        QCOMPARE(currentRevoked.count(), 1);
        QCOMPARE(signedOut.count(), 1);
        QVERIFY2(
            signedOut.first().at(0).toString().contains(QStringLiteral("signed this device out")),
            qPrintable(signedOut.first().at(0).toString()));
        QVERIFY(app.session.state() != SessionManager::State::SignedIn);
        QVERIFY(app.session.accessToken().isEmpty());
        QCOMPARE(statusWith(accessToken), 401);
        // Nothing of the account is left: not in the models, not in the keychain.
        QCOMPARE(app.sessions.rowCount(), 0);
        QCOMPARE(app.tokens.rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            readKeychain(app.credentials, m_server.baseUrl(), username).result,
            CredentialStore::Result::NotFound, SlowMs);
    }

    void securityLogPagesNewestFirst()
    {
        App app;
        QVERIFY(!signIn(app).isEmpty());
        QSignalSpy created(&app.service, &SecurityService::tokenCreated);
        QString firstId;
        for (int i = 1; i <= 3; ++i) {
            created.clear();
            app.service.createToken(newToken(QStringLiteral("Log %1").arg(i)));
            QVERIFY(!waitFor(app, created, Operation::CreateToken));
            if (firstId.isEmpty())
                firstId = created.first().at(0).value<PersonalToken>().id;
        }
        QSignalSpy revoked(&app.service, &SecurityService::tokenRevoked);
        app.service.revokeToken(firstId);
        QVERIFY(!waitFor(app, revoked, Operation::RevokeToken));

        std::optional<ApiError> failure;
        connect(&app.service, &SecurityService::failed, this,
                [&failure](Operation, const ApiError &error) { failure = error; });
        app.log.setPageSize(2);
        app.service.reloadLog();
        QVERIFY(
            QTest::qWaitFor([&] { return app.log.isLoaded() && !app.log.isLoading(); }, SlowMs));
        QVERIFY2(!failure, qPrintable(failure ? failure->debugText() : QString()));
        QCOMPARE(app.log.rowCount(), 2);
        QVERIFY(app.log.canFetchMore({}));
        while (app.log.canFetchMore({})) {
            app.log.fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return !app.log.isLoading(); }, SlowMs));
        }
        QVERIFY2(!failure, qPrintable(failure ? failure->debugText() : QString()));
        QStringList types;
        for (int row = 0; row < app.log.rowCount(); ++row) {
            types.append(app.log.entryAt(row).type);
            if (row > 0)
                QVERIFY(app.log.entryAt(row - 1).occurredAt >= app.log.entryAt(row).occurredAt);
        }
        // Newest first: the revocation, then the three creations, then the sign-in.
        QCOMPARE(types.mid(0, 4),
                 QStringList({QStringLiteral("token.revoked"), QStringLiteral("token.created"),
                              QStringLiteral("token.created"), QStringLiteral("token.created")}));
        QVERIFY2(types.contains(QStringLiteral("sign_in.succeeded")), qPrintable(types.join(u' ')));
        QCOMPARE(app.log.entryAt(0).details.value(QStringLiteral("tokenName")).toString(),
                 QStringLiteral("Log 1"));
    }

    void answersAfterASignOutAreDropped()
    {
        App app;
        QVERIFY(!signIn(app).isEmpty());
        QSignalSpy created(&app.service, &SecurityService::tokenCreated);
        app.service.createToken(newToken(QStringLiteral("Before sign-out")));
        QVERIFY(!waitFor(app, created, Operation::CreateToken));
        QCOMPARE(app.tokens.rowCount(), 1);

        QSignalSpy loaded(&app.service, &SecurityService::tokensLoaded);
        app.service.loadTokens();
        app.service.reloadLog();
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut(); // before the answers arrive
        QCOMPARE(app.tokens.rowCount(), 0);
        QVERIFY(signedOut.wait(SlowMs));
        QTRY_VERIFY_WITH_TIMEOUT(!app.service.isBusy(), SlowMs);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(app.tokens.rowCount(), 0);
        QCOMPARE(app.log.rowCount(), 0);
        QVERIFY(!app.log.isLoading());
    }

    void personalAccessTokensAreRefused()
    {
        App app;
        QVERIFY(!signIn(app).isEmpty());
        QSignalSpy created(&app.service, &SecurityService::tokenCreated);
        app.service.createToken(newToken(QStringLiteral("Kiosk")));
        QVERIFY(!waitFor(app, created, Operation::CreateToken));
        const QString secret = created.first().at(1).toString();

        App kiosk;
        kiosk.client.setBaseUrl(m_server.url());
        kiosk.client.setAccessTokenProvider([secret] { return secret; });
        QSignalSpy loaded(&kiosk.service, &SecurityService::tokensLoaded);
        kiosk.service.loadTokens();
        const auto error = waitFor(kiosk, loaded, Operation::LoadTokens);
        QVERIFY(error);
        QCOMPARE(error->httpStatus, 403);
        QCOMPARE(error->code, QStringLiteral("FORBIDDEN"));
        QVERIFY(error->requestId.startsWith(QStringLiteral("req-")));
        QCOMPARE(kiosk.tokens.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SecurityService)
#include "tst_securityservice.moc"
