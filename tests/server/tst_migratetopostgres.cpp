// `tasklane-server --data-dir DIR migrate-to postgresql://...` (docs/admin.md): a SQLite data
// directory filled through the real server's API is copied into a fresh PostgreSQL database, and
// a server on that database with the same secret.key carries on where the old one stopped:
// passwords, two-factor secrets, personal access tokens (revoked ones stay revoked), sessions,
// tasks and both logs. Every table of the source, read from its schema, is compared row for row,
// so a table that a new migration adds and the copy missed fails here. A non-empty target, a
// directory that a server is serving and an unreachable database are refused; a sequence behind
// an id column continues after the copied ids.
// Always on PostgreSQL: CMake runs this test through scripts/with-postgres.sh, which makes a
// cluster for it in the SQLite pass and uses the run's own in the PostgreSQL pass.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "SignedInDevice.h"
#include "TestDatabase.h"
#include "TestPostgres.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

namespace {

const QString Password = QStringLiteral("migrate-password");
const QString AllScopes = QStringLiteral("tasks:read tasks:write account admin");

// A table's rows as sortable text, NULL kept apart from '' (row order is no part of the copy).
QStringList tableText(const TestDatabase &db, const QString &table, const QStringList &columns)
{
    QStringList text;
    const auto rows =
        db.rows(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table));
    for (const QVariantList &row : rows) {
        QStringList values;
        for (const QVariant &value : row)
            values.append(value.isNull()
                              ? QStringLiteral("<null>")
                              : QLatin1Char('\'') + value.toString() + QLatin1Char('\''));
        text.append(values.join(QLatin1Char('|')));
    }
    std::sort(text.begin(), text.end());
    return text;
}

} // namespace

class tst_MigrateToPostgres : public QObject
{
    Q_OBJECT

private:
    HttpClient m_http;

    QString createPat(const TestServer &server, const QString &accessToken, const QString &name,
                      QString *id = nullptr)
    {
        const auto reply = m_http.postJson(
            server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
            HttpClient::bearer(accessToken));
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        if (id)
            *id = reply.json().value(QStringLiteral("id")).toString();
        return reply.json().value(QStringLiteral("token")).toString();
    }

