// Passkeys against the real server over HTTP, with SoftAuthenticator as the browser's
// authenticator: registration through the page the app's link opens, passwordless sign-in and
// the passkey as second factor (ES256, and RS256 keys through the whole path: registered,
// stored, read back and signing in), the list and removal API with their security-log entries, and
// every refusal the relying party owes: a bad signature, a replayed or expired challenge, a
// wrong origin, a wrong rpIdHash, a counter that goes backwards, a removed passkey, another
// user's passkey. The server is reached as 127.0.0.1 but its issuer is http://localhost:<port>,
// as WebAuthn wants a host name.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "PasskeyPage.h"
#include "ServerClock.h"
#include "SoftAuthenticator.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString Password = QStringLiteral("passkey-test-password");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("no free port");
    return probe.serverPort();
}

} // namespace

class tst_Passkeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void registerListAndSignInPasswordless();
    void passkeyAsSecondFactor();
    void rs256PasskeySignsInAndAShortOneIsRefused();
    void badSignatureRefused();
    void replayedChallengeRefused();
    void expiredChallengeRefused();
    void wrongOriginRefused();
    void wrongRpIdHashRefused();
    void counterGoingBackwardsRefusedAndLogged();
    void removedPasskeyRefused();
    void anotherUsersPasskeyRefused();
    void registrationLinkIsSingleUse();

private:
    QString origin() const { return QStringLiteral("http://localhost:%1").arg(m_port); }
    QString accessToken(const QString &username);
    // Registers a passkey of `authenticator` for the account of `token`; its id in the API.
    // A new user with a passkey "Key" of `authenticator`; its name, or empty when a step failed.
    // `token` (optional) gets the user's access token with the account scope.
    QString newUserWithPasskey(SoftAuthenticator &authenticator, QString *token = nullptr);
    QString registerPasskey(SoftAuthenticator &authenticator, const QString &token,
                            const QString &name);
    struct Attempt
    {
        std::unique_ptr<OAuthTestClient> client;
        HttpClient::Reply page; // the page with the passkey button
    };
    Attempt openSignIn();
    // Posts the passkey form of `page` with `asserted` (made for the page's challenge unless
    // the test made it otherwise).
    HttpClient::Reply postAssertion(Attempt &attempt, const SoftAuthenticator &authenticator,
                                    const SoftAuthenticator::Asserted &asserted,
                                    const QString &challengeId = {});
    static QByteArray pageChallenge(const HttpClient::Reply &page)
    {
        return SoftAuthenticator::fromBase64Url(
            PasskeyPage::dataAttribute(page.body, QStringLiteral("challenge")));
    }
    static bool isConsent(const HttpClient::Reply &reply)
    {
        return reply.status == 200 && reply.body.contains("Allow access");
    }
    QStringList eventTypes(const QString &token);

    ServerClock m_clock;
    quint16 m_port = 0;
    std::unique_ptr<TestServer> m_server;
    HttpClient m_http;
    int m_users = 0;
};

void tst_Passkeys::initTestCase()
{
    m_port = freePort();
    QStringList arguments = TestServer::highRateLimits() + m_clock.arguments();
    arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(m_port)
              << QStringLiteral("--issuer") << origin();
    m_server = std::make_unique<TestServer>(arguments);
    QVERIFY(m_server->start());
}

void tst_Passkeys::cleanupTestCase()
{
    m_server.reset();
}

QString tst_Passkeys::accessToken(const QString &username)
{
    OAuthTestClient client(*m_server);
    return client.signIn(username, Password).value(QStringLiteral("access_token")).toString();
}

QString tst_Passkeys::registerPasskey(SoftAuthenticator &authenticator, const QString &token,
                                      const QString &name)
{
    const auto started = m_http.post(m_server->url(QStringLiteral("/v1/me/passkeys/registrations")),
                                     {}, "application/json", HttpClient::bearer(token));
    if (started.status != 201) {
        qWarning("registration link: %d %s", started.status, started.body.constData());
        return {};
    }
    const QUrl link(started.json().value(QStringLiteral("url")).toString());
    const PasskeyPage::Result result =
        PasskeyPage::registerThrough(m_http, link, authenticator, name);
    if (!result.added) {
        qWarning("%s", qPrintable(result.problem));
        return {};
    }
    if (!result.page.header("Content-Security-Policy").contains("script-src 'self'")) {
        qWarning("registration page without its script policy");
        return {};
    }
    const auto list =
        m_http.get(m_server->url(QStringLiteral("/v1/me/passkeys")), HttpClient::bearer(token));
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items) {
        if (item[QStringLiteral("name")].toString() == name)
            return item[QStringLiteral("id")].toString();
    }
    return {};
}

