// End to end in a real browser: the desktop app (the real MainWindow, GuiSession) opens the
// sign-in link through its browser command, which starts Debian's Chromium headless with a
// fresh profile. The test drives that tab over the Chrome DevTools Protocol as a user would:
// types the password into the server's sign-in page (and, for an account with two-factor
// authentication, a TOTP code from oathtool into the next page), presses Allow on the consent
// page, and Chromium follows the server's redirect to the app's loopback port. The app must end
// up signed in. On the way every page is checked for console errors (CSP violations included) and
// for its security headers, as Chromium received them. The server's error pages get the same
// checks.
//
// Chromium is required: when it is missing the test fails, it does not skip. Set
// TASKLANE_E2E_HEADED=1 to watch the browser on a desktop.
#include "ApiErrorChecks.h"
#include "AppContext.h"
#include "DevToolsSession.h"
#include "GuiSession.h"
#include "HeadlessChromium.h"
#include "HttpClient.h"
#include "OAuthSignIn.h"
#include "PageRecorder.h"
#include "SessionManager.h"
#include "SystemBrowser.h"
#include "TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int BrowserStartMs = 90000; // a first Chromium start on a loaded machine is slow
constexpr int PageMs = 60000;         // sign-ins hash passwords (Argon2id) on a loaded machine

// The policy of docs/api.md 7.5; the consent page adds the app's origin to form-action.
QString expectedPolicy(const QString &formTarget = {})
{
    return QStringLiteral("default-src 'none'; style-src 'self'; img-src 'self'; form-action "
                          "'self'%1; frame-ancestors 'none'; base-uri 'none'")
        .arg(formTarget.isEmpty() ? QString() : QLatin1Char(' ') + formTarget);
}

// True once the tab shows a loaded page with an element matching `selector`.
QString pageWith(const QString &selector)
{
    return QStringLiteral("document.readyState === 'complete' && !!document.querySelector(%1)")
        .arg(DevToolsSession::jsString(selector));
}

// The RFC 6238 code of `secret` (base32) at `unixSeconds`, from oathtool; empty (with a QWARN)
// when oathtool failed.
QString totpCode(const QString &secret, qint64 unixSeconds)
{
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("-N"),
                    QLatin1Char('@') + QString::number(unixSeconds), secret});
    if (!oathtool.waitForFinished(30000) || oathtool.exitCode() != 0) {
        qWarning("oathtool failed: %s", oathtool.readAllStandardError().constData());
        return {};
    }
    return QString::fromLatin1(oathtool.readAllStandardOutput().trimmed());
}

// The console errors of the tab except one: Chromium logs a document's own error status ("Failed
// to load resource: the server responded with a status of 400") as a console error. On an error
// page that status is the point, so that entry, and nothing else, is let through.
QString unexpectedErrors(const PageRecorder &recorder, const PageRecorder::Response &document)
{
    QStringList errors;
    const QString ownStatus = QStringLiteral("status of %1 ").arg(document.status);
    const QList<PageRecorder::ConsoleError> all = recorder.consoleErrors();
    for (const PageRecorder::ConsoleError &error : all) {
        if (document.status >= 400 && error.source == QLatin1String("network") &&
            error.url == document.url && error.text.contains(ownStatus))
            continue;
        errors.append(
            QStringLiteral("[%1] %2 (%3)").arg(error.source, error.text, error.url.toString()));
    }
    return errors.join(QLatin1Char('\n'));
}

} // namespace

#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class tst_E2eSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void appSignsInThroughChromium();
    void appSignsInWithTwoFactorThroughChromium();
    void errorPagesRenderCleanlyInChromium();

