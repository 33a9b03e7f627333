// Which language a server page is written in, chosen by Accept-Language (RFC 9110 section
// 12.5.4), and its texts from the embedded catalogues without any translator installed.
#include "http/PageLanguage.h"
#include "http/PageTranslator.h"

#include <QCoreApplication>
#include <QTest>

class tst_PageLanguage : public QObject
{
    Q_OBJECT

private slots:
    void choose_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        // Nothing usable: English.
        QTest::newRow("no header") << QByteArray() << "en";
        QTest::newRow("only blanks") << QByteArray("  ") << "en";
        QTest::newRow("unknown") << QByteArray("xx") << "en";
        QTest::newRow("unknown with region") << QByteArray("pt-BR, ja;q=0.8") << "en";
        // Plain choices, ranges with regions, case.
        QTest::newRow("de") << QByteArray("de") << "de";
        QTest::newRow("fr") << QByteArray("fr") << "fr";
        QTest::newRow("es") << QByteArray("es") << "es";
        QTest::newRow("region counts as language") << QByteArray("de-CH") << "de";
        QTest::newRow("script and region") << QByteArray("es-Latn-MX") << "es";
        QTest::newRow("upper case") << QByteArray("FR-ca") << "fr";
        QTest::newRow("en first") << QByteArray("en-US, de") << "en";
        QTest::newRow("first of equals") << QByteArray("es, fr") << "es";
        QTest::newRow("unknown first") << QByteArray("xx, fr") << "fr";
        // q-values.
        QTest::newRow("higher q wins") << QByteArray("de-AT;q=0.9, fr;q=1") << "fr";
        QTest::newRow("implicit q=1 wins") << QByteArray("de;q=0.5, es") << "es";
        QTest::newRow("three decimals") << QByteArray("de;q=0.501, fr;q=0.5") << "de";
        QTest::newRow("spaces around ;") << QByteArray("fr ; q=0.2 , es ; q=0.3") << "es";
        QTest::newRow("upper case Q") << QByteArray("fr;Q=0.2, es;Q=0.3") << "es";
        QTest::newRow("browser-like") << QByteArray("es-ES,es;q=0.9,en-US;q=0.8,en;q=0.7") << "es";
        QTest::newRow("empty list elements") << QByteArray(", ,fr,") << "fr";
        // q=0: not acceptable.
        QTest::newRow("q=0 excluded") << QByteArray("de;q=0") << "en";
        QTest::newRow("q=0.000 excluded") << QByteArray("fr;q=0.000, es;q=0.1") << "es";
        QTest::newRow("exact q=0 beats region")
            << QByteArray("de-CH;q=0.9, de;q=0, fr;q=0.5") << "fr";
        QTest::newRow("everything q=0") << QByteArray("*;q=0") << "en";
        // "*": any language not named otherwise.
        QTest::newRow("star alone") << QByteArray("*") << "en";
        QTest::newRow("star q=0.5") << QByteArray("*;q=0.5") << "en";
        QTest::newRow("star after named") << QByteArray("fr, *;q=0.5") << "fr";
        QTest::newRow("star beats lower named") << QByteArray("fr;q=0.5, *") << "en";
        QTest::newRow("star with en ruled out") << QByteArray("en;q=0, *") << "de";
        QTest::newRow("star with en and de ruled out")
            << QByteArray("en;q=0, de;q=0, *;q=0.1") << "fr";
        // Not valid: English, whatever else it says.
        QTest::newRow("q above 1") << QByteArray("de;q=2") << "en";
        QTest::newRow("q 1.5") << QByteArray("de;q=1.5") << "en";
        QTest::newRow("q four decimals") << QByteArray("de;q=0.1234") << "en";
        QTest::newRow("q not a number") << QByteArray("de;q=high") << "en";
        QTest::newRow("q empty") << QByteArray("de;q=") << "en";
        QTest::newRow("other parameter") << QByteArray("de;level=1") << "en";
        QTest::newRow("two weights") << QByteArray("de;q=0.5;q=0.6") << "en";
        QTest::newRow("subtag too long") << QByteArray("deutschland1") << "en";
        QTest::newRow("underscore") << QByteArray("de_DE") << "en";
        QTest::newRow("digits first") << QByteArray("1de") << "en";
        QTest::newRow("weight alone") << QByteArray(";q=0.5") << "en";
        QTest::newRow("one bad range spoils all") << QByteArray("de, f@r") << "en";
        QTest::newRow("not ASCII") << QByteArray("d\xc3\xa9") << "en";
    }

    void choose()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        const QStringList available{QStringLiteral("en"), QStringLiteral("de"),
                                    QStringLiteral("fr"), QStringLiteral("es")};
        QCOMPARE(PageTranslator::choose(header, available), expected);
    }

    void shippedCataloguesAreEmbedded()
    {
        // TASKLANE_LANGUAGES: every one has its page catalogue in the library.
        QCOMPARE(PageTranslator::shipped().languages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                              QStringLiteral("fr")}));
    }

    void translatesWithoutAnInstalledTranslator()
    {
        const PageTranslator &pages = PageTranslator::shipped();
        const auto signIn = [](const PageLanguage &language) {
            return language.translate("AuthorizeEndpoint", "Sign in");
        };
        QCOMPARE(signIn(pages.forHeader("de-DE")), QStringLiteral("Anmelden"));
        QCOMPARE(signIn(pages.forHeader("fr")), QStringLiteral("Se connecter"));
        QCOMPARE(signIn(pages.forHeader("es")), QStringLiteral("Iniciar sesión"));
        QCOMPARE(signIn(pages.forHeader("xx")), QStringLiteral("Sign in"));
        QCOMPARE(pages.forHeader("es;q=0.4, fr;q=0.6").code(), QStringLiteral("fr"));
        // Nothing went application-wide.
        QCOMPARE(QCoreApplication::translate("AuthorizeEndpoint", "Sign in"),
                 QStringLiteral("Sign in"));
        // A text no catalogue has comes back as it is.
        QCOMPARE(pages.forHeader("de").translate("AuthorizeEndpoint", "No such text"),
                 QStringLiteral("No such text"));
    }

    void pluralsChooseTheFormAndFillInN()
    {
        const PageTranslator &pages = PageTranslator::shipped();
        const auto attempts = [](const PageLanguage &language, int n) {
            return language.translate("AuthorizeEndpoint",
                                      "That code is not valid. %n attempts left.", nullptr, n);
        };
        QCOMPARE(attempts(pages.forHeader("en"), 4),
                 QStringLiteral("That code is not valid. 4 attempts left."));
        QCOMPARE(attempts(pages.forHeader("de"), 4),
                 QStringLiteral("Dieser Code ist ungültig. Noch 4 Versuche."));
        QCOMPARE(attempts(pages.forHeader("es"), 2),
                 QStringLiteral("Ese código no es válido. Quedan 2 intentos."));
        // French counts 0 as singular.
        QCOMPARE(attempts(pages.forHeader("fr"), 0),
                 QStringLiteral("Ce code n'est pas valide. Il reste 0 tentative."));
        QCOMPARE(attempts(pages.forHeader("fr"), 3),
                 QStringLiteral("Ce code n'est pas valide. Il reste 3 tentatives."));
    }

    void localeFollowsTheLanguage()
    {
        const PageTranslator &pages = PageTranslator::shipped();
        QCOMPARE(pages.forHeader("de").locale().language(), QLocale::German);
        QCOMPARE(pages.forHeader("xx").locale().language(), QLocale::English);
    }
};

QTEST_GUILESS_MAIN(tst_PageLanguage)
#include "tst_pagelanguage.moc"
