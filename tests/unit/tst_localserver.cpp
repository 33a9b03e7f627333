// "Use a server on this computer": the app starts the real tasklane-server, creates the first
// account with it, signs in against it, and stops it.
#include "HttpClient.h"
#include "LocalServer.h"
#include "OAuthTestClient.h"
#include "ServerDataDir.h"
#include "TestServer.h"

#include <QSignalSpy>
#include <QTcpServer>
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

        // The running server sees the account at once, and it is an administrator, who gets the
        // admin scope only once two-factor authentication is on (--require-2fa-for-admins).
        HttpClient http;
        OAuthTestClient client(url.toString(QUrl::StripTrailingSlash));
        client.scope = QStringLiteral("tasks:read admin");
        const QJsonObject tokens =
            client.signIn(QStringLiteral("sam"), QStringLiteral("local-password"));
        QCOMPARE(tokens.value(QStringLiteral("scope")).toString(), QStringLiteral("tasks:read"));
        const auto me =
            http.get(QUrl(url.toString() + QStringLiteral("/v1/me")),
                     HttpClient::bearer(tokens.value(QStringLiteral("access_token")).toString()));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(me.json().value(QStringLiteral("adminRequiresTwoFactor")).toBool(), true);

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
        }
        // Next run, the port is taken by something else: any other free port will do.
        {
            QTcpServer squatter;
            QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(first.port())));
            LocalServer server(dir.path());
            QSignalSpy started(&server, &LocalServer::started);
            QSignalSpy failed(&server, &LocalServer::failed);
            server.start();
            QVERIFY(started.wait(30000));
            QCOMPARE(failed.size(), 0);
            QVERIFY(server.url().port() != first.port());
        }
    }

    // Two app windows on one profile, or an app started again while its server still stops: the
    // server already serving the folder is used, not joined by a second one on the same file.
    void usesTheServerAlreadyServingItsFolder()
    {
        QTemporaryDir dir;
        LocalServer first(dir.path());
        QSignalSpy firstStarted(&first, &LocalServer::started);
        first.start();
        QVERIFY(firstStarted.wait(30000));
        QVERIFY(!first.isAdopted());

        LocalServer second(dir.path());
        QSignalSpy secondStarted(&second, &LocalServer::started);
        second.start();
        QVERIFY(secondStarted.wait(30000));
        QVERIFY(second.isAdopted());
        QCOMPARE(second.url(), first.url());
        QCOMPARE(countServersOn(dir.path()), 1);

        // Stopping the one it did not start leaves it to its owner.
        second.stop();
        QVERIFY(!second.isRunning());
        HttpClient http;
        QCOMPARE(http.get(QUrl(first.url().toString() + QStringLiteral("/healthz"))).status, 200);

        // A server that ended, cleanly or killed, is not mistaken for a running one.
        first.stop();
        QVERIFY(!ServerDataDir(dir.path()).running());
        LocalServer third(dir.path());
        QSignalSpy thirdStarted(&third, &LocalServer::started);
        third.start();
        QVERIFY(thirdStarted.wait(30000));
        QVERIFY(!third.isAdopted());
        QProcess::execute(QStringLiteral("pkill"),
                          {QStringLiteral("-KILL"), QStringLiteral("-f"), dir.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!ServerDataDir(dir.path()).running(), 10000);
        LocalServer fourth(dir.path());
        QSignalSpy fourthStarted(&fourth, &LocalServer::started);
        fourth.start();
        QVERIFY(fourthStarted.wait(30000));
        QVERIFY(!fourth.isAdopted());
        QCOMPARE(countServersOn(dir.path()), 1);
    }

private:
    // tasklane-server processes serving the folder (not the CLI commands the app runs on it).
    static int countServersOn(const QString &dir)
    {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"),
                    {QStringLiteral("-f"), QStringLiteral("tasklane-server --data-dir ") + dir +
                                               QStringLiteral(" --listen")});
        pgrep.waitForFinished(10000);
        const QByteArray pids = pgrep.readAllStandardOutput().trimmed();
        return pids.isEmpty() ? 0 : int(pids.count('\n')) + 1;
    }
};

QTEST_GUILESS_MAIN(tst_LocalServer)
#include "tst_localserver.moc"
