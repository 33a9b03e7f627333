// Two real server instances on one database and nothing else (docs/admin.md, "State shared by
// instances"): whatever one instance counted, locked, accepted, redeemed or revoked holds on the
// other at its very next request. On SQLite the two share a data directory; with
// TASKLANE_TEST_POSTGRES set, TestServer gives them one PostgreSQL database instead.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SignedInDevice.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {

const QString Password = QStringLiteral("shared-state-password");

QJsonObject codeBody(const QString &code)
{
    return QJsonObject{{QStringLiteral("code"), code}};
}

QStringList with(QStringList arguments, const QStringList &more)
{
    arguments += more;
    return arguments;
}

} // namespace

class tst_SharedState : public QObject
{
    Q_OBJECT

    // Instance B on instance A's database, started with the same options.
    static bool startPair(TestServer &a, TestServer &b)
    {
        if (!a.start())
            return false;
        b.shareDataDir(a.dataDir());
        return b.start();
    }

    // A new account, signed in through `server`'s pages: its access token (empty on failure).
    static QString newAccountsToken(TestServer &server, const QString &username)
    {
        if (!server.createUser(username, Password))
            return {};
        OAuthTestClient client(server);
        return client.signIn(username, Password).value(QStringLiteral("access_token")).toString();
    }

    // A personal access token (tasks:read) made through `server`: the reply (token, id), empty
    // on failure.
    static QJsonObject newPersonalToken(TestServer &server, HttpClient &http,
                                        const QString &accessToken)
    {
        const auto created = http.postJson(
            server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("script")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
            HttpClient::bearer(accessToken));
        return created.status == 201 ? created.json() : QJsonObject();
    }

private slots:
    // The per-credential limit counts every request, whichever instance answers it: the fifth of
    // a limit of four is refused, with Retry-After, and RateLimit-Remaining counts down across
    // both.
    void aCredentialsRateLimitSpansInstances()
    {
        const QStringList options{QStringLiteral("--rate-limit-credential"), QStringLiteral("4"),
                                  QStringLiteral("--rate-limit-ip"), QStringLiteral("100000")};
        TestServer a(options), b(options);
        QVERIFY(startPair(a, b));
        const QString token = newAccountsToken(a, QStringLiteral("rita"));
        QVERIFY(!token.isEmpty());

        HttpClient http;
        const QList<TestServer *> turns{&a, &b, &a, &b};
        for (int i = 0; i < turns.size(); ++i) {
            const auto reply =
                http.get(turns.at(i)->url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("RateLimit-Remaining").toInt(), 3 - i);
        }
        for (TestServer *server : {&a, &b}) {
            const auto limited =
                http.get(server->url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
            checkApiError(limited, 429, QStringLiteral("RATE_LIMITED"));
            const int retryAfter = limited.header("Retry-After").toInt();
            QVERIFY2(retryAfter > 0 && retryAfter <= 60, limited.header("Retry-After").constData());
            QCOMPARE(limited.header("RateLimit-Remaining"), QByteArray("0"));
        }
    }

    // The per-IP limit too, on requests without a credential.
    void anIpsRateLimitSpansInstances()
    {
        const QStringList options{QStringLiteral("--rate-limit-ip"), QStringLiteral("3")};
        TestServer a(options), b(options);
        QVERIFY(startPair(a, b));
        HttpClient http;
        QCOMPARE(http.get(a.url(QStringLiteral("/v1/me"))).status, 401);
        QCOMPARE(http.get(b.url(QStringLiteral("/v1/me"))).status, 401);
        QCOMPARE(http.get(a.url(QStringLiteral("/v1/me"))).status, 401);
        const auto limited = http.get(b.url(QStringLiteral("/v1/me")));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() > 0);
        QCOMPARE(http.get(a.url(QStringLiteral("/v1/me"))).status, 429);
    }

