// app/Translations and app/PseudoTranslator: the shipped languages, what the language setting
// means, the embedded catalogues (translations/CMakeLists.txt) and the QA pseudo-locale.

#include "PseudoTranslator.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void languages()
    {
        QCOMPARE(Translations::shippedLanguages(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}));
        QCOMPARE(Translations::selectableLanguages().first(), QStringLiteral("en"));
        QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        const QStringList german{QStringLiteral("de-AT"), QStringLiteral("en-US")};
        QTest::newRow("explicit") << QStringLiteral("fr") << german << QStringLiteral("fr");
        QTest::newRow("english") << QStringLiteral("en") << german << QStringLiteral("en");
        QTest::newRow("pseudo") << QStringLiteral("pseudo") << german << QStringLiteral("pseudo");
        QTest::newRow("system, region") << QString() << german << QStringLiteral("de");
        QTest::newRow("system, second choice")
            << QString() << QStringList{QStringLiteral("it-IT"), QStringLiteral("es-MX")}
            << QStringLiteral("es");
        QTest::newRow("system, English first")
            << QString() << QStringList{QStringLiteral("en-GB"), QStringLiteral("de-DE")}
            << QStringLiteral("en");
        QTest::newRow("system, none shipped")
            << QString() << QStringList{QStringLiteral("it-IT")} << QStringLiteral("en");
        QTest::newRow("unknown setting") << QStringLiteral("xx") << german << QStringLiteral("de");
    }

    void resolve()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(Translations::resolve(setting, uiLanguages), expected);
    }

    // Every shipped language has both catalogues embedded. Qt's has content: the standard
    // Cancel button is translated. (Tasklane's own: tasklaneCatalogueTranslates.)
    void embeddedCatalogues_data()
    {
        QTest::addColumn<QString>("language");
        const QStringList languages = Translations::shippedLanguages();
        for (const QString &language : languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void embeddedCatalogues()
    {
        QFETCH(QString, language);
        QTranslator tasklane;
        QVERIFY(Translations::loadCatalogue(tasklane, QStringLiteral("tasklane"), language));
        QCOMPARE(tasklane.language(), language);
        QTranslator qtbase;
        QVERIFY(Translations::loadCatalogue(qtbase, QStringLiteral("qtbase"), language));
        QVERIFY(!qtbase.isEmpty());
        QVERIFY(!qtbase.translate("QPlatformTheme", "Cancel").isEmpty());
    }

    // Tasklane's own catalogue has content: a menu title, and a plural in both of its forms.
    void tasklaneCatalogueTranslates_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("oneMinute");
        QTest::addColumn<QString>("threeMinutes");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("vor 1 Minute") << QStringLiteral("vor 3 Minuten");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                            << QStringLiteral("il y a 1 minute")
                            << QStringLiteral("il y a 3 minutes");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo")
                            << QStringLiteral("hace 1 minuto") << QStringLiteral("hace 3 minutos");
    }

    void tasklaneCatalogueTranslates()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, oneMinute);
        QFETCH(QString, threeMinutes);
        QVERIFY(Translations::shippedLanguages().contains(language));
        Translations translations;
        QCOMPARE(translations.install(language), language);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), file);
        QCOMPARE(QCoreApplication::translate("RelativeTime", "%n minutes ago", nullptr, 1),
                 oneMinute);
        QCOMPARE(QCoreApplication::translate("RelativeTime", "%n minutes ago", nullptr, 3),
                 threeMinutes);
    }

    void install_data() { embeddedCatalogues_data(); }

    void install()
    {
        QFETCH(QString, language);
        Translations translations;
        QCOMPARE(translations.install(language), language);
        QCOMPARE(translations.translators().size(), std::size_t(2));
        QCOMPARE(QLocale().language(), QLocale(language).language());
        QCOMPARE(QLocale().toString(QDate(2026, 12, 6), QLocale::LongFormat),
                 QLocale(language).toString(QDate(2026, 12, 6), QLocale::LongFormat));
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(cancel != QStringLiteral("Cancel"), qPrintable(cancel));

        translations.remove();
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void installEnglish()
    {
        Translations translations;
        QCOMPARE(translations.install(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(translations.translators().empty());
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void pseudo_data()
    {
        QTest::addColumn<QString>("source");
        // Real texts of the app, with placeholders, accelerators, HTML and entities.
        QTest::newRow("plain") << QStringLiteral("Sign in");
        QTest::newRow("accelerator") << QStringLiteral("C&hange server\u2026");
        QTest::newRow("placeholders") << QStringLiteral("%1 (request id: %2)");
        QTest::newRow("placeholder in a sentence")
            << QStringLiteral("The connection to the server at %1 timed out.");
        QTest::newRow("html") << QStringLiteral(
            "<b>Save these codes</b> &mdash; each works once.<br/>Keep them "
            "&amp; your password apart.");
        QTest::newRow("literal ampersand") << QStringLiteral("Tasks && notes");
    }

    void pseudo()
    {
        QFETCH(QString, source);
        const QString text = PseudoTranslator::pseudo(source);
        QVERIFY2(text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')),
                 qPrintable(text));
        QVERIFY2(text.size() >= source.size() * 13 / 10, qPrintable(text));
        // Letters are accented: no run of three plain ASCII letters outside tags and entities.
        QString visible = text;
        visible.remove(QRegularExpression(QStringLiteral("<[^>]*>|&#?\\w+;")));
        QVERIFY2(!visible.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))),
                 qPrintable(text));
        // What makes the text work stays as it was.
        const QRegularExpression kept(QStringLiteral("%L?\\d+|&#?\\w+;|<[^>]*>|&&|&\\w"));
        QStringList sourceTokens;
        QStringList textTokens;
        for (auto it = kept.globalMatch(source); it.hasNext();)
            sourceTokens.append(it.next().captured());
        for (auto it = kept.globalMatch(text); it.hasNext();)
            textTokens.append(it.next().captured());
        QCOMPARE(textTokens, sourceTokens);
    }

    void pseudoTranslator()
    {
        PseudoTranslator translator;
        QVERIFY(!translator.isEmpty());
        QCoreApplication::installTranslator(&translator);

        QCOMPARE(QCoreApplication::translate("SettingsDialog", "Sign in"),
                 QStringLiteral("[Ŝîĝñ îñ ~~~]"));
        // Placeholders still substitute.
        const QString error = QCoreApplication::translate("ApiError", "%1 (request id: %2)")
                                  .arg(QStringLiteral("Boom"), QStringLiteral("req-1"));
        QVERIFY2(error.contains(QStringLiteral("Boom")) && error.contains(QStringLiteral("req-1")),
                 qPrintable(error));
        // The accelerator is still one &, on the same letter.
        const QString button = QCoreApplication::translate("SettingsDialog", "C&hange server");
        QCOMPARE(button.count(QLatin1Char('&')), 1);
        QVERIFY2(button.contains(QStringLiteral("&h")), qPrintable(button));
        // Plurals: %n is filled in.
        const QString sessions =
            QCoreApplication::translate("SecurityLogEntry", "%n sessions", nullptr, 3);
        QVERIFY2(sessions.contains(QLatin1Char('3')) && !sessions.contains(QStringLiteral("%n")),
                 qPrintable(sessions));
        QVERIFY2(sessions.startsWith(QLatin1Char('[')), qPrintable(sessions));
        // Texts without letters stay as they are: no brackets inside brackets.
        QCOMPARE(QCoreApplication::translate("QShortcut", "+"), QStringLiteral("+"));
        QCOMPARE(QCoreApplication::translate("RelativeTime", "%1 (%2)")
                     .arg(QCoreApplication::translate("RelativeTime", "just now"),
                          QStringLiteral("6.12.26")),
                 QStringLiteral("[ĵûŝţ ñöŵ ~~~~] (6.12.26)"));

        QCoreApplication::removeTranslator(&translator);
    }

    void installPseudo()
    {
        Translations translations;
        QCOMPARE(translations.install(QStringLiteral("pseudo")), QStringLiteral("pseudo"));
        QVERIFY(QCoreApplication::translate("main", "Sign in").startsWith(QLatin1Char('[')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
