// The rules of service clients without a server: which secret hashes authenticate a client at a
// given time (the current one; the previous one only until its overlap ends), and the checks of a
// new client's name and scopes and of a rotation's overlap, shared by the admin API and the CLI.
#include "admin/ServiceClientActions.h"
#include "store/ClientStore.h"

#include <QTest>

class tst_ServiceClientRules : public QObject
{
    Q_OBJECT

private slots:
    void acceptedSecrets()
    {
        OAuthClient client;
        client.kind = OAuthClient::Kind::Service;
        QVERIFY(client.acceptedSecretHashes(1000).isEmpty());
        client.secretHash = QStringLiteral("new");
        QCOMPARE(client.acceptedSecretHashes(1000), QStringList{QStringLiteral("new")});
        client.previousSecretHash = QStringLiteral("old");
        client.previousSecretUntilMs = 2000;
        QCOMPARE(client.acceptedSecretHashes(1999),
                 (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
        // The overlap's end is exclusive: at that moment only the new secret works.
        QCOMPARE(client.acceptedSecretHashes(2000), QStringList{QStringLiteral("new")});
        QCOMPARE(client.acceptedSecretHashes(5000), QStringList{QStringLiteral("new")});
    }

    void scopes()
    {
        QVERIFY(!ServiceClientActions::scopeProblem({QStringLiteral("tasks:read")}));
        QVERIFY(!ServiceClientActions::scopeProblem(
            {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}));
        QVERIFY(ServiceClientActions::scopeProblem({}));
        QVERIFY(ServiceClientActions::scopeProblem({QStringLiteral("account")}));
        QVERIFY(ServiceClientActions::scopeProblem(
            {QStringLiteral("tasks:read"), QStringLiteral("admin")}));
        QVERIFY(ServiceClientActions::scopeProblem({QStringLiteral("tasks:delete")}));
    }

    void names()
    {
        QVERIFY(!ServiceClientActions::nameProblem(QStringLiteral("Nightly export")));
        QVERIFY(ServiceClientActions::nameProblem(QString()));
        QVERIFY(ServiceClientActions::nameProblem(QStringLiteral("   ")));
        QVERIFY(ServiceClientActions::nameProblem(QString(101, QLatin1Char('x'))));
        QVERIFY(!ServiceClientActions::nameProblem(QString(100, QLatin1Char('x'))));
        QVERIFY(ServiceClientActions::nameProblem(QStringLiteral("a\nb")));
    }

    void overlaps()
    {
        QVERIFY(!ServiceClientActions::overlapProblem(0));
        QVERIFY(!ServiceClientActions::overlapProblem(ServiceClientActions::DefaultOverlapSeconds));
        QVERIFY(!ServiceClientActions::overlapProblem(ServiceClientActions::MaxOverlapSeconds));
        QVERIFY(ServiceClientActions::overlapProblem(-1));
        QVERIFY(ServiceClientActions::overlapProblem(ServiceClientActions::MaxOverlapSeconds + 1));
    }
};

QTEST_GUILESS_MAIN(tst_ServiceClientRules)
#include "tst_serviceclientrules.moc"
