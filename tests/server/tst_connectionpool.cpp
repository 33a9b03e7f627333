// The connection pool of one server instance (--database-connections, docs/admin.md 9.5): each
// worker thread has its own database connection, so a request waiting on the database does not
// hold up requests on other connections; with one connection it does. Proved without timing:
// this test holds a lock in the database itself (PostgreSQL: LOCK TABLE tasks; SQLite: an open
// write transaction), so one request waits on it for as long as the test likes.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "ProcessSignals.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

namespace {

const QString Password = QStringLiteral("connection-pool-password");

QStringList poolOptions(int connections)
{
    QStringList options = TestServer::highRateLimits();
    options << QStringLiteral("--database-connections") << QString::number(connections);
    return options;
}

QByteArray taskBody(const QString &title)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("title"), title}}).toJson();
}

} // namespace

class tst_ConnectionPool : public QObject
{
    Q_OBJECT

    // A running server with one account; m_token is its access token.
    std::unique_ptr<TestServer> m_server;
    QString m_token;

    bool startServer(int connections)
    {
        m_server = std::make_unique<TestServer>(poolOptions(connections));
        if (!m_server->start() || !m_server->createUser(QStringLiteral("pat"), Password))
            return false;
        OAuthTestClient client(*m_server);
        m_token = client.signIn(QStringLiteral("pat"), Password)
                      .value(QStringLiteral("access_token"))
                      .toString();
        if (m_token.isEmpty())
            return false;
        // The first request of a credential claims rate-limit hits in the database (a write):
        // made now, so the requests under the lock below spend what was claimed.
        HttpClient http;
        return http.get(m_server->url(QStringLiteral("/v1/me")), HttpClient::bearer(m_token))
                       .status == 200 &&
               http.post(m_server->url(QStringLiteral("/v1/tasks")), taskBody(QStringLiteral("a")),
                         "application/json", HttpClient::bearer(m_token))
                       .status == 201;
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest request(m_server->url(path));
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return request;
    }

    // Takes the lock a request will wait on: on PostgreSQL every use of the tasks table waits;
    // on SQLite every write waits (up to the server's busy timeout of 5 s).
    static bool lock(TestDatabase &db)
    {
        if (db.isPostgres())
            return db.execute(QStringLiteral("BEGIN")) >= 0 &&
                   db.execute(QStringLiteral("LOCK TABLE tasks IN ACCESS EXCLUSIVE MODE")) >= 0;
        return db.execute(QStringLiteral("BEGIN IMMEDIATE")) >= 0;
    }
    static bool unlock(TestDatabase &db) { return db.execute(QStringLiteral("COMMIT")) >= 0; }

