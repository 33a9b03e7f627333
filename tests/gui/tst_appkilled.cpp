// The server the app starts must not outlive the app, however the app ends: the real `tasklane`
// executable, killed with SIGKILL (a crash, the OOM killer, a session ended by force), takes its
// tasklane-server with it, and the next start serves the profile with one server again.
#include "HttpClient.h"
#include "ServerDataDir.h"

#include <QDir>
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
        // QStandardPaths::AppDataLocation of the app (organisation "Tasklane", application
        // "tasklane") under XDG_DATA_HOME, then the profile's server folder (AppContext).
        return m_home.filePath(QStringLiteral("data/Tasklane/tasklane/profiles/kill/server"));
    }

    void startApp()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
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

    static int serversServing(const QString &dir)
    {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"),
                    {QStringLiteral("-f"), QStringLiteral("tasklane-server --data-dir ") + dir +
                                               QStringLiteral(" --listen")});
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

    // Ended normally (SIGTERM: the session logs out), the app stops its server as well.
    void theServerEndsWhenTheAppIsTerminated()
    {
        startApp();
        QVERIFY(m_app.waitForStarted(10000));
        std::optional<ServerDataDir::Running> running;
        QTRY_VERIFY_WITH_TIMEOUT(
            (running = ServerDataDir(serverDir()).running()) && running->url.isValid(), 30000);
        m_app.terminate();
        QVERIFY(m_app.waitForFinished(15000));
        QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
        QVERIFY(!ServerDataDir(serverDir()).running());
        QCOMPARE(serversServing(serverDir()), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AppKilled)
#include "tst_appkilled.moc"