private:
    // A server with the account, and the app's window with Chromium as its browser command.
    void setUpApp();
    // Turns two-factor authentication on over HTTP (docs/api.md 12.6), keeping the secret.
    void enableTwoFactor();
    // The app's sign-in button opens Chromium through the browser command; the test attaches to
    // the tab once it shows the sign-in form.
    void startSignInFromApp();
    // Attaches to the first tab whose URL satisfies `matches`.
    void attachToTab(const std::function<bool(const QUrl &)> &matches);
    // The document last received from `path` on the server: status, no console errors, the
    // security headers and the policy.
    void checkPage(const QString &path, int status, const QString &policy);
    // Types `fields` (CSS selector -> text) into the form posting to `action` and presses its
    // submit button, as a user would; the pages have no script of their own.
    void submitForm(const QString &action, const QList<QPair<QString, QString>> &fields);
    // Presses Allow on the consent page, the answer to the form posted to `consentFrom`; the app
    // must come back signed in, with a token the server accepts.
    void approveAndCheckSignedIn(const QString &consentFrom);

    QString failureContext() const;

    std::unique_ptr<GuiSession> m_gui;
    std::unique_ptr<TestServer> m_server; // when the test needs no app
    std::unique_ptr<HeadlessChromium> m_chromium;
    std::unique_ptr<DevToolsSession> m_devTools;
    std::unique_ptr<PageRecorder> m_recorder;
    QString m_totpSecret;
};

void tst_E2eSignIn::initTestCase()
{
    GuiSession::prepareTestCase(QStringLiteral("tst_e2e_signin"));
    // The browser command comes from the app's settings in these tests.
    qunsetenv("TASKLANE_BROWSER");
    QVERIFY2(!HeadlessChromium::executable().isEmpty(),
             "chromium is not installed; scripts/install-deps.sh installs it");
}

void tst_E2eSignIn::init()
{
    m_chromium = std::make_unique<HeadlessChromium>();
    QVERIFY2(m_chromium->isValid(), qPrintable(m_chromium->error()));
    m_devTools = std::make_unique<DevToolsSession>();
    m_recorder = std::make_unique<PageRecorder>(m_devTools.get());
}

void tst_E2eSignIn::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(failureContext()));
    m_recorder.reset();
    m_devTools.reset();
    bool chromiumEnded = true;
    if (m_chromium) {
        m_chromium->stop(); // passed or not
        chromiumEnded = !m_chromium->isRunning();
    }
    m_chromium.reset();
    m_gui.reset();
    m_server.reset();
    QVERIFY2(chromiumEnded, "Chromium outlived the test");
}

QString tst_E2eSignIn::failureContext() const
{
    QString context;
    if (m_recorder && !m_recorder->consoleErrors().isEmpty())
        context +=
            QStringLiteral("console errors:\n") + m_recorder->describeErrors() + QLatin1Char('\n');
    if (m_devTools && m_devTools->isOpen()) {
        if (const auto where = m_devTools->evaluate(QStringLiteral("location.href"), 5000))
            context += QStringLiteral("tab at: ") + where->toString() + QLatin1Char('\n');
        if (const auto text = m_devTools->evaluate(QStringLiteral("document.body.innerText"), 5000))
            context += QStringLiteral("tab shows: ") + text->toString().simplified().left(400) +
                       QLatin1Char('\n');
    }
    if (m_gui && m_gui->window)
        context += QStringLiteral("app page: ") + m_gui->pageName() + QLatin1Char('\n');
    if (m_chromium)
        context += QStringLiteral("chromium log:\n") + m_chromium->logTail();
    return context;
}

void tst_E2eSignIn::attachToTab(const std::function<bool(const QUrl &)> &matches)
{
    QVERIFY2(m_chromium->waitForDevTools(BrowserStartMs),
             "Chromium did not open its DevTools port");
    const HeadlessChromium::Target tab = m_chromium->waitForPage(matches, PageMs);
    QVERIFY2(tab.webSocketDebuggerUrl.isValid(), "Chromium shows no tab with the expected page");
    QVERIFY2(m_devTools->open(tab.webSocketDebuggerUrl), qPrintable(m_devTools->lastError()));
    QVERIFY(m_recorder->start());
}

void tst_E2eSignIn::setUpApp()
{
    m_gui = std::make_unique<GuiSession>();
    QVERIFY(m_gui->setUp());
    // What a user (or QA) would put into Settings, "Browser command".
    m_gui->context->setBrowserCommand(m_chromium->command());
}