    // Sends the request that will wait on the lock: on PostgreSQL a task list (a read), on
    // SQLite a new task (a write). Returns once the request is at the database (PostgreSQL: its
    // wait shows in pg_locks) or, on SQLite, sent.
    QNetworkReply *sendBlockedRequest(QNetworkAccessManager &manager, TestDatabase &db)
    {
        QNetworkReply *reply = nullptr;
        if (db.isPostgres()) {
            reply = manager.get(request(QStringLiteral("/v1/tasks")));
            const auto waiting = [&db] {
                return db.value(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted"))
                           .toInt() > 0;
            };
            if (!QTest::qWaitFor(waiting, 10000))
                return nullptr;
        } else {
            reply = manager.post(request(QStringLiteral("/v1/tasks")),
                                 taskBody(QStringLiteral("under the lock")));
            if (!QTest::qWaitFor(sentAll(reply), 10000))
                return nullptr;
        }
        return reply;
    }

    // Whether the whole request body of `reply` has been sent, as a predicate for qWaitFor().
    static std::function<bool()> sentAll(QNetworkReply *reply)
    {
        auto sent = std::make_shared<bool>(false);
        connect(reply, &QNetworkReply::uploadProgress, reply,
                [sent](qint64 done, qint64 total) { *sent = *sent || done == total; });
        return [sent] { return *sent; };
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void cleanup()
    {
        m_server.reset();
        m_token.clear();
    }

    // With four connections, /v1/me answers on another connection while a request waits on the
    // lock; the waiting request answers, with its data, once the lock goes.
    void aWaitingRequestDoesNotHoldUpTheOthers()
    {
        QVERIFY(startServer(4));
        TestDatabase db(*m_server);
        QVERIFY(db.isOpen());
        QNetworkAccessManager manager;
        QVERIFY(lock(db));
        QNetworkReply *blocked = sendBlockedRequest(manager, db);
        QVERIFY(blocked);

        HttpClient http;
        const auto me =
            http.get(m_server->url(QStringLiteral("/v1/me")), HttpClient::bearer(m_token));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("pat"));
        QVERIFY2(!blocked->isFinished(), "the waiting request answered while the lock was held");

        QVERIFY(unlock(db));
        QTRY_VERIFY_WITH_TIMEOUT(blocked->isFinished(), 10000);
        const QJsonObject body = QJsonDocument::fromJson(blocked->readAll()).object();
        if (db.isPostgres()) {
            QCOMPARE(status(blocked), 200);
            QCOMPARE(body.value(QStringLiteral("items")).toArray().size(), 1);
        } else {
            QCOMPARE(status(blocked), 201);
            QCOMPARE(body.value(QStringLiteral("title")).toString(),
                     QStringLiteral("under the lock"));
        }
        blocked->deleteLater();
    }

    // With one connection, the same /v1/me waits behind the waiting request, and answers once
    // the lock goes.
    void withOneConnectionEveryRequestWaits()
    {
        QVERIFY(startServer(1));
        TestDatabase db(*m_server);
        QVERIFY(db.isOpen());
        QNetworkAccessManager manager;
        QVERIFY(lock(db));
        QNetworkReply *blocked = sendBlockedRequest(manager, db);
        QVERIFY(blocked);
        QNetworkAccessManager other; // another connection
        QNetworkReply *me = other.get(request(QStringLiteral("/v1/me")));
        // Not a measurement: /v1/me answers in milliseconds when it does not wait (the test
        // above); here it gets a generous while to show that it does wait.
        QTest::qWait(500);
        QVERIFY2(!me->isFinished(), "/v1/me answered while the only connection waited");
        QVERIFY(!blocked->isFinished());

        QVERIFY(unlock(db));
        QTRY_VERIFY_WITH_TIMEOUT(me->isFinished() && blocked->isFinished(), 10000);
        QCOMPARE(status(me), 200);
        QCOMPARE(status(blocked), db.isPostgres() ? 200 : 201);
        me->deleteLater();
        blocked->deleteLater();
    }

    // Many writes at once through the pool: every one acknowledged is in the database.
    void parallelWritesAreAllKept()
    {
        QVERIFY(startServer(4));
        QNetworkAccessManager manager; // up to six connections at once
        QList<QNetworkReply *> replies;
        constexpr int Writes = 60;
        for (int i = 0; i < Writes; ++i) {
            replies.append(manager.post(request(QStringLiteral("/v1/tasks")),
                                        taskBody(QStringLiteral("parallel %1").arg(i))));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 60000);
        QSet<QString> ids;
        for (QNetworkReply *reply : std::as_const(replies)) {
            QCOMPARE(status(reply), 201);
            ids.insert(QJsonDocument::fromJson(reply->readAll())
                           .object()
                           .value(QStringLiteral("id"))
                           .toString());
            reply->deleteLater();
        }
        QCOMPARE(ids.size(), Writes);
        TestDatabase db(*m_server);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("id = '%1'").arg(id)), 1);
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("title LIKE 'parallel %'")),
                 Writes);
    }

    // Requests a client pipelines on one connection are answered in their order, although the
    // first one waits on the lock while the workers answer the others.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        QVERIFY(startServer(4));
        TestDatabase db(*m_server);
        QVERIFY(lock(db));
        QTcpSocket socket;
        socket.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray auth = "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
        const QByteArray host = "Host: " + m_server->url().authority().toLatin1() + "\r\n";
        QByteArray first;
        if (db.isPostgres()) {
            first = "GET /v1/tasks HTTP/1.1\r\n" + host + auth + "\r\n";
        } else {
            const QByteArray body = taskBody(QStringLiteral("first"));
            first = "POST /v1/tasks HTTP/1.1\r\n" + host + auth +
                    "Content-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        const QByteArray me = "GET /v1/me HTTP/1.1\r\n" + host + auth + "\r\n";
        const QByteArray missing = "GET /v1/no-such-thing HTTP/1.1\r\n" + host + auth + "\r\n";
        socket.write(first + me + missing + me);
        QVERIFY(socket.waitForBytesWritten(10000));
        // The later requests are answered by other workers meanwhile; /v1/me through another
        // connection shows they are at work.
        HttpClient http;
        QCOMPARE(
            http.get(m_server->url(QStringLiteral("/v1/me")), HttpClient::bearer(m_token)).status,
            200);
        QCOMPARE(socket.bytesAvailable(), 0);

        QVERIFY(unlock(db));
        QByteArray received;
        const auto answers = [&received] { return received.count("HTTP/1.1 "); };
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), answers() == 4), 10000);
        // Status lines: a body has no line end, so the next answer follows it on its line.
        QList<QByteArray> statusLines;
        for (qsizetype at = received.indexOf("HTTP/1.1 "); at >= 0;
             at = received.indexOf("HTTP/1.1 ", at + 1))
            statusLines.append(received.mid(at, 12));
        QCOMPARE(statusLines.size(), 4);
        const QByteArray firstStatus = db.isPostgres() ? "HTTP/1.1 200" : "HTTP/1.1 201";
        QVERIFY2(statusLines.at(0).startsWith(firstStatus), statusLines.at(0).constData());
        QVERIFY(statusLines.at(1).startsWith("HTTP/1.1 200"));
        QVERIFY(statusLines.at(2).startsWith("HTTP/1.1 404"));
        QVERIFY(statusLines.at(3).startsWith("HTTP/1.1 200"));
        const qsizetype usernameAt = received.indexOf("\"username\":\"pat\"");
        const qsizetype notFoundAt = received.indexOf("NOT_FOUND");
        QVERIFY(usernameAt > 0 && notFoundAt > usernameAt);
    }

    // A request pipelined after one with "Connection: close" is neither processed nor answered
    // (RFC 9112 section 9.6): the connection ends after the answer that closes it. The request
    // after it is a write, so that processing it would show in the database whichever answer
    // went out first.
    void aPipelinedRequestAfterCloseIsNotProcessed()
    {
        QVERIFY(startServer(2));
        QTcpSocket socket;
        socket.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(socket.waitForConnected(10000));
        const QByteArray head = "Host: " + m_server->url().authority().toLatin1() +
                                "\r\nAuthorization: Bearer " + m_token.toLatin1() + "\r\n";
        const QByteArray body = taskBody(QStringLiteral("after close"));
        socket.write("GET /v1/me HTTP/1.1\r\n" + head + "Connection: close\r\n\r\n" +
                     "POST /v1/tasks HTTP/1.1\r\n" + head +
                     "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
            (received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState),
            10000);
        received += socket.readAll();
        QCOMPARE(received.count("HTTP/1.1 "), 1);
        QVERIFY(received.startsWith("HTTP/1.1 200"));
        QVERIFY(received.contains("Connection: close"));
        // The connection is gone and a later request answered: a write that had been processed
        // would be in the database by now.
        HttpClient http;
        QCOMPARE(
            http.get(m_server->url(QStringLiteral("/v1/me")), HttpClient::bearer(m_token)).status,
            200);
        TestDatabase db(*m_server);
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("title = 'after close'")), 0);
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("title = 'a'")), 1);
    }

    // SIGTERM while a request waits on the database: the server finishes it, answers it and
    // stops cleanly; the write it acknowledged is there.
    void shutdownFinishesRequestsInFlight()
    {
        QVERIFY(startServer(2));
        TestDatabase db(*m_server);
        QNetworkAccessManager manager;
        QVERIFY(lock(db));
        // The waiting request, a write on both engines.
        QNetworkReply *write = manager.post(request(QStringLiteral("/v1/tasks")),
                                            taskBody(QStringLiteral("in flight")));
        QVERIFY(QTest::qWaitFor(sentAll(write), 10000));
        if (db.isPostgres()) {
            QTRY_VERIFY_WITH_TIMEOUT(
                db.value(QStringLiteral("SELECT COUNT(*) FROM pg_locks WHERE NOT granted"))
                        .toInt() > 0,
                10000);
        }
        QVERIFY(ProcessSignals::terminate(m_server->processId()));
        QVERIFY(m_server->isRunning());
        QVERIFY(unlock(db));
        QTRY_VERIFY_WITH_TIMEOUT(write->isFinished(), 10000);
        QCOMPARE(status(write), 201);
        const QString id = QJsonDocument::fromJson(write->readAll())
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
        QCOMPARE(m_server->stop(), 0);
        QCOMPARE(db.count(QStringLiteral("tasks"), QStringLiteral("id = '%1'").arg(id)), 1);
        write->deleteLater();
    }

    // The server says how many connections it serves with, and refuses a size that is not one.
    void theSizeIsLoggedAndChecked()
    {
        TestServer server(poolOptions(3));
        QVERIFY(server.start());
        QVERIFY(server.output().contains("serving with 3 database connections"));
        const auto refused =
            server.runCli({QStringLiteral("--database-connections"), QStringLiteral("0"),
                           QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("positive whole numbers")));
    }
};

QTEST_MAIN(tst_ConnectionPool)
#include "tst_connectionpool.moc"
