// What "the same network", "the same software" and "the same device" mean for new sign-in
// alerts (SignInOrigin, UserAgentText::product/family, the app's DeviceId), and when a token's
// expiry warning is due (NoticeService::thresholdFor).
#include "DeviceId.h"
#include "NoticeService.h"
#include "UserAgentText.h"
#include "account/SignInOrigin.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_SignInOrigin : public QObject
{
    Q_OBJECT

private slots:
    void networks_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("network");
        QTest::newRow("ipv4") << "203.0.113.7"
                              << "203.0.113.0/24";
        QTest::newRow("ipv4 same /24") << "203.0.113.254"
                                       << "203.0.113.0/24";
        QTest::newRow("ipv4-mapped") << "::ffff:198.51.100.9"
                                     << "198.51.100.0/24";
        QTest::newRow("ipv6") << "2001:db8:1:2::5"
                              << "2001:db8:1::/48";
        QTest::newRow("ipv6 same /48") << "2001:db8:1:ffff:1:2:3:4"
                                       << "2001:db8:1::/48";
        QTest::newRow("ipv6 other /48") << "2001:db8:2::1"
                                        << "2001:db8:2::/48";
        QTest::newRow("loopback") << "127.0.0.1"
                                  << "127.0.0.0/24";
        QTest::newRow("not an address") << "not-an-ip"
                                        << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void networks()
    {
        QFETCH(QString, ip);
        QFETCH(QString, network);
        QCOMPARE(SignInOrigin::network(ip), network);
    }

    void software_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("family");
        QTest::newRow("firefox windows")
            << "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0"
            << "firefox|windows"
            << "Firefox on Windows";
        QTest::newRow("firefox update")
            << "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"
            << "firefox|windows"
            << "Firefox on Windows";
        QTest::newRow("chrome android")
            << "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/120.0.6099.43 Mobile Safari/537.36"
            << "chrome|android"
            << "Chrome on Android";
        QTest::newRow("app") << "Tasklane/0.1.0 (Linux)"
                             << "tasklane|linux"
                             << "Tasklane on Linux";
        QTest::newRow("curl") << "curl/7.88.1"
                              << "curl|"
                              << "curl";
        QTest::newRow("bare qt") << "Mozilla/5.0"
                                 << "unknown|"
                                 << "Unknown";
        QTest::newRow("none") << ""
                              << "unknown|"
                              << "Unknown";
    }
    void software()
    {
        QFETCH(QString, userAgent);
        QFETCH(QString, key);
        QFETCH(QString, family);
        QCOMPARE(SignInOrigin::software(userAgent), key);
        QCOMPARE(UserAgentText::family(userAgent), family);
    }

    void expiryThresholds()
    {
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-12-06T08:00:00Z"), Qt::ISODate);
        const auto in = [&](double days) { return now.addMSecs(qint64(days * 86400000.0)); };
        const QDateTime longAgo = in(-90); // a token made for long enough to be warned about
        const auto threshold = [&](double days) {
            return NoticeService::thresholdFor(longAgo, in(days), now);
        };
        QCOMPARE(NoticeService::thresholdFor(longAgo, QDateTime(), now), 0); // never expires
        QCOMPARE(threshold(30), 0);
        QCOMPARE(threshold(7.01), 0);
        QCOMPARE(threshold(7), 7);
        QCOMPARE(threshold(6), 7);
        QCOMPARE(threshold(1.01), 7);
        QCOMPARE(threshold(1), 1);
        QCOMPARE(threshold(0.1), 1);
        QCOMPARE(NoticeService::thresholdFor(longAgo, now, now), 0); // expired
        QCOMPARE(threshold(-1), 0);
        // A token's lifetime no longer than the threshold: made for 7 days, it does not warn at 7
        // days on its first day, but does at 1 day; made for 1 day, never.
        QCOMPARE(NoticeService::thresholdFor(now, in(7), now), 0);
        QCOMPARE(NoticeService::thresholdFor(in(-0.5), in(6.5), now), 0);
        QCOMPARE(NoticeService::thresholdFor(in(-6.5), in(0.5), now), 1);
        QCOMPARE(NoticeService::thresholdFor(now, in(1), now), 0);
        QCOMPARE(NoticeService::thresholdFor(in(-1), in(6), now), 0);
        QCOMPARE(NoticeService::thresholdFor(in(-1.5), in(6), now), 7); // made for 7.5 days
    }

    void deviceIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("128 bits") << "q3Jx0n1VbV4n8sYd2m7QfA" << true;
        QTest::newRow("- and _") << "Z9-_kLmN0pQrStUvWxYz1w" << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("21 characters") << QString(21, QLatin1Char('a')) << false;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("padding") << "q3Jx0n1VbV4n8sYd2m7QfA==" << false;
        QTest::newRow("base64 +/") << "q3Jx0n1VbV4n8sYd2m7Q+/" << false;
        QTest::newRow("space") << "q3Jx0n1VbV4n8sYd 2m7QfA" << false;
        QTest::newRow("not ASCII") << QStringLiteral("q3Jx0n1VbV4n8sYd2m7Qf\u00e9") << false;
        QTest::newRow("empty") << "" << false;
    }
    void deviceIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, wellFormed);
        QCOMPARE(SignInOrigin::isDeviceId(id), wellFormed);
    }

    void deviceKeysDependOnTheAccount()
    {
        const QString id = QStringLiteral("q3Jx0n1VbV4n8sYd2m7QfA");
        const QString key = SignInOrigin::deviceKey(QStringLiteral("user-1"), id);
        QCOMPARE(key.size(), 43); // base64url SHA-256
        QCOMPARE(SignInOrigin::deviceKey(QStringLiteral("user-1"), id), key);
        QVERIFY(!key.contains(id));
        QVERIFY(SignInOrigin::deviceKey(QStringLiteral("user-2"), id) != key);
        QVERIFY(SignInOrigin::deviceKey(QStringLiteral("user-1"),
                                        QStringLiteral("Z9-_kLmN0pQrStUvWxYz1w")) != key);
        // The user id's length is part of the input: "user-1" + "2..." is not "user-12" + "...".
        QVERIFY(SignInOrigin::deviceKey(QStringLiteral("user-12"), id.mid(1)) !=
                SignInOrigin::deviceKey(QStringLiteral("user-1"), QLatin1Char('2') + id.mid(1)));
    }

    void theAppsDeviceIdIsMadeOnceAndKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        QString first;
        {
            QSettings settings(file, QSettings::IniFormat);
            first = DeviceId::of(settings);
            QCOMPARE(DeviceId::of(settings), first);
        }
        // What the app makes is what the server takes, and it survives a restart.
        QCOMPARE(first.size(), 22);
        QVERIFY(SignInOrigin::isDeviceId(first));
        QSettings reopened(file, QSettings::IniFormat);
        QCOMPARE(DeviceId::of(reopened), first);
        // Another installation gets another id.
        QTemporaryDir otherDir;
        QSettings other(otherDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(DeviceId::of(other) != first);
        // A value that is not an id (edited by hand) is replaced, and the new one kept.
        reopened.setValue(QStringLiteral("deviceId"), QStringLiteral("not an id"));
        const QString replaced = DeviceId::of(reopened);
        QVERIFY(DeviceId::isWellFormed(replaced));
        QCOMPARE(reopened.value(QStringLiteral("deviceId")).toString(), replaced);
    }
};

QTEST_GUILESS_MAIN(tst_SignInOrigin)
#include "tst_signinorigin.moc"
