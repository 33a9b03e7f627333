// SessionManager against the real tasklane-server and the real Secret Service (the tests run
// inside scripts/with-test-session.sh: a D-Bus session with an unlocked gnome-keyring): browser
// sign-in through the server's own HTML forms, the refresh token in the keychain, silent sign-in,
// the refresh timer and the 401 refresh, sign-out with RFC 7009 revocation, sessions the server
// ends, personal access tokens, and a server or keychain that is not there.
#include "ApiClient.h"
#include "CredentialStore.h"
#include "FormBrowser.h"
#include "HttpClient.h"
#include "KeychainRead.h"
#include "OAuthTestClient.h"
#include "SessionManager.h"
#include "TestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

const QString Password = QStringLiteral("session-manager-password");
// Never the app's own service name: the tests must not touch real entries.
const QString KeychainService = QStringLiteral("Tasklane test sessionmanager");
const QString EndedReason = QStringLiteral("Your session has ended. Please sign in again.");
// Set in the child process of keychainUnavailableKeepsTheUserSignedInForThisRun.
const char NoKeychainVariable[] = "TST_SESSIONMANAGER_NO_KEYCHAIN";

// Everything the app logged during the run, with every tasklane category switched on.
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") +
                      QLatin1Char(' ') + message);
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

// The app side of a test: the objects AppContext would create, in the same order.
struct App
{
    explicit App(const QString &service = KeychainService)
        : credentials(service)
        , session(&client, &credentials)
    {}

    ApiClient client;
    CredentialStore credentials;
    SessionManager session;
};

KeychainRead readKeychain(const TestServer &server, const QString &username)
{
    CredentialStore store(KeychainService);
    return readKeychain(store, server.baseUrl(), username);
}

void writeKeychain(const TestServer &server, const QString &username, const QString &secret)
{
    CredentialStore store(KeychainService);
    bool done = false;
    store.write(server.baseUrl(), username, secret,
                [&](CredentialStore::Result, const QString &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("keychain write did not finish");
}

// The entries of the test service as an independent Secret Service client sees them (QtKeychain's
// attributes: server = service name, user = entry key).
QString keychainListing()
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                               QStringLiteral("server"), KeychainService});
    if (!tool.waitForFinished(20000))
        return QStringLiteral("secret-tool did not finish");
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

// One entry's secret, looked up by an independent client.
QString secretToolLookup(const QString &entryKey)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               KeychainService, QStringLiteral("user"), entryKey});
    if (!tool.waitForFinished(20000))
        return QStringLiteral("secret-tool did not finish");
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
}

int meStatus(const TestServer &server, const QString &accessToken)
{
    HttpClient http;
    return http.get(server.url(QStringLiteral("/v1/me")), HttpClient::bearer(accessToken)).status;
}

bool connectTo(App &app, const TestServer &server)
{
    QSignalSpy ready(&app.session, &SessionManager::serverReady);
    QSignalSpy failed(&app.session, &SessionManager::serverFailed);
    app.session.connectToServer(server.url());
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20000) ||
        ready.isEmpty()) {
        qWarning("discovery failed: %s",
                 qPrintable(failed.value(0).value(0).value<ApiError>().debugText()));
        return false;
    }
    return true;
}

// Connects and signs in through the browser stand-in; the account on success.
std::optional<Account> browserSignIn(App &app, const TestServer &server, FormBrowser &browser)
{
    if (!connectTo(app, server))
        return std::nullopt;
    app.session.oauth()->setBrowserLauncher(browser.launcher());
    QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
    QSignalSpy failed(&app.session, &SessionManager::signInFailed);
    app.session.signInWithBrowser();
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000) ||
        signedIn.isEmpty()) {
        qWarning("sign-in failed: %s %s", qPrintable(browser.lastError),
                 qPrintable(failed.value(0).value(0).value<ApiError>().debugText()));
        return std::nullopt;
    }
    return signedIn.first().first().value<Account>();
}

bool sawState(const QSignalSpy &states, SessionManager::State state)
{
    for (const auto &arguments : states) {
        if (arguments.first().value<SessionManager::State>() == state)
            return true;
    }
    return false;
}

ApiResult waitFor(ApiCall *call)
{
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(30000))
        qWarning("call did not finish");
    return finished.value(0).value(0).value<ApiResult>();
}

} // namespace