void tst_E2eSignIn::enableTwoFactor()
{
    // GuiSession's other client signed in with the "account" scope, before two-factor was on.
    const auto setup = m_gui->api("POST", QStringLiteral("/v1/me/2fa/setup"));
    QVERIFY2(setup.status == 200, qPrintable(describeReply(setup)));
    m_totpSecret = setup.json().value(QStringLiteral("secret")).toString();
    QCOMPARE(m_totpSecret.size(), 32);
    const QString code = totpCode(m_totpSecret, QDateTime::currentSecsSinceEpoch());
    QVERIFY(!code.isEmpty());
    const auto confirm =
        m_gui->api("POST", QStringLiteral("/v1/me/2fa/confirm"), {{QStringLiteral("code"), code}});
    QVERIFY2(confirm.status == 200, qPrintable(describeReply(confirm)));
    QCOMPARE(confirm.json().value(QStringLiteral("backupCodes")).toArray().size(), 10);
    const auto state = m_gui->api("GET", QStringLiteral("/v1/me/2fa"));
    QVERIFY2(state.json().value(QStringLiteral("enabled")).toBool(),
             qPrintable(describeReply(state)));
}

void tst_E2eSignIn::startSignInFromApp()
{
    QVERIFY(m_gui->connectToServer());

    auto *signInButton = m_gui->find<QPushButton>("signInBrowserButton");
    QVERIFY(signInButton);
    QTest::mouseClick(signInButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("waitingForBrowserPage"), PageMs);
    QTRY_VERIFY2_WITH_TIMEOUT(m_chromium->wasLaunched(), "the app did not run the browser command",
                              BrowserStartMs);

    const QUrl authorize = m_gui->server->url(QStringLiteral("/oauth2/authorize"));
    STEP(attachToTab(
        [&authorize](const QUrl &url) { return url.adjusted(QUrl::RemoveQuery) == authorize; }));
    QVERIFY2(
        m_devTools->waitFor(
            pageWith(QStringLiteral("form[action='/oauth2/authorize/sign-in'] #password")), PageMs),
        "no sign-in form in the tab");
    // The page loaded before the test attached: Log.enable and Runtime.enable reported what it
    // logged so far.
    QVERIFY2(m_recorder->consoleErrors().isEmpty(), qPrintable(m_recorder->describeErrors()));
}

