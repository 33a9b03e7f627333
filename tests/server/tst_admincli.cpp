// The account commands of the tasklane-server CLI against a running server's database:
// `user sessions` lists what the API lists, `user revoke-all` and `user disable` end a user's
// sessions and tokens for the very next HTTP request, `user reset-2fa` turns two-factor
// authentication off, and each is logged like the admin API does, with "cli" as the
// administrator; unknown users and bad usage exit non-zero.
#include "ApiErrorChecks.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "SignedInDevice.h"
#include "TestServer.h"
#include "TwoFactorAccount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString Password = QStringLiteral("admin-cli-password");
const QString AllScopes = QStringLiteral("tasks:read tasks:write account admin");

using Device = SignedInDevice;

} // namespace

class tst_AdminCli : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    HttpClient m_http;
    Device m_admin;

    Device signIn(const QString &username, const QString &deviceName = QStringLiteral("Device"))
    {
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        client.deviceName = deviceName;
        return Device::signIn(client, username, Password, m_server, m_http);
    }

    HttpClient::Reply me(const QString &token)
    {
        return m_http.get(m_server.url(QStringLiteral("/v1/me")), HttpClient::bearer(token));
    }

    QString createPat(const Device &owner, const QString &name)
    {
        const auto reply = m_http.postJson(
            m_server.url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
            HttpClient::bearer(owner.accessToken));
        if (reply.status != 201)
            qWarning("%s", qPrintable(describeReply(reply)));
        return reply.json().value(QStringLiteral("token")).toString();
    }

    TestServer::Result cli(const QString &command, const QStringList &arguments)
    {
        return m_server.runCli(QStringList{QStringLiteral("user"), command} + arguments);
    }

    // The newest audit entry about `username`, read by the test's administrator.
    QJsonObject lastAuditEntryAbout(const QString &username)
    {
        const auto reply = m_http.get(m_server.url(QStringLiteral("/v1/admin/audit")),
                                      HttpClient::bearer(m_admin.accessToken));
        const QJsonArray entries = reply.json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &entry : entries) {
            if (entry.toObject().value(QStringLiteral("targetUsername")).toString() == username)
                return entry.toObject();
        }
        qWarning("no audit entry about %s in %s", qPrintable(username), reply.body.constData());
        return {};
    }

    // The newest admin.* event of the account whose access token this is.
    QJsonObject lastAdminEvent(const Device &device, const QString &type)
    {
        const auto reply =
            m_http.get(m_server.url(QStringLiteral("/v1/me/security-events?type=") + type),
                       HttpClient::bearer(device.accessToken));
        const QJsonArray events = reply.json().value(QStringLiteral("items")).toArray();
        if (events.isEmpty())
            qWarning("no %s event: %s", qPrintable(type), reply.body.constData());
        return events.isEmpty() ? QJsonObject() : events.first().toObject();
    }

    // What the command line leaves in both logs: no administrator id, "cli", no IP or agent.
    void verifyLoggedAsCli(const QJsonObject &entry, const QJsonObject &event,
                           const QString &action, const QJsonObject &details)
    {
        const QByteArray shown = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        QCOMPARE(entry.value(QStringLiteral("action")).toString(), action);
        QVERIFY2(entry.value(QStringLiteral("adminId")).isNull(), shown.constData());
        QCOMPARE(entry.value(QStringLiteral("adminUsername")).toString(), QStringLiteral("cli"));
        QVERIFY2(entry.value(QStringLiteral("ip")).isNull(), shown.constData());
        QVERIFY2(entry.value(QStringLiteral("userAgent")).isNull(), shown.constData());
        QCOMPARE(entry.value(QStringLiteral("details")).toObject(), details);

        const QByteArray shownEvent = QJsonDocument(event).toJson(QJsonDocument::Compact);
        QJsonObject eventDetails = details;
        eventDetails.insert(QStringLiteral("adminId"), QJsonValue(QJsonValue::Null));
        eventDetails.insert(QStringLiteral("adminUsername"), QStringLiteral("cli"));
        QVERIFY2(event.value(QStringLiteral("details")).toObject() == eventDetails,
                 shownEvent.constData());
        QVERIFY2(event.value(QStringLiteral("ip")).isNull(), shownEvent.constData());
        QVERIFY2(event.value(QStringLiteral("sessionId")).isNull(), shownEvent.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_server.createUser(QStringLiteral("root"), Password, true));
        // The administrator reads the audit log, which needs the admin scope, which needs
        // two-factor authentication (--require-2fa-for-admins, on by default).
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        client.deviceName = QStringLiteral("Device");
        TwoFactorAccount::enableFor(m_server, m_http, QStringLiteral("root"), Password)
            .answerSignIns(client);
        m_admin = Device::signIn(client, QStringLiteral("root"), Password, m_server, m_http);
        QVERIFY(!m_admin.sessionId.isEmpty());
    }

    void helpNamesTheCommands()
    {
        const auto help = m_server.runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("user sessions NAME")));
        QVERIFY(help.out.contains(QStringLiteral("user revoke-all NAME")));
        QVERIFY(help.out.contains(QStringLiteral("user reset-2fa NAME")));
        QVERIFY(help.out.contains(QStringLiteral("user enable NAME")));
        QVERIFY(help.out.contains(QStringLiteral("user role NAME admin|user")));
        QVERIFY(help.out.contains(QStringLiteral("[--password-stdin]")));
    }

    void sessionsListsTheLiveOnes()
    {
        QVERIFY(m_server.createUser(QStringLiteral("cleo"), Password));
        QVERIFY(m_server.createUser(QStringLiteral("other"), Password));
        const Device laptop = signIn(QStringLiteral("cleo"), QStringLiteral("cleo-laptop"));
        const Device phone = signIn(QStringLiteral("cleo"), QStringLiteral("cleo-phone"));
        const Device ended = signIn(QStringLiteral("cleo"), QStringLiteral("cleo-old-tablet"));
        const Device theirs = signIn(QStringLiteral("other"), QStringLiteral("their-device"));
        QCOMPARE(m_http
                     .send("DELETE",
                           m_server.url(QStringLiteral("/v1/me/sessions/") + ended.sessionId), {},
                           HttpClient::bearer(laptop.accessToken))
                     .status,
                 204);

        const auto result = cli(QStringLiteral("sessions"), {QStringLiteral("cleo")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList header = lines.first().simplified().split(QLatin1Char(' '));
        QCOMPARE(header, QStringList({QStringLiteral("ID"), QStringLiteral("DEVICE"),
                                      QStringLiteral("CLIENT"), QStringLiteral("IP"),
                                      QStringLiteral("LAST"), QStringLiteral("ACTIVE")}));
        for (const Device &device : {laptop, phone}) {
            const QString deviceName = device.sessionId == laptop.sessionId
                                           ? QStringLiteral("cleo-laptop")
                                           : QStringLiteral("cleo-phone");
            bool found = false;
            for (const QString &line : lines) {
                if (!line.startsWith(device.sessionId))
                    continue;
                found = true;
                QVERIFY2(line.contains(deviceName), qPrintable(line));
                QVERIFY2(line.contains(QStringLiteral("Tasklane for desktop")), qPrintable(line));
                QVERIFY2(line.contains(QStringLiteral("127.0.0.1")), qPrintable(line));
                // Last active, in UTC.
                QVERIFY2(line.trimmed().endsWith(QLatin1Char('Z')), qPrintable(line));
            }
            QVERIFY2(found, qPrintable(result.out));
        }
        QVERIFY(!result.out.contains(ended.sessionId));
        QVERIFY(!result.out.contains(theirs.sessionId));
        // No secret of any kind.
        for (const Device &device : {laptop, phone})
            QVERIFY(!result.out.contains(device.accessToken) &&
                    !result.out.contains(device.refreshToken));
    }

    void revokeAllTakesEffectOverHttp()
    {
        QVERIFY(m_server.createUser(QStringLiteral("dana"), Password));
        const Device laptop = signIn(QStringLiteral("dana"), QStringLiteral("laptop"));
        const Device phone = signIn(QStringLiteral("dana"), QStringLiteral("phone"));
        const QString pat = createPat(laptop, QStringLiteral("backup"));
        for (const QString &token : {laptop.accessToken, phone.accessToken, pat})
            QCOMPARE(me(token).status, 200);

        const auto result = cli(QStringLiteral("revoke-all"), {QStringLiteral("dana")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(),
                 QStringLiteral("dana: revoked 2 sessions and 1 personal access token"));

        for (const QString &token : {laptop.accessToken, phone.accessToken, pat})
            VERIFY_API_ERROR(me(token), 401, "UNAUTHORIZED");
        verifyRefreshRefused(m_server, laptop);
        verifyRefreshRefused(m_server, phone);
        QCOMPARE(me(m_admin.accessToken).status, 200);

        const QJsonObject counts{{QStringLiteral("sessionsRevoked"), 2},
                                 {QStringLiteral("tokensRevoked"), 1}};
        const Device again = signIn(QStringLiteral("dana"));
        verifyLoggedAsCli(lastAuditEntryAbout(QStringLiteral("dana")),
                          lastAdminEvent(again, QStringLiteral("admin.revoked_all")),
                          QStringLiteral("user.revoke_all"), counts);
    }

    void disableRevokesAndLogsToo()
    {
        QVERIFY(m_server.createUser(QStringLiteral("eli"), Password));
        const Device device = signIn(QStringLiteral("eli"));
        const QString pat = createPat(device, QStringLiteral("cron"));

        const auto result = cli(QStringLiteral("disable"), {QStringLiteral("eli")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(),
                 QStringLiteral("Disabled eli; revoked 1 session and 1 personal access token"));
        VERIFY_API_ERROR(me(device.accessToken), 401, "UNAUTHORIZED");
        VERIFY_API_ERROR(me(pat), 401, "UNAUTHORIZED");
        verifyRefreshRefused(m_server, device);
        QCOMPARE(
            lastAuditEntryAbout(QStringLiteral("eli")).value(QStringLiteral("action")).toString(),
            QStringLiteral("user.disable"));
        QVERIFY(cli(QStringLiteral("list"), {}).out.contains(QStringLiteral("disabled")));

        // Enabled again: a new sign-in works, what disabling revoked stays revoked.
        const auto enabled = cli(QStringLiteral("enable"), {QStringLiteral("eli")});
        QCOMPARE(enabled.exitCode, 0);
        QCOMPARE(enabled.out.trimmed(),
                 QStringLiteral("Enabled eli; they can sign in again (what disabling revoked "
                                "stays revoked)"));
        const Device again = signIn(QStringLiteral("eli"));
        QCOMPARE(me(again.accessToken).status, 200);
        VERIFY_API_ERROR(me(device.accessToken), 401, "UNAUTHORIZED");
        VERIFY_API_ERROR(me(pat), 401, "UNAUTHORIZED");
        verifyLoggedAsCli(lastAuditEntryAbout(QStringLiteral("eli")),
                          lastAdminEvent(again, QStringLiteral("admin.user_enabled")),
                          QStringLiteral("user.enable"), {});

        const auto twice = cli(QStringLiteral("enable"), {QStringLiteral("eli")});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(twice.out.trimmed(), QStringLiteral("eli is enabled already"));
        QCOMPARE(cli(QStringLiteral("enable"), {}).exitCode, 2);
        QCOMPARE(cli(QStringLiteral("enable"), {QStringLiteral("nobody")}).exitCode, 1);
    }

    void resetTwoFactor()
    {
        QVERIFY(m_server.createUser(QStringLiteral("fay"), Password));
        const Device device = signIn(QStringLiteral("fay"));
        const auto setup = m_http.postJson(m_server.url(QStringLiteral("/v1/me/2fa/setup")), {},
                                           HttpClient::bearer(device.accessToken));
        const QString secret = setup.json().value(QStringLiteral("secret")).toString();
        QCOMPARE(m_http
                     .postJson(m_server.url(QStringLiteral("/v1/me/2fa/confirm")),
                               QJsonObject{{QStringLiteral("code"), OathTool::totpNow(secret)}},
                               HttpClient::bearer(device.accessToken))
                     .status,
                 200);
        const auto state = [&] {
            return m_http
                .get(m_server.url(QStringLiteral("/v1/me/2fa")),
                     HttpClient::bearer(device.accessToken))
                .json();
        };
        QCOMPARE(state().value(QStringLiteral("enabled")).toBool(), true);

        auto result = cli(QStringLiteral("reset-2fa"), {QStringLiteral("fay")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(
            result.out.contains(QStringLiteral("Turned two-factor authentication off for fay")),
            qPrintable(result.out));
        QCOMPARE(state().value(QStringLiteral("enabled")).toBool(), false);
        QCOMPARE(state().value(QStringLiteral("backupCodesRemaining")).toInt(), 0);
        // Nothing else changed: the session goes on, the password alone signs in.
        QCOMPARE(me(device.accessToken).status, 200);
        const Device again = signIn(QStringLiteral("fay"));
        QVERIFY(!again.sessionId.isEmpty());
        verifyLoggedAsCli(lastAuditEntryAbout(QStringLiteral("fay")),
                          lastAdminEvent(again, QStringLiteral("admin.two_factor_reset")),
                          QStringLiteral("user.reset_2fa"), {});

        // Off already: a clear refusal.
        result = cli(QStringLiteral("reset-2fa"), {QStringLiteral("fay")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("two-factor authentication is off for fay")),
                 qPrintable(result.err));
    }

    void addWithoutAPasswordPrintsAOneTimePassword()
    {
        const auto result =
            m_server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("gus"),
                             QStringLiteral("--email"), QStringLiteral("gus@example.org")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("Created user gus")), qPrintable(result.out));
        static const QRegularExpression line(QStringLiteral(
            "One-time password: ([A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5})\n"));
        const auto match = line.match(result.out);
        QVERIFY2(match.hasMatch(), qPrintable(result.out));
        const QString oneTime = match.captured(1);
        QVERIFY(result.err.contains(QStringLiteral("must be changed at the first sign-in")));

        // The first sign-in asks for a new password before consent.
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        const auto changePage =
            client.submitSignIn(client.openAuthorize(), QStringLiteral("gus"), oneTime);
        QVERIFY2(OAuthTestClient::isChangePasswordPage(changePage),
                 changePage.body.left(300).constData());
        const auto consentPage = client.submitChangePassword(changePage, Password, Password);
        QVERIFY(consentPage.body.contains("Allow access"));
        const Device gus = signIn(QStringLiteral("gus"));
        QVERIFY(!gus.sessionId.isEmpty());
        verifyLoggedAsCli(lastAuditEntryAbout(QStringLiteral("gus")),
                          lastAdminEvent(gus, QStringLiteral("admin.user_created")),
                          QStringLiteral("user.create"),
                          {{QStringLiteral("role"), QStringLiteral("user")},
                           {QStringLiteral("email"), QStringLiteral("gus@example.org")}});

        // With --password-stdin it stays as it was: the chosen password, nothing to change.
        QVERIFY(m_server.createUser(QStringLiteral("hank"), Password));
        OAuthTestClient direct(m_server);
        QVERIFY(direct.submitSignIn(direct.openAuthorize(), QStringLiteral("hank"), Password)
                    .body.contains("Allow access"));
    }

    void roleChangesTheRoleWithTheLastAdminGuard()
    {
        QVERIFY(m_server.createUser(QStringLiteral("ivy"), Password));
        auto result = cli(QStringLiteral("role"), {QStringLiteral("ivy"), QStringLiteral("admin")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("Made ivy an administrator"));
        // The admin scope needs two-factor authentication on (--require-2fa-for-admins).
        OAuthTestClient client(m_server);
        client.scope = AllScopes;
        client.deviceName = QStringLiteral("Device");
        TwoFactorAccount::enableFor(m_server, m_http, QStringLiteral("ivy"), Password)
            .answerSignIns(client);
        const Device ivy =
            Device::signIn(client, QStringLiteral("ivy"), Password, m_server, m_http);
        QCOMPARE(m_http
                     .get(m_server.url(QStringLiteral("/v1/admin/users")),
                          HttpClient::bearer(ivy.accessToken))
                     .status,
                 200);
        verifyLoggedAsCli(lastAuditEntryAbout(QStringLiteral("ivy")),
                          lastAdminEvent(ivy, QStringLiteral("admin.role_changed")),
                          QStringLiteral("user.set_role"),
                          {{QStringLiteral("from"), QStringLiteral("user")},
                           {QStringLiteral("to"), QStringLiteral("admin")}});

        result = cli(QStringLiteral("role"), {QStringLiteral("ivy"), QStringLiteral("admin")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("ivy is admin already"));

        // Back to a user: her admin-scoped session stops giving admin on the next request.
        result = cli(QStringLiteral("role"), {QStringLiteral("ivy"), QStringLiteral("user")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("Made ivy a user"));
        VERIFY_API_ERROR(m_http.get(m_server.url(QStringLiteral("/v1/admin/users")),
                                    HttpClient::bearer(ivy.accessToken)),
                         403, "FORBIDDEN");

        // root is the last administrator now.
        result = cli(QStringLiteral("role"), {QStringLiteral("root"), QStringLiteral("user")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("root is the last administrator")),
                 qPrintable(result.err));
        QCOMPARE(m_http
                     .get(m_server.url(QStringLiteral("/v1/admin/users")),
                          HttpClient::bearer(m_admin.accessToken))
                     .status,
                 200);

        QCOMPARE(
            cli(QStringLiteral("role"), {QStringLiteral("ivy"), QStringLiteral("boss")}).exitCode,
            2);
        QCOMPARE(cli(QStringLiteral("role"), {QStringLiteral("ivy")}).exitCode, 2);
        result = cli(QStringLiteral("role"), {QStringLiteral("ghost"), QStringLiteral("admin")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("no user named \"ghost\"")));
    }

    void unknownUsersAndBadUsage()
    {
        for (const QString &command : {QStringLiteral("sessions"), QStringLiteral("revoke-all"),
                                       QStringLiteral("reset-2fa"), QStringLiteral("disable")}) {
            auto result = cli(command, {QStringLiteral("ghost")});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QStringLiteral("no user named \"ghost\"")),
                     qPrintable(result.err));
            QVERIFY(result.out.isEmpty());

            result = cli(command, {});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("usage: user ") + command + u' '),
                     qPrintable(result.err));
            result = cli(command, {QStringLiteral("root"), QStringLiteral("extra")});
            QCOMPARE(result.exitCode, 2);
        }
        // Nothing happened to anyone on the way.
        QCOMPARE(me(m_admin.accessToken).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_AdminCli)
#include "tst_admincli.moc"
