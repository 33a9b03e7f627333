// The server on PostgreSQL when its database connection goes away (a database restart, a
// network cut, an administrator ending sessions): a read outside a transaction that meets the
// lost connection is sent once more on a new one; any other statement's request gets 503 with
// Retry-After, never a 500 and never half a write, and the next one succeeds on a new
// connection. While PostgreSQL is down requests get 503 quickly, and once it is back the server
// carries on without a restart of its own. Always on
// PostgreSQL, on a cluster of its own: CMake runs this test through
// `scripts/with-postgres.sh --own`, since stopping the run's shared cluster would fail the tests
// running beside it.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestDatabase.h"
#include "TestPostgres.h"
#include "TestServer.h"
#include "store/Database.h"
#include "store/SqlDialect.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <functional>

namespace {
const QString Password = QStringLiteral("outage-password");
// libpq's connect_timeout that the server uses unless the URL gives one (SqlDialect): the
// longest a request may wait for a database that does not answer. A stopped cluster refuses
// at once; this is the bound the tests hold the server to, not how long they expect.
constexpr qint64 ConnectTimeoutMs = 10000;
} // namespace

class tst_DatabaseOutage : public QObject
{
    Q_OBJECT

private:
    // The server's connections to its database, seen from the test's own.
    static QString serverConnections()
    {
        return QStringLiteral("FROM pg_stat_activity WHERE datname = current_database() AND "
                              "pid <> pg_backend_pid()");
    }

    // Ends every connection of the server to its database, as the database's side would when
    // it restarts; returns how many it ended.
    static int cutConnections(const TestDatabase &db)
    {
        return db
            .value(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) ") + serverConnections())
            .toInt();
    }

    static int connectionsLeft(const TestDatabase &db)
    {
        return db.value(QStringLiteral("SELECT COUNT(*) ") + serverConnections()).toInt();
    }

