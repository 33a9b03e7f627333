// Findings of the security review on the browser sign-in (issue 11): password and two-factor
// guesses sent at the same time on many connections are counted before they are checked, so no
// more than the limit are ever checked; two-factor lockouts grow; GET /oauth2/authorize is rate
// limited and its pending requests bounded; POSTs end in 303 and every authorization response
// carries `iss` (RFC 9207); a password hashed with other Argon2id parameters is re-hashed at
// sign-in.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString Password = QStringLiteral("hardening-password");

// One HTTP answer read off a raw socket.
struct RawReply
{
    int status = 0; // 0: no complete answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Parses `buffer` when it holds a whole answer (headers and Content-Length bytes of body).
bool parseReply(const QByteArray &buffer, RawReply &reply)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    reply = {};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype length = reply.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    reply.body = buffer.mid(end + 4, length);
    reply.status = lines.first().split(' ').value(1).toInt();
    return true;
}

// Sends every request on a connection of its own, all at once: every connection is open before
// the first byte is written, and every request is written before any answer is read. `from`: the
// local address to connect from (127.0.0.x are all this machine), for a client IP of its own.
QList<RawReply> sendAtOnce(const QUrl &server, const QList<QByteArray> &requests,
                           const QHostAddress &from = QHostAddress::LocalHost)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->bind(from);
        socket->connectToHost(server.host(), static_cast<quint16>(server.port()));
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets) {
        if (!socket->waitForConnected(10000))
            return {};
    }
    for (size_t i = 0; i < sockets.size(); ++i)
        sockets[i]->write(requests.at(static_cast<qsizetype>(i)));
    for (auto &socket : sockets)
        socket->flush();

    QList<QByteArray> buffers(requests.size());
    QList<RawReply> replies(requests.size());
    QDeadlineTimer deadline(60000);
    int complete = 0;
    while (complete < requests.size() && !deadline.hasExpired()) {
        QTest::qWait(5);
        complete = 0;
        for (size_t i = 0; i < sockets.size(); ++i) {
            const auto index = static_cast<qsizetype>(i);
            buffers[index] += sockets[i]->readAll();
            if (replies.at(index).status != 0 || parseReply(buffers.at(index), replies[index]))
                ++complete;
        }
    }
    return replies;
}

QByteArray cookieOf(const HttpClient::Reply &page)
{
    const QByteArray setCookie = page.header("Set-Cookie");
    return setCookie.left(setCookie.indexOf(';'));
}

QByteArray formPost(const QUrl &server, const QByteArray &path, const QByteArray &cookie,
                    const QList<QPair<QString, QString>> &fields)
{
    const QByteArray form = HttpClient::formEncode(fields);
    return "POST " + path + " HTTP/1.1\r\nHost: " + server.authority().toLatin1() +
           "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
           QByteArray::number(form.size()) + "\r\nCookie: " + cookie + "\r\n\r\n" + form;
}

QByteArray jsonPost(const QUrl &server, const QByteArray &path, const QString &token,
                    const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST " + path + " HTTP/1.1\r\nHost: " + server.authority().toLatin1() +
           "\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token.toLatin1() +
           "\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

QByteArray getRequest(const QUrl &server, const QUrl &target)
{
    return "GET " + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
           " HTTP/1.1\r\nHost: " + server.authority().toLatin1() + "\r\n\r\n";
}

int countStatus(const QList<RawReply> &replies, int status)
{
    return static_cast<int>(
        std::count_if(replies.begin(), replies.end(),
                      [status](const RawReply &reply) { return reply.status == status; }));
}

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// A six-digit code that is none of the codes of the steps around now.
QString wrongCode(const QString &secret)
{
    QSet<QString> valid;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qint64 t = now - 90; t <= now + 120; t += 30)
        valid.insert(OathTool::totp(secret, t));
    for (int n = 1;; ++n) {
        const QString code = QStringLiteral("%1").arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));
        if (!valid.contains(code))
            return code;
    }
}

} // namespace

