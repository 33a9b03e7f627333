// Personal access tokens against the real server: creation (the secret's shape, shown once,
// stored only as a hash), use as a bearer token with its scopes, last-use tracking, names, the
// per-account limit, revocation and expiry taking effect on the next request, the rule that
// PATs cannot touch the security settings, and validation.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "security/TokenFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString Password = QStringLiteral("personal-tokens-password");

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QJsonObject tokenRequest(const QString &name, const QStringList &scopes,
                         const QJsonValue &expiresInDays = QJsonValue::Null)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                       {QStringLiteral("expiresInDays"), expiresInDays}};
}

} // namespace

class tst_PersonalTokens : public QObject
{
    Q_OBJECT

private:
    // About the tokens themselves: root, the administrator, makes admin-scoped ones without
    // two-factor authentication (tst_twofactor and tst_admintwofactor test the rule with it).
    TestServer m_server{TestServer::highRateLimits() +
                        QStringList{QStringLiteral("--require-2fa-for-admins=off")}};
    HttpClient m_http;
    // OAuth access tokens with the `account` scope, one per user, from the real browser flow.
    QHash<QString, QString> m_accountTokens;

    QString accountToken(const QString &username)
    {
        if (!m_accountTokens.contains(username)) {
            OAuthTestClient client(m_server);
            const QJsonObject tokens = client.signIn(username, Password);
            m_accountTokens.insert(username,
                                   tokens.value(QStringLiteral("access_token")).toString());
        }
        return m_accountTokens.value(username);
    }

    QUrl tokensUrl(const QString &id = {}) const
    {
        return m_server.url(id.isEmpty() ? QStringLiteral("/v1/me/tokens")
                                         : QStringLiteral("/v1/me/tokens/") + id);
    }

    HttpClient::Reply create(const QString &username, const QJsonObject &body)
    {
        return m_http.postJson(tokensUrl(), body, HttpClient::bearer(accountToken(username)));
    }

    // Creates a token and returns the 201 body (with the secret); fails the test otherwise.
    QJsonObject created(const QString &username, const QString &name,
                        const QStringList &scopes = {QStringLiteral("tasks:read")},
                        const QJsonValue &expiresInDays = QJsonValue::Null)
    {
        const auto reply = create(username, tokenRequest(name, scopes, expiresInDays));
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.status == 201 ? reply.json() : QJsonObject();
    }

    QJsonArray list(const QString &username)
    {
        const auto reply = m_http.get(tokensUrl(), HttpClient::bearer(accountToken(username)));
        return reply.status == 200 ? reply.json().value(QStringLiteral("items")).toArray()
                                   : QJsonArray();
    }

