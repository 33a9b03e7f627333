// Backup codes: the format of a fresh set, that the whole alphabet is used, and how typed codes
// are normalised (case, dash, spaces) or refused.
#include "security/BackupCodes.h"
#include "security/Crypto.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_BackupCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize()); }

    void aFreshSet()
    {
        const QStringList codes = BackupCodes::generate();
        QCOMPARE(codes.size(), 10);
        const QRegularExpression format(QStringLiteral(
            "^[abcdefghjkmnpqrstuvwxyz23456789]{4}-[abcdefghjkmnpqrstuvwxyz23456789]{4}$"));
        for (const QString &code : codes)
            QVERIFY2(format.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 10);
        QVERIFY(BackupCodes::generate() != codes);
    }

    void alphabetWithoutLookAlikes()
    {
        QCOMPARE(BackupCodes::Alphabet.size(), 31);
        for (const QChar lookAlike : QStringLiteral("ilo01"))
            QVERIFY(!BackupCodes::Alphabet.contains(lookAlike));
        // Every symbol turns up: the generator draws from all of them.
        QSet<QChar> seen;
        for (int set = 0; set < 100; ++set) {
            const QStringList codes = BackupCodes::generate();
            for (const QString &code : codes) {
                for (const QChar c : code)
                    seen.insert(c);
            }
        }
        seen.remove(QLatin1Char('-'));
        QCOMPARE(seen.size(), 31);
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("as shown") << QStringLiteral("k7mq-p2xh") << QStringLiteral("k7mqp2xh");
        QTest::newRow("upper case") << QStringLiteral("K7MQ-P2XH") << QStringLiteral("k7mqp2xh");
        QTest::newRow("no dash") << QStringLiteral("k7mqp2xh") << QStringLiteral("k7mqp2xh");
        QTest::newRow("spaces") << QStringLiteral("  k7mq p2xh \n") << QStringLiteral("k7mqp2xh");
        QTest::newRow("mixed") << QStringLiteral(" K7mQ - p2Xh") << QStringLiteral("k7mqp2xh");
        QTest::newRow("too short") << QStringLiteral("k7mq-p2x") << QString();
        QTest::newRow("too long") << QStringLiteral("k7mq-p2xhh") << QString();
        QTest::newRow("letter o") << QStringLiteral("k7mq-p2xo") << QString();
        QTest::newRow("digit 1") << QStringLiteral("k7mq-p21h") << QString();
        QTest::newRow("a TOTP code") << QStringLiteral("123456") << QString();
        QTest::newRow("eight digits with 0") << QStringLiteral("2345-6780") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        const auto result = BackupCodes::normalize(typed);
        if (normalized.isEmpty())
            QCOMPARE(result, std::nullopt);
        else
            QCOMPARE(result, std::optional<QString>(normalized));
    }

    void everyGeneratedCodeNormalizes()
    {
        const QStringList codes = BackupCodes::generate();
        for (const QString &code : codes) {
            QString plain = code;
            plain.remove(QLatin1Char('-'));
            QCOMPARE(BackupCodes::normalize(code), std::optional<QString>(plain));
            QCOMPARE(BackupCodes::normalize(code.toUpper()), std::optional<QString>(plain));
        }
    }
};

QTEST_GUILESS_MAIN(tst_BackupCodes)
#include "tst_backupcodes.moc"
