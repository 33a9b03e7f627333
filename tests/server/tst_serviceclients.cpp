// Service accounts against the real server (docs/api.md 8.3, 12.8a): administrators make service
// clients; POST /oauth2/token with client_credentials and either client authentication method
// gives an access token without a refresh token, with at most the client's scopes, reaching only
// its owner's tasks and refused on the account's security settings and on administration.
// Rotation keeps the old secret for the overlap chosen (the server clock is moved, not waited
// for); revocation stops the secret and the tokens at the next request. Every use is in the
// audit log; the metadata lists the grant. The CLI does the same through the same code.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "ServerClock.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString Password = QStringLiteral("service-test-password");
const QString ReadWrite = QStringLiteral("tasks:read tasks:write");

struct Created
{
    QString id;
    QString secret;
};

} // namespace

class tst_ServiceClients : public QObject
{
    Q_OBJECT

private:
    ServerClock m_clock;
    TestServer m_server{TestServer::highRateLimits() + m_clock.arguments() +
                        QStringList{QStringLiteral("--require-2fa-for-admins=off")}};
    HttpClient m_http;
    QString m_adminToken;
    QString m_aliceToken;
    QString m_aliceId;
    QString m_rootId;

    QString signIn(const QString &username, const QString &scope)
    {
        OAuthTestClient client(m_server);
        client.scope = scope;
        return client.signIn(username, Password).value(QStringLiteral("access_token")).toString();
    }

