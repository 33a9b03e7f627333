// What "the same network" and "the same software" mean for new sign-in alerts (SignInOrigin,
// UserAgentText::product/family), and when a token's expiry warning is due
// (NoticeService::thresholdFor).
#include "NoticeService.h"
#include "UserAgentText.h"
#include "account/SignInOrigin.h"

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
};

QTEST_GUILESS_MAIN(tst_SignInOrigin)
#include "tst_signinorigin.moc"
