// Passkeys end to end in Debian's Chromium, driven over the DevTools Protocol with a virtual
// authenticator (the WebAuthn domain: CTAP2, resident keys, user verification): the
// registration page the app's link opens creates a passkey, then the sign-in pages take it,
// passwordless and as the second factor after the password, up to the code the redirect carries
// and the tokens it is exchanged for. The server's issuer is http://localhost:<port> (WebAuthn
// refuses an IP address as RP id); every page is checked for console errors, so a script the
// page's CSP blocked would fail the test.
#include "DevToolsSession.h"
#include "HeadlessChromium.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "PageRecorder.h"
#include "SystemBrowser.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int BrowserStartMs = 90000;
constexpr int PageMs = 60000;
const QString Username = QStringLiteral("passkey-e2e");
const QString Password = QStringLiteral("passkey-e2e-password");

QString pageWith(const QString &selector)
{
    return QStringLiteral("document.readyState === 'complete' && !!document.querySelector(%1)")
        .arg(DevToolsSession::jsString(selector));
}

// The app's loopback port as far as this test needs it: answers the redirect and keeps its
// query (the code).
class Loopback
{
public:
    Loopback()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    const QByteArray target = request.split(' ').value(1);
                    if (target.startsWith("/callback"))
                        query = QUrlQuery(QUrl(QString::fromLatin1(target)).query());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString redirectUri() const
    {
        return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort());
    }
    QUrlQuery query;

private:
    QTcpServer m_server;
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class tst_E2ePasskeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void registerThenSignInPasswordless();
    void passkeyAsSecondFactor();

private:
    QString issuer() const { return QStringLiteral("http://localhost:%1").arg(m_port); }
    void openBrowserWithAuthenticator();
    void navigate(const QString &url);
    void click(const QString &selector);
    void registerPasskey();
    // From the consent page on: Allow, the redirect, the code exchanged; the sign-in method
    // the server logged for the new session.
    void approveAndExchange(OAuthTestClient &client, Loopback &loopback,
                            const QString &expectedMethod);
    void checkNoConsoleErrors();

    quint16 m_port = 0;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HeadlessChromium> m_chromium;
    std::unique_ptr<DevToolsSession> m_devTools;
    std::unique_ptr<PageRecorder> m_recorder;
    HttpClient m_http;
    QString m_token;
};

void tst_E2ePasskeys::initTestCase()
{
    QVERIFY2(!HeadlessChromium::executable().isEmpty(),
             "chromium is not installed; scripts/install-deps.sh installs it");
}

void tst_E2ePasskeys::init()
{
    m_port = freePort();
    m_server = std::make_unique<TestServer>(TestServer::highRateLimits() +
                                            QStringList{QStringLiteral("--listen"),
                                                        QStringLiteral("127.0.0.1:%1").arg(m_port),
                                                        QStringLiteral("--issuer"), issuer()});
    QVERIFY(m_server->start());
    QVERIFY(m_server->createUser(Username, Password));
    OAuthTestClient client(*m_server);
    m_token = client.signIn(Username, Password).value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
    m_chromium = std::make_unique<HeadlessChromium>();
    QVERIFY2(m_chromium->isValid(), qPrintable(m_chromium->error()));
    m_devTools = std::make_unique<DevToolsSession>();
    m_recorder = std::make_unique<PageRecorder>(m_devTools.get());
}

void tst_E2ePasskeys::cleanup()
{
    if (QTest::currentTestFailed()) {
        if (m_recorder)
            qWarning("console errors: %s", qPrintable(m_recorder->describeErrors()));
        if (m_devTools && m_devTools->isOpen()) {
            if (const auto text =
                    m_devTools->evaluate(QStringLiteral("document.body.innerText"), 5000))
                qWarning("tab shows: %s", qPrintable(text->toString().simplified().left(400)));
        }
        if (m_chromium)
            qWarning("chromium log:\n%s", qPrintable(m_chromium->logTail()));
    }
    m_recorder.reset();
    m_devTools.reset();
    if (m_chromium)
        m_chromium->stop();
    m_chromium.reset();
    m_server.reset();
}

void tst_E2ePasskeys::openBrowserWithAuthenticator()
{
    QVERIFY(SystemBrowser(m_chromium->command()).open(QUrl(QStringLiteral("about:blank"))));
    QVERIFY2(m_chromium->waitForDevTools(BrowserStartMs),
             "Chromium did not open its DevTools port");
    const auto tab = m_chromium->waitForPage(
        [](const QUrl &url) { return url == QUrl(QStringLiteral("about:blank")); }, PageMs);
    QVERIFY2(tab.webSocketDebuggerUrl.isValid(), "Chromium shows no blank tab");
    QVERIFY2(m_devTools->open(tab.webSocketDebuggerUrl), qPrintable(m_devTools->lastError()));
    QVERIFY(m_recorder->start());
    QVERIFY2(
        m_devTools->call(QStringLiteral("WebAuthn.enable"), {{QStringLiteral("enableUI"), false}}),
        qPrintable(m_devTools->lastError()));
    const auto added =
        m_devTools->call(QStringLiteral("WebAuthn.addVirtualAuthenticator"),
                         {{QStringLiteral("options"),
                           QJsonObject{{QStringLiteral("protocol"), QStringLiteral("ctap2")},
                                       {QStringLiteral("transport"), QStringLiteral("internal")},
                                       {QStringLiteral("hasResidentKey"), true},
                                       {QStringLiteral("hasUserVerification"), true},
                                       {QStringLiteral("isUserVerified"), true},
                                       {QStringLiteral("automaticPresenceSimulation"), true}}}});
    QVERIFY2(added && !added->value(QStringLiteral("authenticatorId")).toString().isEmpty(),
             qPrintable(m_devTools->lastError()));
}

