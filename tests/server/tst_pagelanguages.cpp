// The server's HTML pages in the browser's language (issue 13): the sign-in page for each shipped
// language and for the English fallbacks, chosen by Accept-Language from a real server; the
// two-factor, consent and error pages in German. A translated page must not keep any text of the
// English page, apart from the few that are the same in every language (kSameEverywhere).
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

namespace {

const QString Password = QStringLiteral("correct horse battery");

// Texts a translated page may share with the English one: the product's name (the brand line),
// names that are data rather than page text (the built-in desktop client's registered name, the
// device name the test's "app" sent, the user's name). Nothing else.
const QStringList kSameEverywhere{QStringLiteral("Tasklane"),
                                  QStringLiteral("Tasklane for desktop"),
                                  QStringLiteral("Test device"), QStringLiteral("greta")};

// What a person sees of a page: the text between its tags (the title too), entities decoded,
// trimmed, empty ones left out.
QStringList visibleTexts(const QByteArray &html)
{
    static const QRegularExpression text(QStringLiteral(">([^<]+)<"));
    QStringList texts;
    auto it = text.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        QString value = it.next().captured(1);
        value.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        value = value.trimmed();
        if (!value.isEmpty())
            texts.append(value);
    }
    return texts;
}

QString htmlLang(const QByteArray &html)
{
    static const QRegularExpression lang(QStringLiteral("<html lang=\"([^\"]*)\""));
    return lang.match(QString::fromUtf8(html)).captured(1);
}

// The texts of `translated` that also appear on `english` and are not allowed to.
QStringList leftInEnglish(const QByteArray &translated, const QByteArray &english)
{
    const QStringList englishTexts = visibleTexts(english);
    QStringList left;
    for (const QString &text : visibleTexts(translated)) {
        if (englishTexts.contains(text) && !kSameEverywhere.contains(text))
            left.append(text);
    }
    return left;
}

} // namespace

