// RFC 4648 base32 as TOTP secrets use it: the RFC's test vectors, no padding on output, and
// the forgiving input people paste (lower case, spaces, padding).
#include "security/Base32.h"

#include <QTest>

class tst_Base32 : public QObject
{
    Q_OBJECT

private slots:
    void rfc4648Section10_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("padded"); // as the RFC writes it
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
    }

    void rfc4648Section10()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, padded);
        QString unpadded = padded;
        while (unpadded.endsWith(QLatin1Char('=')))
            unpadded.chop(1);
        QCOMPARE(Base32::encode(data), unpadded);
        QCOMPARE(Base32::decode(unpadded), std::optional<QByteArray>(data));
        QCOMPARE(Base32::decode(padded), std::optional<QByteArray>(data));
    }

    void rfc6238Secret()
    {
        // The RFC 6238 test secret as authenticator apps would be given it.
        const QByteArray secret("12345678901234567890");
        QCOMPARE(Base32::encode(secret), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        // A 20-byte secret is 32 symbols with no padding at all.
        QCOMPARE(Base32::encode(QByteArray(20, '\xff')).size(), 32);
    }

    void forgivingInput()
    {
        const std::optional<QByteArray> foobar(QByteArray("foobar"));
        QCOMPARE(Base32::decode(QStringLiteral("mzxw6ytboi")), foobar);
        QCOMPARE(Base32::decode(QStringLiteral("MZXW 6YTB OI")), foobar);
        QCOMPARE(Base32::decode(QStringLiteral(" mzxw6ytboi======\n")), foobar);
    }

    void refusesWhatNoEncoderWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("digit 1") << QStringLiteral("MZXW1YTB");
        QTest::newRow("digit 0") << QStringLiteral("MZXW0YTB");
        QTest::newRow("digit 8") << QStringLiteral("MZXW8YTB");
        QTest::newRow("punctuation") << QStringLiteral("MZXW-YTB");
        QTest::newRow("base64 letters") << QStringLiteral("MZ+W6YTB");
        QTest::newRow("one symbol") << QStringLiteral("M");
        QTest::newRow("three symbols") << QStringLiteral("MZX");
        QTest::newRow("six symbols") << QStringLiteral("MZXW6Y");
        QTest::newRow("padding inside") << QStringLiteral("MY==MZXQ");
        QTest::newRow("non-ASCII letter") << QStringLiteral("MZXW6YTÉ");
        QTest::newRow("dotless i") << QStringLiteral("mzxw6ytbo\u0131");
    }

    void refusesWhatNoEncoderWrites()
    {
        QFETCH(QString, text);
        QCOMPARE(Base32::decode(text), std::nullopt);
    }

    void roundTripsEveryLength()
    {
        QByteArray data;
        for (int length = 0; length < 42; ++length) {
            QCOMPARE(Base32::decode(Base32::encode(data)), std::optional<QByteArray>(data));
            data.append(static_cast<char>(length * 37 + 11));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Base32)
#include "tst_base32.moc"