void tst_E2eSignIn::checkPage(const QString &path, int status, const QString &policy)
{
    const auto document =
        m_recorder->document(m_gui ? m_gui->server->url(path) : m_server->url(path));
    QVERIFY2(document, qPrintable(QStringLiteral("no document from %1 reached the tab").arg(path)));
    QCOMPARE(document->status, status);
    QVERIFY2(
        document->header(QStringLiteral("Content-Type")).startsWith(QStringLiteral("text/html")),
        qPrintable(document->header(QStringLiteral("Content-Type"))));
    QCOMPARE(document->header(QStringLiteral("X-Frame-Options")), QStringLiteral("DENY"));
    QCOMPARE(document->header(QStringLiteral("Content-Security-Policy")), policy);
    QCOMPARE(document->header(QStringLiteral("Referrer-Policy")), QStringLiteral("no-referrer"));
    QCOMPARE(document->header(QStringLiteral("X-Content-Type-Options")), QStringLiteral("nosniff"));
    // The style sheet is allowed by the policy and applied (a blocked one would also be a
    // console error).
    const auto styled = m_devTools->evaluate(QStringLiteral(
        "document.styleSheets.length === 1 && document.styleSheets[0].cssRules.length > 0"));
    QVERIFY2(styled && styled->toBool(), "the page's style sheet did not load");
    const QString errors = unexpectedErrors(*m_recorder, *document);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void tst_E2eSignIn::submitForm(const QString &action, const QList<QPair<QString, QString>> &fields)
{
    m_recorder->clearErrors(); // the next page is judged on its own
    QString typing;
    for (const auto &[selector, text] : fields) {
        typing += QStringLiteral("form.querySelector(%1).value = %2;")
                      .arg(DevToolsSession::jsString(selector), DevToolsSession::jsString(text));
    }
    const auto submitted = m_devTools->evaluate(
        QStringLiteral("(() => {"
                       "  const form = document.querySelector(%1);"
                       "  %2"
                       "  form.querySelector('button[type=submit]').click();"
                       "  return true;"
                       "})()")
            .arg(DevToolsSession::jsString(QStringLiteral("form[action='%1']").arg(action)),
                 typing));
    QVERIFY2(submitted && submitted->toBool(), qPrintable(m_devTools->lastError()));
}

void tst_E2eSignIn::approveAndCheckSignedIn(const QString &consentFrom)
{
    const QString appOrigin = QUrl(m_gui->context->session()->oauth()->redirectUri())
                                  .adjusted(QUrl::RemovePath)
                                  .toString();
    QVERIFY2(appOrigin.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(appOrigin));

    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("form[action='/oauth2/authorize/consent'] "
                                                         "button[name=decision][value=approve]")),
                                 PageMs),
             "no consent page in the tab");
    const auto heading =
        m_devTools->evaluate(QStringLiteral("document.querySelector('h1').textContent"));
    QVERIFY(heading);
    QCOMPARE(heading->toString(), QStringLiteral("Allow access?"));
    // The consent page's policy must let its form end in a redirect to the app, or Chromium
    // would stop there (form-action covers redirects).
    STEP(checkPage(consentFrom, 200, expectedPolicy(appOrigin)));

    m_recorder->clearErrors();
    const auto clicked = m_devTools->evaluate(QStringLiteral(
        "document.querySelector('button[name=decision][value=approve]').click(), true"));
    QVERIFY2(clicked && clicked->toBool(), qPrintable(m_devTools->lastError()));

    // Chromium follows the server's 302 to the app's loopback port; the app exchanges the code.
    QTRY_COMPARE_WITH_TIMEOUT(m_gui->pageName(), QStringLiteral("tasksPage"), PageMs);
    SessionManager *session = m_gui->context->session();
    QCOMPARE(session->state(), SessionManager::State::SignedIn);
    QCOMPARE(session->account().username, GuiSession::Username);
    QVERIFY(m_gui->find<QTableView>("taskTable"));

    // The tab ended on the app's own page, reached through the redirect.
    QVERIFY2(m_devTools->waitFor(
                 QStringLiteral("location.origin === %1 && document.readyState === 'complete' && "
                                "document.body.innerText.includes('Signed in to Tasklane')")
                     .arg(DevToolsSession::jsString(appOrigin)),
                 PageMs),
             "the tab did not reach the app's loopback page");
    const auto landed = m_devTools->evaluate(QStringLiteral("location.search"));
    QVERIFY(landed);
    QVERIFY2(QUrlQuery(landed->toString().mid(1)).hasQueryItem(QStringLiteral("code")),
             qPrintable(landed->toString().left(12)));

    // The server takes the app's token.
    HttpClient http;
    const auto me = http.get(m_gui->server->url(QStringLiteral("/v1/me")),
                             HttpClient::bearer(session->accessToken()));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), GuiSession::Username);
}

void tst_E2eSignIn::appSignsInThroughChromium()
{
    STEP(setUpApp());
    STEP(startSignInFromApp());
    const QString signIn = QStringLiteral("/oauth2/authorize/sign-in");
    STEP(submitForm(signIn, {{QStringLiteral("#username"), GuiSession::Username},
                             {QStringLiteral("#password"), GuiSession::Password}}));
    STEP(approveAndCheckSignedIn(signIn));
}

