// The server on PostgreSQL when its database connection goes away (a database restart, a
// network cut, an administrator ending sessions): the request that meets the lost connection
// gets 503 with Retry-After, never a 500 and never half a write; the next one succeeds on a new
// connection. Always on PostgreSQL: CMake runs this test through scripts/with-postgres.sh, which
// makes a cluster for it in the SQLite pass and uses the run's own in the PostgreSQL pass.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestDatabase.h"
#include "TestPostgres.h"
#include "TestServer.h"

#include <QJsonObject>
#include <QTest>

namespace {
const QString Password = QStringLiteral("outage-password");
}

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

private slots:
    void initTestCase()
    {
        QVERIFY2(TestPostgres::enabled(),
                 "TASKLANE_TEST_POSTGRES is not set: run through scripts/with-postgres.sh");
    }

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

        // The API: 503 in the documented error shape, then the next request is served.
        QVERIFY(cutConnections(db) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(connectionsLeft(db), 0, 10000);
        const auto refused = http.get(me, HttpClient::bearer(accessToken));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("SERVICE_UNAVAILABLE"));
        QVERIFY(refused.json()
                    .value(QStringLiteral("requestId"))
                    .toString()
                    .startsWith(QStringLiteral("req-")));
        QVERIFY(refused.header("Retry-After").toInt() >= 1);
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

        // A write that met the cut is not half done: the task is there once, after the retry.
        QVERIFY(cutConnections(db) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(connectionsLeft(db), 0, 10000);
        const QJsonObject task{{QStringLiteral("title"), QStringLiteral("After the outage")}};
        const QUrl tasks = server.url(QStringLiteral("/v1/tasks"));
        QCOMPARE(http.postJson(tasks, task, HttpClient::bearer(newAccess)).status, 503);
        QCOMPARE(http.postJson(tasks, task, HttpClient::bearer(newAccess)).status, 201);
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("title = 'After the outage'")),
                 1);
        QVERIFY(server.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseOutage)
#include "tst_databaseoutage.moc"
