// Issue 14's team deployment, for real: two tasklane-server instances on one database behind
// HAProxy terminating TLS (scripts/team-proxy.sh), round-robin without stickiness. Whatever one
// instance does must hold on the other on the very next request, the client's address is the
// one the proxy forwards (and only the proxy's forwarding is believed), and an instance killed
// mid-load loses no write it acknowledged.
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TeamDeployment.h"
#include "TwoFactorAccount.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

const QString Password = QStringLiteral("team-deployment-password");
const QByteArray InstanceHeader = "X-Tasklane-Instance";

// The instances that answered `replies` (the proxy names each in a response header).
QSet<QByteArray> instancesOf(const QList<HttpClient::Reply> &replies)
{
    QSet<QByteArray> instances;
    for (const auto &reply : replies)
        instances.insert(reply.header(InstanceHeader));
    return instances;
}

} // namespace

class tst_TeamDeployment : public QObject
{
    Q_OBJECT

private slots:
    void metadataThroughTheProxyNamesIt()
    {
        TeamDeployment team;
        QVERIFY(team.start());
        HttpClient http;
        team.trustProxy(http);
        QList<HttpClient::Reply> replies;
        for (int i = 0; i < 4; ++i) {
            replies << http.get(
                team.url(QStringLiteral("/.well-known/oauth-authorization-server")));
            QCOMPARE(replies.last().status, 200);
            const QJsonObject metadata = replies.last().json();
            QCOMPARE(metadata.value(QStringLiteral("issuer")).toString(), team.issuer());
            QVERIFY(team.issuer().startsWith(QLatin1String("https://127.0.0.1:")));
            QCOMPARE(metadata.value(QStringLiteral("authorization_endpoint")).toString(),
                     team.issuer() + QStringLiteral("/oauth2/authorize"));
            QCOMPARE(metadata.value(QStringLiteral("token_endpoint")).toString(),
                     team.issuer() + QStringLiteral("/oauth2/token"));
        }
        // Round-robin: answers from each instance, all naming the proxy.
        QCOMPARE(instancesOf(replies).size(), 2);

        // The proxy's certificate is made for the test: a client that trusts only the system's
        // CAs refuses it.
        HttpClient untrusting;
        const auto refused = untrusting.get(team.url(QStringLiteral("/healthz")));
        QCOMPARE(refused.status, 0);
        QVERIFY2(!refused.networkError.isEmpty(), "TLS must fail without the test CA");
    }

