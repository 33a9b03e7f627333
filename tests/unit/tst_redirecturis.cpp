// Redirect URI rules for native clients (RFC 8252 sections 7.3 and 8.3).
#include "oauth/RedirectUris.h"

#include <QTest>

class tst_RedirectUris : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<bool>("match");
        const QString v4 = QStringLiteral("http://127.0.0.1/callback");
        QTest::newRow("any port") << v4 << QStringLiteral("http://127.0.0.1:5123/callback") << true;
        QTest::newRow("no port") << v4 << QStringLiteral("http://127.0.0.1/callback") << true;
        QTest::newRow("other path") << v4 << QStringLiteral("http://127.0.0.1:5123/other") << false;
        QTest::newRow("https") << v4 << QStringLiteral("https://127.0.0.1:5123/callback") << false;
        QTest::newRow("localhost")
            << v4 << QStringLiteral("http://localhost:5123/callback") << false;
        QTest::newRow("userinfo") << v4 << QStringLiteral("http://evil@127.0.0.1:5123/callback")
                                  << false;
        QTest::newRow("fragment") << v4 << QStringLiteral("http://127.0.0.1:5123/callback#x")
                                  << false;
        QTest::newRow("ipv6") << QStringLiteral("http://[::1]/")
                              << QStringLiteral("http://[::1]:80/") << true;
        QTest::newRow("v4 vs v6") << v4 << QStringLiteral("http://[::1]:5123/callback") << false;
        QTest::newRow("exact non-loopback") << QStringLiteral("https://app.example/cb")
                                            << QStringLiteral("https://app.example/cb") << true;
        QTest::newRow("non-loopback port") << QStringLiteral("https://app.example/cb")
                                           << QStringLiteral("https://app.example:444/cb") << false;
    }

    void matches()
    {
        QFETCH(QString, registered);
        QFETCH(QString, requested);
        QFETCH(bool, match);
        QCOMPARE(RedirectUris::matches({registered}, requested), match);
    }

    void nativeClientsRegisterLoopbackOnly()
    {
        QVERIFY(
            RedirectUris::isAcceptableForNativeClient(QStringLiteral("http://127.0.0.1:8000/cb")));
        QVERIFY(RedirectUris::isAcceptableForNativeClient(QStringLiteral("http://[::1]/")));
        QVERIFY(
            !RedirectUris::isAcceptableForNativeClient(QStringLiteral("http://example.org/cb")));
        QVERIFY(!RedirectUris::isAcceptableForNativeClient(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!RedirectUris::isAcceptableForNativeClient(QString()));
    }
};

QTEST_GUILESS_MAIN(tst_RedirectUris)
#include "tst_redirecturis.moc"
