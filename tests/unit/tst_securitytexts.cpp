// The plain words of the account security screens: relative times against a fixed clock, user
// agents summarised, and the JSON mapping of the three security value types (the exact shapes
// of docs/api.md 12.1, 12.5 and 12.7).
#include "JsonTime.h"
#include "PersonalToken.h"
#include "RelativeTime.h"
#include "SecurityLogEntry.h"
#include "SignedInSession.h"
#include "UserAgentText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

namespace {
const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class tst_SecurityTexts : public QObject
{
    Q_OBJECT

private slots:
    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("offsetSeconds"); // when - now
        QTest::addColumn<QString>("expected");
        QTest::newRow("same instant") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("clock skew ahead") << qint64(20) << QStringLiteral("just now");
        QTest::newRow("59 s ago") << qint64(-59) << QStringLiteral("just now");
        QTest::newRow("1 min ago") << qint64(-60) << QStringLiteral("a minute ago");
        QTest::newRow("5 min ago") << qint64(-5 * 60 - 10) << QStringLiteral("5 minutes ago");
        QTest::newRow("89 min ago") << qint64(-89 * 60) << QStringLiteral("an hour ago");
        QTest::newRow("3 h ago") << qint64(-3 * 3600) << QStringLiteral("3 hours ago");
        QTest::newRow("yesterday") << qint64(-30 * 3600) << QStringLiteral("yesterday");
        QTest::newRow("4 days ago") << qint64(-4 * 86400) << QStringLiteral("4 days ago");
        QTest::newRow("2 months ago") << qint64(-61 * 86400) << QStringLiteral("2 months ago");
        QTest::newRow("2 years ago") << qint64(-800 * 86400) << QStringLiteral("2 years ago");
        QTest::newRow("in 30 days") << qint64(30 * 86400) << QStringLiteral("in 30 days");
        QTest::newRow("in 7 days, seconds short")
            << qint64(7 * 86400 - 5) << QStringLiteral("in 7 days");
        QTest::newRow("tomorrow") << qint64(86400) << QStringLiteral("tomorrow");
        QTest::newRow("in 2 hours") << qint64(2 * 3600) << QStringLiteral("in 2 hours");
        QTest::newRow("in a year") << qint64(365 * 86400) << QStringLiteral("in a year");
    }

    void relativeTimes()
    {
        QFETCH(qint64, offsetSeconds);
        QFETCH(QString, expected);
        QCOMPARE(RelativeTime::describe(Now.addSecs(offsetSeconds), Now), expected);
    }

    void relativeTimeOfNothingIsEmpty()
    {
        QVERIFY(RelativeTime::describe(QDateTime(), Now).isEmpty());
        QVERIFY(RelativeTime::absolute(QDateTime()).isEmpty());
        QVERIFY(RelativeTime::describeWithDate(QDateTime(), Now).isEmpty());
    }

    void describeWithDateHasBoth()
    {
        const QDateTime when = Now.addSecs(-300);
        const QString text = RelativeTime::describeWithDate(when, Now);
        QVERIFY2(text.startsWith(QStringLiteral("5 minutes ago (")), qPrintable(text));
        QVERIFY2(text.contains(RelativeTime::absolute(when)), qPrintable(text));
        QVERIFY(text.contains(QString::number(when.toLocalTime().date().year() % 100)));
    }