    // Wrong passwords typed through either instance's sign-in page count against one budget.
    void signInAttemptsAreCountedAcrossInstances()
    {
        const QStringList options =
            with(TestServer::highRateLimits(),
                 {QStringLiteral("--rate-limit-sign-in"), QStringLiteral("3")});
        TestServer a(options), b(options);
        QVERIFY(startPair(a, b));
        QVERIFY(a.createUser(QStringLiteral("sam"), Password));
        OAuthTestClient throughA(a), throughB(b);
        auto pageA = throughA.openAuthorize();
        auto pageB = throughB.openAuthorize();
        pageA = throughA.submitSignIn(pageA, QStringLiteral("sam"), QStringLiteral("wrong-1"));
        QVERIFY(pageA.body.contains("Wrong username or password."));
        pageB = throughB.submitSignIn(pageB, QStringLiteral("sam"), QStringLiteral("wrong-2"));
        QVERIFY(pageB.body.contains("Wrong username or password."));
        pageA = throughA.submitSignIn(pageA, QStringLiteral("sam"), QStringLiteral("wrong-3"));
        QVERIFY(pageA.body.contains("Wrong username or password."));
        // The budget is spent on both: even the right password waits.
        const auto lockedB = throughB.submitSignIn(pageB, QStringLiteral("sam"), Password);
        QCOMPARE(lockedB.status, 429);
        QVERIFY(lockedB.body.contains("Too many failed sign-in attempts"));
        QVERIFY(lockedB.header("Retry-After").toInt() > 0);
        const auto lockedA = throughA.submitSignIn(pageA, QStringLiteral("sam"), Password);
        QCOMPARE(lockedA.status, 429);
    }

    // Five wrong codes through A lock code checks on B too, until the same moment, and B counts
    // nothing of its own while locked; a TOTP code accepted through A is a replay on B.
    void twoFactorLockoutsAndReplaysSpanInstances()
    {
        TestServer a(TestServer::highRateLimits()), b(TestServer::highRateLimits());
        QVERIFY(startPair(a, b));
        const QString token = newAccountsToken(a, QStringLiteral("tess"));
        QVERIFY(!token.isEmpty());
        HttpClient http;
        TwoFactorAccount tess = TwoFactorAccount::enable(a, http, token);
        QVERIFY(!tess.isEmpty());
        const auto regenerate = [&](TestServer &server, const QString &code) {
            return http.postJson(server.url(QStringLiteral("/v1/me/2fa/backup-codes")),
                                 codeBody(code), HttpClient::bearer(token));
        };

        // Replay: accepted on A, refused on B.
        const QString code = tess.freshCode();
        const auto regenerated = regenerate(a, code);
        QCOMPARE(regenerated.status, 200);
        const QJsonArray backupCodes =
            regenerated.json().value(QStringLiteral("backupCodes")).toArray();
        QVERIFY(backupCodes.size() >= 2);
        checkApiError(regenerate(b, code), 403, QStringLiteral("TWO_FACTOR_CODE_REUSED"));

        // Lockout: four wrong codes alternating, the fifth on A locks.
        const QList<TestServer *> turns{&a, &b, &a, &b};
        int remaining = 4;
        for (TestServer *server : turns) {
            const auto wrong = regenerate(*server, QStringLiteral("12ab56"));
            checkApiError(wrong, 403, QStringLiteral("TWO_FACTOR_CODE_INVALID"));
            QCOMPARE(wrong.json().value(QStringLiteral("attemptsRemaining")).toInt(), remaining--);
        }
        const auto locked = regenerate(a, QStringLiteral("12ab56"));
        checkApiError(locked, 403, QStringLiteral("TWO_FACTOR_LOCKED"));
        const QString lockedUntil = locked.json().value(QStringLiteral("lockedUntil")).toString();
        QVERIFY(!lockedUntil.isEmpty());

        // B refuses a right code (an unused backup code), with the same end of the lockout.
        const auto refused = regenerate(b, backupCodes.at(0).toString());
        checkApiError(refused, 403, QStringLiteral("TWO_FACTOR_LOCKED"));
        QCOMPARE(refused.json().value(QStringLiteral("lockedUntil")).toString(), lockedUntil);
        QVERIFY(refused.header("Retry-After").toInt() > 0);
        // And B counted nothing while locked: its refusal set no later end.
        const auto again = regenerate(a, backupCodes.at(1).toString());
        checkApiError(again, 403, QStringLiteral("TWO_FACTOR_LOCKED"));
        QCOMPARE(again.json().value(QStringLiteral("lockedUntil")).toString(), lockedUntil);
    }

