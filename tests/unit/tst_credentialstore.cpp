// Secrets in the real OS keychain: the tests run inside a D-Bus session with an unlocked
// gnome-keyring (scripts/with-test-session.sh), so this is QtKeychain against a real
// Secret Service, not a stand-in.
#include "CredentialStore.h"
#include "KeychainRead.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private:
    static CredentialStore::Result wait(std::function<void(CredentialStore::DoneCallback)> start)
    {
        CredentialStore::Result out = CredentialStore::Result::Failed;
        bool done = false;
        start([&](CredentialStore::Result result, const QString &) {
            out = result;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("keychain job did not finish");
        return out;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run the tests through scripts/with-test-session.sh");
    }

    void writeReadRemove()
    {
        CredentialStore store(QStringLiteral("Tasklane test"));
        const QString server = QStringLiteral("http://127.0.0.1:8080/");
        const QString secret = QStringLiteral("tlr_0123456789abcdefghijABCDEFGHIJ0123456789xyzABC");
        QCOMPARE(
            wait([&](auto done) { store.write(server, QStringLiteral("Quinn"), secret, done); }),
            CredentialStore::Result::Ok);

        // Per server and account; the account name is not case-sensitive, the trailing slash not
        // significant.
        const KeychainRead back =
            readKeychain(store, QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("quinn"));
        QCOMPARE(back.result, CredentialStore::Result::Ok);
        QCOMPARE(back.secret, secret);
        QCOMPARE(
            readKeychain(store, QStringLiteral("http://127.0.0.1:9090"), QStringLiteral("quinn"))
                .result,
            CredentialStore::Result::NotFound);
        QCOMPARE(readKeychain(store, server, QStringLiteral("someone-else")).result,
                 CredentialStore::Result::NotFound);

        // The secret really is in the Secret Service, under QtKeychain's attributes (server =
        // service name, user = entry key), as an independent client sees it.
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("lookup"), QStringLiteral("server"),
                    QStringLiteral("Tasklane test"), QStringLiteral("user"),
                    QStringLiteral("http://127.0.0.1:8080|quinn")});
        QVERIFY(tool.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(), secret);

        QCOMPARE(wait([&](auto done) { store.remove(server, QStringLiteral("quinn"), done); }),
                 CredentialStore::Result::Ok);
        QCOMPARE(readKeychain(store, server, QStringLiteral("quinn")).result,
                 CredentialStore::Result::NotFound);
        // Removing again is not an error.
        QCOMPARE(wait([&](auto done) { store.remove(server, QStringLiteral("quinn"), done); }),
                 CredentialStore::Result::Ok);
    }

    void overwriteKeepsTheNewest()
    {
        CredentialStore store(QStringLiteral("Tasklane test"));
        const QString server = QStringLiteral("https://tasks.example.org");
        store.write(server, QStringLiteral("rita"), QStringLiteral("old"));
        store.write(server, QStringLiteral("rita"), QStringLiteral("new"));
        // Queued one after another: the read sees both writes done.
        QCOMPARE(readKeychain(store, server, QStringLiteral("rita")).secret, QStringLiteral("new"));
        wait([&](auto done) { store.remove(server, QStringLiteral("rita"), done); });
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
