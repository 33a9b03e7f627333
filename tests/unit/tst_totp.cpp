// TOTP (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1) at fixed clock values: the RFC's own test
// vectors, our 6-digit truncation of them, and the step window the server accepts.
#include "security/Totp.h"

#include <QTest>

namespace {
// RFC 6238 Appendix B: the SHA1 seed is the 20 ASCII bytes "12345678901234567890".
const QByteArray RfcSecret = QByteArrayLiteral("12345678901234567890");
} // namespace

class tst_Totp : public QObject
{
    Q_OBJECT

private slots:
    void rfc6238AppendixB_data()
    {
        QTest::addColumn<qint64>("unixSeconds");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("eightDigits");
        QTest::addColumn<QString>("sixDigits");
        QTest::newRow("59") << qint64(59) << qint64(0x1) << QStringLiteral("94287082")
                            << QStringLiteral("287082");
        QTest::newRow("1111111109") << qint64(1111111109) << qint64(0x23523EC)
                                    << QStringLiteral("07081804") << QStringLiteral("081804");
        QTest::newRow("1111111111") << qint64(1111111111) << qint64(0x23523ED)
                                    << QStringLiteral("14050471") << QStringLiteral("050471");
        QTest::newRow("1234567890") << qint64(1234567890) << qint64(0x273EF07)
                                    << QStringLiteral("89005924") << QStringLiteral("005924");
        QTest::newRow("2000000000") << qint64(2000000000) << qint64(0x3F940AA)
                                    << QStringLiteral("69279037") << QStringLiteral("279037");
        QTest::newRow("20000000000") << qint64(20000000000) << qint64(0x27BC86AA)
                                     << QStringLiteral("65353130") << QStringLiteral("353130");
    }

    void rfc6238AppendixB()
    {
        QFETCH(qint64, unixSeconds);
        QFETCH(qint64, step);
        QFETCH(QString, eightDigits);
        QFETCH(QString, sixDigits);
        QCOMPARE(Totp::timeStep(unixSeconds), step);
        QCOMPARE(Totp::codeAt(RfcSecret, unixSeconds, 8), eightDigits);
        // Six digits are the same truncated value modulo 10^6: the last six of the eight.
        QCOMPARE(Totp::codeAt(RfcSecret, unixSeconds), sixDigits);
        QCOMPARE(Totp::hotp(RfcSecret, quint64(step)), sixDigits);
        QCOMPARE(Totp::matchStep(RfcSecret, sixDigits, unixSeconds), std::optional<qint64>(step));
    }

    void rfc4226AppendixD()
    {
        // HOTP with the same secret, counters 0..9.
        const QStringList expected{QStringLiteral("755224"), QStringLiteral("287082"),
                                   QStringLiteral("359152"), QStringLiteral("969429"),
                                   QStringLiteral("338314"), QStringLiteral("254676"),
                                   QStringLiteral("287922"), QStringLiteral("162583"),
                                   QStringLiteral("399871"), QStringLiteral("520489")};
        for (int counter = 0; counter < expected.size(); ++counter)
            QCOMPARE(Totp::hotp(RfcSecret, quint64(counter)), expected.at(counter));
    }

    void stepBoundaries()
    {
        QCOMPARE(Totp::timeStep(0), qint64(0));
        QCOMPARE(Totp::timeStep(29), qint64(0));
        QCOMPARE(Totp::timeStep(30), qint64(1));
        QCOMPARE(Totp::timeStep(-1), qint64(-1));
    }

    void oneStepOfSkewEitherSide()
    {
        const qint64 now = 1111111111;
        const qint64 step = Totp::timeStep(now);
        for (int offset = -1; offset <= 1; ++offset) {
            const QString code = Totp::hotp(RfcSecret, quint64(step + offset));
            QCOMPARE(Totp::matchStep(RfcSecret, code, now), std::optional<qint64>(step + offset));
        }
        for (int offset : {-3, -2, 2, 3})
            QCOMPARE(Totp::matchStep(RfcSecret, Totp::hotp(RfcSecret, quint64(step + offset)), now),
                     std::nullopt);
        // The window moves with the clock: a code is good from the start of the step before
        // it until the end of the step after it.
        const QString code = Totp::codeAt(RfcSecret, now);
        const qint64 stepStart = step * Totp::PeriodSeconds;
        QVERIFY(Totp::matchStep(RfcSecret, code, stepStart - Totp::PeriodSeconds));
        QVERIFY(!Totp::matchStep(RfcSecret, code, stepStart - Totp::PeriodSeconds - 1));
        QVERIFY(Totp::matchStep(RfcSecret, code, stepStart + 2 * Totp::PeriodSeconds - 1));
        QVERIFY(!Totp::matchStep(RfcSecret, code, stepStart + 2 * Totp::PeriodSeconds));
    }

    void wrongCodesAndKeysDoNotMatch()
    {
        const qint64 now = 1234567890;
        const QString code = Totp::codeAt(RfcSecret, now);
        QVERIFY(!Totp::matchStep(QByteArrayLiteral("12345678901234567891"), code, now));
        QString wrong = code;
        wrong[5] = QChar(u'0' + (wrong.at(5).digitValue() + 1) % 10);
        QVERIFY(!Totp::matchStep(RfcSecret, wrong, now));
        QVERIFY(!Totp::matchStep(RfcSecret, QString(), now));
        QVERIFY(!Totp::matchStep(RfcSecret, code.left(5), now));
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("plain") << QStringLiteral("005924") << QStringLiteral("005924");
        QTest::newRow("grouped") << QStringLiteral("005 924") << QStringLiteral("005924");
        QTest::newRow("padded") << QStringLiteral(" 005924\t") << QStringLiteral("005924");
        QTest::newRow("five digits") << QStringLiteral("05924") << QString();
        QTest::newRow("seven digits") << QStringLiteral("0059240") << QString();
        QTest::newRow("letter") << QStringLiteral("00592a") << QString();
        QTest::newRow("dash") << QStringLiteral("005-924") << QString();
        QTest::newRow("arabic-indic digits") << QStringLiteral("٠٠٥٩٢٤") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        const auto result = Totp::normalize(typed);
        if (normalized.isEmpty())
            QCOMPARE(result, std::nullopt);
        else
            QCOMPARE(result, std::optional<QString>(normalized));
    }
};

QTEST_GUILESS_MAIN(tst_Totp)
#include "tst_totp.moc"