class tst_SignInHardening : public QObject
{
    Q_OBJECT

private:
    // Runs `statement` on the server's database (while the server runs); the rows it returns.
    static QList<QVariantList> sql(const TestServer &server, const QString &statement,
                                   const QVariantList &values = {})
    {
        return TestDatabase(server).rows(statement, values);
    }

    static int count(const TestServer &server, const QString &statement,
                     const QVariantList &values = {})
    {
        return sql(server, statement, values).value(0).value(0).toInt();
    }

    static int failedTwoFactorEvents(const TestServer &server, const QString &username)
    {
        return count(server,
                     QStringLiteral("SELECT COUNT(*) FROM security_events e JOIN users u ON "
                                    "u.id = e.user_id WHERE u.username = ? AND "
                                    "e.type = 'two_factor.failed'"),
                     {username});
    }

    // The account's access token (scope account) after turning two-factor authentication on
    // with oathtool's code; `secret` receives the TOTP secret.
    static QString enableTwoFactor(const TestServer &server, const QString &username,
                                   QString &secret)
    {
        OAuthTestClient client(server);
        const QString token =
            client.signIn(username, Password).value(QStringLiteral("access_token")).toString();
        HttpClient http;
        secret = http.postJson(server.url(QStringLiteral("/v1/me/2fa/setup")), {},
                               HttpClient::bearer(token))
                     .json()
                     .value(QStringLiteral("secret"))
                     .toString();
        const auto confirm =
            http.postJson(server.url(QStringLiteral("/v1/me/2fa/confirm")),
                          QJsonObject{{QStringLiteral("code"), OathTool::totpNow(secret)}},
                          HttpClient::bearer(token));
        return confirm.status == 200 ? token : QString();
    }

    // Five wrong codes through the API: the last answer (TWO_FACTOR_LOCKED).
    static HttpClient::Reply lockOut(const TestServer &server, const QString &token,
                                     const QString &secret)
    {
        HttpClient http;
        HttpClient::Reply reply;
        for (int i = 0; i < 5; ++i) {
            reply = http.postJson(server.url(QStringLiteral("/v1/me/2fa/backup-codes")),
                                  QJsonObject{{QStringLiteral("code"), wrongCode(secret)}},
                                  HttpClient::bearer(token));
        }
        return reply;
    }