    QString userId(const QString &username)
    {
        QUrl url = m_server.url(QStringLiteral("/v1/admin/users"));
        url.setQuery(QUrlQuery{{QStringLiteral("q"), username}});
        const auto reply = m_http.get(url, HttpClient::bearer(m_adminToken));
        return reply.json()
            .value(QStringLiteral("items"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    HttpClient::Reply createClient(const QString &name, const QStringList &scopes,
                                   const QString &ownerId, const QString &adminToken = {})
    {
        return m_http.postJson(
            m_server.url(QStringLiteral("/v1/admin/service-clients")),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                        {QStringLiteral("ownerId"), ownerId}},
            HttpClient::bearer(adminToken.isEmpty() ? m_adminToken : adminToken));
    }

    Created created(const HttpClient::Reply &reply)
    {
        return {reply.json().value(QStringLiteral("id")).toString(),
                reply.json().value(QStringLiteral("clientSecret")).toString()};
    }

    HttpClient::Reply tokenBasic(const QString &id, const QString &secret,
                                 const QString &scope = {})
    {
        QList<QPair<QString, QString>> form{
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        if (!scope.isEmpty())
            form.append({QStringLiteral("scope"), scope});
        const QByteArray basic =
            QByteArray(QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret))
                .toBase64();
        return m_http.postForm(m_server.url(QStringLiteral("/oauth2/token")), form,
                               {{"Authorization", "Basic " + basic}});
    }

    HttpClient::Reply tokenPost(const QString &id, const QString &secret,
                                const QString &grant = QStringLiteral("client_credentials"))
    {
        return m_http.postForm(m_server.url(QStringLiteral("/oauth2/token")),
                               {{QStringLiteral("grant_type"), grant},
                                {QStringLiteral("client_id"), id},
                                {QStringLiteral("client_secret"), secret}});
    }

    static QString accessToken(const HttpClient::Reply &reply)
    {
        return reply.json().value(QStringLiteral("access_token")).toString();
    }

    QStringList taskTitles(const QString &token, int *status = nullptr)
    {
        const auto reply =
            m_http.get(m_server.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(token));
        if (status)
            *status = reply.status;
        QStringList titles;
        for (const auto &item : reply.json().value(QStringLiteral("items")).toArray())
            titles.append(item.toObject().value(QStringLiteral("title")).toString());
        return titles;
    }

    // The status of a task listing with the token: 200 while it works.
    int tasksStatus(const QString &token)
    {
        int status = 0;
        taskTitles(token, &status);
        return status;
    }

    // A new account, by id.
    QString newUser(const QString &username)
    {
        if (!m_server.createUser(username, Password))
            return {};
        return userId(username);
    }

    int createTask(const QString &token, const QString &title)
    {
        return m_http
            .postJson(m_server.url(QStringLiteral("/v1/tasks")),
                      QJsonObject{{QStringLiteral("title"), title}}, HttpClient::bearer(token))
            .status;
    }

    QJsonObject listed(const QString &id)
    {
        const auto reply = m_http.get(m_server.url(QStringLiteral("/v1/admin/service-clients")),
                                      HttpClient::bearer(m_adminToken));
        for (const auto &item : reply.json().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id)
                return item.toObject();
        }
        return {};
    }

    // The audit entries of the client, newest first.
    QList<QJsonObject> auditOf(const QString &clientId)
    {
        const auto reply = m_http.get(m_server.url(QStringLiteral("/v1/admin/audit?limit=200")),
                                      HttpClient::bearer(m_adminToken));
        QList<QJsonObject> entries;
        for (const auto &item : reply.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject entry = item.toObject();
            if (entry.value(QStringLiteral("details"))
                    .toObject()
                    .value(QStringLiteral("clientId"))
                    .toString() == clientId)
                entries.append(entry);
        }
        return entries;
    }

    // The details of the client's service_client.token_issued entries, newest first.
    QList<QJsonObject> issuedOf(const QString &clientId)
    {
        QList<QJsonObject> issued;
        for (const QJsonObject &entry : auditOf(clientId)) {
            if (entry.value(QStringLiteral("action")).toString() ==
                QLatin1String("service_client.token_issued"))
                issued.append(entry.value(QStringLiteral("details")).toObject());
        }
        return issued;
    }

    static QString sessionOf(const QJsonObject &issuedDetails)
    {
        return issuedDetails.value(QStringLiteral("sessionId")).toString();
    }

    static QStringList actionsOf(const QList<QJsonObject> &entries)
    {
        QStringList actions;
        for (const QJsonObject &entry : entries)
            actions.append(entry.value(QStringLiteral("action")).toString());
        return actions;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("root"), Password, true));
        QVERIFY(m_server.createUser(QStringLiteral("alice"), Password));
        QVERIFY(m_server.createUser(QStringLiteral("bob"), Password));
        m_adminToken = signIn(QStringLiteral("root"), ReadWrite + QStringLiteral(" account admin"));
        QVERIFY(!m_adminToken.isEmpty());
        m_aliceToken = signIn(QStringLiteral("alice"), ReadWrite + QStringLiteral(" account"));
        const QString bobToken = signIn(QStringLiteral("bob"), ReadWrite);
        m_aliceId = userId(QStringLiteral("alice"));
        m_rootId = userId(QStringLiteral("root"));
        QVERIFY(!m_aliceId.isEmpty());
        QCOMPARE(createTask(m_aliceToken, QStringLiteral("Alice's task")), 201);
        QCOMPARE(createTask(bobToken, QStringLiteral("Bob's task")), 201);
    }

    void metadataListsTheGrant()
    {
        const auto reply =
            m_http.get(m_server.url(QStringLiteral("/.well-known/oauth-authorization-server")));
        QCOMPARE(reply.status, 200);
        const QJsonObject metadata = reply.json();
        QVERIFY(metadata.value(QStringLiteral("grant_types_supported"))
                    .toArray()
                    .contains(QStringLiteral("client_credentials")));
        const QJsonArray methods =
            metadata.value(QStringLiteral("token_endpoint_auth_methods_supported")).toArray();
        QVERIFY(methods.contains(QStringLiteral("client_secret_basic")));
        QVERIFY(methods.contains(QStringLiteral("client_secret_post")));
    }

    void onlyAdministratorsCreateValidClients()
    {
        const auto byUser = createClient(QStringLiteral("Bot"), {QStringLiteral("tasks:read")},
                                         m_aliceId, m_aliceToken);
        VERIFY_API_ERROR(byUser, 403, "FORBIDDEN");

        const auto wrongScope =
            createClient(QStringLiteral("Bot"), {QStringLiteral("admin")}, m_aliceId);
        VERIFY_API_ERROR(wrongScope, 422, "VALIDATION_FAILED");
        QCOMPARE(wrongScope.json()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("scopes"));
        VERIFY_API_ERROR(createClient(QStringLiteral("Bot"), {}, m_aliceId), 422,
                         "VALIDATION_FAILED");
        VERIFY_API_ERROR(createClient(QStringLiteral("Bot"), {QStringLiteral("tasks:read")},
                                      QStringLiteral("no-such-user")),
                         422, "VALIDATION_FAILED");
        VERIFY_API_ERROR(createClient(QString(), {QStringLiteral("tasks:read")}, m_aliceId), 422,
                         "VALIDATION_FAILED");
    }

    void basicAuthenticationIssuesAnAccessTokenOnly()
    {
        const auto reply =
            createClient(QStringLiteral("Backup bot"),
                         {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}, m_aliceId);
        QVERIFY2(reply.status == 201, qPrintable(describeReply(reply)));
        const Created client = created(reply);
        QVERIFY(client.secret.startsWith(QStringLiteral("tls_")));
        QCOMPARE(reply.json().value(QStringLiteral("ownerUsername")).toString(),
                 QStringLiteral("alice"));
        QVERIFY(reply.json().value(QStringLiteral("lastUsedAt")).isNull());
        // Shown once: the listing never has it.
        QVERIFY(!listed(client.id).isEmpty());
        QVERIFY(!listed(client.id).contains(QStringLiteral("clientSecret")));

        const auto token = tokenBasic(client.id, client.secret);
        QVERIFY2(token.status == 200, qPrintable(describeReply(token)));
        const QJsonObject json = token.json();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(json.value(QStringLiteral("scope")).toString(), ReadWrite);
        QVERIFY(json.value(QStringLiteral("expires_in")).toInt() > 0);
        QVERIFY(!json.contains(QStringLiteral("refresh_token")));
        QVERIFY(accessToken(token).startsWith(QStringLiteral("tla_")));
        QVERIFY(!listed(client.id).value(QStringLiteral("lastUsedAt")).isNull());

        // The owner's tasks, and only theirs; what it writes is the owner's.
        const QString access = accessToken(token);
        QCOMPARE(taskTitles(access), QStringList{QStringLiteral("Alice's task")});
        QCOMPARE(createTask(access, QStringLiteral("Written by the bot")), 201);
        QVERIFY(taskTitles(m_aliceToken).contains(QStringLiteral("Written by the bot")));

        // Not a device of the owner's.
        const auto sessions = m_http.get(m_server.url(QStringLiteral("/v1/me/sessions")),
                                         HttpClient::bearer(m_aliceToken));
        QCOMPARE(sessions.status, 200);
        QCOMPARE(sessions.json().value(QStringLiteral("items")).toArray().size(), 1);
    }

    void postAuthenticationWorksToo()
    {
        const Created client = created(
            createClient(QStringLiteral("Post bot"), {QStringLiteral("tasks:read")}, m_aliceId));
        const auto token = tokenPost(client.id, client.secret);
        QVERIFY2(token.status == 200, qPrintable(describeReply(token)));
        QCOMPARE(token.json().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("tasks:read"));
        QVERIFY(!token.json().contains(QStringLiteral("refresh_token")));
    }

    void everyTokenIsAuditedAndSharesTheClientsSession()
    {
        const Created client = created(
            createClient(QStringLiteral("Busy bot"), {QStringLiteral("tasks:read")}, m_aliceId));
        QStringList tokens;
        for (int i = 0; i < 3; ++i) {
            const auto reply = tokenBasic(client.id, client.secret);
            QVERIFY2(reply.status == 200, qPrintable(describeReply(reply)));
            tokens.append(accessToken(reply));
        }
        QCOMPARE(QSet<QString>(tokens.begin(), tokens.end()).size(), 3);
        for (const QString &token : std::as_const(tokens))
            QCOMPARE(tasksStatus(token), 200);
        // One audit entry for each token, each naming its token; one session for them all.
        const auto issued = issuedOf(client.id);
        QCOMPARE(issued.size(), 3);
        QSet<QString> tokenIds;
        for (const QJsonObject &details : issued) {
            tokenIds.insert(details.value(QStringLiteral("tokenId")).toString());
            QCOMPARE(sessionOf(details), sessionOf(issued.first()));
        }
        QCOMPARE(tokenIds.size(), 3);
        QVERIFY(!tokenIds.contains(QString()));
        QVERIFY(!sessionOf(issued.first()).isEmpty());

        // lastUsedAt is written at most once a minute.
        const QString firstUse = listed(client.id).value(QStringLiteral("lastUsedAt")).toString();
        QVERIFY(!firstUse.isEmpty());
        QCOMPARE(tokenBasic(client.id, client.secret).status, 200);
        QCOMPARE(listed(client.id).value(QStringLiteral("lastUsedAt")).toString(), firstUse);
        m_clock.advanceMs(61 * 1000);
        const QString later = accessToken(tokenBasic(client.id, client.secret));
        QVERIFY(listed(client.id).value(QStringLiteral("lastUsedAt")).toString() > firstUse);
        QCOMPARE(issuedOf(client.id).size(), 5);

        // Introspection tells each token's own issue time, not its session's.
        const auto resourceServer =
            m_server.runCli({QStringLiteral("client"), QStringLiteral("add"),
                             QStringLiteral("Resource server"), QStringLiteral("--confidential")});
        QCOMPARE(resourceServer.exitCode, 0);
        const auto field = [&](const char *name) {
            return QRegularExpression(QLatin1String(name) + QStringLiteral("=(\\S+)"))
                .match(resourceServer.out)
                .captured(1);
        };
        const auto issuedAt = [&](const QString &token) {
            const QByteArray basic =
                (field("client_id") + QLatin1Char(':') + field("client_secret"))
                    .toUtf8()
                    .toBase64();
            const auto reply = m_http.postForm(m_server.url(QStringLiteral("/oauth2/introspect")),
                                               {{QStringLiteral("token"), token}},
                                               {{"Authorization", "Basic " + basic}});
            return reply.json().value(QStringLiteral("iat")).toInteger();
        };
        QVERIFY(issuedAt(tokens.first()) > 0);
        QVERIFY(issuedAt(later) >= issuedAt(tokens.first()) + 60);
    }

    // The token's row and its audit entry commit together or not at all: with the audit entry
    // refused by the database, no token row, session or client change is left behind and the
    // client gets no token. On PostgreSQL the issuance's transaction alone commits without
    // waiting for its flush (docs/admin.md, "Token issuance and durability"), which is safe
    // only because of that; other transactions, on the same connection too, still wait.
    void aTokenAndItsAuditEntryAreOneTransaction()
    {
        const Created client = created(
            createClient(QStringLiteral("Atomic bot"), {QStringLiteral("tasks:read")}, m_aliceId));
        QVERIFY(!client.secret.isEmpty());
        TestDatabase db(m_server);
        QVERIFY(db.isOpen());
        const QString issuedAction = QStringLiteral("service_client.token_issued");
        if (db.isPostgres()) {
            QVERIFY(db.execute(QStringLiteral(
                        "CREATE FUNCTION test_refuse_issue() RETURNS trigger LANGUAGE plpgsql"
                        " AS $$ BEGIN IF NEW.action = 'service_client.token_issued' THEN"
                        " RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$")) >=
                    0);
            QVERIFY(db.execute(QStringLiteral("CREATE TRIGGER test_refuse_issue BEFORE INSERT ON"
                                              " audit_log FOR EACH ROW EXECUTE FUNCTION"
                                              " test_refuse_issue()")) >= 0);
        } else {
            QVERIFY(db.execute(QStringLiteral(
                        "CREATE TRIGGER test_refuse_issue BEFORE INSERT ON audit_log WHEN"
                        " NEW.action = 'service_client.token_issued' BEGIN"
                        " SELECT RAISE(ABORT, 'refused by the test'); END")) >= 0);
        }
        const int tokensBefore = db.count(QStringLiteral("access_tokens"));
        const int sessionsBefore = db.count(QStringLiteral("sessions"));
        const auto refused = tokenBasic(client.id, client.secret);
        QCOMPARE(refused.status, 500);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("server_error"));
        QVERIFY(accessToken(refused).isEmpty());
        QCOMPARE(db.count(QStringLiteral("access_tokens")), tokensBefore);
        QCOMPARE(db.count(QStringLiteral("sessions")), sessionsBefore);
        QVERIFY(db.value(QStringLiteral("SELECT token_session_id FROM clients WHERE id = ?"),
                         {client.id})
                    .isNull());
        QVERIFY(issuedOf(client.id).isEmpty());
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER test_refuse_issue") +
                           (db.isPostgres() ? QStringLiteral(" ON audit_log") : QString())) >= 0);

        if (db.isPostgres()) {
            // How each audit entry's transaction commits, written by the database itself: the
            // setting and where it came from ("session" for a SET or SET LOCAL; the throw-away
            // clusters of the tests turn synchronous_commit off in their configuration file).
            QVERIFY(db.execute(QStringLiteral("DROP FUNCTION test_refuse_issue()")) >= 0);
            QVERIFY(db.execute(QStringLiteral("CREATE TABLE test_commit_modes (n SERIAL, action "
                                              "TEXT, mode TEXT, source TEXT)")) >= 0);
            QVERIFY(db.execute(QStringLiteral(
                        "CREATE FUNCTION test_note_commit_mode() RETURNS trigger"
                        " LANGUAGE plpgsql AS $$ BEGIN INSERT INTO test_commit_modes"
                        " (action, mode, source) SELECT NEW.action, setting, source"
                        " FROM pg_settings WHERE name = 'synchronous_commit'; RETURN NEW;"
                        " END $$")) >= 0);
            QVERIFY(db.execute(QStringLiteral("CREATE TRIGGER test_note_commit_mode AFTER"
                                              " INSERT ON audit_log FOR EACH ROW EXECUTE"
                                              " FUNCTION test_note_commit_mode()")) >= 0);
        }
        const auto issued = tokenBasic(client.id, client.secret);
        QVERIFY2(issued.status == 200, qPrintable(describeReply(issued)));
        QCOMPARE(tasksStatus(accessToken(issued)), 200);
        QCOMPARE(db.count(QStringLiteral("access_tokens")), tokensBefore + 1);
        QCOMPARE(issuedOf(client.id).size(), 1);
        if (!db.isPostgres())
            return;
        // A refused secret is written after the issuance, on the same worker's connection
        // (sequential requests go to the first free worker), with the connection's own setting:
        // SET LOCAL ended with the issuance's transaction.
        QCOMPARE(tokenBasic(client.id, client.secret + QStringLiteral("x")).status, 401);
        const auto modes = db.rows(
            QStringLiteral("SELECT action, mode, source FROM test_commit_modes ORDER BY n"));
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER test_note_commit_mode ON audit_log")) >= 0);
        QVERIFY(db.execute(QStringLiteral("DROP FUNCTION test_note_commit_mode()")) >= 0);
        QVERIFY(db.execute(QStringLiteral("DROP TABLE test_commit_modes")) >= 0);
        QCOMPARE(modes.size(), 2);
        QCOMPARE(modes.at(0).at(0).toString(), issuedAction);
        QCOMPARE(modes.at(0).at(1).toString(), QStringLiteral("off"));
        QCOMPARE(modes.at(0).at(2).toString(), QStringLiteral("session"));
        QCOMPARE(modes.at(1).at(0).toString(), QStringLiteral("service_client.auth_failed"));
        QVERIFY2(modes.at(1).at(2).toString() != QLatin1String("session"),
                 qPrintable(modes.at(1).at(2).toString()));
    }

    void signingTheOwnerOutEverywhereEndsTheTokensToo()
    {
        const QString daveId = newUser(QStringLiteral("dave"));
        QVERIFY(!daveId.isEmpty());
        const Created client = created(
            createClient(QStringLiteral("Dave's bot"), {QStringLiteral("tasks:read")}, daveId));
        const QString before = accessToken(tokenBasic(client.id, client.secret));
        QCOMPARE(tasksStatus(before), 200);
        const auto revoked = m_http.postJson(
            m_server.url(QStringLiteral("/v1/admin/users/%1/revoke-all").arg(daveId)), {},
            HttpClient::bearer(m_adminToken));
        QVERIFY2(revoked.status == 200, qPrintable(describeReply(revoked)));
        QCOMPARE(tasksStatus(before), 401);

        // The client itself is not revoked: its next token starts a new session, and works.
        const auto next = tokenBasic(client.id, client.secret);
        QVERIFY2(next.status == 200, qPrintable(describeReply(next)));
        QCOMPARE(tasksStatus(accessToken(next)), 200);
        const auto issued = issuedOf(client.id);
        QCOMPARE(issued.size(), 2);
        QVERIFY(sessionOf(issued.at(0)) != sessionOf(issued.at(1)));
    }

    void wrongSecretIsInvalidClient()
    {
        const Created client = created(
            createClient(QStringLiteral("Wrong bot"), {QStringLiteral("tasks:read")}, m_aliceId));
        const auto basic = tokenBasic(client.id, client.secret.left(10) + QStringLiteral("x"));
        QCOMPARE(basic.status, 401);
        QCOMPARE(basic.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        QVERIFY(basic.header("WWW-Authenticate").startsWith("Basic"));
        const auto post = tokenPost(client.id, QString());
        QCOMPARE(post.status, 401);
        QCOMPARE(post.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        const auto unknown = tokenBasic(QStringLiteral("no-such-client"), client.secret);
        QCOMPARE(unknown.status, 401);

        const auto audit = auditOf(client.id);
        QCOMPARE(actionsOf(audit).count(QStringLiteral("service_client.auth_failed")), 2);
        QCOMPARE(audit.first()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("wrong_secret"));
    }

    void scopeMustBeASubset()
    {
        const Created reader = created(
            createClient(QStringLiteral("Reader"), {QStringLiteral("tasks:read")}, m_aliceId));
        const auto wider = tokenBasic(reader.id, reader.secret, ReadWrite);
        QCOMPARE(wider.status, 400);
        QCOMPARE(wider.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));
        const auto unknown = tokenBasic(reader.id, reader.secret, QStringLiteral("bogus"));
        QCOMPARE(unknown.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));

        const Created both = created(
            createClient(QStringLiteral("Both"),
                         {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}, m_aliceId));
        const auto narrowed = tokenBasic(both.id, both.secret, QStringLiteral("tasks:read"));
        QCOMPARE(narrowed.status, 200);
        QCOMPARE(narrowed.json().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("tasks:read"));
        const QString readOnly = accessToken(narrowed);
        QCOMPARE(taskTitles(readOnly).size() >= 1, true);
        QCOMPARE(createTask(readOnly, QStringLiteral("Not allowed")), 403);
        const auto admin = tokenBasic(both.id, both.secret, QStringLiteral("admin"));
        QCOMPARE(admin.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));
    }

    void refusedOnAccountAndAdministration()
    {
        // Owned by an administrator: still no administration, no security settings.
        const Created client = created(
            createClient(QStringLiteral("Root bot"), {QStringLiteral("tasks:read")}, m_rootId));
        const QString access = accessToken(tokenBasic(client.id, client.secret));
        QVERIFY(!access.isEmpty());
        const auto admin =
            m_http.get(m_server.url(QStringLiteral("/v1/admin/users")), HttpClient::bearer(access));
        VERIFY_API_ERROR(admin, 403, "FORBIDDEN");
        QVERIFY(admin.header("WWW-Authenticate").contains("scope=\"admin\""));
        const auto sessions =
            m_http.get(m_server.url(QStringLiteral("/v1/me/sessions")), HttpClient::bearer(access));
        VERIFY_API_ERROR(sessions, 403, "FORBIDDEN");
        QVERIFY(sessions.header("WWW-Authenticate").contains("scope=\"account\""));
        const auto serviceClients = m_http.get(
            m_server.url(QStringLiteral("/v1/admin/service-clients")), HttpClient::bearer(access));
        VERIFY_API_ERROR(serviceClients, 403, "FORBIDDEN");
    }

    void grantsBelongToTheirClients()
    {
        const Created client = created(
            createClient(QStringLiteral("Grant bot"), {QStringLiteral("tasks:read")}, m_aliceId));
        const auto refresh = tokenPost(client.id, client.secret, QStringLiteral("refresh_token"));
        QCOMPARE(refresh.status, 400);
        QCOMPARE(refresh.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized_client"));
        // The desktop app's public client has no client_credentials.
        const auto desktop =
            m_http.postForm(m_server.url(QStringLiteral("/oauth2/token")),
                            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("client_id"), QStringLiteral("tasklane-desktop")}});
        QCOMPARE(desktop.status, 400);
        QCOMPARE(desktop.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized_client"));
    }

    void rotationKeepsTheOldSecretForTheOverlap()
    {
        const Created client = created(createClient(QStringLiteral("Rotating bot"),
                                                    {QStringLiteral("tasks:read")}, m_aliceId));
        const QUrl rotateUrl =
            m_server.url(QStringLiteral("/v1/admin/service-clients/%1/rotate").arg(client.id));
        VERIFY_API_ERROR(m_http.postJson(rotateUrl,
                                         QJsonObject{{QStringLiteral("overlapSeconds"), -1}},
                                         HttpClient::bearer(m_adminToken)),
                         422, "VALIDATION_FAILED");
        const auto rotated =
            m_http.postJson(rotateUrl, QJsonObject{{QStringLiteral("overlapSeconds"), 600}},
                            HttpClient::bearer(m_adminToken));
        QVERIFY2(rotated.status == 200, qPrintable(describeReply(rotated)));
        const QString newSecret = rotated.json().value(QStringLiteral("clientSecret")).toString();
        QVERIFY(newSecret.startsWith(QStringLiteral("tls_")));
        QVERIFY(newSecret != client.secret);
        QVERIFY(!rotated.json().value(QStringLiteral("previousSecretExpiresAt")).isNull());
        QVERIFY(!listed(client.id).value(QStringLiteral("secretRotatedAt")).isNull());

        // Within the overlap, both.
        QCOMPARE(tokenBasic(client.id, client.secret).status, 200);
        QCOMPARE(tokenBasic(client.id, newSecret).status, 200);
        // After it, only the new one.
        m_clock.advanceMs(601 * 1000);
        QCOMPARE(tokenBasic(client.id, client.secret).status, 401);
        QCOMPARE(tokenPost(client.id, newSecret).status, 200);
        QVERIFY(actionsOf(auditOf(client.id)).contains(QStringLiteral("service_client.rotate")));

        VERIFY_API_ERROR(
            m_http.postJson(m_server.url(QStringLiteral("/v1/admin/service-clients/nope/rotate")),
                            {}, HttpClient::bearer(m_adminToken)),
            404, "NOT_FOUND");
    }

    void revocationStopsSecretAndTokensAtOnce()
    {
        const Created client = created(
            createClient(QStringLiteral("Revoked bot"), {QStringLiteral("tasks:read")}, m_aliceId));
        const QString access = accessToken(tokenBasic(client.id, client.secret));
        const QString second = accessToken(tokenBasic(client.id, client.secret));
        int status = 0;
        taskTitles(access, &status);
        QCOMPARE(status, 200);
        taskTitles(second, &status);
        QCOMPARE(status, 200);

        const QUrl url = m_server.url(QStringLiteral("/v1/admin/service-clients/") + client.id);
        const auto revoked = m_http.send("DELETE", url, {}, HttpClient::bearer(m_adminToken));
        QCOMPARE(revoked.status, 204);
        // Every token the client holds, not only the last one.
        taskTitles(access, &status);
        QCOMPARE(status, 401);
        taskTitles(second, &status);
        QCOMPARE(status, 401);
        const auto again = tokenBasic(client.id, client.secret);
        QCOMPARE(again.status, 401);
        QCOMPARE(again.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_client"));
        VERIFY_API_ERROR(m_http.send("DELETE", url, {}, HttpClient::bearer(m_adminToken)), 404,
                         "NOT_FOUND");
        QVERIFY(!listed(client.id).value(QStringLiteral("revokedAt")).isNull());

        const auto audit = auditOf(client.id);
        QCOMPARE(actionsOf(audit), (QStringList{QStringLiteral("service_client.auth_failed"),
                                                QStringLiteral("service_client.revoke"),
                                                QStringLiteral("service_client.token_issued"),
                                                QStringLiteral("service_client.token_issued"),
                                                QStringLiteral("service_client.create")}));
        QCOMPARE(audit.at(1).value(QStringLiteral("adminUsername")).toString(),
                 QStringLiteral("root"));
        QCOMPARE(audit.at(2).value(QStringLiteral("adminUsername")).toString(),
                 QStringLiteral("service:Revoked bot"));
        QCOMPARE(audit.at(1).value(QStringLiteral("targetUsername")).toString(),
                 QStringLiteral("alice"));
        QCOMPARE(audit.first()
                     .value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("revoked"));
    }

    void disabledOwnerGetsNoToken()
    {
        const QString carolId = newUser(QStringLiteral("carol"));
        QVERIFY(!carolId.isEmpty());
        const Created client = created(
            createClient(QStringLiteral("Carol's bot"), {QStringLiteral("tasks:read")}, carolId));
        const QString access = accessToken(tokenBasic(client.id, client.secret));
        QVERIFY(!access.isEmpty());
        QCOMPARE(m_server
                     .runCli({QStringLiteral("user"), QStringLiteral("disable"),
                              QStringLiteral("carol")})
                     .exitCode,
                 0);
        int status = 0;
        taskTitles(access, &status);
        QCOMPARE(status, 401);
        const auto refused = tokenBasic(client.id, client.secret);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unauthorized_client"));
    }

    void commandLine()
    {
        const auto usage = m_server.runCli(
            {QStringLiteral("service"), QStringLiteral("add"), QStringLiteral("Cli bot")});
        QCOMPARE(usage.exitCode, 2);
        const auto badScope = m_server.runCli({QStringLiteral("service"), QStringLiteral("add"),
                                               QStringLiteral("Cli bot"), QStringLiteral("--owner"),
                                               QStringLiteral("alice"), QStringLiteral("--scope"),
                                               QStringLiteral("admin")});
        QCOMPARE(badScope.exitCode, 1);
        const auto noOwner = m_server.runCli({QStringLiteral("service"), QStringLiteral("add"),
                                              QStringLiteral("Cli bot"), QStringLiteral("--owner"),
                                              QStringLiteral("nobody"), QStringLiteral("--scope"),
                                              QStringLiteral("tasks:read")});
        QCOMPARE(noOwner.exitCode, 1);

        const auto added = m_server.runCli({QStringLiteral("service"), QStringLiteral("add"),
                                            QStringLiteral("Cli bot"), QStringLiteral("--owner"),
                                            QStringLiteral("alice"), QStringLiteral("--scope"),
                                            QStringLiteral("tasks:read"), QStringLiteral("--scope"),
                                            QStringLiteral("tasks:write")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const auto field = [](const QString &out, const QString &name) {
            for (const QString &line : out.split(QLatin1Char('\n'))) {
                if (line.startsWith(name + QLatin1Char('=')))
                    return line.mid(name.size() + 1).trimmed();
            }
            return QString();
        };
        const QString id = field(added.out, QStringLiteral("client_id"));
        const QString secret = field(added.out, QStringLiteral("client_secret"));
        QVERIFY(secret.startsWith(QStringLiteral("tls_")));
        const auto token = tokenBasic(id, secret);
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value(QStringLiteral("scope")).toString(), ReadWrite);

        const auto list = m_server.runCli({QStringLiteral("service"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(id));
        QVERIFY(list.out.contains(QStringLiteral("Cli bot")));
        QVERIFY(!list.out.contains(secret));

        // No overlap: the old secret stops at once.
        const auto rotated =
            m_server.runCli({QStringLiteral("service"), QStringLiteral("rotate"), id,
                             QStringLiteral("--overlap"), QStringLiteral("0")});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        const QString newSecret = field(rotated.out, QStringLiteral("client_secret"));
        QCOMPARE(tokenBasic(id, secret).status, 401);
        QCOMPARE(tokenBasic(id, newSecret).status, 200);
        QCOMPARE(m_server
                     .runCli({QStringLiteral("service"), QStringLiteral("rotate"), id,
                              QStringLiteral("--overlap"), QStringLiteral("soon")})
                     .exitCode,
                 2);

        const auto revoked =
            m_server.runCli({QStringLiteral("service"), QStringLiteral("revoke"), id});
        QCOMPARE(revoked.exitCode, 0);
        QCOMPARE(tokenBasic(id, newSecret).status, 401);
        QCOMPARE(
            m_server.runCli({QStringLiteral("service"), QStringLiteral("revoke"), id}).exitCode, 1);

        const auto audit = auditOf(id);
        QVERIFY(actionsOf(audit).contains(QStringLiteral("service_client.create")));
        for (const QJsonObject &entry : audit) {
            if (entry.value(QStringLiteral("action")).toString() ==
                QLatin1String("service_client.revoke")) {
                QCOMPARE(entry.value(QStringLiteral("adminUsername")).toString(),
                         QStringLiteral("cli"));
                QVERIFY(entry.value(QStringLiteral("adminId")).isNull());
            }
        }
    }

    // Last: it moves the clock a month on, past every other test's sign-in.
    void aSessionNearItsEndMakesWayForANewOne()
    {
        const Created client = created(
            createClient(QStringLiteral("Monthly bot"), {QStringLiteral("tasks:read")}, m_aliceId));
        const auto first = tokenBasic(client.id, client.secret);
        QCOMPARE(first.status, 200);
        const int lifetime = first.json().value(QStringLiteral("expires_in")).toInt();
        QVERIFY(lifetime > 60);
        // The session ends 30 idle days after it began (SessionLifetime's default): with less
        // than a token's lifetime left, the next token goes on a new session, for its whole life.
        m_clock.advanceMs(30 * ServerClock::DayMs - qint64(lifetime) * 1000 / 2);
        m_adminToken = signIn(QStringLiteral("root"), ReadWrite + QStringLiteral(" admin"));
        QVERIFY(!m_adminToken.isEmpty());
        const auto next = tokenBasic(client.id, client.secret);
        QVERIFY2(next.status == 200, qPrintable(describeReply(next)));
        QCOMPARE(next.json().value(QStringLiteral("expires_in")).toInt(), lifetime);
        QCOMPARE(tasksStatus(accessToken(next)), 200);
        const auto issued = issuedOf(client.id);
        QCOMPARE(issued.size(), 2);
        QVERIFY(sessionOf(issued.at(0)) != sessionOf(issued.at(1)));
    }
};

QTEST_GUILESS_MAIN(tst_ServiceClients)
#include "tst_serviceclients.moc"