    void signInThroughThePagesOfEitherInstance()
    {
        TeamDeployment team(TestServer::highRateLimits());
        QVERIFY(team.start());
        QVERIFY(team.first().createUser(QStringLiteral("ada"), Password));
        OAuthTestClient client(team.issuer());
        team.trustProxy(client.http);

        // Step by step, to see which instance served each: the page state (pending request,
        // CSRF token, browser binding) must hold whichever instance answers the next step.
        QList<HttpClient::Reply> steps;
        steps << client.openAuthorize();
        QCOMPARE(steps.last().status, 200);
        steps << client.submitSignIn(steps.last(), QStringLiteral("ada"), Password);
        QCOMPARE(steps.last().status, 200);
        QVERIFY2(steps.last().body.contains("Allow access"), steps.last().body.constData());
        steps << client.submitConsent(steps.last(), QStringLiteral("approve"));
        QCOMPARE(steps.last().status, 303);
        // The redirect names the issuer behind the proxy (RFC 9207 iss).
        QCOMPARE(OAuthTestClient::redirectParam(steps.last(), QStringLiteral("iss")),
                 team.issuer());
        const QString code = OAuthTestClient::redirectParam(steps.last(), QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        steps << client.exchangeCode(code);
        QCOMPARE(steps.last().status, 200);
        QCOMPARE(instancesOf(steps).size(), 2);

        const QString token = steps.last().json().value(QStringLiteral("access_token")).toString();
        QList<HttpClient::Reply> uses;
        for (int i = 0; i < 4; ++i) {
            uses << client.http.get(team.url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
            QCOMPARE(uses.last().status, 200);
            QCOMPARE(uses.last().json().value(QStringLiteral("username")).toString(),
                     QStringLiteral("ada"));
        }
        QCOMPARE(instancesOf(uses).size(), 2);
    }

    void revokeOnOneInstanceHoldsOnTheOtherAtOnce()
    {
        TeamDeployment team(TestServer::highRateLimits());
        QVERIFY(team.start());
        const QString token = signIn(team, QStringLiteral("bea"));
        QVERIFY(!token.isEmpty());
        HttpClient http;
        team.trustProxy(http);
        // Both instances have authenticated (and cached) the token before it is revoked.
        QList<HttpClient::Reply> before;
        for (int i = 0; i < 4; ++i) {
            before << http.get(team.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
            QCOMPARE(before.last().status, 200);
        }
        QCOMPARE(instancesOf(before).size(), 2);
        const auto me = http.get(team.url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
        const QString sessionId = me.json().value(QStringLiteral("sessionId")).toString();
        QVERIFY(!sessionId.isEmpty());

        // Revoked through the second instance's own API, not through the proxy.
        HttpClient direct;
        QCOMPARE(direct
                     .send("DELETE",
                           team.second().url(QStringLiteral("/v1/me/sessions/") + sessionId),
                           QByteArray(), HttpClient::bearer(token))
                     .status,
                 204);

        QList<HttpClient::Reply> after;
        for (int i = 0; i < 6; ++i) {
            after << http.get(team.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
            QCOMPARE(after.last().status, 401);
        }
        QCOMPARE(instancesOf(after).size(), 2);
    }

    void noAcknowledgedWriteIsLostWhenAnInstanceIsKilled()
    {
        TeamDeployment team(TestServer::highRateLimits());
        QVERIFY(team.start());
        const QString token = signIn(team, QStringLiteral("cleo"));
        QVERIFY(!token.isEmpty());

        // Creations through the proxy, kept `InFlight` at a time over several connections;
        // after `KillAfter` acknowledgements the first instance gets SIGKILL.
        constexpr int Total = 240;
        constexpr int InFlight = 24;
        constexpr int KillAfter = 60;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        for (int i = 0; i < 4; ++i)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        QHash<QString, QString> acknowledged; // task id -> title
        int started = 0;
        int finished = 0;
        int failed = 0;
        int startedAfterKill = 0;
        QStringList failuresAfterKill;
        bool killed = false;
        QSet<QByteArray> instancesBeforeKill;
        QSet<QByteArray> instancesAfterKill;
        QEventLoop loop;
        std::function<void()> startOne = [&] {
            const int index = started++;
            const bool afterKill = killed;
            const QString title = QStringLiteral("Acknowledged %1").arg(index);
            QNetworkRequest request(team.url(QStringLiteral("/v1/tasks")));
            request.setSslConfiguration(team.proxy().sslConfiguration());
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setTransferTimeout(30000);
            QNetworkReply *reply = managers[index % managers.size()]->post(
                request, QJsonDocument(QJsonObject{{QStringLiteral("title"), title}}).toJson());
            connect(reply, &QNetworkReply::finished, &loop, [&, reply, title, afterKill] {
                reply->deleteLater();
                ++finished;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 201) {
                    const QJsonObject task = QJsonDocument::fromJson(reply->readAll()).object();
                    acknowledged.insert(task.value(QStringLiteral("id")).toString(), title);
                } else {
                    ++failed;
                }
                if (afterKill) {
                    instancesAfterKill.insert(reply->rawHeader(InstanceHeader));
                    if (status != 201)
                        failuresAfterKill
                            << QStringLiteral("%1 %2").arg(status).arg(reply->errorString());
                }
                if (!killed)
                    instancesBeforeKill.insert(reply->rawHeader(InstanceHeader));
                if (!killed && acknowledged.size() >= KillAfter) {
                    killed = true;
                    team.first().kill();
                }
                if (started < Total) {
                    if (killed)
                        ++startedAfterKill;
                    startOne();
                } else if (finished == Total) {
                    loop.quit();
                }
            });
        };
        for (int i = 0; i < InFlight; ++i)
            startOne();
        loop.exec();

        QVERIFY(killed);
        QVERIFY(!team.first().isRunning());
        QCOMPARE(instancesBeforeKill.size(), 2);
        qInfo("%lld acknowledged, %d failed (in flight at the kill), %d started after it",
              qint64(acknowledged.size()), failed, startedAfterKill);
        // Requests sent after the kill are served by the other instance: a connection the
        // dead one refuses is retried there by the proxy.
        QVERIFY(startedAfterKill >= Total - KillAfter - InFlight);
        QVERIFY2(failuresAfterKill.isEmpty(), qPrintable(failuresAfterKill.join(u'\n')));
        QCOMPARE(instancesAfterKill.size(), 1);
        QVERIFY(failed <= InFlight);

        // Every acknowledged creation is in the list, read through the proxy (the survivor).
        HttpClient http;
        team.trustProxy(http);
        QHash<QString, QString> listed;
        QString cursor;
        do {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            QUrl url = team.url(QStringLiteral("/v1/tasks"));
            url.setQuery(query);
            const auto page = http.get(url, HttpClient::bearer(token));
            QCOMPARE(page.status, 200);
            for (const auto &item : page.json().value(QStringLiteral("items")).toArray()) {
                const QJsonObject task = item.toObject();
                listed.insert(task.value(QStringLiteral("id")).toString(),
                              task.value(QStringLiteral("title")).toString());
            }
            cursor = page.json().value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            QVERIFY2(listed.value(it.key()) == it.value(), qPrintable(it.value()));
        // What was not acknowledged may or may not have been written. It may even be written
        // twice: when the killed instance drops a request it was answering, the proxy closes
        // the client's connection without an answer and QNetworkAccessManager sends the POST
        // again (as browsers do); only an idempotency key would tell the two apart.
        const QStringList titles = listed.values();
        const QSet<QString> distinct(titles.cbegin(), titles.cend());
        QVERIFY(distinct.size() <= Total);
    }

    void theClientAddressIsTheOneTheProxyForwards()
    {
        TeamDeployment team(TestServer::highRateLimits());
        QVERIFY(team.start());
        QVERIFY(team.first().createUser(QStringLiteral("dana"), Password));
        // The client claims another address itself, on every request of its sign-in.
        OAuthTestClient client(team.issuer());
        team.trustProxy(client.http);
        client.http.defaultHeaders = {{"X-Forwarded-For", "198.51.100.66"}};
        const QString token = client.signIn(QStringLiteral("dana"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());

        // The proxy reaches the instances from 127.0.0.3 and appends the address it saw, the
        // client's 127.0.0.1: that is what both instances record, neither the proxy's own nor
        // the one the client made up.
        QList<HttpClient::Reply> lists;
        for (int i = 0; i < 4; ++i) {
            lists << client.http.get(team.url(QStringLiteral("/v1/me/sessions")),
                                     HttpClient::bearer(token));
            QCOMPARE(lists.last().status, 200);
            QCOMPARE(currentSessionIp(lists.last()), QStringLiteral("127.0.0.1"));
        }
        QCOMPARE(instancesOf(lists).size(), 2);
        const auto events = client.http.get(team.url(QStringLiteral("/v1/me/security-events")),
                                            HttpClient::bearer(token));
        QCOMPARE(events.status, 200);
        const QJsonArray items = events.json().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        for (const auto &item : items)
            QCOMPARE(item.toObject().value(QStringLiteral("ip")).toString(),
                     QStringLiteral("127.0.0.1"));

        // Straight to an instance the client is not the trusted proxy: its header is ignored.
        // (The pages need the proxy: with an https issuer the browser cookie is Secure.)
        OAuthTestClient second(team.issuer());
        team.trustProxy(second.http);
        const QString code = second.authorizationCode(QStringLiteral("dana"), Password);
        QVERIFY(!code.isEmpty());
        HttpClient direct;
        direct.defaultHeaders = {{"X-Forwarded-For", "203.0.113.9"}};
        const auto exchanged =
            direct.postForm(team.second().url(QStringLiteral("/oauth2/token")),
                            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("client_id"), second.clientId},
                             {QStringLiteral("code"), code},
                             {QStringLiteral("redirect_uri"), second.redirectUri},
                             {QStringLiteral("code_verifier"), second.verifier}});
        QCOMPARE(exchanged.status, 200);
        const QString directToken =
            exchanged.json().value(QStringLiteral("access_token")).toString();
        const auto sessions = direct.get(team.second().url(QStringLiteral("/v1/me/sessions")),
                                         HttpClient::bearer(directToken));
        QCOMPARE(sessions.status, 200);
        QCOMPARE(currentSessionIp(sessions), QStringLiteral("127.0.0.1"));
    }

    void rateLimitHoldsAcrossBothInstances()
    {
        TeamDeployment team({QStringLiteral("--rate-limit-credential"), QStringLiteral("6"),
                             QStringLiteral("--rate-limit-ip"), QStringLiteral("100000")});
        QVERIFY(team.start());
        const QString token = signIn(team, QStringLiteral("eve"));
        QVERIFY(!token.isEmpty());
        HttpClient http;
        team.trustProxy(http);
        QList<HttpClient::Reply> allowed;
        for (int i = 0; i < 6; ++i) {
            allowed << http.get(team.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
            QCOMPARE(allowed.last().status, 200);
        }
        QCOMPARE(instancesOf(allowed).size(), 2);
        // Six requests, three on each instance: the seventh is over the token's budget of six
        // wherever it lands.
        const auto seventh =
            http.get(team.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
        QCOMPARE(seventh.status, 429);
        QVERIFY(seventh.header("Retry-After").toInt() > 0);
    }

    void twoFactorLockoutOnOneInstanceHoldsOnTheOther()
    {
        TeamDeployment team(TestServer::highRateLimits());
        QVERIFY(team.start());
        const QString token = signIn(team, QStringLiteral("fay"));
        QVERIFY(!token.isEmpty());
        HttpClient direct;
        TwoFactorAccount fay = TwoFactorAccount::enable(team.first(), direct, token);
        QVERIFY(!fay.isEmpty());

        // Five wrong codes at the first instance lock the account's code checks...
        const auto regenerate = [&](TestServer &instance, const QString &code) {
            return direct.postJson(instance.url(QStringLiteral("/v1/me/2fa/backup-codes")),
                                   QJsonObject{{QStringLiteral("code"), code}},
                                   HttpClient::bearer(token));
        };
        for (int i = 0; i < 4; ++i)
            QCOMPARE(regenerate(team.first(), QStringLiteral("zzzz-zzzz")).status, 403);
        const auto locked = regenerate(team.first(), QStringLiteral("zzzz-zzzz"));
        QCOMPARE(locked.status, 403);
        QCOMPARE(locked.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("TWO_FACTOR_LOCKED"));

        // ...on the second instance at once, even for a right code...
        const auto refused = regenerate(team.second(), fay.takeBackupCode());
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("TWO_FACTOR_LOCKED"));

        // ...and on the two-factor page of a sign-in through the proxy, whichever instance
        // serves it.
        OAuthTestClient browser(team.issuer());
        team.trustProxy(browser.http);
        const auto page =
            browser.submitSignIn(browser.openAuthorize(), QStringLiteral("fay"), Password);
        QVERIFY(OAuthTestClient::isTwoFactorPage(page));
        const auto lockedPage = browser.submitTwoFactor(page, fay.takeBackupCode());
        QCOMPARE(lockedPage.status, 429);
        QVERIFY2(lockedPage.body.contains("Too many wrong codes."), lockedPage.body.constData());
    }

private:
    // Creates `username` and signs in through the proxy; the access token (empty on failure).
    static QString signIn(TeamDeployment &team, const QString &username)
    {
        if (!team.first().createUser(username, Password))
            return {};
        OAuthTestClient client(team.issuer());
        team.trustProxy(client.http);
        return client.signIn(username, Password).value(QStringLiteral("access_token")).toString();
    }

    static QString currentSessionIp(const HttpClient::Reply &sessions)
    {
        for (const auto &item : sessions.json().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("current")).toBool())
                return item.toObject().value(QStringLiteral("ip")).toString();
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(tst_TeamDeployment)
#include "tst_teamdeployment.moc"
