// TrustedProxies: CIDR options, X-Forwarded-For and RFC 7239 Forwarded parsing, and the
// right-most-untrusted rule, without a server.
#include "http/TrustedProxies.h"

#include <QTest>

class tst_TrustedProxies : public QObject
{
    Q_OBJECT

private slots:
    void options()
    {
        TrustedProxies proxies;
        QVERIFY(proxies.isEmpty());
        QVERIFY(proxies.add(QStringLiteral("10.0.0.0/8")));
        QVERIFY(proxies.add(QStringLiteral(" 192.0.2.1 ")));
        QVERIFY(proxies.add(QStringLiteral("fd00::/8")));
        QVERIFY(!proxies.add(QStringLiteral("10.0.0.0/33")));
        QVERIFY(!proxies.add(QStringLiteral("proxy.example")));
        QVERIFY(!proxies.add(QString()));
        QVERIFY(proxies.contains(QHostAddress(QStringLiteral("10.200.3.4"))));
        QVERIFY(proxies.contains(QHostAddress(QStringLiteral("::ffff:10.200.3.4"))));
        QVERIFY(proxies.contains(QHostAddress(QStringLiteral("192.0.2.1"))));
        QVERIFY(!proxies.contains(QHostAddress(QStringLiteral("192.0.2.2"))));
        QVERIFY(proxies.contains(QHostAddress(QStringLiteral("fd12::1"))));
        QVERIFY(!proxies.contains(QHostAddress(QStringLiteral("2001:db8::1"))));
    }

    void nodes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("address"); // empty: not an address
        QTest::newRow("v4") << QByteArray(" 198.51.100.7 ") << QStringLiteral("198.51.100.7");
        QTest::newRow("v4 port") << QByteArray("198.51.100.7:4711")
                                 << QStringLiteral("198.51.100.7");
        QTest::newRow("quoted") << QByteArray("\"198.51.100.7\"") << QStringLiteral("198.51.100.7");
        QTest::newRow("v6") << QByteArray("2001:db8::1") << QStringLiteral("2001:db8::1");
        QTest::newRow("v6 brackets port")
            << QByteArray("\"[2001:db8::1]:4711\"") << QStringLiteral("2001:db8::1");
        QTest::newRow("mapped") << QByteArray("::ffff:198.51.100.7")
                                << QStringLiteral("198.51.100.7");
        QTest::newRow("unknown") << QByteArray("unknown") << QString();
        QTest::newRow("obfuscated") << QByteArray("_hidden") << QString();
        QTest::newRow("name") << QByteArray("client.example") << QString();
        QTest::newRow("octet too big") << QByteArray("198.51.100.300") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("unclosed bracket") << QByteArray("[2001:db8::1") << QString();
        QTest::newRow("zone") << QByteArray("fe80::1%eth0") << QString();
    }

    void nodes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, address);
        const auto node = TrustedProxies::parseNode(text);
        QCOMPARE(node.has_value(), !address.isEmpty());
        if (node)
            QCOMPARE(*node, QHostAddress(address));
    }

    void forwarded()
    {
        const auto nodes = TrustedProxies::parseForwarded(
            "for=192.0.2.43, For=\"[2001:db8:cafe::17]:4711\";proto=https, by=203.0.113.60, "
            "for=unknown, for=\"198.51.100.1;x\", for=198.51.100.2;for=198.51.100.3,, "
            "proto=http;for=198.51.100.4");
        QCOMPARE(nodes.size(), 7);
        QCOMPARE(nodes[0], QHostAddress(QStringLiteral("192.0.2.43")));
        QCOMPARE(nodes[1], QHostAddress(QStringLiteral("2001:db8:cafe::17")));
        QVERIFY(!nodes[2]); // no for=
        QVERIFY(!nodes[3]); // unknown
        QVERIFY(!nodes[4]); // a quoted semicolon is part of the (bad) value
        QVERIFY(!nodes[5]); // for= twice in one element
        QCOMPARE(nodes[6], QHostAddress(QStringLiteral("198.51.100.4")));
    }

    void rightMostUntrusted()
    {
        TrustedProxies proxies;
        QVERIFY(proxies.add(QStringLiteral("127.0.0.1")));
        QVERIFY(proxies.add(QStringLiteral("10.0.0.0/8")));
        const QHostAddress proxy(QStringLiteral("127.0.0.1"));
        const auto client = [&](const QByteArray &xff, const QByteArray &fwd = {}) {
            return proxies.clientAddress(proxy, xff, fwd).toString();
        };
        QCOMPARE(client("198.51.100.1"), QStringLiteral("198.51.100.1"));
        QCOMPARE(client("203.0.113.9, 198.51.100.1"), QStringLiteral("198.51.100.1"));
        QCOMPARE(client("198.51.100.1, 10.1.2.3, 127.0.0.1"), QStringLiteral("198.51.100.1"));
        QCOMPARE(client("10.1.2.3"), QStringLiteral("10.1.2.3")); // all trusted: the left-most
        QCOMPARE(client("198.51.100.1, garbage"), QStringLiteral("127.0.0.1"));
        QCOMPARE(client("garbage, 198.51.100.1"), QStringLiteral("198.51.100.1"));
        QCOMPARE(client("198.51.100.1, garbage, 10.1.2.3"), QStringLiteral("10.1.2.3"));
        QCOMPARE(client({}), QStringLiteral("127.0.0.1"));
        QCOMPARE(client({}, "for=198.51.100.5"), QStringLiteral("198.51.100.5"));
        QCOMPARE(client("198.51.100.1", "for=198.51.100.5"), QStringLiteral("198.51.100.1"));
        // Not from a trusted peer: the headers do not count.
        QCOMPARE(proxies
                     .clientAddress(QHostAddress(QStringLiteral("198.51.100.8")), "198.51.100.1",
                                    "for=198.51.100.5")
                     .toString(),
                 QStringLiteral("198.51.100.8"));
        // Nothing trusted at all.
        QCOMPARE(TrustedProxies().clientAddress(proxy, "198.51.100.1", {}).toString(),
                 QStringLiteral("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(tst_TrustedProxies)
#include "tst_trustedproxies.moc"