tst_Passkeys::Attempt tst_Passkeys::openSignIn()
{
    Attempt attempt;
    attempt.client = std::make_unique<OAuthTestClient>(*m_server);
    attempt.page = attempt.client->openAuthorize();
    return attempt;
}

HttpClient::Reply tst_Passkeys::postAssertion(Attempt &attempt,
                                              const SoftAuthenticator &authenticator,
                                              const SoftAuthenticator::Asserted &asserted,
                                              const QString &challengeId)
{
    const QByteArray &page = attempt.page.body;
    return attempt.client->http.postForm(
        m_server->url(QStringLiteral("/oauth2/authorize/passkey")),
        {{QStringLiteral("request_id"),
          OAuthTestClient::formField(page, QStringLiteral("request_id"))},
         {QStringLiteral("csrf_token"),
          OAuthTestClient::formField(page, QStringLiteral("csrf_token"))},
         {QStringLiteral("challenge_id"),
          challengeId.isEmpty() ? OAuthTestClient::formField(page, QStringLiteral("challenge_id"))
                                : challengeId},
         {QStringLiteral("credential_id"),
          QString::fromLatin1(SoftAuthenticator::base64Url(authenticator.credentialId))},
         {QStringLiteral("client_data"),
          QString::fromLatin1(SoftAuthenticator::base64Url(asserted.clientDataJson))},
         {QStringLiteral("authenticator_data"),
          QString::fromLatin1(SoftAuthenticator::base64Url(asserted.authenticatorData))},
         {QStringLiteral("signature"),
          QString::fromLatin1(SoftAuthenticator::base64Url(asserted.signature))},
         {QStringLiteral("user_handle"),
          QString::fromLatin1(SoftAuthenticator::base64Url(authenticator.userHandle))}});
}

QStringList tst_Passkeys::eventTypes(const QString &token)
{
    const auto reply = m_http.get(m_server->url(QStringLiteral("/v1/me/security-events")),
                                  HttpClient::bearer(token));
    QStringList types;
    const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        types.append(item[QStringLiteral("type")].toString());
    return types;
}

void tst_Passkeys::registerListAndSignInPasswordless()
{
    const QString username = QStringLiteral("pk-user-%1").arg(++m_users);
    QVERIFY(m_server->createUser(username, Password));
    const QString token = accessToken(username);
    QVERIFY(!token.isEmpty());
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const QString id = registerPasskey(authenticator, token, QStringLiteral("Laptop"));
    QVERIFY(!id.isEmpty());

    auto list =
        m_http.get(m_server->url(QStringLiteral("/v1/me/passkeys")), HttpClient::bearer(token));
    QCOMPARE(list.status, 200);
    QJsonObject item = list.json()[QStringLiteral("items")].toArray().first().toObject();
    QCOMPARE(item[QStringLiteral("name")].toString(), QStringLiteral("Laptop"));
    QVERIFY(!item[QStringLiteral("createdAt")].toString().isEmpty());
    QVERIFY(item[QStringLiteral("lastUsedAt")].isNull());
    QVERIFY(eventTypes(token).contains(QStringLiteral("passkey.added")));

    // The sign-in page offers the passkey, with the script allowed on it only.
    Attempt attempt = openSignIn();
    QCOMPARE(attempt.page.status, 200);
    QVERIFY(attempt.page.body.contains("id=\"passkey-form\""));
    QVERIFY(attempt.page.header("Content-Security-Policy").contains("script-src 'self'"));
    QCOMPARE(PasskeyPage::dataAttribute(attempt.page.body, QStringLiteral("user-verification")),
             QStringLiteral("required"));
    const auto consent =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QVERIFY2(isConsent(consent), consent.body.left(600).constData());
    const auto redirect = attempt.client->submitConsent(consent, QStringLiteral("approve"));
    QCOMPARE(redirect.status, 303);
    const auto tokens = attempt.client->exchangeCode(
        OAuthTestClient::redirectParam(redirect, QStringLiteral("code")));
    QCOMPARE(tokens.status, 200);

    list = m_http.get(m_server->url(QStringLiteral("/v1/me/passkeys")), HttpClient::bearer(token));
    item = list.json()[QStringLiteral("items")].toArray().first().toObject();
    QVERIFY(!item[QStringLiteral("lastUsedAt")].toString().isEmpty());

    // Without user verification there is no passwordless sign-in.
    authenticator.userVerified = false;
    attempt = openSignIn();
    const auto refused =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QCOMPARE(refused.status, 400);
    QVERIFY(!isConsent(refused));
}

