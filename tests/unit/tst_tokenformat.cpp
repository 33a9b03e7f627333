// Bearer secret format: recognisable prefix, CSPRNG body, checksum that catches typos.
#include "security/Crypto.h"
#include "security/TokenFormat.h"

#include <QSet>
#include <QTest>

class tst_TokenFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize()); }

    void generatedTokensAreRecognised_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("access") << int(TokenFormat::Kind::AccessToken) << QStringLiteral("tla_");
        QTest::newRow("refresh") << int(TokenFormat::Kind::RefreshToken) << QStringLiteral("tlr_");
        QTest::newRow("code") << int(TokenFormat::Kind::AuthorizationCode)
                              << QStringLiteral("tlc_");
        QTest::newRow("personal") << int(TokenFormat::Kind::PersonalAccessToken)
                                  << QStringLiteral("tlp_");
        QTest::newRow("client secret")
            << int(TokenFormat::Kind::ClientSecret) << QStringLiteral("tls_");
    }

    void generatedTokensAreRecognised()
    {
        QFETCH(int, kind);
        QFETCH(QString, prefix);
        const auto tokenKind = static_cast<TokenFormat::Kind>(kind);
        const QString token = TokenFormat::generate(tokenKind);
        QVERIFY(token.startsWith(prefix));
        QCOMPARE(token.size(), 4 + TokenFormat::RandomLength + TokenFormat::ChecksumLength);
        QCOMPARE(TokenFormat::recognize(token), std::optional(tokenKind));
    }

    void everyAlteredCharacterIsRejected()
    {
        const QString token = TokenFormat::generate(TokenFormat::Kind::PersonalAccessToken);
        for (qsizetype i = 4; i < token.size(); ++i) {
            QString altered = token;
            altered[i] = token.at(i) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
            QVERIFY2(!TokenFormat::recognize(altered), qPrintable(QString::number(i)));
        }
        QVERIFY(!TokenFormat::recognize(token.left(token.size() - 1)));
        QVERIFY(!TokenFormat::recognize(token + QLatin1Char('0')));
        QVERIFY(!TokenFormat::recognize(QStringLiteral("xyz_") + token.mid(4)));
        QVERIFY(!TokenFormat::recognize(QString()));
    }

    void tokensAreUniqueAndUseTheWholeAlphabet()
    {
        QSet<QString> seen;
        QSet<QChar> characters;
        for (int i = 0; i < 2000; ++i) {
            const QString token = TokenFormat::generate(TokenFormat::Kind::AccessToken);
            QVERIFY(!seen.contains(token));
            seen.insert(token);
            for (const QChar c : token.mid(4, TokenFormat::RandomLength))
                characters.insert(c);
        }
        QCOMPARE(characters.size(), 62);
    }

    void storageHashIsSha256Hex()
    {
        // SHA-256("abc"), FIPS 180-2 appendix B.1.
        QCOMPARE(TokenFormat::storageHash(QStringLiteral("abc")),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void constantTimeEquals()
    {
        QVERIFY(Crypto::constantTimeEquals("same", "same"));
        QVERIFY(!Crypto::constantTimeEquals("same", "sane"));
        QVERIFY(!Crypto::constantTimeEquals("same", "same!"));
        QVERIFY(Crypto::constantTimeEquals(QByteArray(), QByteArray()));
    }
};

QTEST_GUILESS_MAIN(tst_TokenFormat)
#include "tst_tokenformat.moc"
