// The server the app starts must not outlive the app, however the app ends: the real `tasklane`
// executable, killed with SIGKILL (a crash, the OOM killer, a session ended by force), takes its
// tasklane-server with it, and the next start serves the profile with one server again.
#include "HttpClient.h"
#include "ProcessSignals.h"
#include "ServerDataDir.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_AppKilled : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_app;

    QString serverDir() const
    {
        // QStandardPaths::AppLocalDataLocation of the app (organisation "Tasklane", application
        // "tasklane") under XDG_DATA_HOME, then the profile's server folder (AppContext).
        return m_home.filePath(QStringLiteral("data/Tasklane/tasklane/profiles/kill/server"));
    }

    // serverBinFromEnvironment false: the app finds tasklane-server itself (LocalServer).
    void startApp(bool serverBinFromEnvironment = true)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!serverBinFromEnvironment)
            environment.remove(QStringLiteral("TASKLANE_SERVER_BIN"));
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           m_home.filePath(QStringLiteral("cache")));
        m_app.setProcessEnvironment(environment);
        m_app.setProcessChannelMode(QProcess::ForwardedChannels);
        m_app.start(
            qEnvironmentVariable("TASKLANE_APP_BIN"),
            {QStringLiteral("--local"), QStringLiteral("--profile"), QStringLiteral("kill")});
    }

    // binary: the server's full path when it matters which one runs.
    static int serversServing(const QString &dir,
                              const QString &binary = QStringLiteral("tasklane-server"))
    {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"),
                    {QStringLiteral("-f"),
                     binary + QStringLiteral(" --data-dir ") + dir + QStringLiteral(" --listen")});
        pgrep.waitForFinished(10000);
        const QByteArray pids = pgrep.readAllStandardOutput().trimmed();
        return pids.isEmpty() ? 0 : int(pids.count('\n')) + 1;
    }

private slots:
    void cleanup()
    {
        m_app.kill();
        m_app.waitForFinished(5000);
    }

    void theServerEndsWhenTheAppIsKilled()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("TASKLANE_APP_BIN"));
        startApp();
        QVERIFY(m_app.waitForStarted(10000));
        std::optional<ServerDataDir::Running> running;
        QTRY_VERIFY_WITH_TIMEOUT(
            (running = ServerDataDir(serverDir()).running()) && running->url.isValid(), 30000);
        HttpClient http;
        const QUrl health(running->url.toString() + QStringLiteral("/healthz"));
        QCOMPARE(http.get(health).status, 200);
        QCOMPARE(serversServing(serverDir()), 1);

        m_app.kill(); // SIGKILL: no destructor, no signal handler runs
        QVERIFY(m_app.waitForFinished(10000));
        QCOMPARE(m_app.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(!ServerDataDir(serverDir()).running(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(serversServing(serverDir()), 0, 15000);
        QCOMPARE(http.get(health).status, 0);

        // Started again: one server for the profile, a new one.
        startApp();
        QVERIFY(m_app.waitForStarted(10000));
        std::optional<ServerDataDir::Running> again;
        QTRY_VERIFY_WITH_TIMEOUT(
            (again = ServerDataDir(serverDir()).running()) && again->url.isValid(), 30000);
        QVERIFY(again->pid != running->pid);
        QCOMPARE(serversServing(serverDir()), 1);
        m_app.kill();
        QVERIFY(m_app.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(serversServing(serverDir()), 0, 15000);
    }

    void theServerEndsWhenTheAppIsTerminated_data()
    {
        QTest::addColumn<bool>("interrupt");
        QTest::newRow("SIGTERM") << false;
        QTest::newRow("SIGINT") << true;
    }

    // Ended normally (SIGTERM: the session logs out; SIGINT: Ctrl+C in the terminal), the app
    // quits its event loop (TerminationSignals) and stops its server as well.
    void theServerEndsWhenTheAppIsTerminated()
    {
        QFETCH(bool, interrupt);
        startApp();
        QVERIFY(m_app.waitForStarted(10000));
        std::optional<ServerDataDir::Running> running;
        QTRY_VERIFY_WITH_TIMEOUT(
            (running = ServerDataDir(serverDir()).running()) && running->url.isValid(), 30000);
        if (interrupt)
            QVERIFY(ProcessSignals::interrupt(m_app.processId()));
        else
            QVERIFY(ProcessSignals::terminate(m_app.processId()));
        QVERIFY(m_app.waitForFinished(15000));
        QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_app.exitCode(), 0);
        QVERIFY(!ServerDataDir(serverDir()).running());
        QCOMPARE(serversServing(serverDir()), 0);
    }

    // Without TASKLANE_SERVER_BIN the app runs the tasklane-server beside it (here the build
    // tree's server/; installed, the same folder), found through QStandardPaths, not PATH.
    void theAppFindsTheServerBesideIt()
    {
        const QString besideApp =
            QFileInfo(qEnvironmentVariable("TASKLANE_SERVER_BIN")).canonicalFilePath();
        QVERIFY(!besideApp.isEmpty());
        startApp(false);
        QVERIFY(m_app.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(ServerDataDir(serverDir()).running() &&
                                     ServerDataDir(serverDir()).running()->url.isValid(),
                                 30000);
        QCOMPARE(serversServing(serverDir(), QStringLiteral("^") + besideApp), 1);
        QVERIFY(ProcessSignals::terminate(m_app.processId()));
        QVERIFY(m_app.waitForFinished(15000));
        QCOMPARE(serversServing(serverDir()), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AppKilled)
#include "tst_appkilled.moc"