    // Waits until the server's own lockedUntil has passed (no guessing at how long).
    static void waitUntil(qint64 lockedUntilMs)
    {
        const qint64 left = lockedUntilMs - QDateTime::currentMSecsSinceEpoch();
        if (left > 0)
            QTest::qWait(static_cast<int>(left) + 50);
    }

private slots:
    // Issue 11: many wrong passwords on one form (same request, CSRF token, cookie), each on its
    // own connection, sent at once: only the limit is checked, the rest are refused unchecked.
    void parallelWrongPasswordsAreLimitedPerAccount()
    {
        TestServer server({QStringLiteral("--rate-limit-sign-in"), QStringLiteral("3")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("pam"), Password));
        OAuthTestClient browser(server);
        const auto page = browser.openAuthorize();
        QCOMPARE(page.status, 200);
        const QList<QPair<QString, QString>> form{
            {QStringLiteral("request_id"),
             OAuthTestClient::formField(page.body, QStringLiteral("request_id"))},
            {QStringLiteral("csrf_token"),
             OAuthTestClient::formField(page.body, QStringLiteral("csrf_token"))},
            {QStringLiteral("username"), QStringLiteral("pam")}};
        QList<QByteArray> requests;
        for (int i = 0; i < 12; ++i) {
            requests.append(formPost(
                server.url(), "/oauth2/authorize/sign-in", cookieOf(page),
                form + QList<QPair<QString, QString>>{
                           {QStringLiteral("password"), QStringLiteral("wrong-%1").arg(i)}}));
        }
        const QList<RawReply> replies = sendAtOnce(server.url(), requests);
        QCOMPARE(replies.size(), 12);
        QCOMPARE(countStatus(replies, 200), 3);
        QCOMPARE(countStatus(replies, 429), 9);
        for (const RawReply &reply : replies) {
            if (reply.status == 200) {
                QVERIFY(reply.body.contains("Wrong username or password."));
            } else {
                QVERIFY(reply.body.contains("Too many failed sign-in attempts"));
                const int retryAfter = reply.header("Retry-After").toInt();
                QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60,
                         reply.header("Retry-After").constData());
            }
        }
        // Only the checked ones reached the account's log.
        QCOMPARE(count(server, QStringLiteral("SELECT COUNT(*) FROM security_events WHERE type = "
                                              "'sign_in.failed'")),
                 3);
        // The right password after the limit is refused too, and not checked.
        OAuthTestClient late(server);
        const auto refused =
            late.submitSignIn(late.openAuthorize(), QStringLiteral("pam"), Password);
        QCOMPARE(refused.status, 429);
        QVERIFY(!refused.header("Retry-After").isEmpty());
    }

    void parallelGuessesAreLimitedPerIp()
    {
        // 2 per account, so 10 per IP: 20 account names at once from one IP.
        TestServer server({QStringLiteral("--rate-limit-sign-in"), QStringLiteral("2")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("quinn"), Password));
        OAuthTestClient browser(server);
        const auto page = browser.openAuthorize();
        QCOMPARE(page.status, 200);
        QList<QByteArray> requests;
        for (int i = 0; i < 20; ++i) {
            requests.append(
                formPost(server.url(), "/oauth2/authorize/sign-in", cookieOf(page),
                         {{QStringLiteral("request_id"),
                           OAuthTestClient::formField(page.body, QStringLiteral("request_id"))},
                          {QStringLiteral("csrf_token"),
                           OAuthTestClient::formField(page.body, QStringLiteral("csrf_token"))},
                          {QStringLiteral("username"), QStringLiteral("name-%1").arg(i)},
                          {QStringLiteral("password"), QStringLiteral("wrong")}}));
        }
        const QList<RawReply> replies = sendAtOnce(server.url(), requests);
        QCOMPARE(replies.size(), 20);
        QCOMPARE(countStatus(replies, 200), 10);
        QCOMPARE(countStatus(replies, 429), 10);
        // The IP is spent: a right password for an account never guessed at is refused too.
        OAuthTestClient late(server);
        QCOMPARE(late.submitSignIn(late.openAuthorize(), QStringLiteral("quinn"), Password).status,
                 429);
        // Another IP is not.
        OAuthTestClient other(server);
        const auto otherPage = other.openAuthorize();
        const QList<RawReply> fromElsewhere = sendAtOnce(
            server.url(),
            {formPost(server.url(), "/oauth2/authorize/sign-in", cookieOf(otherPage),
                      {{QStringLiteral("request_id"),
                        OAuthTestClient::formField(otherPage.body, QStringLiteral("request_id"))},
                       {QStringLiteral("csrf_token"),
                        OAuthTestClient::formField(otherPage.body, QStringLiteral("csrf_token"))},
                       {QStringLiteral("username"), QStringLiteral("quinn")},
                       {QStringLiteral("password"), Password}})},
            QHostAddress(QStringLiteral("127.0.0.2")));
        QCOMPARE(fromElsewhere.size(), 1);
        QCOMPARE(fromElsewhere.first().status, 200);
        QVERIFY(fromElsewhere.first().body.contains("Allow access"));
    }

    void aRightPasswordResetsTheAccountCount()
    {
        TestServer server({QStringLiteral("--rate-limit-sign-in"), QStringLiteral("3")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("rita"), Password));
        OAuthTestClient client(server);
        auto page = client.openAuthorize();
        for (int i = 0; i < 2; ++i) {
            page = client.submitSignIn(page, QStringLiteral("rita"), QStringLiteral("wrong"));
            QCOMPARE(page.status, 200);
        }
        QVERIFY(!client.signIn(QStringLiteral("rita"), Password).isEmpty());
        // Three more wrong ones are checked (the two before were forgotten), then the limit.
        OAuthTestClient again(server);
        page = again.openAuthorize();
        for (int i = 0; i < 3; ++i) {
            page = again.submitSignIn(page, QStringLiteral("rita"), QStringLiteral("wrong"));
            QCOMPARE(page.status, 200);
            QVERIFY(page.body.contains("Wrong username or password."));
        }
        QCOMPARE(again.submitSignIn(page, QStringLiteral("rita"), QStringLiteral("wrong")).status,
                 429);
    }

    // Wrong two-factor codes sent at once on the sign-in page and to the API: five are checked
    // (the fifth locks), every other is refused without a check.
    void parallelTwoFactorCodesAreCountedBeforeChecking()
    {
        TestServer server(TestServer::highRateLimits());
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("sam"), Password));
        QString secret;
        const QString token = enableTwoFactor(server, QStringLiteral("sam"), secret);
        QVERIFY(!token.isEmpty());

        OAuthTestClient browser(server);
        const auto signInPage = browser.openAuthorize();
        const auto page = browser.submitSignIn(signInPage, QStringLiteral("sam"), Password);
        QVERIFY(OAuthTestClient::isTwoFactorPage(page));
        QList<QByteArray> requests;
        for (int i = 0; i < 12; ++i) {
            requests.append(
                formPost(server.url(), "/oauth2/authorize/two-factor", cookieOf(signInPage),
                         {{QStringLiteral("request_id"),
                           OAuthTestClient::formField(page.body, QStringLiteral("request_id"))},
                          {QStringLiteral("csrf_token"),
                           OAuthTestClient::formField(page.body, QStringLiteral("csrf_token"))},
                          {QStringLiteral("code"), wrongCode(secret)}}));
        }
        const QList<RawReply> replies = sendAtOnce(server.url(), requests);
        QCOMPARE(replies.size(), 12);
        QCOMPARE(countStatus(replies, 200), 4); // "not valid, n attempts left"
        QCOMPARE(countStatus(replies, 429), 8); // the fifth locks; the rest are refused
        QCOMPARE(failedTwoFactorEvents(server, QStringLiteral("sam")), 5);
        for (const RawReply &reply : replies) {
            if (reply.status == 429) {
                QVERIFY2(reply.body.contains("Too many wrong codes. Try again after "),
                         reply.body.constData());
                QVERIFY(reply.body.contains(" UTC (in 5 minutes)."));
                QVERIFY(reply.header("Retry-After").toInt() > 290);
            }
        }

        // The API actions that take a code share the count: an account of its own, codes at once.
        QVERIFY(server.createUser(QStringLiteral("tess"), Password));
        QString tessSecret;
        const QString tessToken = enableTwoFactor(server, QStringLiteral("tess"), tessSecret);
        QVERIFY(!tessToken.isEmpty());
        QList<QByteArray> apiRequests;
        for (int i = 0; i < 12; ++i) {
            apiRequests.append(
                jsonPost(server.url(), "/v1/me/2fa/backup-codes", tessToken,
                         QJsonObject{{QStringLiteral("code"), wrongCode(tessSecret)}}));
        }
        const QList<RawReply> apiReplies = sendAtOnce(server.url(), apiRequests);
        QCOMPARE(apiReplies.size(), 12);
        int invalid = 0;
        int locked = 0;
        for (const RawReply &reply : apiReplies) {
            QCOMPARE(reply.status, 403);
            const QString code = QJsonDocument::fromJson(reply.body)
                                     .object()
                                     .value(QStringLiteral("code"))
                                     .toString();
            invalid += code == QLatin1String("TWO_FACTOR_CODE_INVALID");
            locked += code == QLatin1String("TWO_FACTOR_LOCKED");
        }
        QCOMPARE(invalid, 4);
        QCOMPARE(locked, 8);
        QCOMPARE(failedTwoFactorEvents(server, QStringLiteral("tess")), 5);
    }

    // 5 wrong codes lock for --two-factor-lockout-seconds; each next lockout (within 24 hours of
    // the last one's end) doubles it, also across a restart; a right code after a lockout gets
    // in and starts the count again; so does a quiet day.
    void twoFactorLockoutsGrow()
    {
        const QStringList options{
            QStringLiteral("--two-factor-lockout-seconds"), QStringLiteral("1"),
            QStringLiteral("--two-factor-lockout-max-seconds"), QStringLiteral("3")};
        TestServer server(options + TestServer::highRateLimits());
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("uma"), Password));
        QString secret;
        const QString token = enableTwoFactor(server, QStringLiteral("uma"), secret);
        QVERIFY(!token.isEmpty());

        const auto lockoutSeconds = [&](const HttpClient::Reply &locked) {
            const qint64 until = msecs(locked.json().value(QStringLiteral("lockedUntil")));
            return (until - QDateTime::currentMSecsSinceEpoch() + 999) / 1000;
        };
        auto locked = lockOut(server, token, secret);
        QCOMPARE(locked.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("TWO_FACTOR_LOCKED"));
        QCOMPARE(locked.header("Retry-After"), QByteArray("1"));
        QCOMPARE(lockoutSeconds(locked), 1);
        waitUntil(msecs(locked.json().value(QStringLiteral("lockedUntil"))));

        // The count survives a restart (it is in the database): the second lockout is 2 s.
        QCOMPARE(server.stop(), 0);
        TestServer restarted(options + TestServer::highRateLimits());
        restarted.shareDataDir(server.dataDir());
        QVERIFY(restarted.start());
        locked = lockOut(restarted, token, secret);
        QCOMPARE(locked.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("TWO_FACTOR_LOCKED"));
        QCOMPARE(locked.header("Retry-After"), QByteArray("2"));
        QCOMPARE(lockoutSeconds(locked), 2);
        waitUntil(msecs(locked.json().value(QStringLiteral("lockedUntil"))));
        // The third would be 4 s: capped at 3.
        locked = lockOut(restarted, token, secret);
        QCOMPARE(locked.header("Retry-After"), QByteArray("3"));
        QCOMPARE(count(restarted, QStringLiteral("SELECT lockout_count FROM two_factor")), 3);
        waitUntil(msecs(locked.json().value(QStringLiteral("lockedUntil"))));

        // After the lockout the right code gets in, on the sign-in page too.
        OAuthTestClient browser(restarted);
        // The next step's code (one step of skew is allowed): the confirmation used this one.
        browser.twoFactorCode = [&] {
            return OathTool::totp(secret, QDateTime::currentSecsSinceEpoch() + 30);
        };
        QVERIFY(!browser.signIn(QStringLiteral("uma"), Password).isEmpty());
        // ... and the next lockout is a first one again.
        locked = lockOut(restarted, token, secret);
        QCOMPARE(locked.header("Retry-After"), QByteArray("1"));
        waitUntil(msecs(locked.json().value(QStringLiteral("lockedUntil"))));
        locked = lockOut(restarted, token, secret);
        QCOMPARE(locked.header("Retry-After"), QByteArray("2"));
        waitUntil(msecs(locked.json().value(QStringLiteral("lockedUntil"))));

        // A lockout more than 24 hours after the previous one ended is a first one again.
        sql(restarted, QStringLiteral("UPDATE two_factor SET locked_until = ?"),
            {QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000LL - 1000});
        locked = lockOut(restarted, token, secret);
        QCOMPARE(locked.header("Retry-After"), QByteArray("1"));
    }

    void authorizePagesAreRateLimitedPerIp()
    {
        TestServer server({QStringLiteral("--rate-limit-authorize"), QStringLiteral("3")});
        QVERIFY(server.start());
        OAuthTestClient client(server);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.openAuthorize().status, 200);
        const auto limited = client.openAuthorize();
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Content-Type").startsWith("text/html"));
        QVERIFY(limited.body.contains("Too many sign-ins"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
        // Nothing was written for the refused one.
        QCOMPARE(count(server, QStringLiteral("SELECT COUNT(*) FROM authorization_requests")), 3);
        // Another IP has its own budget.
        const auto other =
            sendAtOnce(server.url(), {getRequest(server.url(), client.authorizeUrl())},
                       QHostAddress(QStringLiteral("127.0.0.2")));
        QCOMPARE(other.value(0).status, 200);
    }

    void pendingAuthorizationsAreBounded()
    {
        TestServer server({QStringLiteral("--max-pending-sign-ins-per-ip"), QStringLiteral("2"),
                           QStringLiteral("--max-pending-sign-ins"), QStringLiteral("3")});
        QVERIFY(server.start());
        OAuthTestClient client(server);
        QCOMPARE(client.openAuthorize().status, 200);
        QCOMPARE(client.openAuthorize().status, 200);
        // Per IP: the third pending request from 127.0.0.1 is refused until the oldest expires.
        const auto perIp = client.openAuthorize();
        QCOMPARE(perIp.status, 429);
        QVERIFY(perIp.body.contains("Too many sign-ins were started from your network"));
        const int retryAfter = perIp.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 500 && retryAfter <= 600, perIp.header("Retry-After").constData());
        const QByteArray get = getRequest(server.url(), client.authorizeUrl());
        QCOMPARE(sendAtOnce(server.url(), {get}, QHostAddress(QStringLiteral("127.0.0.2")))
                     .value(0)
                     .status,
                 200);
        // In total: three are pending, so a fresh IP is refused as well.
        const auto total =
            sendAtOnce(server.url(), {get}, QHostAddress(QStringLiteral("127.0.0.3")));
        QCOMPARE(total.value(0).status, 429);
        QVERIFY2(total.value(0).body.contains("Too many sign-ins are in progress on this server"),
                 total.value(0).body.constData());
        QVERIFY(!total.value(0).header("Retry-After").isEmpty());
        QCOMPARE(count(server, QStringLiteral("SELECT COUNT(*) FROM authorization_requests")), 3);

        // Expired requests are purged first, and then count no more.
        sql(server, QStringLiteral("UPDATE authorization_requests SET expires_at = 1 WHERE ip = ?"),
            {QStringLiteral("127.0.0.1")});
        QCOMPARE(client.openAuthorize().status, 200);
        QCOMPARE(
            count(server, QStringLiteral(
                              "SELECT COUNT(*) FROM authorization_requests WHERE expires_at = 1")),
            0);
        QCOMPARE(count(server, QStringLiteral("SELECT COUNT(*) FROM authorization_requests")), 2);
        // A finished sign-in is no longer pending.
        QVERIFY(server.createUser(QStringLiteral("vera"), Password));
        OAuthTestClient finishing(server);
        QVERIFY(!finishing.authorizationCode(QStringLiteral("vera"), Password).isEmpty());
        QCOMPARE(count(server, QStringLiteral("SELECT COUNT(*) FROM authorization_requests")), 2);
    }

    // RFC 9700 4.11: 303 after a POST; RFC 9207: `iss` in every authorization response.
    void authorizationResponsesCarryIssAndPostsAnswer303()
    {
        TestServer server(TestServer::highRateLimits());
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("wes"), Password));
        HttpClient http;
        const QJsonObject metadata =
            http.get(server.url(QStringLiteral("/.well-known/oauth-authorization-server"))).json();
        const QString issuer = metadata.value(QStringLiteral("issuer")).toString();
        QVERIFY(!issuer.isEmpty());
        QCOMPARE(metadata.value(QStringLiteral("authorization_response_iss_parameter_supported")),
                 QJsonValue(true));

        OAuthTestClient client(server);
        const auto consent =
            client.submitSignIn(client.openAuthorize(), QStringLiteral("wes"), Password);
        const auto approved = client.submitConsent(consent, QStringLiteral("approve"));
        QCOMPARE(approved.status, 303);
        QCOMPARE(OAuthTestClient::redirectParam(approved, QStringLiteral("iss")), issuer);
        QVERIFY(!OAuthTestClient::redirectParam(approved, QStringLiteral("code")).isEmpty());

        OAuthTestClient denying(server);
        const auto denied = denying.submitConsent(
            denying.submitSignIn(denying.openAuthorize(), QStringLiteral("wes"), Password),
            QStringLiteral("deny"));
        QCOMPARE(denied.status, 303);
        QCOMPARE(OAuthTestClient::redirectParam(denied, QStringLiteral("error")),
                 QStringLiteral("access_denied"));
        QCOMPARE(OAuthTestClient::redirectParam(denied, QStringLiteral("iss")), issuer);

        // An error found after the sign-in form (a POST): 303 too.
        OAuthTestClient adminOnly(server);
        adminOnly.scope = QStringLiteral("admin");
        const auto noScope =
            adminOnly.submitSignIn(adminOnly.openAuthorize(), QStringLiteral("wes"), Password);
        QCOMPARE(noScope.status, 303);
        QCOMPARE(OAuthTestClient::redirectParam(noScope, QStringLiteral("error")),
                 QStringLiteral("invalid_scope"));
        QCOMPARE(OAuthTestClient::redirectParam(noScope, QStringLiteral("iss")), issuer);

        // An error of GET /oauth2/authorize itself stays a 302, with iss.
        QUrl url = client.authorizeUrl();
        QUrlQuery query(url);
        query.removeQueryItem(QStringLiteral("code_challenge_method"));
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("plain"));
        url.setQuery(query);
        const auto refused = http.get(url);
        QCOMPARE(refused.status, 302);
        QCOMPARE(OAuthTestClient::redirectParam(refused, QStringLiteral("error")),
                 QStringLiteral("invalid_request"));
        QCOMPARE(OAuthTestClient::redirectParam(refused, QStringLiteral("iss")), issuer);
    }

    // A hash made with other Argon2id parameters (here: moderate, by the CLI) is replaced by one
    // with the server's (interactive) at the next successful sign-in, and only then.
    void signInReHashesAPasswordOfOtherParameters()
    {
        TestServer server(TestServer::highRateLimits());
        QVERIFY(server.start());
        const auto created = server.runCli(
            {QStringLiteral("--password-cost"), QStringLiteral("moderate"), QStringLiteral("user"),
             QStringLiteral("add"), QStringLiteral("xena"), QStringLiteral("--email"),
             QStringLiteral("xena@example.org"), QStringLiteral("--password-stdin")},
            Password.toUtf8() + '\n');
        QCOMPARE(created.exitCode, 0);
        const auto hashOf = [&] {
            return sql(server, QStringLiteral("SELECT password_hash FROM users WHERE username = "
                                              "'xena'"))
                .value(0)
                .value(0)
                .toString();
        };
        const QString moderate = hashOf();
        QVERIFY2(moderate.startsWith(QStringLiteral("$argon2id$v=19$m=262144,t=3,")),
                 qPrintable(moderate));

        // A wrong password changes nothing.
        OAuthTestClient wrong(server);
        QCOMPARE(wrong
                     .submitSignIn(wrong.openAuthorize(), QStringLiteral("xena"),
                                   QStringLiteral("not her password"))
                     .status,
                 200);
        QCOMPARE(hashOf(), moderate);

        OAuthTestClient client(server);
        QVERIFY(!client.signIn(QStringLiteral("xena"), Password).isEmpty());
        const QString interactive = hashOf();
        QVERIFY2(interactive.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,")),
                 qPrintable(interactive));
        // The new hash is the same password, and is not redone at the next sign-in.
        OAuthTestClient again(server);
        QVERIFY(!again.signIn(QStringLiteral("xena"), Password).isEmpty());
        QCOMPARE(hashOf(), interactive);
    }
};

QTEST_GUILESS_MAIN(tst_SignInHardening)
#include "tst_signinhardening.moc"
