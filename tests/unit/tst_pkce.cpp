// RFC 7636 PKCE on the server side, checked against the RFC's own example.
#include "security/Pkce.h"

#include <QTest>

class tst_Pkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB()
    {
        // RFC 7636 Appendix B: the verifier and the S256 challenge computed from it.
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QCOMPARE(Pkce::challengeFor(verifier), challenge);
        QVERIFY(Pkce::verify(verifier, challenge));
    }

    void wrongVerifierFails()
    {
        const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QVERIFY(!Pkce::verify(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXl"),
                              challenge));
        // "plain": the challenge itself as verifier must not pass.
        QVERIFY(!Pkce::verify(challenge, challenge));
    }

    void verifierSyntax_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("valid");
        QTest::newRow("43 chars") << QString(43, QLatin1Char('a')) << true;
        QTest::newRow("128 chars") << QString(128, QLatin1Char('Z')) << true;
        QTest::newRow("42 chars") << QString(42, QLatin1Char('a')) << false;
        QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("unreserved marks") << QStringLiteral("abc-._~").repeated(7) << true;
        QTest::newRow("plus sign") << QStringLiteral("a+").repeated(22) << false;
        QTest::newRow("non-ASCII") << QStringLiteral("é").repeated(43) << false;
    }

    void verifierSyntax()
    {
        QFETCH(QString, verifier);
        QFETCH(bool, valid);
        QCOMPARE(Pkce::isValidVerifier(verifier), valid);
    }

    void challengeSyntax()
    {
        QVERIFY(
            Pkce::isValidChallenge(QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")));
        QVERIFY(!Pkce::isValidChallenge(
            QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM=")));
        QVERIFY(
            !Pkce::isValidChallenge(QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw+cM")));
        QVERIFY(!Pkce::isValidChallenge(QString()));
    }
};

QTEST_GUILESS_MAIN(tst_Pkce)
#include "tst_pkce.moc"