class tst_SessionManager : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QString m_introspectionId;
    QString m_introspectionSecret;
    QStringList m_secretsSeen; // every token the tests handled, for the log and file checks

    QJsonObject introspect(const QString &token)
    {
        HttpClient http;
        return http
            .postForm(m_server.url(QStringLiteral("/oauth2/introspect")),
                      {{QStringLiteral("client_id"), m_introspectionId},
                       {QStringLiteral("client_secret"), m_introspectionSecret},
                       {QStringLiteral("token"), token}})
            .json();
    }

    void remember(const QString &secret)
    {
        if (!secret.isEmpty() && !m_secretsSeen.contains(secret))
            m_secretsSeen.append(secret);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/with-test-session.sh");
        QLoggingCategory::setFilterRules(QStringLiteral("tasklane.*=true"));
        g_previousHandler = qInstallMessageHandler(collectMessage);

        QVERIFY(m_server.start());
        for (const char *user : {"sam", "ulla", "rex", "dora", "paula", "remy", "cleo", "lou"})
            QVERIFY(m_server.createUser(QString::fromLatin1(user), Password));
        const auto client =
            m_server.runCli({QStringLiteral("client"), QStringLiteral("add"),
                             QStringLiteral("introspector"), QStringLiteral("--confidential")});
        QCOMPARE(client.exitCode, 0);
        m_introspectionId =
            QRegularExpression(QStringLiteral("client_id=(\\S+)")).match(client.out).captured(1);
        m_introspectionSecret = QRegularExpression(QStringLiteral("client_secret=(\\S+)"))
                                    .match(client.out)
                                    .captured(1);
        QVERIFY(!m_introspectionId.isEmpty() && !m_introspectionSecret.isEmpty());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    }

    void connectFindsTheServerAndRefusesWhatIsNotOne()
    {
        App app;
        QSignalSpy states(&app.session, &SessionManager::stateChanged);
        QSignalSpy ready(&app.session, &SessionManager::serverReady);
        app.session.connectToServer(m_server.url(QStringLiteral("/")));
        QCOMPARE(app.session.state(), SessionManager::State::Discovering);
        QVERIFY(ready.wait(20000));
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        const ServerMetadata metadata = ready.first().first().value<ServerMetadata>();
        QCOMPARE(metadata.issuer, m_server.url());
        QCOMPARE(metadata.revocationEndpoint, m_server.url(QStringLiteral("/oauth2/revoke")));
        QCOMPARE(app.session.serverMetadata().tokenEndpoint,
                 m_server.url(QStringLiteral("/oauth2/token")));
        QCOMPARE(app.client.baseUrl(), m_server.url());
        QCOMPARE(states.size(), 2);

        // A plain-http server on another computer is refused before anything is sent.
        QSignalSpy failed(&app.session, &SessionManager::serverFailed);
        app.session.connectToServer(QUrl(QStringLiteral("http://tasks.example.org")));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().code, ApiError::InsecureUrlCode);
        QCOMPARE(app.session.state(), SessionManager::State::SignedOut);

        // Signing in needs a server.
        QSignalSpy signInFailed(&app.session, &SessionManager::signInFailed);
        app.session.signInWithBrowser();
        QCOMPARE(signInFailed.size(), 1);
        QCOMPARE(app.session.state(), SessionManager::State::SignedOut);
    }

    void browserSignInKeepsTheRefreshTokenInTheKeychain()
    {
        App app;
        FormBrowser browser(QStringLiteral("sam"), Password);
        QVERIFY(connectTo(app, m_server));
        app.session.setDeviceName(QStringLiteral("Test laptop"));
        app.session.oauth()->setBrowserLauncher(browser.launcher());
        QSignalSpy states(&app.session, &SessionManager::stateChanged);
        QSignalSpy waiting(&app.session, &SessionManager::waitingForBrowser);
        QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
        QSignalSpy unavailable(&app.session, &SessionManager::keychainUnavailable);

        app.session.signInWithBrowser();
        QCOMPARE(app.session.state(), SessionManager::State::WaitingForBrowser);
        QCOMPARE(waiting.size(), 1);
        const QUrl link = waiting.first().first().toUrl();
        QCOMPARE(app.session.signInLink(), link);
        const QUrlQuery query(link);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("tasklane-desktop"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("device_name"), QUrl::FullyDecoded),
                 QStringLiteral("Test laptop"));

        QVERIFY2(signedIn.wait(30000), qPrintable(browser.lastError));
        const Account account = signedIn.first().first().value<Account>();
        QCOMPARE(account.username, QStringLiteral("sam"));
        QCOMPARE(account.email, QStringLiteral("sam@example.org"));
        QCOMPARE(account.displayName, QStringLiteral("sam"));
        QVERIFY(!account.userId.isEmpty());
        QVERIFY(!account.isAdmin);
        QVERIFY(!account.personalAccessToken);
        QCOMPARE(account.serverUrl, m_server.url());
        QCOMPARE(account.scopes,
                 QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write"),
                              QStringLiteral("account")}));
        QCOMPARE(app.session.account().userId, account.userId);
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
        QCOMPARE(states.last().first().value<SessionManager::State>(),
                 SessionManager::State::SignedIn);
        QVERIFY(sawState(states, SessionManager::State::SigningIn));
        QVERIFY(app.session.accessToken().startsWith(QStringLiteral("tla_")));
        QVERIFY(app.session.accessTokenExpiry() > QDateTime::currentDateTimeUtc().addSecs(3000));
        QVERIFY(app.session.keychainAvailable());
        QVERIFY(unavailable.isEmpty());

        // The refresh token is in the Secret Service, and it is the session's live one.
        const KeychainRead stored = readKeychain(m_server, QStringLiteral("sam"));
        QCOMPARE(stored.result, CredentialStore::Result::Ok);
        QVERIFY(stored.secret.startsWith(QStringLiteral("tlr_")));
        QCOMPARE(secretToolLookup(m_server.baseUrl() + QStringLiteral("|sam")), stored.secret);
        const QJsonObject facts = introspect(stored.secret);
        QCOMPARE(facts.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(facts.value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("refresh_token"));
        QCOMPARE(facts.value(QStringLiteral("username")).toString(), QStringLiteral("sam"));
        remember(stored.secret);
        remember(app.session.accessToken());

        // ApiClient gets its base URL and token from the session.
        const ApiResult me = waitFor(app.client.get(QStringLiteral("/v1/me")));
        QVERIFY2(me.ok(), qPrintable(me.error ? me.error->debugText() : QString()));
        QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("sam"));

        // Signing in again on top of a session is refused, and changes nothing.
        QSignalSpy signInFailed(&app.session, &SessionManager::signInFailed);
        app.session.signInWithBrowser();
        QCOMPARE(signInFailed.size(), 1);
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);

        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QVERIFY(signedOut.wait(20000));
    }

    void restoreSignsInSilentlyOnAFreshManager()
    {
        QString first;
        {
            App app;
            FormBrowser browser(QStringLiteral("remy"), Password);
            QVERIFY(browserSignIn(app, m_server, browser));
            first = readKeychain(m_server, QStringLiteral("remy")).secret;
            QVERIFY(first.startsWith(QStringLiteral("tlr_")));
            remember(first);
        } // the app quits without signing out

        App app; // the next start
        QSignalSpy states(&app.session, &SessionManager::stateChanged);
        QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
        QSignalSpy silentFailed(&app.session, &SessionManager::silentSignInFailed);
        app.session.restore(m_server.url(), QStringLiteral("Remy")); // any case
        QCOMPARE(app.session.state(), SessionManager::State::Discovering);
        QVERIFY2(signedIn.wait(30000), qPrintable(silentFailed.value(0).value(0).toString()));
        QVERIFY(silentFailed.isEmpty());
        const Account account = signedIn.first().first().value<Account>();
        QCOMPARE(account.username, QStringLiteral("remy"));
        QVERIFY(!account.personalAccessToken);
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
        QCOMPARE(states.first().first().value<SessionManager::State>(),
                 SessionManager::State::Discovering);
        QVERIFY(sawState(states, SessionManager::State::SigningIn));
        QCOMPARE(meStatus(m_server, app.session.accessToken()), 200);

        // Restoring used the saved refresh token, so the keychain now holds its successor.
        const QString second =
            readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("remy")).secret;
        QVERIFY(second.startsWith(QStringLiteral("tlr_")));
        QVERIFY(second != first);
        QCOMPARE(introspect(first).value(QStringLiteral("active")).toBool(), false);
        QCOMPARE(introspect(second).value(QStringLiteral("active")).toBool(), true);
        remember(second);
        remember(app.session.accessToken());

        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QVERIFY(signedOut.wait(20000));
    }

    void restoreWithoutASavedSignInFails()
    {
        App app;
        QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
        QSignalSpy silentFailed(&app.session, &SessionManager::silentSignInFailed);
        app.session.restore(m_server.url(), QStringLiteral("nobody-saved-this"));
        QVERIFY(silentFailed.wait(20000));
        QVERIFY(!silentFailed.first().first().toString().isEmpty());
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QVERIFY(signedIn.isEmpty());
        QVERIFY(app.session.keychainAvailable()); // "not found" is not "no keychain"

        // A server that is not there: the state goes back to the start.
        TestServer gone;
        QVERIFY(gone.start());
        const QUrl url = gone.url();
        gone.stop();
        QSignalSpy serverFailed(&app.session, &SessionManager::serverFailed);
        app.session.restore(url, QStringLiteral("sam"));
        QVERIFY(silentFailed.wait(20000));
        QCOMPARE(serverFailed.size(), 1);
        QCOMPARE(serverFailed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(app.session.state(), SessionManager::State::SignedOut);
        QVERIFY(signedIn.isEmpty());
    }

    void restoreWithARevokedSessionForgetsIt()
    {
        QString saved;
        {
            App app;
            FormBrowser browser(QStringLiteral("cleo"), Password);
            QVERIFY(browserSignIn(app, m_server, browser));
            saved = readKeychain(m_server, QStringLiteral("cleo")).secret;
        }
        remember(saved);
        // Signed out elsewhere (e.g. from the sessions page of another device).
        OAuthTestClient other(m_server);
        QCOMPARE(other.revoke(saved).status, 200);

        App app;
        QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
        QSignalSpy silentFailed(&app.session, &SessionManager::silentSignInFailed);
        app.session.restore(m_server.url(), QStringLiteral("cleo"));
        QVERIFY(silentFailed.wait(30000));
        const QString reason = silentFailed.first().first().toString();
        QVERIFY2(reason.startsWith(EndedReason), qPrintable(reason));
        QVERIFY(reason.size() > EndedReason.size()); // with the server's detail
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QVERIFY(signedIn.isEmpty());
        QVERIFY(app.session.accessToken().isEmpty());
        // A refused token is of no use any more: it is gone from the keychain.
        QCOMPARE(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("cleo")).result,
                 CredentialStore::Result::NotFound);

        // Anything but a refresh token is taken for a personal access token and checked with
        // GET /v1/me; one the server refuses is forgotten the same way.
        writeKeychain(m_server, QStringLiteral("cleo"), QStringLiteral("tlp_revoked-or-garbage"));
        app.session.restore(m_server.url(), QStringLiteral("cleo"));
        QVERIFY(silentFailed.wait(30000));
        QVERIFY2(silentFailed.last().first().toString().startsWith(EndedReason),
                 qPrintable(silentFailed.last().first().toString()));
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QVERIFY(signedIn.isEmpty());
        QCOMPARE(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("cleo")).result,
                 CredentialStore::Result::NotFound);
    }

    void refreshTimerRotatesTheKeychainToken()
    {
        // Access tokens live 4 s here, so the timer (at 80% of that) fires within the test.
        TestServer server({QStringLiteral("--access-token-lifetime"), QStringLiteral("4")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("tim"), Password));

        QString latest;
        {
            App app;
            FormBrowser browser(QStringLiteral("tim"), Password);
            QSignalSpy refreshed(&app.session, &SessionManager::accessTokenRefreshed);
            QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
            QVERIFY(browserSignIn(app, server, browser));
            const QString firstAccess = app.session.accessToken();
            const QDateTime firstExpiry = app.session.accessTokenExpiry();
            QVERIFY(firstExpiry < QDateTime::currentDateTimeUtc().addSecs(10));
            const QString firstRefresh =
                readKeychain(app.credentials, server.baseUrl(), QStringLiteral("tim")).secret;
            QVERIFY(firstRefresh.startsWith(QStringLiteral("tlr_")));

            // Nobody calls the API: the timer does it.
            QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);
            QVERIFY(app.session.accessToken() != firstAccess);
            QVERIFY(app.session.accessTokenExpiry() > firstExpiry);
            QCOMPARE(refreshed.first().first().toDateTime(), app.session.accessTokenExpiry());
            const QString second =
                readKeychain(app.credentials, server.baseUrl(), QStringLiteral("tim")).secret;
            QVERIFY(second.startsWith(QStringLiteral("tlr_")));
            QVERIFY(second != firstRefresh);

            // The timer is armed again from the new expiry.
            QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 30000);
            latest = readKeychain(app.credentials, server.baseUrl(), QStringLiteral("tim")).secret;
            QVERIFY(latest != second);
            QCOMPARE(meStatus(server, app.session.accessToken()), 200);
            QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
            QVERIFY(signedOut.isEmpty());
            remember(firstRefresh);
            remember(second);
        }

        // What the keychain holds is the session's live token: a fresh start signs in with it.
        // (Had it kept a spent one, presenting it would revoke the session.)
        QCOMPARE(readKeychain(server, QStringLiteral("tim")).secret, latest);
        App app;
        QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
        QSignalSpy silentFailed(&app.session, &SessionManager::silentSignInFailed);
        app.session.restore(server.url(), QStringLiteral("tim"));
        QVERIFY2(signedIn.wait(30000), qPrintable(silentFailed.value(0).value(0).toString()));
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QVERIFY(signedOut.wait(20000));
        QCOMPARE(signedOut.first().first().toString(), QString());
    }

    void unauthorizedCallsShareOneRefresh()
    {
        App app;
        FormBrowser browser(QStringLiteral("ulla"), Password);
        QVERIFY(browserSignIn(app, m_server, browser));
        const QString oldAccess = app.session.accessToken();
        const QString oldRefresh =
            readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("ulla")).secret;
        remember(oldAccess);
        remember(oldRefresh);

        // Revoking only the access token leaves the session: the next calls get 401, and the
        // app must refresh once for all of them.
        OAuthTestClient other(m_server);
        QCOMPARE(other.revoke(oldAccess).status, 200);
        QCOMPARE(meStatus(m_server, oldAccess), 401);

        QSignalSpy refreshed(&app.session, &SessionManager::accessTokenRefreshed);
        QList<ApiCall *> calls;
        for (int i = 0; i < 3; ++i)
            calls.append(app.client.get(QStringLiteral("/v1/me")));
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (ApiCall *call : calls)
            spies.append(std::make_shared<QSignalSpy>(call, &ApiCall::finished));
        for (const auto &spy : spies) {
            QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 30000);
            const ApiResult result = spy->first().first().value<ApiResult>();
            QVERIFY2(result.ok(), qPrintable(result.error ? result.error->debugText() : QString()));
            QCOMPARE(result.status, 200);
        }
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(app.session.accessToken() != oldAccess);
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);

        const QString newRefresh =
            readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("ulla")).secret;
        QVERIFY(newRefresh != oldRefresh);
        QCOMPARE(introspect(newRefresh).value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(introspect(oldRefresh).value(QStringLiteral("active")).toBool(), false);
        remember(newRefresh);
        remember(app.session.accessToken());

        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QVERIFY(signedOut.wait(20000));
    }

    void signOutRevokesAtTheServerAndForgetsTheKeychainEntry()
    {
        App app;
        FormBrowser browser(QStringLiteral("paula"), Password);
        QVERIFY(browserSignIn(app, m_server, browser));
        const QString access = app.session.accessToken();
        const QString refresh =
            readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("paula")).secret;
        QVERIFY(refresh.startsWith(QStringLiteral("tlr_")));
        remember(access);
        remember(refresh);

        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        // Done locally at once: no token is left for the API to use.
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QVERIFY(app.session.accessToken().isEmpty());
        QVERIFY(signedOut.wait(20000));
        QCOMPARE(signedOut.size(), 1);
        QCOMPARE(signedOut.first().first().toString(), QString());

        // The server revoked the whole session (RFC 7009 with the refresh token).
        OAuthTestClient other(m_server);
        const auto refused = other.refresh(refresh);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QCOMPARE(meStatus(m_server, access), 401);
        QCOMPARE(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("paula")).result,
                 CredentialStore::Result::NotFound);
        QVERIFY(!keychainListing().contains(m_server.baseUrl() + QStringLiteral("|paula")));

        // And nothing for the API any more.
        const ApiResult me = waitFor(app.client.get(QStringLiteral("/v1/me")));
        QVERIFY(me.error && me.error->isHttp(401));
    }

    void sessionRevokedByTokenReuseSignsOut()
    {
        App app;
        FormBrowser browser(QStringLiteral("rex"), Password);
        QVERIFY(browserSignIn(app, m_server, browser));
        const QString spent =
            readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("rex")).secret;
        remember(spent);
        remember(app.session.accessToken());

        // Rotate once (through the 401 path), so `spent` is an already-used refresh token.
        OAuthTestClient other(m_server);
        QCOMPARE(other.revoke(app.session.accessToken()).status, 200);
        QVERIFY(waitFor(app.client.get(QStringLiteral("/v1/me"))).ok());
        QVERIFY(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("rex")).secret !=
                spent);
        remember(app.session.accessToken());

        // Someone presents the used token (a thief with an old copy): the server revokes the
        // whole family, and the app learns it at its next call.
        const auto reuse = other.refresh(spent);
        QCOMPARE(reuse.status, 400);

        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        const ApiResult result = waitFor(app.client.get(QStringLiteral("/v1/tasks")));
        QVERIFY(result.error && result.error->isHttp(401));
        QCOMPARE(signedOut.size(), 1);
        const QString reason = signedOut.first().first().toString();
        QVERIFY2(reason.startsWith(EndedReason), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("revoked")));
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QVERIFY(app.session.accessToken().isEmpty());
        QCOMPARE(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("rex")).result,
                 CredentialStore::Result::NotFound);
    }

    void disabledAccountSignsOut()
    {
        App app;
        FormBrowser browser(QStringLiteral("dora"), Password);
        QVERIFY(browserSignIn(app, m_server, browser));
        remember(app.session.accessToken());
        QCOMPARE(
            m_server
                .runCli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("dora")})
                .exitCode,
            0);

        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        const ApiResult result = waitFor(app.client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error && result.error->isHttp(401));
        QCOMPARE(signedOut.size(), 1);
        const QString reason = signedOut.first().first().toString();
        QVERIFY2(reason.startsWith(EndedReason), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("not available")));
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QCOMPARE(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("dora")).result,
                 CredentialStore::Result::NotFound);
    }

    void personalAccessTokenIsCheckedBeforeItIsKept()
    {
        // The server issues no tlp_ tokens yet; any bearer token /v1/me accepts takes the path.
        OAuthTestClient issuer(m_server);
        const QString token = issuer.signIn(QStringLiteral("lou"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        remember(token);

        {
            App app;
            QVERIFY(connectTo(app, m_server));
            const QString before = keychainListing();
            QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
            QSignalSpy failed(&app.session, &SessionManager::signInFailed);

            // Garbage is refused and nothing is kept.
            app.session.signInWithToken(QStringLiteral("tlp_not-a-real-token"));
            QCOMPARE(app.session.state(), SessionManager::State::SigningIn);
            QVERIFY(failed.wait(20000));
            const ApiError error = failed.first().first().value<ApiError>();
            QVERIFY2(error.isHttp(401), qPrintable(error.debugText()));
            QCOMPARE(app.session.state(), SessionManager::State::Ready);
            QVERIFY(app.session.accessToken().isEmpty());
            QVERIFY(signedIn.isEmpty());
            QCOMPARE(keychainListing(), before);

            // A token the server accepts is kept, as it is.
            app.session.signInWithToken(QLatin1Char(' ') + token + QLatin1Char('\n'));
            QVERIFY(signedIn.wait(20000));
            const Account account = signedIn.first().first().value<Account>();
            QCOMPARE(account.username, QStringLiteral("lou"));
            QVERIFY(account.personalAccessToken);
            QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
            QCOMPARE(app.session.accessToken(), token);
            QCOMPARE(
                readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("lou")).secret,
                token);
            QVERIFY(keychainListing().contains(m_server.baseUrl() + QStringLiteral("|lou")));
            QVERIFY(waitFor(app.client.get(QStringLiteral("/v1/me"))).ok());
        }

        // A fresh start finds it in the keychain and checks it again.
        App app;
        QSignalSpy signedIn(&app.session, &SessionManager::signedIn);
        QSignalSpy silentFailed(&app.session, &SessionManager::silentSignInFailed);
        app.session.restore(m_server.url(), QStringLiteral("lou"));
        QVERIFY2(signedIn.wait(20000), qPrintable(silentFailed.value(0).value(0).toString()));
        QVERIFY(signedIn.first().first().value<Account>().personalAccessToken);
        QCOMPARE(app.session.accessToken(), token);

        // Signing out forgets it here; revoking it is the user's choice elsewhere.
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QVERIFY(signedOut.wait(20000));
        QCOMPARE(meStatus(m_server, token), 200);
        QCOMPARE(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("lou")).result,
                 CredentialStore::Result::NotFound);

        // Signed in with it again, then revoked elsewhere: the next call ends the session.
        app.session.signInWithToken(token);
        QVERIFY(signedIn.wait(20000));
        QCOMPARE(issuer.revoke(token).status, 200);
        const ApiResult result = waitFor(app.client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error && result.error->isHttp(401));
        QCOMPARE(signedOut.size(), 2);
        QVERIFY(signedOut.last().first().toString().startsWith(EndedReason));
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QCOMPARE(readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("lou")).result,
                 CredentialStore::Result::NotFound);
    }

    void unreachableServerDuringRefreshKeepsTheSession()
    {
        // Long enough that the first timer refresh comes only after the server has stopped.
        TestServer server({QStringLiteral("--access-token-lifetime"), QStringLiteral("6")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("nina"), Password));
        App app;
        FormBrowser browser(QStringLiteral("nina"), Password);
        QVERIFY(browserSignIn(app, server, browser));
        app.session.setRefreshRetryInterval(200ms);
        const QString saved =
            readKeychain(app.credentials, server.baseUrl(), QStringLiteral("nina")).secret;
        remember(saved);
        const QString access = app.session.accessToken();

        QSignalSpy postponed(&app.session, &SessionManager::refreshPostponed);
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        QSignalSpy refreshed(&app.session, &SessionManager::accessTokenRefreshed);
        server.stop();
        // The timer fires, cannot reach the server, and tries again later, more than once.
        QTRY_VERIFY_WITH_TIMEOUT(postponed.size() >= 2, 30000);
        QVERIFY(!postponed.first().first().toString().isEmpty());
        QVERIFY(signedOut.isEmpty());
        QVERIFY(refreshed.isEmpty());
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
        QCOMPARE(app.session.accessToken(), access);
        QCOMPARE(readKeychain(app.credentials, server.baseUrl(), QStringLiteral("nina")).secret,
                 saved);

        // A call meeting the dead server is a network error, not a sign-out either.
        const ApiResult result = waitFor(app.client.get(QStringLiteral("/v1/me")));
        QVERIFY(result.error && result.error->kind == ApiError::Kind::Network);
        QVERIFY(signedOut.isEmpty());
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
    }

    void signOutWithTheServerUnreachableStillSignsOutLocally()
    {
        TestServer server;
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("otto"), Password));
        App app;
        FormBrowser browser(QStringLiteral("otto"), Password);
        QVERIFY(browserSignIn(app, server, browser));
        remember(app.session.accessToken());
        QCOMPARE(readKeychain(app.credentials, server.baseUrl(), QStringLiteral("otto")).result,
                 CredentialStore::Result::Ok);

        server.stop();
        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QVERIFY(app.session.accessToken().isEmpty());
        QVERIFY(signedOut.wait(20000));
        QCOMPARE(signedOut.first().first().toString(), QString());
        QCOMPARE(readKeychain(app.credentials, server.baseUrl(), QStringLiteral("otto")).result,
                 CredentialStore::Result::NotFound);
    }

    void cancelSignInStopsWaitingForTheBrowser()
    {
        App app;
        QVERIFY(connectTo(app, m_server));
        app.session.oauth()->setBrowserLauncher([](const QUrl &) { return true; }); // never done
        QSignalSpy waiting(&app.session, &SessionManager::waitingForBrowser);
        QSignalSpy failed(&app.session, &SessionManager::signInFailed);
        app.session.signInWithBrowser();
        QCOMPARE(app.session.state(), SessionManager::State::WaitingForBrowser);
        QCOMPARE(waiting.size(), 1);
        const QUrl redirect(
            QUrlQuery(waiting.first().first().toUrl())
                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));

        app.session.cancelSignIn();
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
        QVERIFY(failed.isEmpty()); // the user cancelled; nothing to report
        // The loopback port is closed: a late browser redirect reaches nobody.
        HttpClient http;
        QCOMPARE(http.get(redirect).status, 0);

        // Denied in the browser: reported, and back to Ready.
        FormBrowser browser(QStringLiteral("sam"), Password);
        browser.decision = QStringLiteral("deny");
        app.session.oauth()->setBrowserLauncher(browser.launcher());
        app.session.signInWithBrowser();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("access_denied"));
        QCOMPARE(app.session.state(), SessionManager::State::Ready);

        // No browser at all: reported at once, with the link still there to copy.
        app.session.oauth()->setBrowserLauncher([](const QUrl &) { return false; });
        app.session.signInWithBrowser();
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.last().first().value<ApiError>().code, QStringLiteral("browser_failed"));
        QVERIFY(!app.session.signInLink().isEmpty());
        QCOMPARE(app.session.state(), SessionManager::State::Ready);
    }

    void keychainUnavailableKeepsTheUserSignedInForThisRun()
    {
        if (!qEnvironmentVariableIsSet(NoKeychainVariable)) {
            // Run this function again in a child process whose D-Bus session does not exist, so
            // QtKeychain really finds no Secret Service.
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(NoKeychainVariable), QStringLiteral("1"));
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QStringLiteral("unix:path=/nonexistent/tasklane-test-bus"));
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("keychainUnavailableKeepsTheUserSignedInForThisRun")});
            QVERIFY(child.waitForStarted(10000));
            QVERIFY(child.waitForFinished(120000));
            const QString output = QString::fromUtf8(child.readAll());
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     qPrintable(output));
            QVERIFY2(output.contains(QStringLiteral(
                         "PASS   : tst_SessionManager::keychainUnavailableKeepsTheUserSignedIn")),
                     qPrintable(output));
            return;
        }

        App app;
        FormBrowser browser(QStringLiteral("sam"), Password);
        QSignalSpy unavailable(&app.session, &SessionManager::keychainUnavailable);
        const auto account = browserSignIn(app, m_server, browser);
        QVERIFY(account);
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        QVERIFY(!app.session.keychainAvailable());
        // Signed in for this run all the same, and the API works.
        QCOMPARE(app.session.state(), SessionManager::State::SignedIn);
        QVERIFY(waitFor(app.client.get(QStringLiteral("/v1/me"))).ok());
        // No plaintext fallback anywhere under HOME.
        const QByteArray access = app.session.accessToken().toLatin1();
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() < 50 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(access), qPrintable(file.fileName()));
        }

        // At the next start there is nothing to restore from.
        App next;
        QSignalSpy silentFailed(&next.session, &SessionManager::silentSignInFailed);
        QSignalSpy nextUnavailable(&next.session, &SessionManager::keychainUnavailable);
        next.session.restore(m_server.url(), QStringLiteral("sam"));
        QVERIFY(silentFailed.wait(30000));
        QCOMPARE(next.session.state(), SessionManager::State::Ready);
        QVERIFY(!next.session.keychainAvailable());
        QCOMPARE(nextUnavailable.size(), 1);

        QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
        app.session.signOut();
        QVERIFY(signedOut.wait(20000));
    }

    void tokensNeverReachLogsOrPlainFiles()
    {
        // One more full round so this function proves something on its own too.
        {
            App app;
            FormBrowser browser(QStringLiteral("sam"), Password);
            QVERIFY(browserSignIn(app, m_server, browser));
            remember(app.session.accessToken());
            remember(
                readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("sam")).secret);
            OAuthTestClient other(m_server);
            QCOMPARE(other.revoke(app.session.accessToken()).status, 200);
            QVERIFY(waitFor(app.client.get(QStringLiteral("/v1/me"))).ok()); // refresh on 401
            remember(app.session.accessToken());
            remember(
                readKeychain(app.credentials, m_server.baseUrl(), QStringLiteral("sam")).secret);
            QSignalSpy signedOut(&app.session, &SessionManager::signedOut);
            app.session.signOut();
            QVERIFY(signedOut.wait(20000));
        }
        QVERIFY(m_secretsSeen.size() >= 4);
        QVERIFY(!g_messages.isEmpty()); // the categories were on and did log
        QVERIFY(
            g_messages.join(QLatin1Char('\n')).contains(QStringLiteral("tasklane.app.session")));
        for (const QString &message : std::as_const(g_messages)) {
            for (const QString &secret : std::as_const(m_secretsSeen))
                QVERIFY2(!message.contains(secret), qPrintable(message.left(80)));
            // Nor anything that looks like one.
            QVERIFY2(
                !message.contains(QRegularExpression(QStringLiteral("tl[arcp]_[0-9A-Za-z]{20}"))),
                qPrintable(message.left(80)));
        }

        // Nothing secret in QSettings or any other plain file under the (throwaway) HOME; the
        // keyring file itself is encrypted.
        QVERIFY2(QDir::homePath().startsWith(QDir::tempPath()),
                 "run through scripts/with-test-session.sh (throwaway HOME)");
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.size() > 50 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            const QByteArray content = file.readAll();
            for (const QString &secret : std::as_const(m_secretsSeen))
                QVERIFY2(!content.contains(secret.toLatin1()), qPrintable(file.fileName()));
        }
        QVERIFY(scanned > 0); // at least the keyring file
    }
};

QTEST_GUILESS_MAIN(tst_SessionManager)
#include "tst_sessionmanager.moc"
