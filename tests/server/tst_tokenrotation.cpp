// Personal access token rotation against the real server (docs/api.md 12.4a): one request makes
// a new token with the old one's name, scopes and lifetime and shows its secret once; the old
// token keeps working through the overlap and is refused after it (the server's clock is moved,
// not waited for); what cannot be rotated is refused with a reason; the per-account limit is
// untouched; the security log records it.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "ServerClock.h"
#include "TestDatabase.h"
#include "TestServer.h"
#include "security/TokenFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString Password = QStringLiteral("token-rotation-password");
constexpr qint64 HourMs = 60 * 60 * 1000;

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString idOf(const QJsonObject &token)
{
    return token.value(QStringLiteral("id")).toString();
}

QString secretOf(const QJsonObject &token)
{
    return token.value(QStringLiteral("token")).toString();
}

QByteArray overlapBody(const QJsonValue &seconds)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("overlapSeconds"), seconds}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class tst_TokenRotation : public QObject
{
    Q_OBJECT

private:
    ServerClock m_clock;
    TestServer m_server{TestServer::highRateLimits() + m_clock.arguments()};
    HttpClient m_http;
    QHash<QString, QString> m_accountTokens;

    // An OAuth access token with `account` (the browser flow); signed in again after the clock
    // moved past its lifetime.
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

    void advanceMs(qint64 ms)
    {
        m_clock.advanceMs(ms);
        m_accountTokens.clear();
    }

    QUrl tokensUrl(const QString &id = {}, const QString &action = {}) const
    {
        QString path = QStringLiteral("/v1/me/tokens");
        if (!id.isEmpty())
            path += QLatin1Char('/') + id;
        if (!action.isEmpty())
            path += QLatin1Char('/') + action;
        return m_server.url(path);
    }

    QJsonObject created(const QString &username, const QString &name,
                        const QStringList &scopes = {QStringLiteral("tasks:read")},
                        const QJsonValue &expiresInDays = QJsonValue::Null)
    {
        const auto reply = m_http.postJson(
            tokensUrl(),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                        {QStringLiteral("expiresInDays"), expiresInDays}},
            HttpClient::bearer(accountToken(username)));
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.status == 201 ? reply.json() : QJsonObject();
    }

    HttpClient::Reply rotate(const QString &username, const QString &id,
                             const QByteArray &body = {},
                             const QByteArray &contentType = "application/json")
    {
        return m_http.post(tokensUrl(id, QStringLiteral("rotate")), body, contentType,
                           HttpClient::bearer(accountToken(username)));
    }

    QJsonObject rotated(const QString &username, const QString &id, const QByteArray &body = {})
    {
        const auto reply = rotate(username, id, body);
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
            if (idOf(item.toObject()) == id)
                return item.toObject();
        }
        return {};
    }

    int useStatus(const QString &secret)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(secret))
            .status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("pia"), Password));
        QVERIFY(m_server.createUser(QStringLiteral("quinn"), Password));
    }

    // Every test starts without tokens, so the per-account limit never leaks between tests.
    void init()
    {
        for (const QString &user : {QStringLiteral("pia"), QStringLiteral("quinn")}) {
            const QJsonArray items = list(user);
            for (const QJsonValue &item : items)
                QCOMPARE(m_http
                             .send("DELETE", tokensUrl(idOf(item.toObject())), {},
                                   HttpClient::bearer(accountToken(user)))
                             .status,
                         204);
            QVERIFY(list(user).isEmpty());
        }
    }

    void rotationKeepsNameScopesAndLifetime()
    {
        const QJsonObject old =
            created(QStringLiteral("pia"), QStringLiteral("Backup script"),
                    {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}, 30);
        QVERIFY(!old.isEmpty());
        advanceMs(HourMs); // so the new token's createdAt differs from the old one's

        const QJsonObject fresh = rotated(QStringLiteral("pia"), idOf(old));
        QVERIFY(!fresh.isEmpty());
        QVERIFY(idOf(fresh) != idOf(old));
        QCOMPARE(fresh.value(QStringLiteral("name")), old.value(QStringLiteral("name")));
        QCOMPARE(fresh.value(QStringLiteral("scopes")), old.value(QStringLiteral("scopes")));
        // Made now, an hour (and the requests in between) after the old one.
        QVERIFY(msecs(fresh.value(QStringLiteral("createdAt"))) -
                    msecs(old.value(QStringLiteral("createdAt"))) >=
                HourMs);
        // The same lifetime (30 days) from its own creation, so it outlives the old one.
        QCOMPARE(msecs(fresh.value(QStringLiteral("expiresAt"))) -
                     msecs(fresh.value(QStringLiteral("createdAt"))),
                 msecs(old.value(QStringLiteral("expiresAt"))) -
                     msecs(old.value(QStringLiteral("createdAt"))));
        QVERIFY(msecs(fresh.value(QStringLiteral("expiresAt"))) >
                msecs(old.value(QStringLiteral("expiresAt"))));
        QVERIFY(fresh.value(QStringLiteral("lastUsedAt")).isNull());
        QVERIFY(fresh.value(QStringLiteral("replacedBy")).isNull());
        QCOMPARE(fresh.value(QStringLiteral("rotatedTokenId")).toString(), idOf(old));
        // The default overlap: one hour from the rotation.
        QCOMPARE(msecs(fresh.value(QStringLiteral("rotatedTokenValidUntil"))) -
                     msecs(fresh.value(QStringLiteral("createdAt"))),
                 HourMs);

        // A new secret, in the personal access token format, shown in this answer only.
        const QString secret = secretOf(fresh);
        QCOMPARE(TokenFormat::recognize(secret), TokenFormat::Kind::PersonalAccessToken);
        QVERIFY(secret != secretOf(old));
        for (const QJsonValue &item : list(QStringLiteral("pia")))
            QVERIFY(!item.toObject().contains(QStringLiteral("token")));

        // Both are listed, the new one first; the old one says until when and by what.
        const QJsonArray items = list(QStringLiteral("pia"));
        QCOMPARE(items.size(), 2);
        QCOMPARE(idOf(items.at(0).toObject()), idOf(fresh));
        const QJsonObject oldListed = items.at(1).toObject();
        QCOMPARE(idOf(oldListed), idOf(old));
        QCOMPARE(oldListed.value(QStringLiteral("replacedBy")).toString(), idOf(fresh));
        QCOMPARE(oldListed.value(QStringLiteral("validUntil")),
                 fresh.value(QStringLiteral("rotatedTokenValidUntil")));
        QVERIFY(items.at(0).toObject().value(QStringLiteral("validUntil")).isNull());

        // The security log says so, with both ids and no secret.
        const auto log =
            m_http.get(m_server.url(QStringLiteral("/v1/me/security-events?type=token.rotated")),
                       HttpClient::bearer(accountToken(QStringLiteral("pia"))));
        QCOMPARE(log.status, 200);
        const QJsonArray events = log.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject details =
            events.at(0).toObject().value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("tokenId")).toString(), idOf(old));
        QCOMPARE(details.value(QStringLiteral("newTokenId")).toString(), idOf(fresh));
        QCOMPARE(details.value(QStringLiteral("tokenName")).toString(),
                 QStringLiteral("Backup script"));
        QVERIFY(!log.body.contains(secret.toUtf8()));
    }

    void theOldTokenWorksUntilTheOverlapEnds()
    {
        const QJsonObject old = created(QStringLiteral("pia"), QStringLiteral("cron"));
        QCOMPARE(useStatus(secretOf(old)), 200);
        const QJsonObject fresh = rotated(QStringLiteral("pia"), idOf(old));
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(useStatus(secretOf(fresh)), 200);
        QCOMPARE(useStatus(secretOf(old)), 200);

        advanceMs(HourMs - 60 * 1000);
        QCOMPARE(useStatus(secretOf(old)), 200);
        QVERIFY(!listed(QStringLiteral("pia"), idOf(old)).isEmpty());

        // Past the overlap: refused like a revoked token, gone from the list; no write was
        // needed for that, so the cached look-up must not keep it alive either.
        advanceMs(2 * 60 * 1000);
        const auto refused =
            m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(secretOf(old)));
        checkApiError(refused, 401, QStringLiteral("UNAUTHORIZED"));
        QVERIFY(refused.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("revoked")));
        QVERIFY(listed(QStringLiteral("pia"), idOf(old)).isEmpty());
        QCOMPARE(list(QStringLiteral("pia")).size(), 1);
        QCOMPARE(useStatus(secretOf(fresh)), 200);
    }

    void overlapZeroRevokesTheOldTokenAtOnce()
    {
        const QJsonObject old = created(QStringLiteral("pia"), QStringLiteral("leaked"));
        const QJsonObject fresh = rotated(QStringLiteral("pia"), idOf(old), overlapBody(0));
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(fresh.value(QStringLiteral("rotatedTokenValidUntil")),
                 fresh.value(QStringLiteral("createdAt")));
        checkApiError(
            m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(secretOf(old))),
            401, QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(useStatus(secretOf(fresh)), 200);
        QCOMPARE(list(QStringLiteral("pia")).size(), 1);
    }

    void theLongestOverlapIsSevenDays()
    {
        const QJsonObject old = created(QStringLiteral("pia"), QStringLiteral("slow rollout"));
        const QJsonObject fresh =
            rotated(QStringLiteral("pia"), idOf(old), overlapBody(7 * 24 * 60 * 60));
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(msecs(fresh.value(QStringLiteral("rotatedTokenValidUntil"))) -
                     msecs(fresh.value(QStringLiteral("createdAt"))),
                 7 * ServerClock::DayMs);
    }

    void revokingDuringTheOverlapTakesEffectAtOnce()
    {
        const QJsonObject old = created(QStringLiteral("pia"), QStringLiteral("old"));
        const QJsonObject fresh = rotated(QStringLiteral("pia"), idOf(old));
        QCOMPARE(useStatus(secretOf(old)), 200);
        QCOMPARE(m_http
                     .send("DELETE", tokensUrl(idOf(old)), {},
                           HttpClient::bearer(accountToken(QStringLiteral("pia"))))
                     .status,
                 204);
        QCOMPARE(useStatus(secretOf(old)), 401);
        QCOMPARE(useStatus(secretOf(fresh)), 200);
    }

    // Rotation swaps one active token for another, so it works at the limit and leaves the
    // count where it was: the old token in its overlap does not count.
    void rotationDoesNotCountAgainstTheLimit()
    {
        QStringList ids;
        for (int i = 1; i <= 5; ++i)
            ids.append(idOf(created(QStringLiteral("pia"), QStringLiteral("token %1").arg(i))));
        const QJsonObject fresh = rotated(QStringLiteral("pia"), ids.at(0));
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(list(QStringLiteral("pia")).size(), 6);
        const auto refused = m_http.postJson(
            tokensUrl(),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("token 6")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
            HttpClient::bearer(accountToken(QStringLiteral("pia"))));
        checkApiError(refused, 409, QStringLiteral("TOKEN_LIMIT_REACHED"));
    }

    void whatCannotBeRotated()
    {
        // Unknown, and another user's (answered alike; the token is untouched).
        checkApiError(rotate(QStringLiteral("pia"), QStringLiteral("no-such-id")), 404,
                      QStringLiteral("NOT_FOUND"));
        const QJsonObject quinns = created(QStringLiteral("quinn"), QStringLiteral("theirs"));
        checkApiError(rotate(QStringLiteral("pia"), idOf(quinns)), 404,
                      QStringLiteral("NOT_FOUND"));
        QCOMPARE(list(QStringLiteral("quinn")).size(), 1);
        QVERIFY(list(QStringLiteral("pia")).isEmpty());

        // Already rotated: the old one, in its overlap.
        const QJsonObject old = created(QStringLiteral("pia"), QStringLiteral("twice"));
        QVERIFY(!rotated(QStringLiteral("pia"), idOf(old)).isEmpty());
        checkApiError(rotate(QStringLiteral("pia"), idOf(old)), 409,
                      QStringLiteral("TOKEN_ALREADY_ROTATED"));

        // Revoked.
        const QJsonObject revoked = created(QStringLiteral("pia"), QStringLiteral("revoked"));
        QCOMPARE(m_http
                     .send("DELETE", tokensUrl(idOf(revoked)), {},
                           HttpClient::bearer(accountToken(QStringLiteral("pia"))))
                     .status,
                 204);
        checkApiError(rotate(QStringLiteral("pia"), idOf(revoked)), 409,
                      QStringLiteral("TOKEN_REVOKED"));

        // Expired (brought forward in the database, as tst_personaltokens does).
        const QJsonObject expired = created(QStringLiteral("pia"), QStringLiteral("expired"),
                                            {QStringLiteral("tasks:read")}, 7);
        QCOMPARE(
            TestDatabase(m_server).execute(
                QStringLiteral("UPDATE personal_access_tokens SET expires_at = ? WHERE id = ?"),
                {m_clock.now().toMSecsSinceEpoch() - 1000, idOf(expired)}),
            1);
        checkApiError(rotate(QStringLiteral("pia"), idOf(expired)), 409,
                      QStringLiteral("TOKEN_EXPIRED"));
        // Nothing was made by the refusals: twice and its replacement, and the expired one.
        QCOMPARE(list(QStringLiteral("pia")).size(), 3);
    }

    void invalidBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative") << overlapBody(-1) << QStringLiteral("overlapSeconds");
        QTest::newRow("over seven days")
            << overlapBody(7 * 24 * 60 * 60 + 1) << QStringLiteral("overlapSeconds");
        QTest::newRow("fraction") << overlapBody(1.5) << QStringLiteral("overlapSeconds");
        QTest::newRow("huge") << overlapBody(1e300) << QStringLiteral("overlapSeconds");
        QTest::newRow("string") << overlapBody(QStringLiteral("3600"))
                                << QStringLiteral("overlapSeconds");
        QTest::newRow("boolean") << overlapBody(true) << QStringLiteral("overlapSeconds");
        QTest::newRow("unknown field") << QByteArray("{\"name\": \"x\"}") << QStringLiteral("name");
        QTest::newRow("code not a string")
            << QByteArray("{\"code\": 123456}") << QStringLiteral("code");
    }

    void invalidBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject token = created(QStringLiteral("pia"), QStringLiteral("kept"));
        const auto reply = rotate(QStringLiteral("pia"), idOf(token), body);
        checkApiError(reply, 422, QStringLiteral("VALIDATION_FAILED"));
        const QJsonArray details = reply.json().value(QStringLiteral("details")).toArray();
        QCOMPARE(details.size(), 1);
        QCOMPARE(details.at(0).toObject().value(QStringLiteral("field")).toString(), field);
        // Nothing changed: the token is still the only one, not rotated, and works.
        const QJsonArray items = list(QStringLiteral("pia"));
        QCOMPARE(items.size(), 1);
        QVERIFY(items.at(0).toObject().value(QStringLiteral("replacedBy")).isNull());
        QCOMPARE(useStatus(secretOf(token)), 200);
    }

    void malformedBodies()
    {
        const QJsonObject token = created(QStringLiteral("pia"), QStringLiteral("kept"));
        checkApiError(rotate(QStringLiteral("pia"), idOf(token), "{\"overlapSeconds\":"), 400,
                      QStringLiteral("BAD_REQUEST"));
        checkApiError(rotate(QStringLiteral("pia"), idOf(token), "[]"), 400,
                      QStringLiteral("BAD_REQUEST"));
        checkApiError(rotate(QStringLiteral("pia"), idOf(token), "overlapSeconds=0",
                             "application/x-www-form-urlencoded"),
                      415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"));
        QCOMPARE(list(QStringLiteral("pia")).size(), 1);
        // An empty object is the default overlap, like no body.
        QVERIFY(!rotated(QStringLiteral("pia"), idOf(token), "{}").isEmpty());
    }

    // Rotation is a security setting: a personal access token cannot rotate itself.
    void aPatCannotRotate()
    {
        const QJsonObject token = created(QStringLiteral("pia"), QStringLiteral("self"));
        const auto reply = m_http.post(tokensUrl(idOf(token), QStringLiteral("rotate")), {},
                                       "application/json", HttpClient::bearer(secretOf(token)));
        checkApiError(reply, 403, QStringLiteral("FORBIDDEN"));
        QCOMPARE(list(QStringLiteral("pia")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_TokenRotation)
#include "tst_tokenrotation.moc"
