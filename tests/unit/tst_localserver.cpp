// "Use a server on this computer": the app starts the real tasklane-server, creates the first
// account with it, signs in against it, and stops it.
#include "HttpClient.h"
#include "LocalServer.h"
#include "OAuthTestClient.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_LocalServer : public QObject
{
    Q_OBJECT

private slots:
    void startsCreatesAnAdministratorAndStops()
    {
        QTemporaryDir dir;
        LocalServer server(dir.filePath(QStringLiteral("server")));
        QCOMPARE(server.binary(), TestServer::binary());

        bool any = true;
        bool answered = false;
        server.hasAccounts([&](bool result) {
            any = result;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY(!any);

        QSignalSpy started(&server, &LocalServer::started);
        server.start();
        QVERIFY(started.wait(30000));
        const QUrl url = started.first().first().toUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(server.isRunning());

        bool created = false;
        QString error;
        answered = false;
        server.createAdministrator(QStringLiteral("sam"), QStringLiteral("sam@example.org"),
                                   QStringLiteral("local-password"),
                                   [&](bool ok, const QString &message) {
                                       created = ok;
                                       error = message;
                                       answered = true;
                                   });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY2(created, qPrintable(error));

        // The running server sees the account at once, and it is an administrator.
        HttpClient http;
        OAuthTestClient client(url.toString(QUrl::StripTrailingSlash));
        client.scope = QStringLiteral("tasks:read admin");
        const QJsonObject tokens =
            client.signIn(QStringLiteral("sam"), QStringLiteral("local-password"));
        QCOMPARE(tokens.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("tasks:read admin"));

        answered = false;
        server.createAdministrator(QStringLiteral("sam"), QStringLiteral("x@example.org"),
                                   QStringLiteral("local-password"),
                                   [&](bool ok, const QString &message) {
                                       created = ok;
                                       error = message;
                                       answered = true;
                                   });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY(!created);
        QVERIFY(error.contains(QStringLiteral("already exists")));

        QSignalSpy stopped(&server, &LocalServer::stopped);
        server.stop();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(!server.isRunning());
        QCOMPARE(http.get(QUrl(url.toString() + QStringLiteral("/healthz"))).status, 0);
    }

    void aMissingBinaryIsAClearError()
    {
        QTemporaryDir dir;
        LocalServer server(dir.path());
        server.setBinary(dir.filePath(QStringLiteral("no-such-server")));
        QSignalSpy failed(&server, &LocalServer::failed);
        server.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(failed.first().first().toString().contains(
            QStringLiteral("Could not start the local server")));
    }

    void anUnexpectedExitIsReported()
    {
        QTemporaryDir dir;
        LocalServer server(dir.path());
        QSignalSpy started(&server, &LocalServer::started);
        QSignalSpy failed(&server, &LocalServer::failed);
        server.start();
        QVERIFY(started.wait(30000));
        // Something else ends the server (a crash, the OOM killer).
        QProcess::execute(QStringLiteral("pkill"),
                          {QStringLiteral("-KILL"), QStringLiteral("-f"), dir.path()});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("stopped unexpectedly")));
        QVERIFY(!server.isRunning());
    }

    void keepsItsAddressAcrossRunsWhileThePortIsFree()
    {
        QTemporaryDir dir;
        QUrl first;
        {
            LocalServer server(dir.path());
            QSignalSpy started(&server, &LocalServer::started);
            server.start();
            QVERIFY(started.wait(30000));
            first = server.url();
        }
        // Same data folder, next run: same address, so the keychain entry still matches.
        {
            LocalServer server(dir.path());
            QSignalSpy started(&server, &LocalServer::started);
            server.start();
            QVERIFY(started.wait(30000));
            QCOMPARE(server.url(), first);

            // While that one runs, a second server on the same folder cannot have the port:
            // it falls back to another free one instead of failing.
            LocalServer second(dir.path());
            QSignalSpy secondStarted(&second, &LocalServer::started);
            QSignalSpy secondFailed(&second, &LocalServer::failed);
            second.start();
            QVERIFY(secondStarted.wait(30000));
            QCOMPARE(secondFailed.size(), 0);
            QVERIFY(second.url().port() != first.port());
        }
    }
};

QTEST_GUILESS_MAIN(tst_LocalServer)
#include "tst_localserver.moc"