class tst_PageLanguages : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    TwoFactorAccount m_greta;

    // GET without any Accept-Language header, over a plain socket: QNetworkAccessManager always
    // sends one.
    HttpClient::Reply getWithoutAcceptLanguage(const QUrl &url)
    {
        HttpClient::Reply reply;
        QTcpSocket socket;
        socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
        if (!socket.waitForConnected(10000))
            return reply;
        socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                     " HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':' +
                     QByteArray::number(url.port()) + "\r\nConnection: close\r\n\r\n");
        QByteArray raw;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            raw += socket.readAll();
        raw += socket.readAll();
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end < 0)
            return reply;
        const QList<QByteArray> lines = raw.left(end).split('\n');
        reply.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        reply.body = raw.mid(end + 4);
        return reply;
    }

    HttpClient::Reply openSignInPage(const QByteArray &acceptLanguage)
    {
        OAuthTestClient client(m_server);
        client.http.acceptLanguage = acceptLanguage;
        return client.openAuthorize();
    }

    static void checkLanguage(const HttpClient::Reply &page, const QString &language)
    {
        QCOMPARE(htmlLang(page.body), language);
        QCOMPARE(page.header("Content-Language"), language.toLatin1());
        QVERIFY2(page.header("Vary").contains("Accept-Language"), page.header("Vary").constData());
        // The security headers stay as they are.
        QVERIFY(page.header("Content-Security-Policy").startsWith("default-src 'none'"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
    }

    static void checkTexts(const HttpClient::Reply &page, const QStringList &expected)
    {
        // Each expected text is one of the page's texts or a part of one.
        const QString texts = visibleTexts(page.body).join(QStringLiteral(" | "));
        for (const QString &text : expected)
            QVERIFY2(texts.contains(text),
                     qPrintable(QStringLiteral("\"%1\" not in %2").arg(text, texts)));
    }

    static void checkNoEnglishLeft(const HttpClient::Reply &page, const HttpClient::Reply &english)
    {
        const QStringList left = leftInEnglish(page.body, english.body);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still in English: ") +
                                            left.join(QStringLiteral(" | "))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("greta"), Password));
        HttpClient http;
        m_greta = TwoFactorAccount::enableFor(m_server, http, QStringLiteral("greta"), Password);
        QVERIFY(!m_greta.isEmpty());
    }

    void signInPage_data()
    {
        QTest::addColumn<bool>("sendHeader");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("texts");
        const QStringList english{QStringLiteral("Sign in"), QStringLiteral("Username"),
                                  QStringLiteral("Password"), QStringLiteral("to continue to")};
        const QStringList french{
            QStringLiteral("Se connecter"), QStringLiteral("Nom d'utilisateur"),
            QStringLiteral("Mot de passe"), QStringLiteral("pour continuer vers"),
            QStringLiteral("Connexion sur\u00a0: Test device")};
        QTest::newRow("de") << true << QByteArray("de") << "de"
                            << QStringList{QStringLiteral("Anmelden"),
                                           QStringLiteral("Benutzername"),
                                           QStringLiteral("Passwort"), QStringLiteral("um mit"),
                                           QStringLiteral("Anmeldung auf: Test device")};
        QTest::newRow("fr") << true << QByteArray("fr-FR,fr;q=0.9") << "fr" << french;
        QTest::newRow("es") << true << QByteArray("es") << "es"
                            << QStringList{QStringLiteral("Iniciar sesión"),
                                           QStringLiteral("Nombre de usuario"),
                                           QStringLiteral("Contraseña"),
                                           QStringLiteral("para continuar en"),
                                           QStringLiteral("Iniciando sesión en: Test device")};
        QTest::newRow("higher q wins")
            << true << QByteArray("de-AT;q=0.9, fr;q=1") << "fr" << french;
        QTest::newRow("no header") << false << QByteArray() << "en" << english;
        QTest::newRow("unknown language") << true << QByteArray("xx") << "en" << english;
        QTest::newRow("any language") << true << QByteArray("*;q=0.5") << "en" << english;
        QTest::newRow("not valid") << true << QByteArray("de;q=2") << "en" << english;
    }

    void signInPage()
    {
        QFETCH(bool, sendHeader);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, language);
        QFETCH(QStringList, texts);

        OAuthTestClient client(m_server);
        const auto page = sendHeader ? openSignInPage(acceptLanguage)
                                     : getWithoutAcceptLanguage(client.authorizeUrl());
        QCOMPARE(page.status, 200);
        checkLanguage(page, language);
        checkTexts(page, texts);
        const auto english = openSignInPage("en");
        QCOMPARE(htmlLang(english.body), QStringLiteral("en"));
        if (language == QLatin1String("en")) {
            QCOMPARE(visibleTexts(page.body), visibleTexts(english.body));
        } else {
            checkNoEnglishLeft(page, english);
            // The form still works the same: same fields.
            QVERIFY(!OAuthTestClient::formField(page.body, QStringLiteral("csrf_token")).isEmpty());
        }
    }

    // Two-factor, a wrong code, consent after a backup code and the lockout: each page in German
    // against the same page in English.
    void twoFactorAndConsentInGerman()
    {
        const auto flow = [this](const QByteArray &acceptLanguage) {
            struct Pages
            {
                HttpClient::Reply twoFactor, wrongCode, consent;
            } pages;
            OAuthTestClient client(m_server);
            client.http.acceptLanguage = acceptLanguage;
            pages.twoFactor =
                client.submitSignIn(client.openAuthorize(), QStringLiteral("greta"), Password);
            pages.wrongCode = client.submitTwoFactor(pages.twoFactor, QStringLiteral("aaaa-aaaa"));
            pages.consent = client.submitTwoFactor(pages.wrongCode, m_greta.takeBackupCode());
            return pages;
        };
        const auto english = flow("en");
        QVERIFY(OAuthTestClient::isTwoFactorPage(english.twoFactor));
        QCOMPARE(english.consent.status, 200);
        QVERIFY(english.consent.body.contains("Allow access?"));

        const auto german = flow("de-DE,de;q=0.9,en;q=0.8");
        QVERIFY(OAuthTestClient::isTwoFactorPage(german.twoFactor));
        checkLanguage(german.twoFactor, QStringLiteral("de"));
        checkTexts(german.twoFactor,
                   {QStringLiteral("Zwei-Faktor-Authentifizierung"),
                    QStringLiteral("Authentifizierungscode"), QStringLiteral("Bestätigen"),
                    QStringLiteral("Backup-Code (xxxx-xxxx)")});
        checkNoEnglishLeft(german.twoFactor, english.twoFactor);

        checkLanguage(german.wrongCode, QStringLiteral("de"));
        checkTexts(german.wrongCode, {QStringLiteral("Dieser Code ist ungültig. Noch ")});
        checkNoEnglishLeft(german.wrongCode, english.wrongCode);

        QCOMPARE(german.consent.status, 200);
        checkLanguage(german.consent, QStringLiteral("de"));
        checkTexts(german.consent,
                   {QStringLiteral("Zugriff erlauben?"), QStringLiteral("Erlauben"),
                    QStringLiteral("Ablehnen"), QStringLiteral("möchte:"),
                    QStringLiteral("Ihre Aufgaben sehen"),
                    QStringLiteral("Ihre Aufgaben anlegen, ändern und löschen"),
                    QStringLiteral("Sie haben einen Backup-Code verwendet; 8 sind noch übrig."),
                    QStringLiteral("Angemeldet als greta.")});
        checkNoEnglishLeft(german.consent, english.consent);
    }

    void lockoutInGerman()
    {
        OAuthTestClient client(m_server);
        client.http.acceptLanguage = "de";
        auto page = client.submitSignIn(client.openAuthorize(), QStringLiteral("greta"), Password);
        QVERIFY(OAuthTestClient::isTwoFactorPage(page));
        for (int attempt = 0; attempt < 10 && page.status != 429; ++attempt)
            page = client.submitTwoFactor(page, QStringLiteral("aaaa-aaaa"));
        QCOMPARE(page.status, 429);
        checkLanguage(page, QStringLiteral("de"));
        // The end of the lockout as German writes a time (24 hours, no AM/PM), the wait in words.
        static const QRegularExpression locked(QStringLiteral(
            "Zu viele falsche Codes\\. Versuchen Sie es nach (.+ )?[0-9]{2}:[0-9]{2}:"
            "[0-9]{2} UTC erneut \\(in 5 Minuten\\)\\."));
        QVERIFY2(locked.match(QString::fromUtf8(page.body)).hasMatch(), page.body.constData());
    }

    // An account with a one-time password (`user add` without one) chooses its own: the page, the
    // password policy's and the page's own errors, in French against the same pages in English.
    void choosePasswordInFrench()
    {
        const auto oneTimeAccount = [this](const QString &username) {
            const auto result = m_server.runCli({QStringLiteral("user"), QStringLiteral("add"),
                                                 username, QStringLiteral("--email"),
                                                 username + QStringLiteral("@example.org")});
            static const QRegularExpression line(
                QStringLiteral("One-time password: ([A-Za-z0-9-]{23})\n"));
            return line.match(result.out).captured(1);
        };
        struct Pages
        {
            HttpClient::Reply choose, tooShort, mismatch;
        };
        const auto flow = [&](const QString &username, const QByteArray &acceptLanguage) {
            Pages pages;
            OAuthTestClient client(m_server);
            client.http.acceptLanguage = acceptLanguage;
            const QString oneTime = oneTimeAccount(username);
            pages.choose = client.submitSignIn(client.openAuthorize(), username, oneTime);
            pages.tooShort = client.submitChangePassword(pages.choose, QStringLiteral("short"),
                                                         QStringLiteral("short"));
            pages.mismatch =
                client.submitChangePassword(pages.tooShort, Password, Password + QLatin1Char('x'));
            return pages;
        };
        const Pages english = flow(QStringLiteral("gus"), "en");
        QVERIFY2(OAuthTestClient::isChangePasswordPage(english.choose),
                 english.choose.body.left(300).constData());
        QVERIFY(english.tooShort.body.contains("at least 8 characters"));

        const Pages french = flow(QStringLiteral("gaston"), "fr");
        QVERIFY(OAuthTestClient::isChangePasswordPage(french.choose));
        checkLanguage(french.choose, QStringLiteral("fr"));
        checkTexts(french.choose, {QStringLiteral("Choisir un nouveau mot de passe"),
                                   QStringLiteral("Nouveau mot de passe"),
                                   QStringLiteral("Confirmer le nouveau mot de passe"),
                                   QStringLiteral("Définir le mot de passe"),
                                   QStringLiteral("au moins 8 caractères")});
        checkNoEnglishLeft(french.choose, english.choose);
        checkTexts(french.tooShort,
                   {QStringLiteral("Le mot de passe doit comporter au moins 8 caractères.")});
        checkNoEnglishLeft(french.tooShort, english.tooShort);
        checkTexts(french.mismatch,
                   {QStringLiteral("Les deux mots de passe ne correspondent pas.")});
        checkNoEnglishLeft(french.mismatch, english.mismatch);
    }

    void errorPagesInGerman_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("post");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("no such page")
            << "/no/such/page" << false << 404
            << QStringList{QStringLiteral("Seite nicht gefunden"),
                           QStringLiteral("Unter dieser Adresse gibt es keine Seite."),
                           QStringLiteral("Anfrage-ID: req-")};
        QTest::newRow("unknown client")
            << "/oauth2/authorize?client_id=nobody" << false << 400
            << QStringList{QStringLiteral("Dieser Anmeldelink ist ungültig"),
                           QStringLiteral("ist bei diesem Server nicht registriert")};
        QTest::newRow("expired form")
            << "/oauth2/authorize/sign-in" << true << 400
            << QStringList{QStringLiteral("Diese Anmeldeseite ist abgelaufen"),
                           QStringLiteral("Kehren Sie zur App zurück")};
    }

    void errorPagesInGerman()
    {
        QFETCH(QString, path);
        QFETCH(bool, post);
        QFETCH(int, status);
        QFETCH(QStringList, texts);
        const auto fetch = [&](const QByteArray &acceptLanguage) {
            HttpClient http;
            http.acceptLanguage = acceptLanguage;
            const QUrl url = m_server.url(path);
            return post ? http.postForm(url, {{QStringLiteral("request_id"), QStringLiteral("x")},
                                              {QStringLiteral("csrf_token"), QStringLiteral("y")}})
                        : http.get(url);
        };
        const auto german = fetch("de");
        QCOMPARE(german.status, status);
        checkLanguage(german, QStringLiteral("de"));
        checkTexts(german, texts);
        const auto english = fetch("en");
        QCOMPARE(english.status, status);
        QCOMPARE(htmlLang(english.body), QStringLiteral("en"));
        checkNoEnglishLeft(german, english);
    }

    void startPageInSpanish()
    {
        HttpClient http;
        http.acceptLanguage = "es-MX";
        const auto page = http.get(m_server.url(QStringLiteral("/")));
        QCOMPARE(page.status, 200);
        checkLanguage(page, QStringLiteral("es"));
        checkTexts(page, {QStringLiteral("tasklane-server está en marcha")});
    }

    // The API does not change with the language: its errors stay as documented, in English.
    void apiErrorsStayEnglish()
    {
        HttpClient http;
        http.acceptLanguage = "de";
        const auto reply = http.get(m_server.url(QStringLiteral("/v1/no-such-thing")));
        QCOMPARE(reply.status, 404);
        QVERIFY2(reply.json()
                     .value(QStringLiteral("message"))
                     .toString()
                     .startsWith(QStringLiteral("No such resource")),
                 reply.body.constData());
        QVERIFY(reply.header("Content-Language").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PageLanguages)
#include "tst_pagelanguages.moc"