void tst_Passkeys::rs256PasskeySignsInAndAShortOneIsRefused()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"),
                                    SoftAuthenticator::KeyType::RS256);
    const QString username = newUserWithPasskey(authenticator);
    QVERIFY(!username.isEmpty());
    Attempt attempt = openSignIn();
    const auto consent =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QVERIFY2(isConsent(consent), consent.body.left(600).constData());
    // Another RSA key's signature over the same kind of assertion is not this passkey's.
    SoftAuthenticator impostor(origin(), QStringLiteral("localhost"),
                               SoftAuthenticator::KeyType::RS256);
    impostor.credentialId = authenticator.credentialId;
    impostor.userHandle = authenticator.userHandle;
    impostor.signCount = authenticator.signCount;
    attempt = openSignIn();
    const auto refused =
        postAssertion(attempt, impostor, impostor.get(pageChallenge(attempt.page)));
    QCOMPARE(refused.status, 400);
    QVERIFY(!isConsent(refused));

    // An RSA key of 1024 bits is not taken at registration.
    const QString other = QStringLiteral("pk-user-%1").arg(++m_users);
    QVERIFY(m_server->createUser(other, Password));
    const QString token = accessToken(other);
    const auto started = m_http.post(m_server->url(QStringLiteral("/v1/me/passkeys/registrations")),
                                     {}, "application/json", HttpClient::bearer(token));
    QCOMPARE(started.status, 201);
    SoftAuthenticator weak(origin(), QStringLiteral("localhost"), SoftAuthenticator::KeyType::RS256,
                           1024);
    const PasskeyPage::Result result = PasskeyPage::registerThrough(
        m_http, QUrl(started.json().value(QStringLiteral("url")).toString()), weak,
        QStringLiteral("Weak"));
    QVERIFY(!result.added);
    QVERIFY2(result.problem.startsWith(QStringLiteral("registration: 400")),
             qPrintable(result.problem));
    const auto list =
        m_http.get(m_server->url(QStringLiteral("/v1/me/passkeys")), HttpClient::bearer(token));
    QCOMPARE(list.json().value(QStringLiteral("items")).toArray().size(), 0);
}

void tst_Passkeys::passkeyAsSecondFactor()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const QString username = newUserWithPasskey(authenticator);
    QVERIFY(!username.isEmpty());
    const TwoFactorAccount twoFactor =
        TwoFactorAccount::enableFor(*m_server, m_http, username, Password);
    QVERIFY(!twoFactor.isEmpty());

    Attempt attempt = openSignIn();
    attempt.page = attempt.client->submitSignIn(attempt.page, username, Password);
    QVERIFY(OAuthTestClient::isTwoFactorPage(attempt.page));
    QVERIFY(attempt.page.body.contains("id=\"passkey-form\""));
    QCOMPARE(PasskeyPage::dataAttribute(attempt.page.body, QStringLiteral("allow")),
             QString::fromLatin1(SoftAuthenticator::base64Url(authenticator.credentialId)));
    // As a second factor the device need not verify the user: the password did its part.
    authenticator.userVerified = false;
    const auto consent =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QVERIFY2(isConsent(consent), consent.body.left(600).constData());
}

void tst_Passkeys::badSignatureRefused()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    QString token;
    const QString username = newUserWithPasskey(authenticator, &token);
    QVERIFY(!username.isEmpty());
    Attempt attempt = openSignIn();
    auto asserted = authenticator.get(pageChallenge(attempt.page));
    asserted.signature[asserted.signature.size() / 2] =
        char(asserted.signature[asserted.signature.size() / 2] ^ 0x20);
    const auto refused = postAssertion(attempt, authenticator, asserted);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("That passkey was not accepted"));
    QVERIFY(eventTypes(token).contains(QStringLiteral("sign_in.failed")));
}