void tst_E2ePasskeys::navigate(const QString &url)
{
    m_recorder->clearErrors();
    QVERIFY2(m_devTools->call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url}}),
             qPrintable(m_devTools->lastError()));
}

void tst_E2ePasskeys::click(const QString &selector)
{
    m_recorder->clearErrors();
    const auto clicked =
        m_devTools->evaluate(QStringLiteral("document.querySelector(%1).click(), true")
                                 .arg(DevToolsSession::jsString(selector)));
    QVERIFY2(clicked && clicked->toBool(), qPrintable(m_devTools->lastError()));
}

void tst_E2ePasskeys::checkNoConsoleErrors()
{
    QVERIFY2(m_recorder->consoleErrors().isEmpty(), qPrintable(m_recorder->describeErrors()));
}

void tst_E2ePasskeys::registerPasskey()
{
    const auto started = m_http.post(m_server->url(QStringLiteral("/v1/me/passkeys/registrations")),
                                     {}, "application/json", HttpClient::bearer(m_token));
    QCOMPARE(started.status, 201);
    const QString link = started.json().value(QStringLiteral("url")).toString();
    QVERIFY2(link.startsWith(issuer() + QStringLiteral("/passkeys/add?ticket=")), qPrintable(link));
    STEP(navigate(link));
    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("#passkey-button")), PageMs),
             "no registration page");
    STEP(checkNoConsoleErrors());
    STEP(click(QStringLiteral("#passkey-button")));
    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("#passkey-added")), PageMs),
             "the passkey was not added");
    STEP(checkNoConsoleErrors());

    const auto list =
        m_http.get(m_server->url(QStringLiteral("/v1/me/passkeys")), HttpClient::bearer(m_token));
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()[QStringLiteral("name")].toString(), QStringLiteral("Passkey 1"));
    // The virtual authenticator holds it as a discoverable credential.
}

void tst_E2ePasskeys::approveAndExchange(OAuthTestClient &client, Loopback &loopback,
                                         const QString &expectedMethod)
{
    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("button[name=decision][value=approve]")),
                                 PageMs),
             "no consent page after the passkey");
    STEP(checkNoConsoleErrors());
    STEP(click(QStringLiteral("button[name=decision][value=approve]")));
    QTRY_VERIFY_WITH_TIMEOUT(loopback.query.hasQueryItem(QStringLiteral("code")), PageMs);
    const auto tokens = client.exchangeCode(loopback.query.queryItemValue(QStringLiteral("code")));
    QCOMPARE(tokens.status, 200);
    const auto me =
        m_http.get(m_server->url(QStringLiteral("/v1/me")),
                   HttpClient::bearer(tokens.json()[QStringLiteral("access_token")].toString()));
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), Username);
    // The security log names how the new session signed in.
    const auto events = m_http.get(m_server->url(QStringLiteral("/v1/me/security-events")),
                                   HttpClient::bearer(m_token));
    QString method;
    const QJsonArray items = events.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        if (item[QStringLiteral("type")].toString() == QLatin1String("sign_in.succeeded")) {
            const QString found =
                item[QStringLiteral("details")][QStringLiteral("method")].toString();
            if (found.contains(QLatin1String("passkey")))
                method = found;
        }
    }
    QCOMPARE(method, expectedMethod);
}

void tst_E2ePasskeys::registerThenSignInPasswordless()
{
    STEP(openBrowserWithAuthenticator());
    STEP(registerPasskey());

    Loopback loopback;
    OAuthTestClient client(issuer());
    client.redirectUri = loopback.redirectUri();
    STEP(navigate(client.authorizeUrl().toString(QUrl::FullyEncoded)));
    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("#passkey-button")), PageMs),
             "no passkey button on the sign-in page");
    STEP(checkNoConsoleErrors());
    // No username, no password: the discoverable credential names the account.
    STEP(click(QStringLiteral("#passkey-button")));
    STEP(approveAndExchange(client, loopback, QStringLiteral("passkey")));
}

void tst_E2ePasskeys::passkeyAsSecondFactor()
{
    STEP(openBrowserWithAuthenticator());
    STEP(registerPasskey());
    QVERIFY(!TwoFactorAccount::enableFor(*m_server, m_http, Username, Password).isEmpty());

    Loopback loopback;
    OAuthTestClient client(issuer());
    client.redirectUri = loopback.redirectUri();
    STEP(navigate(client.authorizeUrl().toString(QUrl::FullyEncoded)));
    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("#password")), PageMs), "no sign-in page");
    m_recorder->clearErrors();
    const auto submitted = m_devTools->evaluate(
        QStringLiteral("(() => { const form = "
                       "document.querySelector(\"form[action='/oauth2/authorize/sign-in']\");"
                       "form.querySelector('#username').value = %1;"
                       "form.querySelector('#password').value = %2;"
                       "form.querySelector('button[type=submit]').click(); return true; })()")
            .arg(DevToolsSession::jsString(Username), DevToolsSession::jsString(Password)));
    QVERIFY2(submitted && submitted->toBool(), qPrintable(m_devTools->lastError()));
    QVERIFY2(
        m_devTools->waitFor(
            pageWith(QStringLiteral("form[action='/oauth2/authorize/two-factor'] #code")), PageMs),
        "no two-factor page");
    QVERIFY2(m_devTools->waitFor(pageWith(QStringLiteral("#passkey-button")), PageMs),
             "no passkey button on the two-factor page");
    STEP(checkNoConsoleErrors());
    STEP(click(QStringLiteral("#passkey-button")));
    STEP(approveAndExchange(client, loopback, QStringLiteral("password+passkey")));
}

QTEST_MAIN(tst_E2ePasskeys)
#include "tst_e2e_passkeys.moc"