    // A revoke through B holds on A at its very next request, though A has just looked the same
    // credential up, over and over, and would answer from its cache if nothing told it.
    void aRevokeThroughOneInstanceHoldsOnTheOtherAtOnce()
    {
        TestServer a(TestServer::highRateLimits()), b(TestServer::highRateLimits());
        QVERIFY(startPair(a, b));
        QVERIFY(a.createUser(QStringLiteral("uma"), Password));
        HttpClient http;
        OAuthTestClient laptopClient(a), phoneClient(a);
        const auto laptop =
            SignedInDevice::signIn(laptopClient, QStringLiteral("uma"), Password, a, http);
        const auto phone =
            SignedInDevice::signIn(phoneClient, QStringLiteral("uma"), Password, a, http);
        QVERIFY(!laptop.sessionId.isEmpty());
        QVERIFY(!phone.sessionId.isEmpty());

        const auto me = [&](TestServer &server, const QString &token) {
            return http.get(server.url(QStringLiteral("/v1/me")), HttpClient::bearer(token)).status;
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(me(a, laptop.accessToken), 200);
        const auto revoked =
            http.send("DELETE", b.url(QStringLiteral("/v1/me/sessions/") + laptop.sessionId), {},
                      HttpClient::bearer(phone.accessToken));
        QVERIFY2(revoked.status == 204, qPrintable(describeReply(revoked)));
        QCOMPARE(me(a, laptop.accessToken), 401);
        QCOMPARE(me(a, phone.accessToken), 200);

        // A personal access token: used on A, revoked through B, refused by A next.
        const QJsonObject created = newPersonalToken(a, http, phone.accessToken);
        QVERIFY(!created.isEmpty());
        const QString pat = created.value(QStringLiteral("token")).toString();
        const QString patId = created.value(QStringLiteral("id")).toString();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(me(a, pat), 200);
        QCOMPARE(http.send("DELETE", b.url(QStringLiteral("/v1/me/tokens/") + patId), {},
                           HttpClient::bearer(phone.accessToken))
                     .status,
                 204);
        QCOMPARE(me(a, pat), 401);

        // Disabling the account from the command line on B's data shows on A at once too.
        QCOMPARE(me(a, phone.accessToken), 200);
        const auto disabled =
            b.runCli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("uma")});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        QCOMPARE(me(a, phone.accessToken), 401);
    }

    // The other changes a credential look-up reads, made through B (or behind both
    // instances' backs) while A keeps the credential: a password change (which signs out the
    // other sessions and revokes the personal access tokens), "sign out other sessions", a role
    // change, and an expiry moved into the past by another program. A sees each at its very
    // next request.
    void otherCredentialChangesHoldOnTheOtherAtOnce()
    {
        TestServer a(TestServer::highRateLimits()), b(TestServer::highRateLimits());
        QVERIFY(startPair(a, b));
        QVERIFY(a.createUser(QStringLiteral("wanda"), Password));
        HttpClient http;
        const auto me = [&](TestServer &server, const QString &token) {
            return http.get(server.url(QStringLiteral("/v1/me")), HttpClient::bearer(token)).status;
        };
        const auto warm = [&](const QString &token) {
            for (int i = 0; i < 3; ++i) {
                if (me(a, token) != 200)
                    return false;
            }
            return true;
        };
        OAuthTestClient laptopClient(a), phoneClient(a), tabletClient(a);
        const auto laptop =
            SignedInDevice::signIn(laptopClient, QStringLiteral("wanda"), Password, a, http);
        const auto phone =
            SignedInDevice::signIn(phoneClient, QStringLiteral("wanda"), Password, a, http);
        QVERIFY(!laptop.accessToken.isEmpty());
        QVERIFY(!phone.accessToken.isEmpty());
        const QJsonObject created = newPersonalToken(a, http, phone.accessToken);
        QVERIFY(!created.isEmpty());
        const QString pat = created.value(QStringLiteral("token")).toString();

        // The password, changed through B.
        QVERIFY(warm(laptop.accessToken));
        QVERIFY(warm(pat));
        const QString newPassword = QStringLiteral("shared-state-password-2");
        const auto changed =
            http.postJson(b.url(QStringLiteral("/v1/me/password")),
                          QJsonObject{{QStringLiteral("currentPassword"), Password},
                                      {QStringLiteral("newPassword"), newPassword}},
                          HttpClient::bearer(phone.accessToken));
        QVERIFY2(changed.status == 200, qPrintable(describeReply(changed)));
        QCOMPARE(me(a, laptop.accessToken), 401);
        QCOMPARE(me(a, pat), 401);
        QCOMPARE(me(a, phone.accessToken), 200);

        // "Sign out other sessions" through B.
        const auto tablet =
            SignedInDevice::signIn(tabletClient, QStringLiteral("wanda"), newPassword, a, http);
        QVERIFY(!tablet.accessToken.isEmpty());
        QVERIFY(warm(tablet.accessToken));
        const auto others =
            http.send("POST", b.url(QStringLiteral("/v1/me/sessions/revoke-others")), {},
                      HttpClient::bearer(phone.accessToken));
        QVERIFY2(others.status == 200, qPrintable(describeReply(others)));
        QCOMPARE(me(a, tablet.accessToken), 401);
        QCOMPARE(me(a, phone.accessToken), 200);

        // A role change made with B's command line: A's next answer carries the new role, not
        // the one of the row it had cached (the role decides what /v1/admin allows).
        const auto role = [&] {
            return http.get(a.url(QStringLiteral("/v1/me")), HttpClient::bearer(phone.accessToken))
                .json()
                .value(QStringLiteral("role"))
                .toString();
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(role(), QStringLiteral("user"));
        const auto promoted = b.runCli({QStringLiteral("user"), QStringLiteral("role"),
                                        QStringLiteral("wanda"), QStringLiteral("admin")});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
        QCOMPARE(role(), QStringLiteral("admin"));

        // An access token's expiry moved into the past by another program (psql, say): A
        // refuses the token it had cached with the old expiry.
        QVERIFY(warm(phone.accessToken));
        {
            const TestDatabase db(a);
            QVERIFY(db.isOpen());
            QCOMPARE(db.execute(QStringLiteral("UPDATE access_tokens SET expires_at = ? WHERE "
                                               "session_id = ?"),
                                {QDateTime::currentMSecsSinceEpoch() - 1000, phone.sessionId}),
                     1);
        }
        QCOMPARE(me(a, phone.accessToken), 401);
    }

    // A personal access token rotated through B without an overlap, and a service client
    // revoked through B's command line: A refuses the old token and the client's token at its
    // very next request, after it had used both.
    void rotationsAndServiceClientRevocationsHoldOnTheOtherAtOnce()
    {
        TestServer a(TestServer::highRateLimits()), b(TestServer::highRateLimits());
        QVERIFY(startPair(a, b));
        QVERIFY(a.createUser(QStringLiteral("xena"), Password));
        HttpClient http;
        const auto tasks = [&](TestServer &server, const QString &token) {
            return http.get(server.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token))
                .status;
        };
        const auto warm = [&](const QString &token) {
            for (int i = 0; i < 3; ++i) {
                if (tasks(a, token) != 200)
                    return false;
            }
            return true;
        };

        OAuthTestClient phoneClient(a);
        const auto phone =
            SignedInDevice::signIn(phoneClient, QStringLiteral("xena"), Password, a, http);
        QVERIFY(!phone.accessToken.isEmpty());
        const QJsonObject created = newPersonalToken(a, http, phone.accessToken);
        QVERIFY(!created.isEmpty());
        const QString pat = created.value(QStringLiteral("token")).toString();
        QVERIFY(warm(pat));
        const auto rotated =
            http.postJson(b.url(QStringLiteral("/v1/me/tokens/%1/rotate")
                                    .arg(created.value(QStringLiteral("id")).toString())),
                          QJsonObject{{QStringLiteral("overlapSeconds"), 0}},
                          HttpClient::bearer(phone.accessToken));
        QVERIFY2(rotated.status == 201, qPrintable(describeReply(rotated)));
        QCOMPARE(tasks(a, pat), 401);
        QCOMPARE(tasks(a, rotated.json().value(QStringLiteral("token")).toString()), 200);

        const auto added = b.runCli({QStringLiteral("service"), QStringLiteral("add"),
                                     QStringLiteral("Nightly export"), QStringLiteral("--owner"),
                                     QStringLiteral("xena"), QStringLiteral("--scope"),
                                     QStringLiteral("tasks:read")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QString clientId, clientSecret;
        for (const QString &line : added.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("client_id=")))
                clientId = line.mid(10).trimmed();
            else if (line.startsWith(QLatin1String("client_secret=")))
                clientSecret = line.mid(14).trimmed();
        }
        QVERIFY(!clientId.isEmpty() && !clientSecret.isEmpty());
        const QByteArray basic = QByteArray(QUrl::toPercentEncoding(clientId) + ':' +
                                            QUrl::toPercentEncoding(clientSecret))
                                     .toBase64();
        const auto issued =
            http.postForm(a.url(QStringLiteral("/oauth2/token")),
                          {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                          {{"Authorization", "Basic " + basic}});
        QVERIFY2(issued.status == 200, qPrintable(describeReply(issued)));
        const QString serviceToken = issued.json().value(QStringLiteral("access_token")).toString();
        QVERIFY(warm(serviceToken));
        const auto revoked =
            b.runCli({QStringLiteral("service"), QStringLiteral("revoke"), clientId});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(tasks(a, serviceToken), 401);
        QCOMPARE(tasks(a, phone.accessToken), 200);
    }

    // A task written through B is in A's very next list, though A had just listed the same
    // page with the same credential: the task version comes fresh with every request, also
    // when the credential's look-up is answered from A's cache.
    void aTaskWrittenThroughOneInstanceIsListedByTheOtherAtOnce()
    {
        TestServer a(TestServer::highRateLimits()), b(TestServer::highRateLimits());
        QVERIFY(startPair(a, b));
        const QString token = newAccountsToken(a, QStringLiteral("yara"));
        QVERIFY(!token.isEmpty());
        HttpClient http;
        const auto titles = [&] {
            QStringList found;
            const auto listed =
                http.get(a.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
            for (const auto &item : listed.json().value(QStringLiteral("items")).toArray())
                found << item.toObject().value(QStringLiteral("title")).toString();
            return found;
        };
        for (const QString &title : {QStringLiteral("First"), QStringLiteral("Second")}) {
            for (int i = 0; i < 3; ++i)
                QVERIFY(!titles().contains(title));
            const auto written = http.postJson(b.url(QStringLiteral("/v1/tasks")),
                                               QJsonObject{{QStringLiteral("title"), title}},
                                               HttpClient::bearer(token));
            QVERIFY2(written.status == 201, qPrintable(describeReply(written)));
            QVERIFY(titles().contains(title));
        }
    }

    // On PostgreSQL the look-up is answered from the cache while the user's credential version
    // stays put: a session revoked behind the triggers' back (replication mode, which fires no
    // trigger) is still accepted by A, which had cached it, and refused by B, which had not;
    // what changes on every request (activity, tasks) moves no version, and once a change with the
    // triggers on moved it, A refuses the session too. This shows the cached
    // path is the one that runs (the tests above show it is right). SQLite's cache follows PRAGMA
    // data_version, which no writer can leave unmoved (tst_database shows that path in use): there
    // the same revocation behind the server's back is refused at once and no version row is kept.
    void theCacheFollowsItsEnginesVersion()
    {
        TestServer a(TestServer::highRateLimits()), b(TestServer::highRateLimits());
        QVERIFY(startPair(a, b));
        const TestDatabase db(a);
        QVERIFY(db.isOpen());
        QVERIFY(a.createUser(QStringLiteral("zoe"), Password));
        HttpClient http;
        OAuthTestClient laptopClient(a);
        const auto laptop =
            SignedInDevice::signIn(laptopClient, QStringLiteral("zoe"), Password, a, http);
        QVERIFY(!laptop.accessToken.isEmpty());
        const auto me = [&](TestServer &server) {
            return http
                .get(server.url(QStringLiteral("/v1/me")), HttpClient::bearer(laptop.accessToken))
                .status;
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(me(a), 200);

        if (!db.isPostgres()) {
            QCOMPARE(db.execute(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ?"),
                                {QDateTime::currentMSecsSinceEpoch(), laptop.sessionId}),
                     1);
            QCOMPARE(me(a), 401);
            QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM credential_versions")).toInt(),
                     0);
            return;
        }
        QVERIFY(db.execute(QStringLiteral("SET session_replication_role = replica")) >= 0);
        QCOMPARE(db.execute(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ?"),
                            {QDateTime::currentMSecsSinceEpoch(), laptop.sessionId}),
                 1);
        QVERIFY(db.execute(QStringLiteral("SET session_replication_role = origin")) >= 0);
        QCOMPARE(me(b), 401);
        QCOMPARE(me(a), 200);
        // Activity and task writes move no credential version (they change on nearly every
        // request; the cache would never be used): A still answers from its cache.
        QCOMPARE(db.execute(QStringLiteral("UPDATE sessions SET last_active_at = ?, ip = ?, "
                                           "user_agent = ? WHERE id = ?"),
                            {QDateTime::currentMSecsSinceEpoch(), QStringLiteral("192.0.2.7"),
                             QStringLiteral("elsewhere"), laptop.sessionId}),
                 1);
        QCOMPARE(db.execute(QStringLiteral("UPDATE users SET tasks_version = tasks_version + 1 "
                                           "WHERE username = ?"),
                            {QStringLiteral("zoe")}),
                 1);
        QCOMPARE(me(a), 200);

        // The same kind of change with the triggers on: the version moves, and A sees it.
        QCOMPARE(db.execute(QStringLiteral("UPDATE sessions SET revoked_at = revoked_at + 1 "
                                           "WHERE id = ?"),
                            {laptop.sessionId}),
                 1);
        QCOMPARE(me(a), 401);
    }

    // One-time codes are one-time for the whole deployment: an authorization code redeemed on A
    // is refused on B (and the replay revokes what A issued for it), and a refresh token rotated
    // on A is a reuse on B.
    void oneTimeCodesAreSpentForEveryInstance()
    {
        TestServer a(TestServer::highRateLimits()), b(TestServer::highRateLimits());
        QVERIFY(startPair(a, b));
        QVERIFY(a.createUser(QStringLiteral("vera"), Password));
        OAuthTestClient throughA(a);
        const QString code = throughA.authorizationCode(QStringLiteral("vera"), Password);
        QVERIFY(!code.isEmpty());
        const auto first = throughA.exchangeCode(code);
        QCOMPARE(first.status, 200);

        OAuthTestClient throughB(b.baseUrl());
        throughB.redirectUri = throughA.redirectUri;
        const auto replay = throughB.exchangeCode(code, throughA.verifier);
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));

        // The replay on B revoked what the code issued on A.
        const QString refreshToken = first.json().value(QStringLiteral("refresh_token")).toString();
        const QString accessToken = first.json().value(QStringLiteral("access_token")).toString();
        HttpClient http;
        QCOMPARE(http.get(a.url(QStringLiteral("/v1/me")), HttpClient::bearer(accessToken)).status,
                 401);
        QCOMPARE(throughA.refresh(refreshToken).status, 400);

        // A refresh token rotated on A is a reuse on B, which ends the session on A too.
        OAuthTestClient again(a);
        const auto tokens = again.signIn(QStringLiteral("vera"), Password);
        const QString rotated = tokens.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!rotated.isEmpty());
        const auto refreshed = again.refresh(rotated);
        QCOMPARE(refreshed.status, 200);
        const auto reused = throughB.refresh(rotated);
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        const QString newAccess = refreshed.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(http.get(a.url(QStringLiteral("/v1/me")), HttpClient::bearer(newAccess)).status,
                 401);
    }
};

QTEST_GUILESS_MAIN(tst_SharedState)
#include "tst_sharedstate.moc"