    void userAgents_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QString() << QStringLiteral("Unknown");
        QTest::newRow("the app") << QStringLiteral("Tasklane/0.1.0")
                                 << QStringLiteral("Tasklane 0.1");
        QTest::newRow("the app with its system")
            << QStringLiteral("Tasklane/0.1 (Linux)") << QStringLiteral("Tasklane 0.1 on Linux");
        QTest::newRow("curl") << QStringLiteral("curl/7.88.1") << QStringLiteral("curl 7.88");
        QTest::newRow("firefox")
            << QStringLiteral(
                   "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
            << QStringLiteral("Firefox 128 on Linux");
        QTest::newRow("chrome on windows")
            << QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                              "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36")
            << QStringLiteral("Chrome 120 on Windows");
        QTest::newRow("edge says chrome too")
            << QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                              "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210")
            << QStringLiteral("Edge 120 on Windows");
        QTest::newRow("safari on a mac")
            << QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 "
                              "(KHTML, like Gecko) Version/17.1 Safari/605.1.15")
            << QStringLiteral("Safari 17 on macOS");
        QTest::newRow("chrome on android")
            << QStringLiteral("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like "
                              "Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36")
            << QStringLiteral("Chrome 120 on Android");
        QTest::newRow("no product")
            << QStringLiteral("something odd") << QStringLiteral("something odd");
    }

    void userAgents()
    {
        QFETCH(QString, header);
        QFETCH(QString, expected);
        QCOMPARE(UserAgentText::summary(header), expected);
    }

    void longUserAgentsAreCut()
    {
        const QString summary = UserAgentText::summary(QString(200, QLatin1Char('x')));
        QCOMPARE(summary.size(), 60);
        QVERIFY(summary.endsWith(QChar(0x2026)));
    }

    void personalTokenFromTheServersShape()
    {
        const PersonalToken token = PersonalToken::fromJson(parse(R"js({
            "createdAt": "2026-11-22T04:16:09.123Z", "expiresAt": "2026-12-22T04:16:09.123Z",
            "id": "3f0d7c55-2b8e-4a8c-9a57-7e7b1f1b6f2e", "lastUsedAt": null,
            "lastUsedIp": null, "lastUsedUserAgent": null, "name": "Backup script",
            "scopes": ["tasks:read", "tasks:write"]})js"));
        QCOMPARE(token.id, QStringLiteral("3f0d7c55-2b8e-4a8c-9a57-7e7b1f1b6f2e"));
        QCOMPARE(token.name, QStringLiteral("Backup script"));
        QCOMPARE(token.scopes,
                 QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}));
        QCOMPARE(token.createdAt, QDateTime(QDate(2026, 11, 22), QTime(4, 16, 9, 123), Qt::UTC));
        QCOMPARE(token.expiresAt, token.createdAt.addDays(30));
        QVERIFY(!token.wasUsed());
        QVERIFY(token.lastUsedIp.isEmpty());
        QVERIFY(!token.neverExpires());
        QVERIFY(!token.isExpired(token.createdAt.addDays(29)));
        QVERIFY(token.isExpired(token.createdAt.addDays(30)));

        const QJsonObject json = token.toJson();
        QVERIFY(json.value(QStringLiteral("lastUsedAt")).isNull());
        QVERIFY(json.value(QStringLiteral("lastUsedIp")).isNull());
        QCOMPARE(json.value(QStringLiteral("expiresAt")).toString(),
                 QStringLiteral("2026-12-22T04:16:09.123Z"));
        QCOMPARE(PersonalToken::fromJson(json), token);
    }

    void personalTokenThatNeverExpires()
    {
        PersonalToken token;
        token.id = QStringLiteral("t");
        token.name = QStringLiteral("CI");
        token.scopes = {QStringLiteral("tasks:read")};
        token.createdAt = Now;
        token.lastUsedAt = Now.addSecs(60);
        token.lastUsedIp = QStringLiteral("10.0.0.2");
        token.lastUsedUserAgent = QStringLiteral("curl/7.88.1");
        QVERIFY(token.neverExpires());
        QVERIFY(!token.isExpired(Now.addYears(50)));
        QVERIFY(token.toJson().value(QStringLiteral("expiresAt")).isNull());
        QCOMPARE(PersonalToken::fromJson(token.toJson()), token);
    }

    void scopesInPlainWords()
    {
        QCOMPARE(PersonalToken::grantableScopes(),
                 QStringList({QStringLiteral("tasks:read"), QStringLiteral("tasks:write"),
                              QStringLiteral("admin")}));
        QCOMPARE(PersonalToken::scopesText({QStringLiteral("tasks:read"), QStringLiteral("admin")}),
                 QStringLiteral("Read tasks, Administer users"));
        for (const QString &scope : PersonalToken::grantableScopes()) {
            QVERIFY(PersonalToken::scopeLabel(scope) != scope);
            QVERIFY(PersonalToken::scopeDescription(scope).endsWith(QLatin1Char('.')));
        }
        QCOMPARE(PersonalToken::scopeLabel(QStringLiteral("future:scope")),
                 QStringLiteral("future:scope"));
    }

    void sessionFromTheServersShape()
    {
        const SignedInSession session = SignedInSession::fromJson(parse(R"js({
            "clientId": "tasklane-desktop", "clientName": "Tasklane for desktop",
            "createdAt": "2026-11-22T04:16:09.123Z", "current": true,
            "deviceName": "carol-laptop", "id": "6f1c1f0e-0a7e-4c3e-9d6b-2d0c8f2b9a11",
            "ip": "127.0.0.1", "lastActiveAt": "2026-11-22T05:01:00.000Z",
            "userAgent": "Tasklane/0.1 (Linux)"})js"));
        QCOMPARE(session.id, QStringLiteral("6f1c1f0e-0a7e-4c3e-9d6b-2d0c8f2b9a11"));
        QCOMPARE(session.clientName, QStringLiteral("Tasklane for desktop"));
        QCOMPARE(session.displayName(), QStringLiteral("carol-laptop"));
        QVERIFY(session.current);
        QCOMPARE(session.lastActiveAt, QDateTime(QDate(2026, 11, 22), QTime(5, 1), Qt::UTC));
        QCOMPARE(SignedInSession::fromJson(session.toJson()), session);

        SignedInSession unnamed = session;
        unnamed.deviceName = QStringLiteral("  ");
        QCOMPARE(unnamed.displayName(), QStringLiteral("Tasklane for desktop"));
        unnamed.clientName.clear();
        QCOMPARE(unnamed.displayName(), QStringLiteral("Unnamed device"));
    }

    void logEntryFromTheServersShape()
    {
        const SecurityLogEntry entry = SecurityLogEntry::fromJson(parse(R"js({
            "details": {"tokenId": "3f0d", "tokenName": "Backup script",
                        "scopes": ["tasks:read"]},
            "id": "0c3e", "ip": "127.0.0.1", "occurredAt": "2026-11-22T04:16:09.123Z",
            "sessionId": "6f1c", "type": "token.created", "userAgent": "Tasklane/0.1"})js"));
        QCOMPARE(entry.type, QStringLiteral("token.created"));
        QCOMPARE(entry.sessionId, QStringLiteral("6f1c"));
        QCOMPARE(entry.category(), SecurityLogEntry::Category::Token);
        QCOMPARE(entry.title(), QStringLiteral("Token created"));
        QCOMPARE(entry.detailText(), QStringLiteral("\u201cBackup script\u201d with Read tasks"));
        QVERIFY(!entry.needsAttention());
        QCOMPARE(SecurityLogEntry::fromJson(entry.toJson()), entry);

        SecurityLogEntry withoutSession = entry;
        withoutSession.sessionId.clear();
        QVERIFY(withoutSession.toJson().value(QStringLiteral("sessionId")).isNull());
    }

    void logEntriesInPlainWords_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("details");
        QTest::addColumn<bool>("attention");
        QTest::newRow("signed in")
            << QStringLiteral(R"js({"type": "sign_in.succeeded", "details": {"clientId":
               "tasklane-desktop", "clientName": "Tasklane for desktop", "deviceName":
               "carol-laptop", "method": "password+totp"}})js")
            << QStringLiteral("Signed in")
            << QStringLiteral("Tasklane for desktop on \u201ccarol-laptop\u201d, with the "
                              "password and an authenticator code")
            << false;
        QTest::newRow("wrong password")
            << QStringLiteral(R"js({"type": "sign_in.failed", "details": {"reason":
               "wrong_password"}})js")
            << QStringLiteral("Sign-in failed") << QStringLiteral("Wrong password") << true;
        QTest::newRow("wrong current password")
            << QStringLiteral(R"js({"type": "sign_in.failed", "details": {"reason":
               "wrong_current_password"}})js")
            << QStringLiteral("Sign-in failed")
            << QStringLiteral("Wrong current password when changing the password") << true;
        QTest::newRow("password changed")
            << QStringLiteral(R"js({"type": "password.changed", "details": {"sessionsRevoked": 2,
               "tokensRevoked": 1}})js")
            << QStringLiteral("Password changed")
            << QStringLiteral("2 other sessions signed out, 1 token revoked") << false;
        QTest::newRow("session ended by a password change")
            << QStringLiteral(R"js({"type": "session.revoked", "details": {"deviceName": "phone",
               "reason": "password_changed"}})js")
            << QStringLiteral("Session ended")
            << QStringLiteral("\u201cphone\u201d signed out because the password was changed")
            << false;
        QTest::newRow("signed out elsewhere")
            << QStringLiteral(R"js({"type": "session.revoked", "details": {"deviceName": "phone",
               "reason": "revoke_others", "revokedSessionId": "x"}})js")
            << QStringLiteral("Session ended")
            << QStringLiteral("\u201cphone\u201d signed out with \u201cSign out all other "
                              "sessions\u201d")
            << false;
        QTest::newRow("token from a new address")
            << QStringLiteral(R"js({"type": "token.used_from_new_ip", "ip": "203.0.113.9",
               "details": {"tokenId": "t", "tokenName": "CI"}})js")
            << QStringLiteral("Token used from a new address")
            << QStringLiteral("\u201cCI\u201d from 203.0.113.9") << true;
        QTest::newRow("token revoked")
            << QStringLiteral(R"js({"type": "token.revoked", "details": {"tokenName": "CI"}})js")
            << QStringLiteral("Token revoked") << QStringLiteral("\u201cCI\u201d") << false;
        QTest::newRow("two-factor on")
            << QStringLiteral(R"js({"type": "two_factor.enabled", "details": {}})js")
            << QStringLiteral("Two-factor turned on") << QString() << false;
        QTest::newRow("wrong code")
            << QStringLiteral(R"js({"type": "two_factor.failed", "details": {"attemptsRemaining":
               3}})js")
            << QStringLiteral("Wrong two-factor code") << QStringLiteral("3 attempts left") << true;
        QTest::newRow("last backup code")
            << QStringLiteral(R"js({"type": "backup_code.used", "details": {"remaining": 1}})js")
            << QStringLiteral("Backup code used") << QStringLiteral("1 backup code left") << false;
        QTest::newRow("revoked by an administrator")
            << QStringLiteral(R"js({"type": "admin.revoked_all", "details": {"adminId": "a",
               "adminUsername": "alice", "sessionsRevoked": 2, "tokensRevoked": 1}})js")
            << QStringLiteral("Everything revoked by an administrator")
            << QStringLiteral("2 sessions and 1 token revoked, by alice") << false;
        QTest::newRow("session ended by an administrator")
            << QStringLiteral(R"js({"type": "admin.session_revoked", "details": {"adminId": "a",
               "adminUsername": "alice", "revokedSessionId": "s", "deviceName": "Laptop"}})js")
            << QStringLiteral("Session ended by an administrator")
            << QStringLiteral("\u201cLaptop\u201d, by alice") << false;
        QTest::newRow("token revoked by an administrator")
            << QStringLiteral(R"js({"type": "admin.token_revoked", "details": {"adminId": "a",
               "adminUsername": "alice", "tokenId": "t", "tokenName": "CI"}})js")
            << QStringLiteral("Token revoked by an administrator")
            << QStringLiteral("\u201cCI\u201d, by alice") << false;
        QTest::newRow("two-factor reset from the command line")
            << QStringLiteral(R"js({"type": "admin.two_factor_reset", "details": {"adminId": null,
               "adminUsername": "cli"}})js")
            << QStringLiteral("Two-factor reset by an administrator")
            << QStringLiteral("By the server's command line") << false;
        QTest::newRow("disabled by an administrator")
            << QStringLiteral(R"js({"type": "admin.user_disabled", "details": {"adminId": "a",
               "adminUsername": "alice", "sessionsRevoked": 0, "tokensRevoked": 0}})js")
            << QStringLiteral("Account disabled by an administrator")
            << QStringLiteral("0 sessions and 0 tokens revoked, by alice") << false;
        QTest::newRow("enabled by an administrator")
            << QStringLiteral(R"js({"type": "admin.user_enabled", "details": {"adminId": "a",
               "adminUsername": "alice"}})js")
            << QStringLiteral("Account enabled by an administrator") << QStringLiteral("By alice")
            << false;
        QTest::newRow("account created by an administrator")
            << QStringLiteral(R"js({"type": "admin.user_created", "details": {"adminId": "a",
               "adminUsername": "alice", "role": "user", "email": "c@example.org"}})js")
            << QStringLiteral("Account created by an administrator") << QStringLiteral("By alice")
            << false;
        QTest::newRow("password reset by an administrator")
            << QStringLiteral(R"js({"type": "admin.password_reset", "details": {"adminId": "a",
               "adminUsername": "alice", "sessionsRevoked": 2, "tokensRevoked": 1}})js")
            << QStringLiteral("Password reset by an administrator")
            << QStringLiteral("2 sessions and 1 token revoked, by alice") << false;
        QTest::newRow("made an administrator from the command line")
            << QStringLiteral(R"js({"type": "admin.role_changed", "details": {"adminId": null,
               "adminUsername": "cli", "from": "user", "to": "admin"}})js")
            << QStringLiteral("Role changed by an administrator")
            << QStringLiteral("Made an administrator, by the server's command line") << false;
        QTest::newRow("no longer an administrator")
            << QStringLiteral(R"js({"type": "admin.role_changed", "details": {"adminId": "a",
               "adminUsername": "alice", "from": "admin", "to": "user"}})js")
            << QStringLiteral("Role changed by an administrator")
            << QStringLiteral("No longer an administrator, by alice") << false;
        QTest::newRow("password chosen at the first sign-in")
            << QStringLiteral(R"js({"type": "password.changed", "details": {"reason":
               "first_sign_in"}})js")
            << QStringLiteral("Password changed")
            << QStringLiteral("Chosen at the first sign-in with a one-time password") << false;
        QTest::newRow("session ended by an administrator's revoke")
            << QStringLiteral(R"js({"type": "session.revoked", "details": {"deviceName": "phone",
               "reason": "admin"}})js")
            << QStringLiteral("Session ended")
            << QStringLiteral("\u201cphone\u201d signed out by an administrator") << false;
        QTest::newRow("session ended: refresh token reused")
            << QStringLiteral(R"js({"type": "session.revoked", "details": {"deviceName": "phone",
               "reason": "refresh_token_reused", "revokedSessionId": "s"}})js")
            << QStringLiteral("Session ended")
            << QStringLiteral("\u201cphone\u201d ended because one of its old sign-in tokens was "
                              "used again, so it may have leaked")
            << true;
        QTest::newRow("session ended: code replayed")
            << QStringLiteral(R"js({"type": "session.revoked", "details": {"deviceName": "Tablet",
               "reason": "authorization_code_replayed", "revokedSessionId": "s"}})js")
            << QStringLiteral("Session ended")
            << QStringLiteral("\u201cTablet\u201d ended because its one-time sign-in code was used "
                              "twice, so it may have been intercepted")
            << true;
        QTest::newRow("new sign-in from a new network")
            << QStringLiteral(R"js({"type": "sign_in.alert", "details": {"software":
               "Tasklane on Linux", "network": "203.0.113.0/24", "deviceName": "laptop",
               "reasons": ["network"]}})js")
            << QStringLiteral("New sign-in flagged")
            << QStringLiteral("Tasklane on Linux, 203.0.113.0/24") << false;
        QTest::newRow("new sign-in from a new device")
            << QStringLiteral(R"js({"type": "sign_in.alert", "details": {"software":
               "Tasklane on Linux", "network": "203.0.113.0/24", "deviceName": "Second laptop",
               "reasons": ["device"]}})js")
            << QStringLiteral("New sign-in flagged")
            << QStringLiteral("A new device, \u201cSecond laptop\u201d: Tasklane on Linux, "
                              "203.0.113.0/24")
            << false;
        QTest::newRow("unknown type")
            << QStringLiteral(R"js({"type": "future.thing", "details": {"x": 1}})js")
            << QStringLiteral("future.thing") << QString() << false;
    }

    void logEntriesInPlainWords()
    {
        QFETCH(QString, json);
        QFETCH(QString, title);
        QFETCH(QString, details);
        QFETCH(bool, attention);
        const SecurityLogEntry entry =
            SecurityLogEntry::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!entry.type.isEmpty());
        QCOMPARE(entry.title(), title);
        QCOMPARE(entry.detailText(), details);
        QCOMPARE(entry.needsAttention(), attention);
    }

    // Names the user gave are quoted the way the app's language quotes (the default locale,
    // which Translations::install sets): „…“ in German, «…» in Spanish; and the desktop client
    // is named by the app, not by the server's English name, for any name the server sends.
    void namesInTheLanguagesQuotes()
    {
        const SecurityLogEntry entry =
            SecurityLogEntry::fromJson(QJsonDocument::fromJson(R"js({"type":
                "sign_in.succeeded", "details": {"clientId": "tasklane-desktop", "clientName":
                "Some server name", "deviceName": "carol-laptop"}})js")
                                           .object());
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = entry.detailText();
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        const QString spanish = entry.detailText();
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("Tasklane for desktop on \u201ecarol-laptop\u201c"));
        QCOMPARE(spanish, QStringLiteral("Tasklane for desktop on \u00abcarol-laptop\u00bb"));
        QCOMPARE(SignedInSession::clientDisplayName(QStringLiteral("other-app"),
                                                    QStringLiteral("Other app")),
                 QStringLiteral("Other app"));
        QCOMPARE(SignedInSession::clientDisplayName(QStringLiteral("other-app"), QString()),
                 QStringLiteral("other-app"));
    }

    void logCategories()
    {
        const QStringList known = SecurityLogEntry::knownTypes();
        QCOMPARE(known.size(), 29);
        QStringList all;
        for (const auto category :
             {SecurityLogEntry::Category::SignIn, SecurityLogEntry::Category::Session,
              SecurityLogEntry::Category::Token, SecurityLogEntry::Category::TwoFactor}) {
            const QStringList types = SecurityLogEntry::typesOf(category);
            QVERIFY(!types.isEmpty());
            QVERIFY(!SecurityLogEntry::categoryLabel(category).isEmpty());
            all += types;
        }
        QCOMPARE(all.size(), known.size()); // every known type in exactly one category
        QCOMPARE(
            SecurityLogEntry::typesOf(SecurityLogEntry::Category::Token),
            QStringList({QStringLiteral("token.created"), QStringLiteral("token.used_from_new_ip"),
                         QStringLiteral("token.revoked"), QStringLiteral("admin.token_revoked"),
                         QStringLiteral("token.rotated")}));
        QCOMPARE(SecurityLogEntry::categoryOf(QStringLiteral("admin.two_factor_reset")),
                 SecurityLogEntry::Category::TwoFactor);
        QCOMPARE(SecurityLogEntry::categoryOf(QStringLiteral("admin.user_disabled")),
                 SecurityLogEntry::Category::SignIn);
        QCOMPARE(SecurityLogEntry::categoryOf(QStringLiteral("password.changed")),
                 SecurityLogEntry::Category::SignIn);
        QCOMPARE(SecurityLogEntry::categoryOf(QStringLiteral("backup_codes.regenerated")),
                 SecurityLogEntry::Category::TwoFactor);
        QCOMPARE(SecurityLogEntry::categoryOf(QStringLiteral("nonsense")),
                 SecurityLogEntry::Category::Other);
    }
};

QTEST_GUILESS_MAIN(tst_SecurityTexts)
#include "tst_securitytexts.moc"