void tst_E2eSignIn::appSignsInWithTwoFactorThroughChromium()
{
    STEP(setUpApp());
    STEP(enableTwoFactor());
    STEP(startSignInFromApp());
    const QString signIn = QStringLiteral("/oauth2/authorize/sign-in");
    STEP(submitForm(signIn, {{QStringLiteral("#username"), GuiSession::Username},
                             {QStringLiteral("#password"), GuiSession::Password}}));

    // The right password leads to the code page, not to consent.
    const QString twoFactor = QStringLiteral("/oauth2/authorize/two-factor");
    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("form[action='%1'] #code").arg(twoFactor)),
                                 PageMs),
             "no two-factor page in the tab");
    const auto heading =
        m_devTools->evaluate(QStringLiteral("document.querySelector('h1').textContent"));
    QVERIFY(heading);
    QCOMPARE(heading->toString(), QStringLiteral("Two-factor authentication"));
    STEP(checkPage(signIn, 200, expectedPolicy()));

    // The current step's code went to confirm, and a step is never accepted twice: the next
    // step's code, which the server takes as one step of skew.
    const QString code = totpCode(m_totpSecret, QDateTime::currentSecsSinceEpoch() + 30);
    QVERIFY(!code.isEmpty());
    STEP(submitForm(twoFactor, {{QStringLiteral("#code"), code}}));
    STEP(approveAndCheckSignedIn(twoFactor));
}

void tst_E2eSignIn::errorPagesRenderCleanlyInChromium()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start());
    // The same launch path as the app's, with a blank tab to start from.
    QVERIFY(SystemBrowser(m_chromium->command()).open(QUrl(QStringLiteral("about:blank"))));
    STEP(attachToTab([](const QUrl &url) { return url == QUrl(QStringLiteral("about:blank")); }));

    const QString challenge(43, QLatin1Char('A'));
    struct Case
    {
        QString name;
        QUrl url;
        int status;
        QString heading;
    };
    const QList<Case> cases{
        {QStringLiteral("unknown client_id"),
         m_server->url(QStringLiteral("/oauth2/authorize?response_type=code&client_id=no-such-app&"
                                      "redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2F&state=s&"
                                      "code_challenge=") +
                       challenge + QStringLiteral("&code_challenge_method=S256")),
         400, QStringLiteral("This sign-in link is not valid")},
        {QStringLiteral("unregistered redirect_uri"),
         m_server->url(QStringLiteral("/oauth2/authorize?response_type=code&"
                                      "client_id=tasklane-desktop&redirect_uri=https%3A%2F%2F"
                                      "tasks.example.org%2Fcallback&code_challenge=") +
                       challenge + QStringLiteral("&code_challenge_method=S256")),
         400, QStringLiteral("This sign-in link is not valid")},
        {QStringLiteral("unknown page"), m_server->url(QStringLiteral("/no-such-page")), 404,
         QStringLiteral("Page not found")},
    };
    for (const Case &c : cases) {
        m_recorder->clearErrors();
        const auto navigated =
            m_devTools->call(QStringLiteral("Page.navigate"),
                             {{QStringLiteral("url"), c.url.toString(QUrl::FullyEncoded)}});
        QVERIFY2(navigated, qPrintable(m_devTools->lastError()));
        QVERIFY2(m_devTools->waitFor(
                     QStringLiteral("location.href === %1 && "
                                    "document.readyState === 'complete'")
                         .arg(DevToolsSession::jsString(c.url.toString(QUrl::FullyEncoded))),
                     PageMs),
                 qPrintable(c.name));
        STEP(checkPage(c.url.path(), c.status, expectedPolicy()));
        const auto heading =
            m_devTools->evaluate(QStringLiteral("document.querySelector('h1').textContent"));
        QVERIFY2(heading, qPrintable(c.name));
        QCOMPARE(heading->toString(), c.heading);
        // The request id on the page is the one in the response header, for support requests.
        const QString requestId =
            m_recorder->document(c.url)->header(QStringLiteral("X-Request-Id"));
        QVERIFY2(requestId.startsWith(QStringLiteral("req-")), qPrintable(c.name));
        const auto text = m_devTools->evaluate(QStringLiteral("document.body.innerText"));
        QVERIFY(text);
        QVERIFY2(text->toString().contains(requestId), qPrintable(text->toString()));
    }
}

QTEST_MAIN(tst_E2eSignIn)
#include "tst_e2e_signin.moc"