void tst_Passkeys::replayedChallengeRefused()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const QString username = newUserWithPasskey(authenticator);
    QVERIFY(!username.isEmpty());
    Attempt attempt = openSignIn();
    const QString challengeId =
        OAuthTestClient::formField(attempt.page.body, QStringLiteral("challenge_id"));
    const QByteArray challenge = pageChallenge(attempt.page);
    // A first answer (wrong: another type) spends the challenge ...
    auto refused = postAssertion(attempt, authenticator,
                                 authenticator.get(challenge, QStringLiteral("webauthn.create")));
    QCOMPARE(refused.status, 400);
    // ... so a right answer to the same challenge is refused, also from the page shown after.
    attempt.page = refused;
    refused = postAssertion(attempt, authenticator, authenticator.get(challenge), challengeId);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("The passkey prompt has expired"));
    // The page shown after it has a new challenge of its own, which works.
    attempt.page = refused;
    QVERIFY(pageChallenge(refused) != challenge);
    const auto consent =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QVERIFY2(isConsent(consent), consent.body.left(600).constData());
}

void tst_Passkeys::expiredChallengeRefused()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const QString username = newUserWithPasskey(authenticator);
    QVERIFY(!username.isEmpty());
    Attempt attempt = openSignIn();
    const auto asserted = authenticator.get(pageChallenge(attempt.page));
    constexpr qint64 Later = 5 * 60 * 1000 + 10 * 1000; // a challenge lasts 5 minutes, the page 10
    m_clock.advanceMs(Later);
    const auto refused = postAssertion(attempt, authenticator, asserted);
    // Back to now: TOTP codes of the later tests come from the real clock.
    m_clock.advanceMs(-Later);
    QCOMPARE(refused.status, 400);
    QVERIFY(refused.body.contains("The passkey prompt has expired"));
}

void tst_Passkeys::wrongOriginRefused()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const QString username = newUserWithPasskey(authenticator);
    QVERIFY(!username.isEmpty());
    Attempt attempt = openSignIn();
    authenticator.origin = QStringLiteral("http://localhost.evil.example");
    const auto refused =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QCOMPARE(refused.status, 400);
    QVERIFY(!isConsent(refused));
}

void tst_Passkeys::wrongRpIdHashRefused()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const QString username = newUserWithPasskey(authenticator);
    QVERIFY(!username.isEmpty());
    Attempt attempt = openSignIn();
    authenticator.rpId = QStringLiteral("evil.example");
    const auto refused =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QCOMPARE(refused.status, 400);
    QVERIFY(!isConsent(refused));
}

void tst_Passkeys::counterGoingBackwardsRefusedAndLogged()
{
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    QString token;
    const QString username = newUserWithPasskey(authenticator, &token);
    QVERIFY(!username.isEmpty());
    authenticator.signCount = 10;
    Attempt attempt = openSignIn();
    QVERIFY(isConsent(
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)))));
    // A copy of the authenticator, behind the original: 6 after 11.
    authenticator.signCount = 5;
    attempt = openSignIn();
    const auto refused =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QCOMPARE(refused.status, 400);
    QVERIFY(eventTypes(token).contains(QStringLiteral("passkey.counter_went_backwards")));
}

void tst_Passkeys::removedPasskeyRefused()
{
    const QString username = QStringLiteral("pk-user-%1").arg(++m_users);
    QVERIFY(m_server->createUser(username, Password));
    const QString token = accessToken(username);
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const QString id = registerPasskey(authenticator, token, QStringLiteral("Key"));
    QVERIFY(!id.isEmpty());
    const QUrl url = m_server->url(QStringLiteral("/v1/me/passkeys/") + id);
    QCOMPARE(m_http.send("DELETE", url, {}, HttpClient::bearer(token)).status, 204);
    VERIFY_API_ERROR(m_http.send("DELETE", url, {}, HttpClient::bearer(token)), 404, "NOT_FOUND");
    QVERIFY(eventTypes(token).contains(QStringLiteral("passkey.removed")));
    QVERIFY(m_http.get(m_server->url(QStringLiteral("/v1/me/passkeys")), HttpClient::bearer(token))
                .json()[QStringLiteral("items")]
                .toArray()
                .isEmpty());

    Attempt attempt = openSignIn();
    const auto refused =
        postAssertion(attempt, authenticator, authenticator.get(pageChallenge(attempt.page)));
    QCOMPARE(refused.status, 400);
    QVERIFY(!isConsent(refused));
}