    QJsonObject getJson(const TestServer &server, const QString &path, const QString &token,
                        int *status = nullptr)
    {
        const auto reply = m_http.get(server.url(path), HttpClient::bearer(token));
        if (status)
            *status = reply.status;
        return reply.json();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestPostgres::enabled(),
                 "TASKLANE_TEST_POSTGRES is not set: run through scripts/with-postgres.sh");
    }

    void copiesEverythingAndTheNewServerCarriesOn()
    {
        // The SQLite server, filled through its API and CLI as people would.
        TestServer old(TestServer::highRateLimits());
        old.useSqlite();
        QVERIFY(old.start());
        QVERIFY(old.createUser(QStringLiteral("ada"), Password, true));
        QVERIFY(old.createUser(QStringLiteral("bob"), Password));
        QVERIFY(old.createUser(QStringLiteral("carl"), Password));
        TwoFactorAccount adaTwoFactor =
            TwoFactorAccount::enableFor(old, m_http, QStringLiteral("ada"), Password);
        QVERIFY(!adaTwoFactor.isEmpty());

        OAuthTestClient bobClient(old);
        const SignedInDevice bob =
            SignedInDevice::signIn(bobClient, QStringLiteral("bob"), Password, old, m_http);
        QVERIFY(!bob.sessionId.isEmpty());
        // More tasks than one INSERT of the copy carries, so several batches are copied.
        QStringList titles{QStringLiteral("Grüße an Zoë — 東京 🚀"), QStringLiteral("Ünïcödé notes"),
                           QStringLiteral("plain")};
        for (int i = 0; i < 150; ++i)
            titles.append(QStringLiteral("Aufgabe %1 – ✓").arg(i));
        for (const QString &title : titles) {
            const auto created = m_http.postJson(
                old.url(QStringLiteral("/v1/tasks")),
                QJsonObject{
                    {QStringLiteral("title"), title},
                    {QStringLiteral("notes"), QString(title + QStringLiteral("\nzweite Zeile"))},
                    {QStringLiteral("labels"), QJsonArray{QStringLiteral("ß-label")}}},
                HttpClient::bearer(bob.accessToken));
            QVERIFY2(created.status == 201, qPrintable(describeReply(created)));
        }
        const QString keptPat = createPat(old, bob.accessToken, QStringLiteral("kept"));
        QString revokedId;
        const QString revokedPat =
            createPat(old, bob.accessToken, QStringLiteral("revoked"), &revokedId);
        QVERIFY(!keptPat.isEmpty() && !revokedPat.isEmpty());
        QCOMPARE(m_http
                     .send("DELETE", old.url(QStringLiteral("/v1/me/tokens/") + revokedId), {},
                           HttpClient::bearer(bob.accessToken))
                     .status,
                 204);
        // An audit log entry (the command line as the administrator).
        const auto disabled =
            old.runCli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("carl")});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));

        int status = 0;
        const QJsonObject tasksBefore =
            getJson(old, QStringLiteral("/v1/tasks?sort=created&limit=200"), keptPat, &status);
        QCOMPARE(status, 200);
        QCOMPARE(tasksBefore.value(QStringLiteral("items")).toArray().size(), titles.size());
        const QJsonObject eventsBefore = getJson(
            old, QStringLiteral("/v1/me/security-events?limit=200"), bob.accessToken, &status);
        QCOMPARE(status, 200);
        QVERIFY(!eventsBefore.value(QStringLiteral("items")).toArray().isEmpty());

        // A server serving the directory is refused: it could write after its rows were copied.
        TestServer target;
        const QString targetUrl = target.databaseUrl();
        QVERIFY(!targetUrl.isEmpty());
        const auto whileServed = old.runCli({QStringLiteral("migrate-to"), targetUrl});
        QCOMPARE(whileServed.exitCode, 1);
        QVERIFY2(whileServed.err.contains(QStringLiteral("stop it first")),
                 qPrintable(whileServed.err));
        QCOMPARE(old.stop(), 0);

        const auto migrated = old.runCli({QStringLiteral("migrate-to"), targetUrl});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err + migrated.out));
        QVERIFY2(migrated.out.contains(QStringLiteral("the row counts match")),
                 qPrintable(migrated.out));
        QVERIFY2(migrated.out.contains(QStringLiteral("secret.key")), qPrintable(migrated.out));
        // The password never appears, nor would it: the test cluster trusts, so there is none.
        QVERIFY(migrated.err.isEmpty());

        // Every table of the source's schema, row for row, except the short-lived rate-limit
        // windows, which start afresh. Read from the schema: a new table is in this list too.
        const TestDatabase source(old);
        const TestDatabase copy(target);
        QVERIFY(source.isOpen() && !source.isPostgres());
        QVERIFY(copy.isOpen() && copy.isPostgres());
        QStringList tables;
        for (const QVariantList &row :
             source.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite%' ORDER BY name")))
            tables.append(row.value(0).toString());
        QVERIFY(tables.contains(QStringLiteral("users")));
        for (const QString &table : std::as_const(tables)) {
            if (table == QLatin1String("rate_limits")) {
                QCOMPARE(copy.count(table), 0);
                continue;
            }
            QStringList columns;
            // The target's own migrations ran, later: the same versions, other times.
            if (table == QLatin1String("schema_migrations")) {
                columns.append(QStringLiteral("version"));
            } else {
                for (const QVariantList &row :
                     source.rows(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
                    columns.append(row.value(1).toString());
            }
            const QStringList inSource = tableText(source, table, columns);
            const QStringList inCopy = tableText(copy, table, columns);
            QVERIFY2(inSource == inCopy,
                     qPrintable(QStringLiteral("table %1: %2 rows in SQLite, %3 in PostgreSQL, "
                                               "or their values differ")
                                    .arg(table)
                                    .arg(inSource.size())
                                    .arg(inCopy.size())));
            if (table != QLatin1String("schema_migrations"))
                QVERIFY2(
                    migrated.out.contains(QRegularExpression(
                        QStringLiteral("^%1 +%2$").arg(table).arg(inSource.size()),
                        QRegularExpression::MultilineOption)),
                    qPrintable(table + QStringLiteral(" not in the summary: ") + migrated.out));
        }
        // What the fill made is there to compare (the comparison above is not of empty tables).
        for (const QString &table :
             {QStringLiteral("users"), QStringLiteral("sessions"), QStringLiteral("tasks"),
              QStringLiteral("personal_access_tokens"), QStringLiteral("two_factor"),
              QStringLiteral("backup_codes"), QStringLiteral("security_events"),
              QStringLiteral("audit_log")})
            QVERIFY2(copy.count(table) > 0, qPrintable(table));

        // The server on PostgreSQL, with the old secret.key copied into its data directory, as
        // the summary says.
        QVERIFY(QFile::copy(QDir(old.dataDir()).filePath(QStringLiteral("secret.key")),
                            QDir(target.dataDir()).filePath(QStringLiteral("secret.key"))));
        QVERIFY(target.start());

        // The tokens made before: the kept one works and sees the same tasks, the revoked one
        // still does not; the session's access token sees the same security log.
        QCOMPARE(
            getJson(target, QStringLiteral("/v1/tasks?sort=created&limit=200"), keptPat, &status),
            tasksBefore);
        QCOMPARE(status, 200);
        QCOMPARE(getJson(target, QStringLiteral("/v1/me/security-events?limit=200"),
                         bob.accessToken, &status),
                 eventsBefore);
        VERIFY_API_ERROR(
            m_http.get(target.url(QStringLiteral("/v1/tasks")), HttpClient::bearer(revokedPat)),
            401, "UNAUTHORIZED");

        // The same password signs in.
        OAuthTestClient bobAgain(target);
        QVERIFY(!bobAgain.signIn(QStringLiteral("bob"), Password)
                     .value(QStringLiteral("access_token"))
                     .toString()
                     .isEmpty());
        // A TOTP code from the same secret (still sealed with the same key) signs ada in with the
        // admin scope, and the audit log holds what the command line did.
        OAuthTestClient adaClient(target);
        adaClient.scope = AllScopes;
        adaClient.twoFactorCode = [&adaTwoFactor] { return adaTwoFactor.freshCode(); };
        const QString adminToken = adaClient.signIn(QStringLiteral("ada"), Password)
                                       .value(QStringLiteral("access_token"))
                                       .toString();
        QVERIFY(!adminToken.isEmpty());
        const QJsonArray audit =
            getJson(target, QStringLiteral("/v1/admin/audit?limit=200"), adminToken, &status)
                .value(QStringLiteral("items"))
                .toArray();
        QCOMPARE(status, 200);
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const QJsonValue &entry) {
            return entry.toObject().value(QStringLiteral("targetUsername")).toString() ==
                   QLatin1String("carl");
        }));

        // Run again: the target has rows now, so it is refused and left as it was.
        const int usersBefore = copy.count(QStringLiteral("users"));
        const int tasksCount = copy.count(QStringLiteral("tasks"));
        const auto again = old.runCli({QStringLiteral("migrate-to"), targetUrl});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("not empty")), qPrintable(again.err));
        QCOMPARE(again.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(copy.count(QStringLiteral("users")), usersBefore);
        QCOMPARE(copy.count(QStringLiteral("tasks")), tasksCount);
    }

    // A table no migration of this version knows (as a later release would add) is copied too,
    // since the tables come from the source's schema; and a sequence behind an id column
    // continues after the copied ids, so the next row the database numbers does not collide.
    void copiesEveryTableAndMovesSequencesPastCopiedIds()
    {
        TestServer old;
        old.useSqlite();
        QVERIFY(old.start());
        QVERIFY(old.createUser(QStringLiteral("fay"), Password));
        QCOMPARE(old.stop(), 0);
        {
            const TestDatabase source(old);
            source.rows(
                QStringLiteral("CREATE TABLE numbered (id INTEGER PRIMARY KEY, note TEXT)"));
            for (int id = 1; id <= 5; ++id)
                QCOMPARE(source.execute(QStringLiteral("INSERT INTO numbered (id, note) VALUES "
                                                       "(?, ?)"),
                                        {id * 10, QStringLiteral("note %1").arg(id)}),
                         1);
        }
        TestServer target;
        const QString targetUrl = target.databaseUrl();
        QVERIFY(!targetUrl.isEmpty());
        const TestDatabase copy(target);
        // Empty, so the target still counts as empty.
        copy.rows(QStringLiteral("CREATE TABLE numbered (id SERIAL PRIMARY KEY, note TEXT)"));

        const auto migrated = old.runCli({QStringLiteral("migrate-to"), targetUrl});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        QVERIFY2(migrated.out.contains(QRegularExpression(QStringLiteral("^numbered +5$"),
                                                          QRegularExpression::MultilineOption)),
                 qPrintable(migrated.out));
        QCOMPARE(copy.count(QStringLiteral("numbered")), 5);
        QCOMPARE(copy.value(QStringLiteral("SELECT note FROM numbered WHERE id = 50")).toString(),
                 QStringLiteral("note 5"));
        QCOMPARE(copy.value(QStringLiteral("INSERT INTO numbered (note) VALUES ('new') "
                                           "RETURNING id"))
                     .toInt(),
                 51);
    }

    // A row PostgreSQL refuses (SQLite keeps any value in any column), after other tables were
    // copied already: one line, and nothing of the copy stays, not even the schema.
    void aFailureHalfwayLeavesTheTargetAsItWas()
    {
        TestServer old;
        old.useSqlite();
        QVERIFY(old.start());
        QVERIFY(old.createUser(QStringLiteral("gus"), Password));
        QCOMPARE(old.stop(), 0);
        {
            const TestDatabase source(old);
            QCOMPARE(source.count(QStringLiteral("clients")), 1); // copied before users
            QCOMPARE(source.execute(QStringLiteral("UPDATE users SET disabled = 'no'")), 1);
        }
        TestServer target;
        const QString targetUrl = target.databaseUrl();
        QVERIFY(!targetUrl.isEmpty());
        const TestDatabase copy(target);

        const auto failed = old.runCli({QStringLiteral("migrate-to"), targetUrl});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(failed.err.startsWith(QStringLiteral("tasklane-server: ")),
                 qPrintable(failed.err));
        QVERIFY(failed.out.isEmpty());
        QVERIFY2(failed.err.contains(QStringLiteral("cannot copy the rows of users")),
                 qPrintable(failed.err));
        // The reason, not the statement with the row's values in it.
        QVERIFY2(!failed.err.contains(QStringLiteral("$argon2")), qPrintable(failed.err));
        QCOMPARE(copy.value(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()"))
                     .toInt(),
                 0);
    }

    void refusesATargetWithRowsInAnyTable()
    {
        TestServer old;
        old.useSqlite();
        QVERIFY(old.start());
        QVERIFY(old.createUser(QStringLiteral("dora"), Password));
        QCOMPARE(old.stop(), 0);
        TestServer target;
        const QString targetUrl = target.databaseUrl();
        QVERIFY(!targetUrl.isEmpty());
        const TestDatabase copy(target);
        // rows(): without values it runs unprepared (PostgreSQL cannot prepare DDL).
        copy.rows(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        QCOMPARE(copy.execute(QStringLiteral("INSERT INTO notes VALUES ('mine')")), 1);

        const auto refused = old.runCli({QStringLiteral("migrate-to"), targetUrl});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(refused.err.contains(QStringLiteral("table notes has rows")),
                 qPrintable(refused.err));
        // Left unchanged: not even the schema was made.
        QCOMPARE(copy.value(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()"))
                     .toInt(),
                 1);
        QCOMPARE(copy.count(QStringLiteral("notes")), 1);
    }

    void anUnreachableDatabaseFailsInOneLine()
    {
        TestServer old;
        old.useSqlite();
        QVERIFY(old.start());
        QVERIFY(old.createUser(QStringLiteral("erin"), Password));
        QCOMPARE(old.stop(), 0);
        // Port 1 on the loopback: nothing listens there.
        const auto failed = old.runCli(
            {QStringLiteral("migrate-to"), QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(failed.err.startsWith(QStringLiteral("tasklane-server: ")),
                 qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QStringLiteral("cannot open the database")),
                 qPrintable(failed.err));
        QVERIFY(failed.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MigrateToPostgres)
#include "tst_migratetopostgres.moc"
