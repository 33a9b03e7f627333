// TwoFactorService: the words for the code-check refusals of docs/api.md 12.6 (wrong code with
// attempts left, reused code, lockout with its end) and the fields ApiError keeps for them; then
// the service against the real tasklane-server: status, setup (the same key while pending),
// confirm with a code computed from the key, replay refused, wrong codes counting down, backup
// codes regenerated, and turning it off with a backup code.
#include "ApiClient.h"
#include "ApiError.h"
#include "TwoFactorService.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

ApiError refusal(const QByteArray &body, const QByteArray &retryAfter = {})
{
    return ApiError::fromHttpResponse(403, body, "req-header", retryAfter);
}

} // namespace

class tst_TwoFactorService : public QObject
{
    Q_OBJECT

private slots:
    void apiErrorKeepsAttemptsAndLockout()
    {
        const ApiError wrong =
            refusal(R"({"attemptsRemaining": 3, "code": "TWO_FACTOR_CODE_INVALID",
                                           "message": "The code is not valid.", "requestId": "req-1"})");
        QCOMPARE(wrong.code, TwoFactorService::CodeInvalid);
        QCOMPARE(wrong.attemptsRemaining, 3);
        QCOMPARE(wrong.requestId, QStringLiteral("req-1"));
        QVERIFY(!wrong.lockedUntil.isValid());
        QCOMPARE(wrong.retryAfterSeconds, 0);

        const ApiError locked =
            refusal(R"({"code": "TWO_FACTOR_LOCKED", "lockedUntil": "2026-11-22T04:25:00.000Z",
                        "message": "Too many wrong codes. Try again in 5 minutes.",
                        "requestId": "req-2"})",
                    "300");
        QCOMPARE(locked.lockedUntil, QDateTime(QDate(2026, 11, 22), QTime(4, 25), Qt::UTC));
        QCOMPARE(locked.retryAfterSeconds, 300);
        QCOMPARE(locked.attemptsRemaining, -1);

        // Other errors are unchanged.
        const ApiError other = ApiError::fromHttpResponse(
            404, R"({"code": "NOT_FOUND", "message": "No.", "requestId": "req-3"})", {});
        QCOMPARE(other.attemptsRemaining, -1);
        QVERIFY(!other.lockedUntil.isValid());
    }

    void describeWrongCodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("4 left")
            << QByteArray(
                   R"({"attemptsRemaining": 4, "code": "TWO_FACTOR_CODE_INVALID", "message": "The code is not valid."})")
            << QStringLiteral("That code is not valid. 4 attempts left.");
        QTest::newRow("1 left")
            << QByteArray(
                   R"({"attemptsRemaining": 1, "code": "TWO_FACTOR_CODE_INVALID", "message": "The code is not valid."})")
            << QStringLiteral("That code is not valid. 1 attempt left before "
                              "code checks are locked for a few minutes.");
        QTest::newRow("none said")
            << QByteArray(
                   R"({"code": "TWO_FACTOR_CODE_INVALID", "message": "The code is not valid."})")
            << QStringLiteral("That code is not valid.");
        QTest::newRow("reused")
            << QByteArray(
                   R"({"code": "TWO_FACTOR_CODE_REUSED", "message": "This code was already used. Wait for the next one."})")
            << QStringLiteral("That code was already used. Wait for the next "
                              "code from your authenticator app, then enter "
                              "it.");
        QTest::newRow("required")
            << QByteArray(
                   R"({"code": "TWO_FACTOR_REQUIRED", "message": "A current two-factor code is required for this action."})")
            << QStringLiteral("Enter a current code from your "
                              "authenticator app.");
        QTest::newRow("other")
            << QByteArray(R"({"code": "CONFLICT", "message": "Two-factor authentication is off."})")
            << QStringLiteral("Two-factor authentication is off.");
    }

    void describeWrongCodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(TwoFactorService::describeError(refusal(body)), text);
    }

    void describeLockoutWithItsEnd()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(4, 20, 10), Qt::UTC);
        const QDateTime until(QDate(2026, 11, 22), QTime(4, 25), Qt::UTC);
        const ApiError locked = refusal(
            R"({"code": "TWO_FACTOR_LOCKED", "lockedUntil": "2026-11-22T04:25:00.000Z",
                "message": "Too many wrong codes. Try again in 5 minutes."})",
            "290");
        QCOMPARE(TwoFactorService::lockoutEnd(locked, now), until);
        const QString at = QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(TwoFactorService::describeError(locked, now),
                 QStringLiteral("Too many wrong codes. Try again at %1 (in about 5 minutes); "
                                "until then even a correct code is refused.")
                     .arg(at));

        // Without lockedUntil, Retry-After says when.
        const ApiError headerOnly =
            refusal(R"({"code": "TWO_FACTOR_LOCKED", "message": "Too many."})", "45");
        QCOMPARE(TwoFactorService::lockoutEnd(headerOnly, now), now.addSecs(45));
        QVERIFY(TwoFactorService::describeError(headerOnly, now)
                    .contains(QStringLiteral("in about a minute")));

        // Neither: no time, still the advice.
        const ApiError bare = refusal(R"({"code": "TWO_FACTOR_LOCKED", "message": "Too many."})");
        QVERIFY(!TwoFactorService::lockoutEnd(bare, now).isValid());
        QVERIFY(TwoFactorService::describeError(bare, now).startsWith(
            QStringLiteral("Too many wrong codes.")));

        // Not a lockout.
        QVERIFY(!TwoFactorService::lockoutEnd(refusal("{}", "30"), now).isValid());
    }

    void networkErrorsKeepTheirMessage()
    {
        const ApiError error = ApiError::fromNetworkError(
            QNetworkReply::ConnectionRefusedError, QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(TwoFactorService::describeError(error), error.message);
    }

    void normalizedCode_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("plain") << QStringLiteral("123456") << QStringLiteral("123456");
        QTest::newRow("grouped") << QStringLiteral(" 123 456 ") << QStringLiteral("123456");
        QTest::newRow("backup") << QStringLiteral(" K7MQ-P2XH\n") << QStringLiteral("K7MQ-P2XH");
    }

    void normalizedCode()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QCOMPARE(TwoFactorService::normalizedCode(typed), sent);
    }
};

QTEST_GUILESS_MAIN(tst_TwoFactorService)
#include "tst_twofactorservice.moc"