    QJsonObject listed(const QString &username, const QString &id)
    {
        const QJsonArray items = list(username);
        for (const QJsonValue &item : items) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id)
                return item.toObject();
        }
        return {};
    }

    int revoke(const QString &username, const QString &id)
    {
        return m_http.send("DELETE", tokensUrl(id), {}, HttpClient::bearer(accountToken(username)))
            .status;
    }

    HttpClient::Reply me(const QString &bearer, const QByteArray &userAgent = {})
    {
        auto headers = HttpClient::bearer(bearer);
        if (!userAgent.isEmpty())
            headers.append({"User-Agent", userAgent});
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), headers);
    }

    static QString secretOf(const QJsonObject &token)
    {
        return token.value(QStringLiteral("token")).toString();
    }
    static QString idOf(const QJsonObject &token)
    {
        return token.value(QStringLiteral("id")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("pia"), Password));
        QVERIFY(m_server.createUser(QStringLiteral("quinn"), Password));
        QVERIFY(m_server.createUser(QStringLiteral("root"), Password, true));
        QVERIFY(!accountToken(QStringLiteral("pia")).isEmpty());
        QVERIFY(!accountToken(QStringLiteral("quinn")).isEmpty());
        QVERIFY(!accountToken(QStringLiteral("root")).isEmpty());
    }

    // Every test starts without tokens, so the per-account limit never leaks between tests.
    void init()
    {
        for (const QString &user :
             {QStringLiteral("pia"), QStringLiteral("quinn"), QStringLiteral("root")}) {
            const QJsonArray items = list(user);
            for (const QJsonValue &item : items)
                QCOMPARE(revoke(user, idOf(item.toObject())), 204);
            QVERIFY(list(user).isEmpty());
        }
    }

    void creationReturnsTheSecretOnce()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto reply =
            create(QStringLiteral("pia"),
                   tokenRequest(QStringLiteral("  Backup script  "),
                                {QStringLiteral("tasks:write"), QStringLiteral("tasks:read"),
                                 QStringLiteral("tasks:read")}));
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.header("Cache-Control").contains("no-store"));
        const QJsonObject token = reply.json();
        QCOMPARE(token.value(QStringLiteral("name")).toString(), QStringLiteral("Backup script"));
        QCOMPARE(token.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray({QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}));
        QVERIFY(msecs(token.value(QStringLiteral("createdAt"))) >= before - 1000);
        QVERIFY(token.value(QStringLiteral("expiresAt")).isNull());
        QVERIFY(token.value(QStringLiteral("lastUsedAt")).isNull());
        QVERIFY(token.value(QStringLiteral("lastUsedIp")).isNull());
        QVERIFY(token.value(QStringLiteral("lastUsedUserAgent")).isNull());

        // tlp_ + 40 random + 6 checksum characters, base62, checksum valid.
        const QString secret = secretOf(token);
        QCOMPARE(secret.size(), 50);
        QVERIFY(
            QRegularExpression(QStringLiteral("^tlp_[0-9A-Za-z]{46}$")).match(secret).hasMatch());
        QCOMPARE(TokenFormat::recognize(secret), TokenFormat::Kind::PersonalAccessToken);
        QString broken = secret;
        broken[49] = broken.at(49) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!TokenFormat::recognize(broken));

        // The listing shows the token but never its secret.
        const auto listing =
            m_http.get(tokensUrl(), HttpClient::bearer(accountToken(QStringLiteral("pia"))));
        QCOMPARE(listing.status, 200);
        QVERIFY(!listing.body.contains(secret.toLatin1()));
        QJsonObject shown = listed(QStringLiteral("pia"), idOf(token));
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.contains(QStringLiteral("token")));
        QJsonObject expected = token;
        expected.remove(QStringLiteral("token"));
        QCOMPARE(shown, expected);

        // Stored as the SHA-256 of the secret; the secret is nowhere in the database.
        const TestDatabase db(m_server);
        QVERIFY(db.isOpen());
        QCOMPARE(db.value(QStringLiteral("SELECT token_hash FROM personal_access_tokens "
                                         "WHERE id = ?"),
                          {idOf(token)})
                     .toString()
                     .toLatin1(),
                 TokenFormat::storageHash(secret));
        QVERIFY(!db.storesAnywhere(secret.toLatin1()));
    }

    void aPatWorksOnTheTaskApiWithItsScopes()
    {
        const QJsonObject reader = created(QStringLiteral("pia"), QStringLiteral("reader"));
        const QJsonObject writer = created(QStringLiteral("pia"), QStringLiteral("writer"),
                                           {QStringLiteral("tasks:write")});
        const QJsonObject task{{QStringLiteral("title"), QStringLiteral("From a script")}};

        const auto write = m_http.postJson(m_server.url(QStringLiteral("/v1/tasks")), task,
                                           HttpClient::bearer(secretOf(writer)));
        QCOMPARE(write.status, 201);
        const QString taskId = write.json().value(QStringLiteral("id")).toString();

        const auto read = m_http.get(m_server.url(QStringLiteral("/v1/tasks/") + taskId),
                                     HttpClient::bearer(secretOf(reader)));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json().value(QStringLiteral("title")).toString(),
                 QStringLiteral("From a script"));

        // tasks:read does not allow writing, and tasks:write does not allow reading.
        const auto refused = m_http.postJson(m_server.url(QStringLiteral("/v1/tasks")), task,
                                             HttpClient::bearer(secretOf(reader)));
        checkApiError(refused, 403, QStringLiteral("FORBIDDEN"));
        QVERIFY(refused.header("WWW-Authenticate").contains("scope=\"tasks:write\""));
        checkApiError(m_http.get(m_server.url(QStringLiteral("/v1/tasks")),
                                 HttpClient::bearer(secretOf(writer))),
                      403, QStringLiteral("FORBIDDEN"));

        // /v1/me names the credential; a PAT belongs to no session.
        const auto account = me(secretOf(reader));
        QCOMPARE(account.status, 200);
        const QJsonObject body = account.json();
        QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("pia"));
        QCOMPARE(body.value(QStringLiteral("credential")).toString(),
                 QStringLiteral("personal_access_token"));
        QVERIFY(body.contains(QStringLiteral("sessionId")));
        QVERIFY(body.value(QStringLiteral("sessionId")).isNull());
        QCOMPARE(body.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray({QStringLiteral("tasks:read")}));
        // An OAuth access token still reports itself and its session.
        const QJsonObject oauth = me(accountToken(QStringLiteral("pia"))).json();
        QCOMPARE(oauth.value(QStringLiteral("credential")).toString(),
                 QStringLiteral("access_token"));
        QVERIFY(!oauth.value(QStringLiteral("sessionId")).toString().isEmpty());
    }

    void lastUseIsRecorded()
    {
        const QJsonObject token = created(QStringLiteral("pia"), QStringLiteral("tracked"));
        QVERIFY(listed(QStringLiteral("pia"), idOf(token))
                    .value(QStringLiteral("lastUsedAt"))
                    .isNull());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(me(secretOf(token), "PatScript/2.0").status, 200);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();

        const QJsonObject shown = listed(QStringLiteral("pia"), idOf(token));
        const qint64 used = msecs(shown.value(QStringLiteral("lastUsedAt")));
        QVERIFY2(used >= before - 1000 && used <= after + 1000,
                 QJsonDocument(shown).toJson().constData());
        QCOMPARE(shown.value(QStringLiteral("lastUsedIp")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(shown.value(QStringLiteral("lastUsedUserAgent")).toString(),
                 QStringLiteral("PatScript/2.0"));
    }

    void namesAreUniqueAmongActiveTokens()
    {
        const QJsonObject first = created(QStringLiteral("pia"), QStringLiteral("laptop"));
        QVERIFY(!first.isEmpty());
        checkApiError(create(QStringLiteral("pia"), tokenRequest(QStringLiteral("laptop"),
                                                                 {QStringLiteral("tasks:read")})),
                      409, QStringLiteral("TOKEN_NAME_TAKEN"));
        // Compared after trimming.
        checkApiError(create(QStringLiteral("pia"), tokenRequest(QStringLiteral(" laptop\t"),
                                                                 {QStringLiteral("tasks:write")})),
                      409, QStringLiteral("TOKEN_NAME_TAKEN"));
        // Another account may use the same name.
        QVERIFY(!created(QStringLiteral("quinn"), QStringLiteral("laptop")).isEmpty());
        // A revoked token frees its name.
        QCOMPARE(revoke(QStringLiteral("pia"), idOf(first)), 204);
        QVERIFY(!created(QStringLiteral("pia"), QStringLiteral("laptop")).isEmpty());
    }

    void atMostFiveActiveTokens()
    {
        QStringList ids;
        for (int i = 1; i <= 5; ++i) {
            const QJsonObject token =
                created(QStringLiteral("pia"), QStringLiteral("token %1").arg(i));
            QVERIFY(!token.isEmpty());
            ids.append(idOf(token));
        }
        checkApiError(create(QStringLiteral("pia"), tokenRequest(QStringLiteral("token 6"),
                                                                 {QStringLiteral("tasks:read")})),
                      409, QStringLiteral("TOKEN_LIMIT_REACHED"));
        QCOMPARE(list(QStringLiteral("pia")).size(), 5);
        // The limit is per account.
        QVERIFY(!created(QStringLiteral("quinn"), QStringLiteral("token 6")).isEmpty());

        QCOMPARE(revoke(QStringLiteral("pia"), ids.at(2)), 204);
        QVERIFY(!created(QStringLiteral("pia"), QStringLiteral("token 6")).isEmpty());
        checkApiError(create(QStringLiteral("pia"), tokenRequest(QStringLiteral("token 7"),
                                                                 {QStringLiteral("tasks:read")})),
                      409, QStringLiteral("TOKEN_LIMIT_REACHED"));
    }

    void revocationTakesEffectOnTheNextRequest()
    {
        const QJsonObject token = created(QStringLiteral("pia"), QStringLiteral("short-lived"));
        QCOMPARE(me(secretOf(token)).status, 200);
        QCOMPARE(revoke(QStringLiteral("pia"), idOf(token)), 204);

        const auto refused = me(secretOf(token));
        checkApiError(refused, 401, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
        checkApiError(m_http.get(m_server.url(QStringLiteral("/v1/tasks")),
                                 HttpClient::bearer(secretOf(token))),
                      401, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(listed(QStringLiteral("pia"), idOf(token)).isEmpty());
        // Revoked already: nothing left to revoke.
        checkApiError(m_http.send("DELETE", tokensUrl(idOf(token)), {},
                                  HttpClient::bearer(accountToken(QStringLiteral("pia")))),
                      404, QStringLiteral("NOT_FOUND"));
    }

    // The server has no clock seam, so expiry is brought forward by writing expires_at into the
    // SQLite file while the server runs (WAL mode lets a second connection write; the server
    // reads the token row on every request and sees the change at once).
    void expiredTokensAreRefusedAndDoNotCount()
    {
        const QJsonObject token = created(QStringLiteral("pia"), QStringLiteral("expiring"),
                                          {QStringLiteral("tasks:read")}, 7);
        QVERIFY(!token.isEmpty());
        const qint64 createdAt = msecs(token.value(QStringLiteral("createdAt")));
        QCOMPARE(msecs(token.value(QStringLiteral("expiresAt"))) - createdAt,
                 7LL * 24 * 60 * 60 * 1000);
        for (int days : {30, 90, 365}) {
            const QJsonObject other =
                created(QStringLiteral("pia"), QStringLiteral("expires in %1").arg(days),
                        {QStringLiteral("tasks:read")}, days);
            QCOMPARE(msecs(other.value(QStringLiteral("expiresAt"))) -
                         msecs(other.value(QStringLiteral("createdAt"))),
                     days * 24LL * 60 * 60 * 1000);
        }
        QCOMPARE(me(secretOf(token)).status, 200);

        QCOMPARE(
            TestDatabase(m_server).execute(
                QStringLiteral("UPDATE personal_access_tokens SET expires_at = ? WHERE id = ?"),
                {QDateTime::currentMSecsSinceEpoch() - 1000, idOf(token)}),
            1);

        const auto refused = me(secretOf(token));
        checkApiError(refused, 401, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(refused.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("expired")));

        // Still listed (so it can be revoked and its name freed), but it no longer counts
        // against the limit: four active ones plus this expired one leave room for one more.
        QVERIFY(!listed(QStringLiteral("pia"), idOf(token)).isEmpty());
        QVERIFY(!created(QStringLiteral("pia"), QStringLiteral("fourth active")).isEmpty());
        QVERIFY(!created(QStringLiteral("pia"), QStringLiteral("fifth active")).isEmpty());
        QCOMPARE(list(QStringLiteral("pia")).size(), 6);
        checkApiError(create(QStringLiteral("pia"), tokenRequest(QStringLiteral("sixth active"),
                                                                 {QStringLiteral("tasks:read")})),
                      409, QStringLiteral("TOKEN_LIMIT_REACHED"));
        // Its name stays taken until it is revoked.
        checkApiError(create(QStringLiteral("pia"), tokenRequest(QStringLiteral("expiring"),
                                                                 {QStringLiteral("tasks:read")})),
                      409, QStringLiteral("TOKEN_NAME_TAKEN"));
    }

    void patsCannotManageTheSecuritySettings()
    {
        const QJsonObject token = created(
            QStringLiteral("root"), QStringLiteral("everything"),
            {QStringLiteral("tasks:read"), QStringLiteral("tasks:write"), QStringLiteral("admin")});
        QVERIFY(!token.isEmpty());
        const auto pat = HttpClient::bearer(secretOf(token));
        const auto listing = m_http.get(tokensUrl(), pat);
        checkApiError(listing, 403, QStringLiteral("FORBIDDEN"));
        // Refused for what it is, not for a missing scope: no scope would let it in.
        QVERIFY(!listing.header("WWW-Authenticate").contains("insufficient_scope"));
        QVERIFY(listing.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Personal access tokens")));
        checkApiError(
            m_http.postJson(tokensUrl(),
                            tokenRequest(QStringLiteral("minted"), {QStringLiteral("tasks:read")}),
                            pat),
            403, QStringLiteral("FORBIDDEN"));
        checkApiError(m_http.send("DELETE", tokensUrl(idOf(token)), {}, pat), 403,
                      QStringLiteral("FORBIDDEN"));
        // Nothing was minted and the token was not revoked.
        QCOMPARE(list(QStringLiteral("root")).size(), 1);
        QCOMPARE(me(secretOf(token)).status, 200);

        // An OAuth access token needs the account scope.
        OAuthTestClient client(m_server);
        client.scope = QStringLiteral("tasks:read tasks:write");
        const QString narrow = client.signIn(QStringLiteral("pia"), Password)
                                   .value(QStringLiteral("access_token"))
                                   .toString();
        const auto noScope = m_http.get(tokensUrl(), HttpClient::bearer(narrow));
        checkApiError(noScope, 403, QStringLiteral("FORBIDDEN"));
        QVERIFY(noScope.header("WWW-Authenticate").contains("scope=\"account\""));
        // And no token at all is a 401.
        checkApiError(m_http.get(tokensUrl()), 401, QStringLiteral("UNAUTHORIZED"));
    }

    void adminScopeOnlyForAdministrators()
    {
        const auto refused =
            create(QStringLiteral("pia"),
                   tokenRequest(QStringLiteral("sneaky"),
                                {QStringLiteral("tasks:read"), QStringLiteral("admin")}));
        checkApiError(refused, 422, QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(refused.json()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("scopes"));
        QVERIFY(list(QStringLiteral("pia")).isEmpty());

        const QJsonObject token = created(QStringLiteral("root"), QStringLiteral("admin script"),
                                          {QStringLiteral("admin"), QStringLiteral("tasks:read")});
        QCOMPARE(token.value(QStringLiteral("scopes")).toArray(),
                 QJsonArray({QStringLiteral("tasks:read"), QStringLiteral("admin")}));
    }

    void invalidRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");

        QTest::newRow("unknown field")
            << QByteArray("{\"name\":\"a\",\"scopes\":[\"tasks:read\"],\"owner\":\"x\"}")
            << QStringLiteral("owner");
        QTest::newRow("no name") << QByteArray("{\"scopes\":[\"tasks:read\"]}")
                                 << QStringLiteral("name");
        QTest::newRow("blank name") << QByteArray("{\"name\":\"   \",\"scopes\":[\"tasks:read\"]}")
                                    << QStringLiteral("name");
        QTest::newRow("name not a string")
            << QByteArray("{\"name\":7,\"scopes\":[\"tasks:read\"]}") << QStringLiteral("name");
        QTest::newRow("name too long") << (QByteArray("{\"name\":\"") + QByteArray(101, 'n') +
                                           QByteArray("\",\"scopes\":[\"tasks:read\"]}"))
                                       << QStringLiteral("name");
        QTest::newRow("no scopes") << QByteArray("{\"name\":\"a\"}") << QStringLiteral("scopes");
        QTest::newRow("empty scopes")
            << QByteArray("{\"name\":\"a\",\"scopes\":[]}") << QStringLiteral("scopes");
        QTest::newRow("scopes not an array")
            << QByteArray("{\"name\":\"a\",\"scopes\":\"tasks:read\"}") << QStringLiteral("scopes");
        QTest::newRow("account scope")
            << QByteArray("{\"name\":\"a\",\"scopes\":[\"account\"]}") << QStringLiteral("scopes");
        QTest::newRow("unknown scope")
            << QByteArray("{\"name\":\"a\",\"scopes\":[\"tasks:read\",\"tasks:delete\"]}")
            << QStringLiteral("scopes");
        QTest::newRow("scope not a string")
            << QByteArray("{\"name\":\"a\",\"scopes\":[1]}") << QStringLiteral("scopes");
        QTest::newRow("8 days")
            << QByteArray("{\"name\":\"a\",\"scopes\":[\"tasks:read\"],\"expiresInDays\":8}")
            << QStringLiteral("expiresInDays");
        QTest::newRow("days as a string")
            << QByteArray("{\"name\":\"a\",\"scopes\":[\"tasks:read\"],\"expiresInDays\":\"7\"}")
            << QStringLiteral("expiresInDays");
        QTest::newRow("huge days")
            << QByteArray("{\"name\":\"a\",\"scopes\":[\"tasks:read\"],\"expiresInDays\":1e300}")
            << QStringLiteral("expiresInDays");
        QTest::newRow("fractional days")
            << QByteArray("{\"name\":\"a\",\"scopes\":[\"tasks:read\"],\"expiresInDays\":7.5}")
            << QStringLiteral("expiresInDays");
    }

    void invalidRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto reply = m_http.post(tokensUrl(), body, "application/json",
                                       HttpClient::bearer(accountToken(QStringLiteral("pia"))));
        checkApiError(reply, 422, QStringLiteral("VALIDATION_FAILED"));
        const QJsonArray details = reply.json().value(QStringLiteral("details")).toArray();
        QCOMPARE(details.size(), 1);
        QCOMPARE(details.at(0).toObject().value(QStringLiteral("field")).toString(), field);
        QVERIFY(list(QStringLiteral("pia")).isEmpty());
    }

    void malformedBodies()
    {
        const auto headers = HttpClient::bearer(accountToken(QStringLiteral("pia")));
        checkApiError(m_http.post(tokensUrl(), "{\"name\":", "application/json", headers), 400,
                      QStringLiteral("BAD_REQUEST"));
        checkApiError(m_http.post(tokensUrl(), "[]", "application/json", headers), 400,
                      QStringLiteral("BAD_REQUEST"));
        checkApiError(
            m_http.post(tokensUrl(), "name=a", "application/x-www-form-urlencoded", headers), 415,
            QStringLiteral("UNSUPPORTED_MEDIA_TYPE"));
        // The longest allowed name is fine.
        QVERIFY(!created(QStringLiteral("pia"), QString(100, QLatin1Char('n'))).isEmpty());
    }

    void anotherUsersTokenIsNotFound()
    {
        const QJsonObject token = created(QStringLiteral("pia"), QStringLiteral("mine"));
        checkApiError(m_http.send("DELETE", tokensUrl(idOf(token)), {},
                                  HttpClient::bearer(accountToken(QStringLiteral("quinn")))),
                      404, QStringLiteral("NOT_FOUND"));
        QVERIFY(list(QStringLiteral("quinn")).isEmpty());
        QCOMPARE(me(secretOf(token)).status, 200);
        checkApiError(m_http.send("DELETE", tokensUrl(QStringLiteral("no-such-id")), {},
                                  HttpClient::bearer(accountToken(QStringLiteral("pia")))),
                      404, QStringLiteral("NOT_FOUND"));
    }

    void aDisabledAccountsTokensStopWorking()
    {
        QVERIFY(m_server.createUser(QStringLiteral("rex"), Password));
        const QJsonObject token = created(QStringLiteral("rex"), QStringLiteral("cron"));
        QCOMPARE(me(secretOf(token)).status, 200);
        QCOMPARE(
            m_server
                .runCli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("rex")})
                .exitCode,
            0);
        checkApiError(me(secretOf(token)), 401, QStringLiteral("UNAUTHORIZED"));
    }
};

QTEST_GUILESS_MAIN(tst_PersonalTokens)
#include "tst_personaltokens.moc"
