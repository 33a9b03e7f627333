// The tasklane-server executable itself: admin commands, options, start-up errors, signals.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "ProcessSignals.h"
#include "ServerDataDir.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class tst_ServerCli : public QObject
{
    Q_OBJECT

private:
    static TestServer::Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(TestServer::binary(), arguments);
        TestServer::Result result;
        if (!process.waitForStarted())
            return result;
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void helpAndVersion()
    {
        const auto help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("user add NAME")));
        QVERIFY(help.out.contains(QStringLiteral("--listen")));
        const auto version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral("tasklane-server")));
    }

    void userCommands()
    {
        TestServer server;
        auto result =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("jane"),
                           QStringLiteral("--email"), QStringLiteral("jane@example.org"),
                           QStringLiteral("--admin"), QStringLiteral("--display-name"),
                           QStringLiteral("Jane Doe"), QStringLiteral("--password-stdin")},
                          "first-password\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Created admin jane")));

        result =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("JANE"),
                           QStringLiteral("--email"), QStringLiteral("x@example.org"),
                           QStringLiteral("--password-stdin")},
                          "another-password\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("already exists")));

        result =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kim"),
                           QStringLiteral("--email"), QStringLiteral("kim@example.org"),
                           QStringLiteral("--password-stdin")},
                          "\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("password is empty")));

        result =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kim"),
                           QStringLiteral("--email"), QStringLiteral("not-an-address"),
                           QStringLiteral("--password-stdin")},
                          "kims-password\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("--email")));

        result =
            server.runCli({QStringLiteral("user"), QStringLiteral("add"),
                           QStringLiteral("bad name"), QStringLiteral("--email"),
                           QStringLiteral("k@example.org"), QStringLiteral("--password-stdin")},
                          "kims-password\n");
        QCOMPARE(result.exitCode, 1);

        result = server.runCli({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("jane")));
        QVERIFY(result.out.contains(QStringLiteral("admin")));
        QVERIFY(!result.out.contains(QStringLiteral("kim")));

        // passwd: the new password signs in, the old one no longer does.
        result = server.runCli({QStringLiteral("user"), QStringLiteral("passwd"),
                                QStringLiteral("jane"), QStringLiteral("--password-stdin")},
                               "second-password\r\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY(server.start());
        OAuthTestClient client(server);
        const auto page = client.submitSignIn(client.openAuthorize(), QStringLiteral("jane"),
                                              QStringLiteral("first-password"));
        QVERIFY(page.body.contains("Wrong username or password."));
        QVERIFY(
            !client.signIn(QStringLiteral("jane"), QStringLiteral("second-password")).isEmpty());

        result = server.runCli(
            {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("no user named")));
        result = server.runCli({QStringLiteral("user"), QStringLiteral("fly")});
        QCOMPARE(result.exitCode, 2);
    }

    void newDataDirIsTheOwnersAlone()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("new/data"));
        const auto result = run({QStringLiteral("--data-dir"), dataDir, QStringLiteral("user"),
                                 QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        // The database and secret.key inside: no other local user may enter the folder.
        QVERIFY(QFile::exists(QDir(dataDir).filePath(QStringLiteral("tasklane.db"))));
        constexpr QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup |
                                              QFile::ExeGroup | QFile::ReadOther |
                                              QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(dataDir) & others, QFile::Permissions());
    }

    void unusableDataDirIsAClearError()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a-file"));
        QFile(file).open(QIODevice::WriteOnly);
        const auto result = run(
            {QStringLiteral("--data-dir"), file, QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("cannot use the data directory")));
        const auto serve = run({QStringLiteral("--data-dir"), file, QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0")});
        QCOMPARE(serve.exitCode, 1);
    }

    void badOptions()
    {
        QTemporaryDir dir;
        auto result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                           QStringLiteral("nonsense")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--listen")));
        result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--rate-limit-ip"),
                      QStringLiteral("0")});
        QCOMPARE(result.exitCode, 2);
        for (const char *option : {"--rate-limit-authorize", "--max-pending-sign-ins-per-ip",
                                   "--max-pending-sign-ins", "--two-factor-lockout-max-seconds"}) {
            result = run({QStringLiteral("--data-dir"), dir.path(), QString::fromLatin1(option),
                          QStringLiteral("0")});
            QCOMPARE(result.exitCode, 2);
        }
        result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--password-cost"),
                      QStringLiteral("cheap")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--password-cost")));
        result = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"),
                      QStringLiteral("mysql://x")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("unsupported database URL")));
    }

    // A database that cannot be reached: the server does not start, and says why in one line
    // (libpq's reason spans several), without the password.
    void unreachableDatabaseIsAOneLineError()
    {
        QTcpServer closed; // a port that nothing listens on once it is closed again
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const QString url =
            QStringLiteral("postgresql://tasklane:secret-pw@127.0.0.1:%1/tasklane").arg(port);
        QTemporaryDir dir;
        for (const QStringList &command :
             {QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
              QStringList{QStringLiteral("user"), QStringLiteral("list")}}) {
            const auto result = run(QStringList{QStringLiteral("--data-dir"), dir.path(),
                                                QStringLiteral("--database"), url} +
                                    command);
            QCOMPARE(result.exitCode, 1);
            const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.first().startsWith(QStringLiteral("tasklane-server: ")) &&
                         lines.first().contains(QStringLiteral("cannot open the database: ")),
                     qPrintable(result.err));
            QVERIFY2(lines.first().contains(QStringLiteral("Connection refused")),
                     qPrintable(result.err));
            QVERIFY(!result.err.contains(QStringLiteral("secret-pw")));
            QVERIFY(!result.out.contains(QStringLiteral("listening")));
        }
    }

    // The URL's query goes to libpq as connection options (?sslmode=...): libpq itself refuses
    // values it does not know, before it connects anywhere.
    void databaseUrlOptionsReachTheDriver()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("postgresql://tasklane@127.0.0.1:1/tasklane");
        const QList<QPair<QString, QString>> cases{
            {QStringLiteral("?sslmode=sometimes"), QStringLiteral("invalid sslmode value")},
            {QStringLiteral("?connect_timeout=soon"), QStringLiteral("connect_timeout")},
            {QStringLiteral("?no_such_option=1"), QStringLiteral("no_such_option")},
            {QStringLiteral("?application_name=a;b"), QStringLiteral("';'")},
        };
        for (const auto &[query, reason] : cases) {
            const auto result =
                run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"),
                     url + query, QStringLiteral("user"), QStringLiteral("list")});
            QCOMPARE(result.exitCode, 1);
            QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(result.err.contains(reason),
                     qPrintable(query + QLatin1Char(' ') + result.err));
        }
    }

    void portInUseIsAClearError()
    {
        TestServer first;
        QVERIFY(first.start());
        QTemporaryDir dir;
        const QString listen = first.url().authority();
        const auto result =
            run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"), listen});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("cannot listen")));
    }

    void stopsCleanlyOnSigtermAndSigint()
    {
        TestServer server;
        QVERIFY(server.start());
        QVERIFY(server.baseUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
        QCOMPARE(server.stop(), 0); // SIGTERM
        QVERIFY(server.output().contains("tasklane-server stopped"));

        QTemporaryDir dir;
        QProcess process;
        process.start(TestServer::binary(),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0")});
        QVERIFY(process.waitForReadyRead(20000));
        QVERIFY(ProcessSignals::interrupt(process.processId()));
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    // A server the app starts ends with the app, however the app ends: the app holds the other
    // end of its standard input, and the system closes it when the app dies.
    void endsWhenItsStandardInputCloses()
    {
        QTemporaryDir dir;
        QProcess process;
        process.start(TestServer::binary(),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--exit-with-stdin")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("tasklane-server listening on ")),
                 qPrintable(line));
        const QUrl url(line.section(QLatin1Char(' '), -1));
        HttpClient http;
        QCOMPARE(http.get(QUrl(url.toString() + QStringLiteral("/healthz"))).status, 200);

        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAll().contains("tasklane-server stopped"));
    }

    // The data directory says which server serves it and where, for the app to find. Only a
    // SQLite data directory has a server of its own: this runs on SQLite in every test run.
    void tellsWhoServesItsDataDirectory()
    {
        TestServer first;
        first.useSqlite();
        QVERIFY(first.start());
        auto running = ServerDataDir(first.dataDir()).running();
        QVERIFY(running);
        QCOMPARE(running->pid, first.processId());
        QCOMPARE(running->url, QUrl(first.baseUrl()));

        // A second instance on the same directory serves too, and says the first one does.
        TestServer second;
        second.useSqlite();
        second.shareDataDir(first.dataDir());
        QVERIFY(second.start());
        const QByteArray note =
            "another tasklane-server (pid " + QByteArray::number(first.processId()) + ") serves";
        QVERIFY(second.output().contains(note));
        running = ServerDataDir(first.dataDir()).running();
        QVERIFY(running);
        QCOMPARE(running->pid, first.processId());

        // Stopped cleanly: nothing claims the directory any more.
        QCOMPARE(first.stop(), 0);
        QVERIFY(!ServerDataDir(first.dataDir()).running());
        QVERIFY(!QFile::exists(ServerDataDir(first.dataDir()).addressPath()));

        // Killed: the system releases the lock with the process.
        TestServer third;
        third.useSqlite();
        third.shareDataDir(second.dataDir());
        second.kill();
        QVERIFY(third.start());
        QCOMPARE(ServerDataDir(second.dataDir()).running()->pid, third.processId());
        third.kill();
        QVERIFY(!ServerDataDir(second.dataDir()).running());
    }

    void servesWhatItPrints()
    {
        TestServer server;
        QVERIFY(server.start());
        HttpClient http;
        const auto health = http.get(server.url(QStringLiteral("/healthz")));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const auto home = http.get(server.url(QStringLiteral("/")));
        QCOMPARE(home.status, 200);
        QVERIFY(home.body.contains(server.baseUrl().toUtf8()));
        const auto css = http.get(server.url(QStringLiteral("/static/tasklane.css")));
        QCOMPARE(css.status, 200);
        QVERIFY(css.header("Content-Type").startsWith("text/css"));
        QVERIFY(css.body.contains(".card {"));
        QVERIFY(css.body.contains("prefers-color-scheme: dark"));
        // No icon, but no 404 in a browser's console either.
        const auto icon = http.get(server.url(QStringLiteral("/favicon.ico")));
        QCOMPARE(icon.status, 204);
        QVERIFY(icon.body.isEmpty());
        QCOMPARE(icon.header("Cache-Control"), QByteArray("public, max-age=86400"));
    }
};

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_servercli.moc"