    // A request while the database is down: 503 in the documented shape, with Retry-After,
    // answered within connect_timeout.
    static void expectUnavailable(const std::function<HttpClient::Reply()> &request,
                                  const QString &errorField, const QString &code)
    {
        QElapsedTimer timer;
        timer.start();
        const HttpClient::Reply reply = request();
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.json().value(errorField).toString(), code);
        QVERIFY(reply.header("Retry-After").toInt() >= 1);
        QVERIFY2(elapsed < ConnectTimeoutMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestPostgres::enabled(),
                 "TASKLANE_TEST_POSTGRES is not set: run through scripts/with-postgres.sh");
        QVERIFY2(TestPostgres::canRestartCluster(),
                 "no cluster of its own: run through scripts/with-postgres.sh --own");
    }

    // The options handed to libpq bound every wait on a database host that vanished without a
    // word (docs/admin.md section 9), unless the URL sets them; every server these tests start
    // connects with them, so libpq accepts them.
    void connectOptionsBoundTheWaits()
    {
        const QStringList defaults =
            SqlDialect::postgresConnectOptions(QUrlQuery()).split(QLatin1Char(';'));
        for (const char *option :
             {"connect_timeout=10", "keepalives=1", "keepalives_idle=30", "keepalives_interval=10",
              "keepalives_count=3", "tcp_user_timeout=10000"})
            QVERIFY2(defaults.contains(QLatin1String(option)), qPrintable(defaults.join(u' ')));
        const QStringList given =
            SqlDialect::postgresConnectOptions(
                QUrlQuery(QStringLiteral("keepalives_idle=5&sslmode=require")))
                .split(QLatin1Char(';'));
        QVERIFY(given.contains(QStringLiteral("keepalives_idle='5'")));
        QVERIFY(!given.contains(QStringLiteral("keepalives_idle=30")));
        QVERIFY(given.contains(QStringLiteral("sslmode='require'")));
        QVERIFY(given.contains(QStringLiteral("tcp_user_timeout=10000")));
    }

    // A failed statement's StoreError (which a 500 writes to the log) names the constraint and
    // the SQLSTATE, never the row's values: PostgreSQL's DETAIL quotes the key, and for some
    // errors Qt's driver adds the statement with the values written in.
    void aFailedStatementsErrorQuotesNoValue()
    {
        const QString url = TestPostgres::createDatabase();
        QVERIFY(!url.isEmpty());
        {
            Database db(url);
            db.exec(QStringLiteral("CREATE TABLE secrets (hash TEXT PRIMARY KEY)"));
            const QString secret = QStringLiteral("f00dfeedsecrethash");
            db.exec(QStringLiteral("INSERT INTO secrets (hash) VALUES (?)"), {secret});
            QString message;
            try {
                db.exec(QStringLiteral("INSERT INTO secrets (hash) VALUES (?)"), {secret});
            } catch (const StoreError &error) {
                message = QString::fromStdString(error.what());
                QCOMPARE(error.kind(), StoreError::Kind::UniqueViolation);
            }
            QVERIFY2(message.contains(QLatin1String("23505")), qPrintable(message));
            QVERIFY2(!message.contains(secret), qPrintable(message));
            // A value of the wrong type: PostgreSQL follows its message with the statement
            // ("LINE 1: EXECUTE ...") and a caret under the value; only the first line stays.
            message.clear();
            try {
                db.exec(QStringLiteral("SELECT CAST(? AS INTEGER)"), {secret});
            } catch (const StoreError &error) {
                message = QString::fromStdString(error.what());
            }
            QVERIFY2(!message.isEmpty(), "a bad cast did not fail");
            QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("LINE")), qPrintable(message));
        }
        TestPostgres::dropDatabase(url);
    }

    // The database ends the server's connection while the server idles (as a restart or an
    // administrator's pg_terminate_backend does). A read outside a transaction that meets the
    // ended connection (the credential look-up that starts an API request) is sent again on a
    // new one: the API is served. A statement that is not such a read (OAuth's token endpoint
    // reads its refresh token with the rest of its work) gets 503 with Retry-After and changed
    // nothing: the refresh token works once after. A write after a cut is there once.
    void lostConnectionAnswers503ThenRecovers()
    {
        TestServer server(TestServer::highRateLimits());
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("olga"), Password));
        OAuthTestClient client(server);
        const QJsonObject tokens = client.signIn(QStringLiteral("olga"), Password);
        const QString accessToken = tokens.value(QStringLiteral("access_token")).toString();
        const QString refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refreshToken.isEmpty());
        HttpClient http;
        const QUrl me = server.url(QStringLiteral("/v1/me"));
        QCOMPARE(http.get(me, HttpClient::bearer(accessToken)).status, 200);

        const TestDatabase db(server);
        QVERIFY(db.isOpen());

        // The API: the credential look-up is sent again on a new connection.
        QVERIFY(cutConnections(db) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(connectionsLeft(db), 0, 10000);
        QCOMPARE(http.get(me, HttpClient::bearer(accessToken)).status, 200);

        // OAuth's token endpoint: RFC 6749's temporarily_unavailable. The refresh token was not
        // used up by the request that failed: it still works once.
        QVERIFY(cutConnections(db) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(connectionsLeft(db), 0, 10000);
        const auto unavailable = client.refresh(refreshToken);
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("temporarily_unavailable"));
        QVERIFY(unavailable.header("Retry-After").toInt() >= 1);
        const auto refreshed = client.refresh(refreshToken);
        QCOMPARE(refreshed.status, 200);
        const QString newAccess = refreshed.json().value(QStringLiteral("access_token")).toString();
        QCOMPARE(http.get(me, HttpClient::bearer(newAccess)).status, 200);

        // A write after a cut: its credential look-up reconnects, and the task is there once.
        QVERIFY(cutConnections(db) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(connectionsLeft(db), 0, 10000);
        const QJsonObject task{{QStringLiteral("title"), QStringLiteral("After the outage")}};
        const QUrl tasks = server.url(QStringLiteral("/v1/tasks"));
        QCOMPARE(http.postJson(tasks, task, HttpClient::bearer(newAccess)).status, 201);
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("title = 'After the outage'")),
                 1);
        QVERIFY(server.isRunning());
        // The prepared statements of an ended connection are dropped without a word (QPSQL
        // would warn "Unable to free statement" for each).
        QCOMPARE(server.stop(), 0);
        QVERIFY2(!server.output().contains("Unable to free statement"),
                 server.output().constData());
    }

    // The database stops (pg_ctl stop -m fast, the first half of a restart: every connection is
    // ended) while the server idles, and starts again. Every request in between is the first
    // after an idle spell that finds the database gone.
    void restartedDatabaseAnswers503ThenRecovers()
    {
        TestServer server(TestServer::highRateLimits());
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("rita"), Password));
        OAuthTestClient client(server);
        const QJsonObject tokens = client.signIn(QStringLiteral("rita"), Password);
        const QString accessToken = tokens.value(QStringLiteral("access_token")).toString();
        const QString refreshToken = tokens.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refreshToken.isEmpty());
        HttpClient http;
        const auto bearer = HttpClient::bearer(accessToken);
        const QUrl me = server.url(QStringLiteral("/v1/me"));
        const QUrl tasks = server.url(QStringLiteral("/v1/tasks"));
        // Acknowledged before the restart: it must be there after it.
        const QJsonObject before{{QStringLiteral("title"), QStringLiteral("Before the restart")}};
        QCOMPARE(http.postJson(tasks, before, bearer).status, 201);

        QVERIFY(TestPostgres::stopCluster());
        const QString code = QStringLiteral("code");
        const QString unavailable = QStringLiteral("SERVICE_UNAVAILABLE");
        // The first request meets the connection the database ended (its look-up's one retry
        // is refused); the next ones try to connect again and are refused. Reads, a write,
        // OAuth: all 503, none a 500.
        expectUnavailable([&] { return http.get(me, bearer); }, code, unavailable);
        expectUnavailable([&] { return http.get(me, bearer); }, code, unavailable);
        const QJsonObject during{{QStringLiteral("title"), QStringLiteral("During the restart")}};
        expectUnavailable([&] { return http.postJson(tasks, during, bearer); }, code, unavailable);
        expectUnavailable([&] { return http.get(tasks, bearer); }, code, unavailable);
        expectUnavailable([&] { return client.refresh(refreshToken); }, QStringLiteral("error"),
                          QStringLiteral("temporarily_unavailable"));
        QVERIFY(server.isRunning());

        QVERIFY(TestPostgres::startCluster());
        // The same server, no restart of its own: the next request connects again.
        QCOMPARE(http.get(me, bearer).status, 200);
        const auto listed = http.get(tasks, bearer);
        QCOMPARE(listed.status, 200);
        QVERIFY2(listed.body.contains("Before the restart"), listed.body.constData());
        QVERIFY2(!listed.body.contains("During the restart"), listed.body.constData());
        // The refresh token the refused request carried was not used up.
        const auto refreshed = client.refresh(refreshToken);
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(http.postJson(tasks, during, bearer).status, 201);

        const TestDatabase db(server);
        QVERIFY(db.isOpen());
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("title = 'Before the restart'")),
                 1);
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("title = 'During the restart'")),
                 1);
        QVERIFY(server.isRunning());
    }

    // pg_ctl restart -m fast in one go, as an administrator restarts PostgreSQL, while the
    // server idles: the first request's credential look-up finds its connection ended and is
    // sent again on a new one, so that request is served.
    void wholeRestartWhileIdle()
    {
        TestServer server(TestServer::highRateLimits());
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("sven"), Password));
        OAuthTestClient client(server);
        const QString accessToken = client.signIn(QStringLiteral("sven"), Password)
                                        .value(QStringLiteral("access_token"))
                                        .toString();
        HttpClient http;
        const auto bearer = HttpClient::bearer(accessToken);
        const QUrl tasks = server.url(QStringLiteral("/v1/tasks"));
        const QJsonObject task{{QStringLiteral("title"), QStringLiteral("Kept across restarts")}};
        QCOMPARE(http.postJson(tasks, task, bearer).status, 201);

        QVERIFY(TestPostgres::restartCluster());
        const auto listed = http.get(tasks, bearer);
        QCOMPARE(listed.status, 200);
        QVERIFY2(listed.body.contains("Kept across restarts"), listed.body.constData());
        QVERIFY(server.isRunning());
        QCOMPARE(server.stop(), 0);
        QVERIFY2(!server.output().contains("Unable to free statement"),
                 server.output().constData());
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseOutage)
#include "tst_databaseoutage.moc"