void tst_Passkeys::anotherUsersPasskeyRefused()
{
    const QString alice = QStringLiteral("pk-user-%1").arg(++m_users);
    const QString bob = QStringLiteral("pk-user-%1").arg(++m_users);
    QVERIFY(m_server->createUser(alice, Password));
    QVERIFY(m_server->createUser(bob, Password));
    SoftAuthenticator alicesKey(origin(), QStringLiteral("localhost"));
    const QString alicesId = registerPasskey(alicesKey, accessToken(alice), QStringLiteral("A"));
    QVERIFY(!alicesId.isEmpty());
    SoftAuthenticator bobsKey(origin(), QStringLiteral("localhost"));
    const QString bobToken = accessToken(bob);
    QVERIFY(!registerPasskey(bobsKey, bobToken, QStringLiteral("B")).isEmpty());
    QVERIFY(!TwoFactorAccount::enableFor(*m_server, m_http, bob, Password).isEmpty());

    // Bob's password, then Alice's passkey as his second factor.
    Attempt attempt = openSignIn();
    attempt.page = attempt.client->submitSignIn(attempt.page, bob, Password);
    QVERIFY(OAuthTestClient::isTwoFactorPage(attempt.page));
    const auto refused =
        postAssertion(attempt, alicesKey, alicesKey.get(pageChallenge(attempt.page)));
    QCOMPARE(refused.status, 400);
    QVERIFY(!isConsent(refused));
    QVERIFY(eventTypes(bobToken).contains(QStringLiteral("two_factor.failed")));
    // Nor can Bob remove it: it answers like an unknown id.
    VERIFY_API_ERROR(m_http.send("DELETE",
                                 m_server->url(QStringLiteral("/v1/me/passkeys/") + alicesId), {},
                                 HttpClient::bearer(bobToken)),
                     404, "NOT_FOUND");
}

void tst_Passkeys::registrationLinkIsSingleUse()
{
    const QString username = QStringLiteral("pk-user-%1").arg(++m_users);
    QVERIFY(m_server->createUser(username, Password));
    const QString token = accessToken(username);
    const auto started = m_http.post(m_server->url(QStringLiteral("/v1/me/passkeys/registrations")),
                                     {}, "application/json", HttpClient::bearer(token));
    QCOMPARE(started.status, 201);
    QUrl link(started.json().value(QStringLiteral("url")).toString());
    link.setHost(QStringLiteral("127.0.0.1"));
    const auto page = m_http.get(link);
    QCOMPARE(page.status, 200);
    SoftAuthenticator authenticator(origin(), QStringLiteral("localhost"));
    const auto created = authenticator.create(pageChallenge(page), "x");
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("ticket"), OAuthTestClient::formField(page.body, QStringLiteral("ticket"))},
        {QStringLiteral("challenge_id"),
         OAuthTestClient::formField(page.body, QStringLiteral("challenge_id"))},
        {QStringLiteral("name"), QStringLiteral("Once")},
        {QStringLiteral("client_data"),
         QString::fromLatin1(SoftAuthenticator::base64Url(created.clientDataJson))},
        {QStringLiteral("attestation_object"),
         QString::fromLatin1(SoftAuthenticator::base64Url(created.attestationObject))}};
    QCOMPARE(m_http.postForm(m_server->url(QStringLiteral("/passkeys/add")), fields).status, 200);
    const auto again = m_http.postForm(m_server->url(QStringLiteral("/passkeys/add")), fields);
    QCOMPARE(again.status, 400);
    QCOMPARE(m_http.get(link).status, 400);
    // Without a token there is no link.
    VERIFY_API_ERROR(m_http.post(m_server->url(QStringLiteral("/v1/me/passkeys/registrations")), {},
                                 "application/json"),
                     401, "UNAUTHORIZED");
}

QString tst_Passkeys::newUserWithPasskey(SoftAuthenticator &authenticator, QString *token)
{
    const QString username = QStringLiteral("pk-user-%1").arg(++m_users);
    if (!m_server->createUser(username, Password))
        return {};
    const QString access = accessToken(username);
    if (registerPasskey(authenticator, access, QStringLiteral("Key")).isEmpty())
        return {};
    if (token)
        *token = access;
    return username;
}

QTEST_GUILESS_MAIN(tst_Passkeys)
#include "tst_passkeys.moc"
