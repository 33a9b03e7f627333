// Two-factor authentication against the real server: setup and its otpauth URI, confirmation
// with codes computed by Debian's independent oathtool, backup codes (shown once, single use,
// regenerated), replay refusal, the lockout after five wrong codes, turning it off, the rule
// that personal access tokens cannot touch it, admin-scoped tokens needing a code, secrets
// never in the database files in clear, and the browser sign-in's code step.
#include "ApiErrorChecks.h"
#include "FormBrowser.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TestDatabase.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

namespace {

const QString Password = QStringLiteral("two-factor-password");
constexpr qint64 Period = 30;

qint64 currentStep()
{
    return QDateTime::currentSecsSinceEpoch() / Period;
}

qint64 msecs(const QJsonValue &instant)
{
    return QDateTime::fromString(instant.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The code Debian's oathtool computes for `base32Secret`, at `step` or (-1) now.
QString oathtool(const QString &base32Secret, qint64 step = -1)
{
    QStringList arguments{QStringLiteral("--totp"), QStringLiteral("-b")};
    if (step >= 0)
        arguments << QStringLiteral("-N") << QStringLiteral("@%1").arg(step * Period);
    arguments << base32Secret;
    QProcess process;
    process.start(QStringLiteral("oathtool"), arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        qWarning("oathtool failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
}

// An account with two-factor authentication as a test drives it: its OAuth access token (with
// the account scope), its secret, its backup codes, and the last TOTP step the server accepted,
// so the next code given out is always a later one (the server refuses replays).
struct Account
{
    QString username;
    QString token;
    QString secret;
    QStringList backupCodes;
    qint64 lastStep = -1;
};

QJsonObject codeBody(const QString &code)
{
    return QJsonObject{{QStringLiteral("code"), code}};
}

} // namespace

class tst_TwoFactor : public QObject
{
    Q_OBJECT

private:
    TestServer m_server{TestServer::highRateLimits()};
    HttpClient m_http;

    QUrl url(const QString &path) const { return m_server.url(path); }

    // A new user, signed in through the browser flow before two-factor authentication is on.
    Account newAccount(const QString &username, bool admin = false)
    {
        Account account;
        account.username = username;
        if (!m_server.createUser(username, Password, admin))
            return account;
        OAuthTestClient client(m_server);
        if (admin)
            client.scope = QStringLiteral("tasks:read tasks:write account admin");
        account.token =
            client.signIn(username, Password).value(QStringLiteral("access_token")).toString();
        return account;
    }

    HttpClient::Reply post(const Account &account, const QString &path,
                           const QJsonObject &body = {})
    {
        return m_http.postJson(url(path), body, HttpClient::bearer(account.token));
    }

    HttpClient::Reply remove(const Account &account, const QJsonObject &body)
    {
        auto headers = HttpClient::bearer(account.token);
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return m_http.send("DELETE", url(QStringLiteral("/v1/me/2fa")),
                           QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    QJsonObject status(const Account &account)
    {
        const auto reply =
            m_http.get(url(QStringLiteral("/v1/me/2fa")), HttpClient::bearer(account.token));
        return reply.status == 200 ? reply.json() : QJsonObject();
    }

    // A TOTP code for a step after every step used so far: the current one, or the next (the
    // server accepts one step of skew). Waits only if both are used up.
    QString freshCode(Account &account)
    {
        qint64 step = std::max(currentStep(), account.lastStep + 1);
        while (step > currentStep() + 1)
            QTest::qWait(500);
        account.lastStep = step;
        return oathtool(account.secret, step);
    }

    // A well-formed TOTP code that is wrong whatever the clock says during the test: none of
    // the codes of the steps around now.
    static QString wrongCode(const Account &account)
    {
        QSet<QString> valid;
        for (qint64 step = currentStep() - 2; step <= currentStep() + 3; ++step)
            valid.insert(oathtool(account.secret, step));
        for (int n = 1;; ++n) {
            const QString code =
                QStringLiteral("%1").arg(n * 7919 % 1000000, 6, 10, QLatin1Char('0'));
            if (!valid.contains(code))
                return code;
        }
    }

    // Setup and confirm with oathtool's code for now (no -N), as a user with an app would.
    bool enable(Account &account)
    {
        const auto setup = post(account, QStringLiteral("/v1/me/2fa/setup"));
        if (setup.status != 200)
            return false;
        account.secret = setup.json().value(QStringLiteral("secret")).toString();
        const auto confirm =
            post(account, QStringLiteral("/v1/me/2fa/confirm"), codeBody(oathtool(account.secret)));
        account.lastStep = currentStep();
        if (confirm.status != 200) {
            qWarning("%s", qPrintable(describeReply(confirm)));
            return false;
        }
        const QJsonArray codes = confirm.json().value(QStringLiteral("backupCodes")).toArray();
        for (const QJsonValue &code : codes)
            account.backupCodes.append(code.toString());
        return true;
    }

    Account enabledAccount(const QString &username, bool admin = false)
    {
        Account account = newAccount(username, admin);
        if (account.token.isEmpty() || !enable(account))
            account.token.clear();
        return account;
    }

    // Rows of a query on the server's database, read while the server runs.
    QList<QVariantList> query(const QString &sql, const QVariantList &values = {})
    {
        return TestDatabase(m_server).rows(sql, values);
    }

    QStringList eventTypes(const QString &username)
    {
        QStringList types;
        const auto rows = query(QStringLiteral("SELECT e.type FROM security_events e JOIN users u "
                                               "ON u.id = e.user_id WHERE u.username = ? "
                                               "ORDER BY e.occurred_at, e.id"),
                                {username});
        for (const QVariantList &row : rows)
            types.append(row.at(0).toString());
        return types;
    }

    QString signInMethodOfCode(const QString &code)
    {
        const QByteArray hash =
            QCryptographicHash::hash(code.toLatin1(), QCryptographicHash::Sha256).toHex();
        const auto rows = query(
            QStringLiteral("SELECT sign_in_method FROM authorization_codes WHERE code_hash = ?"),
            {QString::fromLatin1(hash)});
        return rows.isEmpty() ? QStringLiteral("<no code>") : rows.at(0).at(0).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty(),
                 "oathtool is missing; scripts/install-deps.sh installs it");
        QVERIFY(m_server.start());
    }

    void setupKeepsTheSameSecretWhilePending()
    {
        Account alice = newAccount(QStringLiteral("alice"));
        QVERIFY(!alice.token.isEmpty());
        const QJsonObject off = status(alice);
        QCOMPARE(off.value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(off.value(QStringLiteral("pending")).toBool(true), false);
        QVERIFY(off.contains(QStringLiteral("enabledAt")));
        QVERIFY(off.value(QStringLiteral("enabledAt")).isNull());
        QCOMPARE(off.value(QStringLiteral("backupCodesRemaining")).toInt(-1), 0);

        const auto first = post(alice, QStringLiteral("/v1/me/2fa/setup"));
        QCOMPARE(first.status, 200);
        const QJsonObject setup = first.json();
        const QString secret = setup.value(QStringLiteral("secret")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{32}$")).match(secret).hasMatch(),
                 qPrintable(secret));
        QCOMPARE(setup.value(QStringLiteral("otpauthUri")).toString(),
                 QStringLiteral("otpauth://totp/Tasklane:alice?secret=%1&issuer=Tasklane"
                                "&algorithm=SHA1&digits=6&period=30")
                     .arg(secret));
        QCOMPARE(setup.value(QStringLiteral("algorithm")).toString(), QStringLiteral("SHA1"));
        QCOMPARE(setup.value(QStringLiteral("digits")).toInt(), 6);
        QCOMPARE(setup.value(QStringLiteral("period")).toInt(), 30);

        // Asked again (a reload, a second window), the pending secret does not change.
        QCOMPARE(post(alice, QStringLiteral("/v1/me/2fa/setup")).json(), setup);
        const auto empty = m_http.post(url(QStringLiteral("/v1/me/2fa/setup")), QByteArray(),
                                       "application/json", HttpClient::bearer(alice.token));
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json().value(QStringLiteral("secret")).toString(), secret);

        const QJsonObject pending = status(alice);
        QCOMPARE(pending.value(QStringLiteral("pending")).toBool(), true);
        QCOMPARE(pending.value(QStringLiteral("enabled")).toBool(true), false);

        checkApiError(post(alice, QStringLiteral("/v1/me/2fa/setup"),
                           QJsonObject{{QStringLiteral("secret"), QStringLiteral("AAAA")}}),
                      422, QStringLiteral("VALIDATION_FAILED"));
        // Off, so nothing to turn off or regenerate.
        checkApiError(remove(alice, codeBody(oathtool(secret))), 409, QStringLiteral("CONFLICT"));
        checkApiError(
            post(alice, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(oathtool(secret))), 409,
            QStringLiteral("CONFLICT"));
    }

    void confirmWithOathtoolsCode()
    {
        Account bob = newAccount(QStringLiteral("bob"));
        QVERIFY(!bob.token.isEmpty());
        checkApiError(
            post(bob, QStringLiteral("/v1/me/2fa/confirm"), codeBody(QStringLiteral("123456"))),
            409, QStringLiteral("CONFLICT"));
        const auto setup = post(bob, QStringLiteral("/v1/me/2fa/setup"));
        bob.secret = setup.json().value(QStringLiteral("secret")).toString();

        // What a code body must look like.
        const auto confirmUrl = url(QStringLiteral("/v1/me/2fa/confirm"));
        const auto bearer = HttpClient::bearer(bob.token);
        checkApiError(post(bob, QStringLiteral("/v1/me/2fa/confirm")), 422,
                      QStringLiteral("VALIDATION_FAILED"));
        checkApiError(m_http.post(confirmUrl, "{\"code\":123456}", "application/json", bearer), 422,
                      QStringLiteral("VALIDATION_FAILED"));
        checkApiError(m_http.post(confirmUrl, "[\"123456\"]", "application/json", bearer), 422,
                      QStringLiteral("VALIDATION_FAILED"));
        const auto unknown = post(bob, QStringLiteral("/v1/me/2fa/confirm"),
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("123456")},
                                              {QStringLiteral("remember"), true}});
        checkApiError(unknown, 422, QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(unknown.json()
                     .value(QStringLiteral("details"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("remember"));

        // A wrong code counts.
        const auto refused =
            post(bob, QStringLiteral("/v1/me/2fa/confirm"), codeBody(wrongCode(bob)));
        checkApiError(refused, 403, QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        QCOMPARE(refused.json().value(QStringLiteral("attemptsRemaining")).toInt(), 4);
        QCOMPARE(status(bob).value(QStringLiteral("enabled")).toBool(true), false);

        // oathtool's code for now, with the group space some apps show.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QString code = oathtool(bob.secret);
        const auto confirmed = post(bob, QStringLiteral("/v1/me/2fa/confirm"),
                                    codeBody(code.left(3) + QLatin1Char(' ') + code.mid(3)));
        bob.lastStep = currentStep();
        QCOMPARE(confirmed.status, 200);
        const QJsonObject body = confirmed.json();
        const QJsonArray codes = body.value(QStringLiteral("backupCodes")).toArray();
        QCOMPARE(codes.size(), 10);
        const QRegularExpression format(QStringLiteral(
            "^[abcdefghjkmnpqrstuvwxyz23456789]{4}-[abcdefghjkmnpqrstuvwxyz23456789]{4}$"));
        QSet<QString> distinct;
        for (const QJsonValue &backup : codes) {
            QVERIFY2(format.match(backup.toString()).hasMatch(), qPrintable(backup.toString()));
            distinct.insert(backup.toString());
        }
        QCOMPARE(distinct.size(), 10);
        const qint64 enabledAt = msecs(body.value(QStringLiteral("enabledAt")));
        QVERIFY(enabledAt >= before - 1000 && enabledAt <= QDateTime::currentMSecsSinceEpoch());

        const QJsonObject on = status(bob);
        QCOMPARE(on.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(on.value(QStringLiteral("pending")).toBool(true), false);
        QCOMPARE(on.value(QStringLiteral("backupCodesRemaining")).toInt(), 10);
        QCOMPARE(on.value(QStringLiteral("enabledAt")), body.value(QStringLiteral("enabledAt")));
        // The codes are shown this once: nothing else ever lists them.
        QVERIFY(!m_http.get(url(QStringLiteral("/v1/me/2fa")), bearer)
                     .body.contains(codes.at(0).toString().toLatin1()));

        // On already: no second setup or confirmation.
        checkApiError(post(bob, QStringLiteral("/v1/me/2fa/setup")), 409,
                      QStringLiteral("CONFLICT"));
        checkApiError(post(bob, QStringLiteral("/v1/me/2fa/confirm"), codeBody(freshCode(bob))),
                      409, QStringLiteral("CONFLICT"));

        // The code that confirmed cannot be used again, here to turn it off.
        checkApiError(remove(bob, codeBody(code)), 403, QStringLiteral("TWO_FACTOR_CODE_REUSED"));
        QCOMPARE(status(bob).value(QStringLiteral("enabled")).toBool(), true);

        const QStringList events = eventTypes(QStringLiteral("bob"));
        QVERIFY2(events.contains(QStringLiteral("two_factor.failed")),
                 qPrintable(events.join(u',')));
        QVERIFY2(events.contains(QStringLiteral("two_factor.enabled")),
                 qPrintable(events.join(u',')));
    }

    void replayedCodesAreRefused()
    {
        Account carl = enabledAccount(QStringLiteral("carl"));
        QVERIFY(!carl.token.isEmpty());
        const QString code = freshCode(carl);
        const auto first = post(carl, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(code));
        QCOMPARE(first.status, 200);
        const auto again = post(carl, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(code));
        checkApiError(again, 403, QStringLiteral("TWO_FACTOR_CODE_REUSED"));
        QVERIFY(!again.json().contains(QStringLiteral("attemptsRemaining")));
        // An older code than the last accepted one is refused the same way.
        checkApiError(post(carl, QStringLiteral("/v1/me/2fa/backup-codes"),
                           codeBody(oathtool(carl.secret, carl.lastStep - 1))),
                      403, QStringLiteral("TWO_FACTOR_CODE_REUSED"));
        // Replays do not count towards the lockout: after five more, a wrong code is the first.
        for (int i = 0; i < 5; ++i)
            checkApiError(post(carl, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(code)),
                          403, QStringLiteral("TWO_FACTOR_CODE_REUSED"));
        const auto wrong =
            post(carl, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(wrongCode(carl)));
        checkApiError(wrong, 403, QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        QCOMPARE(wrong.json().value(QStringLiteral("attemptsRemaining")).toInt(), 4);
    }

    void fiveWrongCodesLockCodeChecks()
    {
        Account cora = enabledAccount(QStringLiteral("cora"));
        QVERIFY(!cora.token.isEmpty());
        // Wrong in every way: a wrong TOTP code, a malformed one, a too long one, a wrong one
        // written with a space.
        const QString wrong = wrongCode(cora);
        const QStringList wrongCodes{wrong, QStringLiteral("12ab56"), QStringLiteral("1234567"),
                                     wrong.left(3) + QLatin1Char(' ') + wrong.mid(3)};
        int remaining = 4;
        for (const QString &typed : wrongCodes) {
            const auto reply =
                post(cora, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(typed));
            checkApiError(reply, 403, QStringLiteral("TWO_FACTOR_CODE_INVALID"));
            QCOMPARE(reply.json().value(QStringLiteral("attemptsRemaining")).toInt(), remaining);
            QVERIFY(reply.header("Retry-After").isEmpty());
            --remaining;
        }
        QCOMPARE(remaining, 0);

        // The fifth, a backup code that is not one of hers, locks.
        QVERIFY(!cora.backupCodes.contains(QStringLiteral("zzzz-zzzz")));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto locked = remove(cora, codeBody(QStringLiteral("zzzz-zzzz")));
        checkApiError(locked, 403, QStringLiteral("TWO_FACTOR_LOCKED"));
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 290 && retryAfter <= 300, locked.header("Retry-After").constData());
        const qint64 lockedUntil = msecs(locked.json().value(QStringLiteral("lockedUntil")));
        QVERIFY(lockedUntil >= before + 299 * 1000);
        QVERIFY(lockedUntil <= QDateTime::currentMSecsSinceEpoch() + 300 * 1000);
        QCOMPARE(locked.json().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Too many wrong codes. Try again in 5 minutes."));

        // While locked even right codes are refused, TOTP or backup, and they are not used up.
        const QString code = freshCode(cora);
        const auto refused = remove(cora, codeBody(code));
        checkApiError(refused, 403, QStringLiteral("TWO_FACTOR_LOCKED"));
        QCOMPARE(msecs(refused.json().value(QStringLiteral("lockedUntil"))), lockedUntil);
        checkApiError(remove(cora, codeBody(cora.backupCodes.at(0))), 403,
                      QStringLiteral("TWO_FACTOR_LOCKED"));
        QCOMPARE(status(cora).value(QStringLiteral("backupCodesRemaining")).toInt(), 10);
        QCOMPARE(status(cora).value(QStringLiteral("enabled")).toBool(), true);

        const QStringList events = eventTypes(QStringLiteral("cora"));
        QCOMPARE(events.count(QStringLiteral("two_factor.failed")), 5);
        QCOMPARE(events.count(QStringLiteral("two_factor.locked")), 1);
        const auto details = query(
            QStringLiteral("SELECT e.details, e.ip, e.session_id FROM security_events e JOIN users "
                           "u ON u.id = e.user_id WHERE u.username = 'cora' AND e.type = "
                           "'two_factor.locked'"));
        QCOMPARE(details.size(), 1);
        const QJsonObject lockDetails =
            QJsonDocument::fromJson(details.at(0).at(0).toString().toUtf8()).object();
        QCOMPARE(msecs(lockDetails.value(QStringLiteral("lockedUntil"))), lockedUntil);
        QCOMPARE(details.at(0).at(1).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!details.at(0).at(2).toString().isEmpty());
    }

    void theLockoutEnds()
    {
        // A server of its own with a short lockout; waiting for it is waiting for the server's
        // own lockedUntil, polled with a right code that the lockout does not consume.
        TestServer server({QStringLiteral("--two-factor-lockout-seconds"), QStringLiteral("2")});
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("lena"), Password));
        OAuthTestClient client(server);
        const QString token = client.signIn(QStringLiteral("lena"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        const auto bearer = HttpClient::bearer(token);
        const QString secret =
            m_http.postJson(server.url(QStringLiteral("/v1/me/2fa/setup")), {}, bearer)
                .json()
                .value(QStringLiteral("secret"))
                .toString();
        const qint64 confirmStep = currentStep();
        QCOMPARE(m_http
                     .postJson(server.url(QStringLiteral("/v1/me/2fa/confirm")),
                               codeBody(oathtool(secret, confirmStep)), bearer)
                     .status,
                 200);
        const auto regenerate = [&](const QString &code) {
            return m_http.postJson(server.url(QStringLiteral("/v1/me/2fa/backup-codes")),
                                   codeBody(code), bearer);
        };
        for (int i = 0; i < 4; ++i)
            checkApiError(regenerate(QStringLiteral("abcd-efgh")), 403,
                          QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        const auto locked = regenerate(QStringLiteral("abcd-efgh"));
        checkApiError(locked, 403, QStringLiteral("TWO_FACTOR_LOCKED"));
        QCOMPARE(locked.header("Retry-After"), QByteArray("2"));

        // QTRY evaluates its expression again after success; the code must be sent only until
        // it is accepted, or the replays that follow would be what the test sees.
        const QString code = oathtool(secret, confirmStep + 1);
        int lastStatus = 0;
        const auto tryTheRightCode = [&] {
            if (lastStatus != 200)
                lastStatus = regenerate(code).status;
            return lastStatus;
        };
        QTRY_COMPARE_WITH_TIMEOUT(tryTheRightCode(), 200, 20000);
        // And counting starts afresh: four more wrong codes are not a lockout yet.
        const auto wrongAgain = regenerate(QStringLiteral("abcd-efgh"));
        checkApiError(wrongAgain, 403, QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        QCOMPARE(wrongAgain.json().value(QStringLiteral("attemptsRemaining")).toInt(), 4);
    }

    void backupCodesWorkOnce()
    {
        Account dora = enabledAccount(QStringLiteral("dora"));
        QVERIFY(!dora.token.isEmpty());
        // Backup codes turn it off, but regenerating wants the TOTP code: a backup code there
        // is a wrong code (and is not used up).
        const auto notHere =
            post(dora, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(dora.backupCodes.at(0)));
        checkApiError(notHere, 403, QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        QCOMPARE(status(dora).value(QStringLiteral("backupCodesRemaining")).toInt(), 10);

        // Typed in upper case without the dash, it is the same code.
        const QString typed = dora.backupCodes.at(0).toUpper().remove(QLatin1Char('-'));
        QCOMPARE(remove(dora, codeBody(typed)).status, 204);
        QCOMPARE(status(dora).value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(status(dora).value(QStringLiteral("backupCodesRemaining")).toInt(-1), 0);
        const QStringList events = eventTypes(QStringLiteral("dora"));
        QVERIFY2(events.endsWith(QStringLiteral("two_factor.disabled")),
                 qPrintable(events.join(u',')));
        QVERIFY(events.contains(QStringLiteral("backup_code.used")));

        // Turned on again (a new secret), a code of the old set is gone, and a new backup code
        // works once.
        const QString oldSecret = dora.secret;
        dora.backupCodes.clear();
        QVERIFY(enable(dora));
        QVERIFY(dora.secret != oldSecret);
        OAuthTestClient first(m_server);
        const auto page =
            first.submitSignIn(first.openAuthorize(), QStringLiteral("dora"), Password);
        QVERIFY(OAuthTestClient::isTwoFactorPage(page));
        const auto consent = first.submitTwoFactor(page, dora.backupCodes.at(3));
        QCOMPARE(consent.status, 200);
        QVERIFY2(consent.body.contains("You used a backup code; 9 remain."),
                 consent.body.constData());
        QCOMPARE(status(dora).value(QStringLiteral("backupCodesRemaining")).toInt(), 9);

        OAuthTestClient second(m_server);
        const auto again = second.submitTwoFactor(
            second.submitSignIn(second.openAuthorize(), QStringLiteral("dora"), Password),
            dora.backupCodes.at(3));
        QCOMPARE(again.status, 200);
        QVERIFY2(again.body.contains("That code is not valid. 4 attempts left."),
                 again.body.constData());
        checkApiError(remove(dora, codeBody(dora.backupCodes.at(3))), 403,
                      QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        const auto used = query(QStringLiteral("SELECT COUNT(*) FROM backup_codes b JOIN users u "
                                               "ON u.id = b.user_id WHERE u.username = 'dora' "
                                               "AND b.used_at IS NOT NULL"));
        QCOMPARE(used.at(0).at(0).toInt(), 1);
    }

    void regeneratingReplacesEveryBackupCode()
    {
        Account erin = enabledAccount(QStringLiteral("erin"));
        QVERIFY(!erin.token.isEmpty());
        checkApiError(post(erin, QStringLiteral("/v1/me/2fa/backup-codes")), 403,
                      QStringLiteral("TWO_FACTOR_REQUIRED"));
        checkApiError(
            post(erin, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(QStringLiteral("  "))),
            403, QStringLiteral("TWO_FACTOR_REQUIRED"));
        const auto reply =
            post(erin, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(freshCode(erin)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().keys(), QStringList{QStringLiteral("backupCodes")});
        QStringList fresh;
        for (const QJsonValue &code : reply.json().value(QStringLiteral("backupCodes")).toArray())
            fresh.append(code.toString());
        QCOMPARE(fresh.size(), 10);
        for (const QString &old : std::as_const(erin.backupCodes))
            QVERIFY(!fresh.contains(old));
        QCOMPARE(status(erin).value(QStringLiteral("backupCodesRemaining")).toInt(), 10);
        QVERIFY(eventTypes(QStringLiteral("erin"))
                    .contains(QStringLiteral("backup_codes.regenerated")));

        // The old ones are void, the new ones work.
        checkApiError(remove(erin, codeBody(erin.backupCodes.at(0))), 403,
                      QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        QCOMPARE(remove(erin, codeBody(fresh.at(9))).status, 204);
    }

    void turningItOffWithATotpCode()
    {
        Account finn = enabledAccount(QStringLiteral("finn"));
        QVERIFY(!finn.token.isEmpty());
        checkApiError(remove(finn, {}), 403, QStringLiteral("TWO_FACTOR_REQUIRED"));
        auto headers = HttpClient::bearer(finn.token);
        checkApiError(m_http.send("DELETE", url(QStringLiteral("/v1/me/2fa")), {}, headers), 403,
                      QStringLiteral("TWO_FACTOR_REQUIRED"));
        checkApiError(remove(finn, QJsonObject{{QStringLiteral("code"), 123456}}), 422,
                      QStringLiteral("VALIDATION_FAILED"));
        QCOMPARE(status(finn).value(QStringLiteral("enabled")).toBool(), true);

        const auto off = remove(finn, codeBody(freshCode(finn)));
        QCOMPARE(off.status, 204);
        QVERIFY(off.body.isEmpty());
        const QJsonObject now = status(finn);
        QCOMPARE(now.value(QStringLiteral("enabled")).toBool(true), false);
        QCOMPARE(now.value(QStringLiteral("pending")).toBool(true), false);
        QVERIFY(now.value(QStringLiteral("enabledAt")).isNull());
        QCOMPARE(now.value(QStringLiteral("backupCodesRemaining")).toInt(-1), 0);
        checkApiError(remove(finn, codeBody(QStringLiteral("123456"))), 409,
                      QStringLiteral("CONFLICT"));
        QVERIFY(eventTypes(QStringLiteral("finn")).endsWith(QStringLiteral("two_factor.disabled")));
        const auto left =
            query(QStringLiteral("SELECT COUNT(*) FROM backup_codes b JOIN users u ON "
                                 "u.id = b.user_id WHERE u.username = 'finn'"));
        QCOMPARE(left.at(0).at(0).toInt(), 0);

        // A new setup starts with a new secret, and sign-in no longer asks for a code.
        const QString secret = post(finn, QStringLiteral("/v1/me/2fa/setup"))
                                   .json()
                                   .value(QStringLiteral("secret"))
                                   .toString();
        QVERIFY(!secret.isEmpty() && secret != finn.secret);
        OAuthTestClient client(m_server);
        QVERIFY(!client.authorizationCode(QStringLiteral("finn"), Password).isEmpty());
    }

    void personalAccessTokensCannotTouchIt()
    {
        Account pat = newAccount(QStringLiteral("patrick"));
        QVERIFY(!pat.token.isEmpty());
        const auto created = m_http.postJson(
            url(QStringLiteral("/v1/me/tokens")),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("script")},
                        {QStringLiteral("scopes"),
                         QJsonArray{QStringLiteral("tasks:read"), QStringLiteral("tasks:write")}}},
            HttpClient::bearer(pat.token));
        QCOMPARE(created.status, 201);
        Account script = pat;
        script.token = created.json().value(QStringLiteral("token")).toString();

        const QList<HttpClient::Reply> replies{
            m_http.get(url(QStringLiteral("/v1/me/2fa")), HttpClient::bearer(script.token)),
            post(script, QStringLiteral("/v1/me/2fa/setup")),
            post(script, QStringLiteral("/v1/me/2fa/confirm"), codeBody(QStringLiteral("123456"))),
            post(script, QStringLiteral("/v1/me/2fa/backup-codes"),
                 codeBody(QStringLiteral("123456"))),
            remove(script, codeBody(QStringLiteral("123456"))),
        };
        for (const auto &reply : replies) {
            checkApiError(reply, 403, QStringLiteral("FORBIDDEN"));
            QVERIFY(!reply.header("WWW-Authenticate").contains("insufficient_scope"));
        }
        // Nothing happened: no setup is pending.
        QCOMPARE(status(pat).value(QStringLiteral("pending")).toBool(true), false);

        // An access token without the account scope is refused for its scope.
        OAuthTestClient narrow(m_server);
        narrow.scope = QStringLiteral("tasks:read");
        const QString token = narrow.signIn(QStringLiteral("patrick"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        const auto noScope =
            m_http.get(url(QStringLiteral("/v1/me/2fa")), HttpClient::bearer(token));
        checkApiError(noScope, 403, QStringLiteral("FORBIDDEN"));
        QVERIFY(noScope.header("WWW-Authenticate").contains("scope=\"account\""));
        checkApiError(m_http.get(url(QStringLiteral("/v1/me/2fa"))), 401,
                      QStringLiteral("UNAUTHORIZED"));
    }

    void adminScopedTokensNeedACode()
    {
        Account root = enabledAccount(QStringLiteral("root"), true);
        QVERIFY(!root.token.isEmpty());
        const auto create = [&](const QString &name, const QStringList &scopes,
                                const QJsonValue &code = QJsonValue::Undefined) {
            QJsonObject body{{QStringLiteral("name"), name},
                             {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
            if (!code.isUndefined())
                body.insert(QStringLiteral("code"), code);
            return post(root, QStringLiteral("/v1/me/tokens"), body);
        };
        const QStringList admin{QStringLiteral("admin")};
        checkApiError(create(QStringLiteral("a"), admin), 403,
                      QStringLiteral("TWO_FACTOR_REQUIRED"));
        checkApiError(create(QStringLiteral("a"), admin, QJsonValue::Null), 403,
                      QStringLiteral("TWO_FACTOR_REQUIRED"));
        const auto wrong = create(QStringLiteral("a"), admin, wrongCode(root));
        checkApiError(wrong, 403, QStringLiteral("TWO_FACTOR_CODE_INVALID"));
        QCOMPARE(wrong.json().value(QStringLiteral("attemptsRemaining")).toInt(), 4);
        checkApiError(create(QStringLiteral("a"), admin, 123456), 422,
                      QStringLiteral("VALIDATION_FAILED"));
        // Backup codes are for getting in, not for minting admin tokens.
        checkApiError(create(QStringLiteral("a"), admin, root.backupCodes.at(0)), 403,
                      QStringLiteral("TWO_FACTOR_CODE_INVALID"));

        const QString code = freshCode(root);
        const auto made = create(QStringLiteral("admin script"), admin, code);
        QCOMPARE(made.status, 201);
        QVERIFY(!made.json().contains(QStringLiteral("code")));
        checkApiError(create(QStringLiteral("admin again"), admin, code), 403,
                      QStringLiteral("TWO_FACTOR_CODE_REUSED"));

        // Other scopes need no code; a code sent anyway is ignored.
        QCOMPARE(create(QStringLiteral("reader"), {QStringLiteral("tasks:read")}).status, 201);
        QCOMPARE(create(QStringLiteral("reader 2"), {QStringLiteral("tasks:read")},
                        QStringLiteral("not checked"))
                     .status,
                 201);
    }

    void secretsAreNotInTheDatabaseFiles()
    {
        Account ivy = enabledAccount(QStringLiteral("ivy"));
        QVERIFY(!ivy.token.isEmpty());
        // A second, pending setup holds a secret too.
        Account jo = newAccount(QStringLiteral("jo"));
        const QString pendingSecret = post(jo, QStringLiteral("/v1/me/2fa/setup"))
                                          .json()
                                          .value(QStringLiteral("secret"))
                                          .toString();
        QVERIFY(!pendingSecret.isEmpty());

        QList<QByteArray> needles;
        for (const QString &secret : {ivy.secret, pendingSecret}) {
            needles << secret.toLatin1() << secret.toLower().toLatin1();
            // The raw key bytes: base32 decoded here by hand (5 bits per symbol).
            QByteArray raw;
            quint32 buffer = 0;
            int bits = 0;
            for (const QChar c : secret) {
                const int value = c.isDigit() ? c.digitValue() - 2 + 26 : c.unicode() - u'A';
                buffer = (buffer << 5) | quint32(value);
                bits += 5;
                if (bits >= 8) {
                    bits -= 8;
                    raw.append(char((buffer >> bits) & 0xff));
                }
            }
            QCOMPARE(raw.size(), 20);
            needles << raw << raw.toHex() << raw.toBase64();
        }
        for (const QString &code : std::as_const(ivy.backupCodes))
            needles << code.toLatin1() << code.toLatin1().replace('-', "");

        const TestDatabase db(m_server);
        QVERIFY(db.isOpen());
        for (const QByteArray &needle : std::as_const(needles))
            QVERIFY2(!db.storesAnywhere(needle),
                     qPrintable(QStringLiteral("the database holds %1 in clear")
                                    .arg(QString::fromLatin1(needle.toHex()))));

        // They are there, sealed: the key is a 0600 file beside the database.
        const auto stored =
            query(QStringLiteral("SELECT t.secret FROM two_factor t JOIN users u ON "
                                 "u.id = t.user_id WHERE u.username = 'ivy'"));
        QCOMPARE(stored.size(), 1);
        QVERIFY(QByteArray::fromBase64(stored.at(0).at(0).toString().toLatin1()).size() >= 60);
        QFile key(QDir(m_server.dataDir()).filePath(QStringLiteral("secret.key")));
        QCOMPARE(key.size(), qint64(32));
        QCOMPARE(key.permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    void browserSignInAsksForTheCode()
    {
        Account gina = enabledAccount(QStringLiteral("gina"));
        QVERIFY(!gina.token.isEmpty());
        OAuthTestClient client(m_server);
        const auto signInPage = client.openAuthorize();
        const auto page = client.submitSignIn(signInPage, QStringLiteral("gina"), Password);
        QCOMPARE(page.status, 200);
        QVERIFY2(OAuthTestClient::isTwoFactorPage(page), page.body.constData());
        QVERIFY(!page.body.contains("Allow access"));
        QVERIFY(page.body.contains("Authentication code"));
        QVERIFY(page.body.contains("backup code"));
        QVERIFY(page.body.contains("name=\"code\""));
        QVERIFY(page.body.contains("name=\"viewport\""));
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
        QVERIFY(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        QCOMPARE(page.header("X-Frame-Options"), QByteArray("DENY"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(OAuthTestClient::formField(page.body, QStringLiteral("request_id")),
                 OAuthTestClient::formField(signInPage.body, QStringLiteral("request_id")));
        QVERIFY(OAuthTestClient::formField(page.body, QStringLiteral("csrf_token")) !=
                OAuthTestClient::formField(signInPage.body, QStringLiteral("csrf_token")));

        // The code step cannot be skipped: consent refuses a request still at this stage.
        const auto skipped = client.submitConsent(page, QStringLiteral("approve"));
        QCOMPARE(skipped.status, 400);
        // Nor answered with another page's CSRF token.
        const auto forged = client.submitTwoFactor(signInPage, QStringLiteral("123456"));
        QCOMPARE(forged.status, 403);

        const auto empty = client.submitTwoFactor(page, QStringLiteral("   "));
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.body.contains("Enter the code from your authenticator app."));
        const auto wrong = client.submitTwoFactor(page, QStringLiteral("abc"));
        QCOMPARE(wrong.status, 200);
        QVERIFY2(wrong.body.contains("That code is not valid. 4 attempts left."),
                 wrong.body.constData());

        const QString code = freshCode(gina);
        const auto consent = client.submitTwoFactor(page, code);
        QCOMPARE(consent.status, 200);
        QVERIFY2(consent.body.contains("Allow access"), consent.body.constData());
        QVERIFY(!consent.body.contains("backup code"));
        const auto redirect = client.submitConsent(consent, QStringLiteral("approve"));
        QCOMPARE(redirect.status, 303);
        const QString authCode = OAuthTestClient::redirectParam(redirect, QStringLiteral("code"));
        QCOMPARE(signInMethodOfCode(authCode), QStringLiteral("password+totp"));
        const auto tokens = client.exchangeCode(authCode);
        QCOMPARE(tokens.status, 200);
        const QString access = tokens.json().value(QStringLiteral("access_token")).toString();
        const auto me = m_http.get(url(QStringLiteral("/v1/me")), HttpClient::bearer(access));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("gina"));
        // The security log says how this sign-in was proven.
        const auto log =
            m_http.get(url(QStringLiteral("/v1/me/security-events?type=sign_in.succeeded&limit=1")),
                       HttpClient::bearer(access));
        QCOMPARE(log.status, 200);
        const QJsonObject signIn =
            log.json().value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(signIn.value(QStringLiteral("sessionId")).toString(),
                 me.json().value(QStringLiteral("sessionId")).toString());
        QCOMPARE(signIn.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("method"))
                     .toString(),
                 QStringLiteral("password+totp"));

        // The same code again, in another sign-in: a replay.
        OAuthTestClient replay(m_server);
        const auto replayed = replay.submitTwoFactor(
            replay.submitSignIn(replay.openAuthorize(), QStringLiteral("gina"), Password), code);
        QCOMPARE(replayed.status, 200);
        QVERIFY2(replayed.body.contains(
                     "That code was already used. Wait for the next code from your app."),
                 replayed.body.constData());

        // A backup code: the consent page says so, and the method says so.
        OAuthTestClient backup(m_server);
        const auto backupConsent = backup.submitTwoFactor(
            backup.submitSignIn(backup.openAuthorize(), QStringLiteral("gina"), Password),
            QStringLiteral(" ") + gina.backupCodes.at(5).toUpper() + QStringLiteral(" "));
        QCOMPARE(backupConsent.status, 200);
        QVERIFY2(backupConsent.body.contains("You used a backup code; 9 remain."),
                 backupConsent.body.constData());
        const auto backupRedirect = backup.submitConsent(backupConsent, QStringLiteral("approve"));
        const QString backupCode =
            OAuthTestClient::redirectParam(backupRedirect, QStringLiteral("code"));
        QCOMPARE(signInMethodOfCode(backupCode), QStringLiteral("password+backup_code"));
        QCOMPARE(backup.exchangeCode(backupCode).status, 200);

        // The whole flow through the test helpers, with a code provider.
        OAuthTestClient helper(m_server);
        helper.twoFactorCode = [&] { return gina.backupCodes.at(6); };
        QVERIFY(!helper.signIn(QStringLiteral("gina"), Password)
                     .value(QStringLiteral("access_token"))
                     .toString()
                     .isEmpty());

        // Without two-factor authentication the method is the password alone.
        Account plain = newAccount(QStringLiteral("harry"));
        OAuthTestClient passwordOnly(m_server);
        const QString passwordCode =
            passwordOnly.authorizationCode(QStringLiteral("harry"), Password);
        QCOMPARE(signInMethodOfCode(passwordCode), QStringLiteral("password"));
    }

    void formBrowserAnswersTheCodePage()
    {
        Account kim = enabledAccount(QStringLiteral("kim"));
        QVERIFY(!kim.token.isEmpty());
        OAuthTestClient app(m_server);
        QUrl redirect;
        FormBrowser browser(QStringLiteral("kim"), Password);
        // No app listens on the loopback port here: the redirect is kept and "the browser" is
        // sent to a page that answers instead.
        browser.rewriteRedirect = [&](const QUrl &target) {
            redirect = target;
            return url(QStringLiteral("/healthz"));
        };
        QVERIFY(!browser.complete(app.authorizeUrl()));
        QVERIFY2(browser.lastError.contains(QStringLiteral("two-factor")),
                 qPrintable(browser.lastError));

        browser.twoFactorCode = [&] { return freshCode(kim); };
        QVERIFY2(browser.complete(app.authorizeUrl()), qPrintable(browser.lastError));
        const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
        QCOMPARE(app.exchangeCode(code).status, 200);
    }

    void browserLockout()
    {
        Account hana = enabledAccount(QStringLiteral("hana"));
        QVERIFY(!hana.token.isEmpty());
        OAuthTestClient client(m_server);
        const auto page =
            client.submitSignIn(client.openAuthorize(), QStringLiteral("hana"), Password);
        QVERIFY(OAuthTestClient::isTwoFactorPage(page));
        QVERIFY(!hana.backupCodes.contains(QStringLiteral("zzzz-zzzz")));
        for (int left = 4; left >= 1; --left) {
            const auto wrong = client.submitTwoFactor(page, QStringLiteral("zzzz-zzzz"));
            QCOMPARE(wrong.status, 200);
            const QByteArray expected =
                left == 1
                    ? QByteArray("That code is not valid. 1 attempt left.")
                    : "That code is not valid. " + QByteArray::number(left) + " attempts left.";
            QVERIFY2(wrong.body.contains(expected), wrong.body.constData());
        }
        const auto locked = client.submitTwoFactor(page, QStringLiteral("zzzz-zzzz"));
        QCOMPARE(locked.status, 429);
        // It says until when, and how long that is.
        QVERIFY2(locked.body.contains("Too many wrong codes. Try again after "),
                 locked.body.constData());
        QVERIFY2(locked.body.contains(" UTC (in 5 minutes)."), locked.body.constData());
        const int retryAfter = locked.header("Retry-After").toInt();
        QVERIFY(retryAfter > 290 && retryAfter <= 300);
        QVERIFY(locked.header("Content-Security-Policy").contains("default-src 'none'"));
        // The page still has its form: the user can try again once the time is up.
        QVERIFY(OAuthTestClient::isTwoFactorPage(locked));

        // A right code is refused too, and the API counts the same lockout.
        const QString code = freshCode(hana);
        QCOMPARE(client.submitTwoFactor(page, code).status, 429);
        checkApiError(post(hana, QStringLiteral("/v1/me/2fa/backup-codes"), codeBody(code)), 403,
                      QStringLiteral("TWO_FACTOR_LOCKED"));
        // The sign-in page's failures are logged without a session.
        const auto rows = query(QStringLiteral(
            "SELECT e.session_id, e.ip FROM security_events e JOIN users u ON u.id = e.user_id "
            "WHERE u.username = 'hana' AND e.type = 'two_factor.locked'"));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.at(0).at(0).isNull());
        QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("127.0.0.1"));
    }
};

QTEST_GUILESS_MAIN(tst_TwoFactor)
#include "tst_twofactor.moc"
