// TwoFactorService: the words for the code-check refusals of docs/api.md 12.6 (wrong code with
// attempts left, reused code, lockout with its end) and the fields ApiError keeps for them; then
// the service against the real tasklane-server: status, setup (the same key while pending),
// confirm with a code computed from the key, replay refused, wrong codes counting down, backup
// codes regenerated, and turning it off with a backup code.
#include "ApiClient.h"
#include "ApiError.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "OathTool.h"
#include "TestServer.h"
#include "TwoFactorService.h"

#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

ApiError refusal(const QByteArray &body, const QByteArray &retryAfter = {})
{
    return ApiError::fromHttpResponse(403, body, "req-header", retryAfter);
}

const QString Password = QStringLiteral("two-factor-service-password");
constexpr int ServerMs = 20000;

// The app side: an ApiClient with one access token of its own session, and the service.
struct App
{
    App(const TestServer &server, const QString &accessToken)
        : service(&client)
    {
        client.setBaseUrl(server.url());
        client.setAccessTokenProvider([accessToken] { return accessToken; });
    }

    ApiClient client;
    TwoFactorService service;
};

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

    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { m_server.reset(); }

    // The whole life of two-factor authentication through the service, as the tab drives it.
    void setupConfirmRegenerateDisable()
    {
        QVERIFY(m_server->createUser(QStringLiteral("sam"), Password));
        OAuthTestClient oauth(*m_server);
        const QString token = oauth.signIn(QStringLiteral("sam"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        QVERIFY(!token.isEmpty());
        App app(*m_server, token);
        TwoFactorService &service = app.service;
        QSignalSpy status(&service, &TwoFactorService::statusFetched);
        QSignalSpy failed(&service, &TwoFactorService::failed);
        QSignalSpy busy(&service, &TwoFactorService::busyChanged);

        service.fetchStatus();
        QVERIFY(service.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, ServerMs);
        QCOMPARE(busy.size(), 2);
        QVERIFY(!service.isBusy());
        auto current = status.takeFirst().at(0).value<TwoFactorStatus>();
        QVERIFY(!current.enabled);
        QVERIFY(!current.pending);
        QCOMPARE(service.status(), current);

        // Setup: the same key while it is pending.
        QSignalSpy setups(&service, &TwoFactorService::setupStarted);
        service.startSetup();
        QTRY_COMPARE_WITH_TIMEOUT(setups.size(), 1, ServerMs);
        const auto setup = setups.takeFirst().at(0).value<TwoFactorSetup>();
        QVERIFY(setup.isValid());
        QCOMPARE(setup.secret.size(), 32);
        QVERIFY(setup.otpauthUri.contains(QStringLiteral("secret=") + setup.secret));
        QCOMPARE(setup.digits, 6);
        QCOMPARE(setup.period, 30);
        service.startSetup();
        QTRY_COMPARE_WITH_TIMEOUT(setups.size(), 1, ServerMs);
        QCOMPARE(setups.takeFirst().at(0).value<TwoFactorSetup>(), setup);
        service.fetchStatus();
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, ServerMs);
        QVERIFY(status.takeFirst().at(0).value<TwoFactorStatus>().pending);

        // A wrong code: the error carries the attempts left and the request id.
        service.confirm(QStringLiteral("12345"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, ServerMs);
        auto failure = failed.takeFirst();
        QCOMPARE(failure.at(0).value<TwoFactorService::Action>(),
                 TwoFactorService::Action::Confirm);
        auto error = failure.at(1).value<ApiError>();
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.code, TwoFactorService::CodeInvalid);
        QCOMPARE(error.attemptsRemaining, 4);
        QVERIFY(error.requestId.startsWith(QStringLiteral("req-")));

        // The right one (typed with a space): on, ten codes, and the status follows by itself.
        QSignalSpy confirmed(&service, &TwoFactorService::confirmed);
        const QString code = OathTool::totpNow(setup.secret);
        service.confirm(code.left(3) + QLatin1Char(' ') + code.mid(3));
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, ServerMs);
        const QStringList codes = confirmed.first().at(0).toStringList();
        QCOMPARE(codes.size(), 10);
        QVERIFY(confirmed.first().at(1).toDateTime().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, ServerMs);
        current = status.takeFirst().at(0).value<TwoFactorStatus>();
        QVERIFY(current.enabled);
        QCOMPARE(current.backupCodesRemaining, 10);
        QCOMPARE(current.enabledAt, confirmed.first().at(1).toDateTime());

        // Setting up again while on: the server's own conflict message.
        service.startSetup();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, ServerMs);
        error = failed.takeFirst().at(1).value<ApiError>();
        QCOMPARE(error.httpStatus, 409);
        QCOMPARE(TwoFactorService::describeError(error), error.message);

        // The confirming code again: a replay.
        QSignalSpy regenerated(&service, &TwoFactorService::backupCodesRegenerated);
        service.regenerateBackupCodes(code);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, ServerMs);
        failure = failed.takeFirst();
        QCOMPARE(failure.at(0).value<TwoFactorService::Action>(),
                 TwoFactorService::Action::RegenerateBackupCodes);
        QCOMPARE(failure.at(1).value<ApiError>().code, TwoFactorService::CodeReused);

        // The next step's code: ten new codes.
        service.regenerateBackupCodes(
            OathTool::totp(setup.secret, QDateTime::currentSecsSinceEpoch() + 30));
        QTRY_COMPARE_WITH_TIMEOUT(regenerated.size(), 1, ServerMs);
        const QStringList fresh = regenerated.first().at(0).toStringList();
        QCOMPARE(fresh.size(), 10);
        for (const QString &old : codes)
            QVERIFY(!fresh.contains(old));
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, ServerMs);
        status.clear();

        // Off with an old backup code: refused; with a new one: off.
        QSignalSpy disabled(&service, &TwoFactorService::disabled);
        service.disable(codes.first());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, ServerMs);
        QCOMPARE(failed.takeFirst().at(1).value<ApiError>().code, TwoFactorService::CodeInvalid);
        service.disable(fresh.last().toUpper());
        QTRY_COMPARE_WITH_TIMEOUT(disabled.size(), 1, ServerMs);
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, ServerMs);
        QVERIFY(!status.takeFirst().at(0).value<TwoFactorStatus>().enabled);
        QVERIFY(!service.isBusy());
        QCOMPARE(failed.size(), 0);
    }

    // Five wrong codes lock code checks; the error says until when, by body and header.
    void lockoutCarriesItsEnd()
    {
        QVERIFY(m_server->createUser(QStringLiteral("lou"), Password));
        OAuthTestClient oauth(*m_server);
        const QString token = oauth.signIn(QStringLiteral("lou"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        App app(*m_server, token);
        QSignalSpy setups(&app.service, &TwoFactorService::setupStarted);
        QSignalSpy failed(&app.service, &TwoFactorService::failed);
        app.service.startSetup();
        QTRY_COMPARE_WITH_TIMEOUT(setups.size(), 1, ServerMs);
        for (int i = 0; i < 5; ++i) {
            app.service.confirm(QStringLiteral("abcdef"));
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), i + 1, ServerMs);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto error = failed.last().at(1).value<ApiError>();
        QCOMPARE(error.code, TwoFactorService::CodesLocked);
        QVERIFY(error.lockedUntil.isValid());
        QVERIFY(error.retryAfterSeconds > 0);
        QVERIFY(qAbs(now.secsTo(error.lockedUntil) - error.retryAfterSeconds) <= 5);
        QCOMPARE(TwoFactorService::lockoutEnd(error, now), error.lockedUntil);
        QVERIFY(TwoFactorService::describeError(error, now)
                    .startsWith(QStringLiteral("Too many wrong codes. Try again at ")));
    }

    // A personal access token cannot see or change two-factor settings.
    void personalAccessTokenIsRefused()
    {
        QVERIFY(m_server->createUser(QStringLiteral("pat"), Password));
        OAuthTestClient oauth(*m_server);
        const QString token = oauth.signIn(QStringLiteral("pat"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        HttpClient http;
        const auto created =
            http.postJson(m_server->url(QStringLiteral("/v1/me/tokens")),
                          {{QStringLiteral("name"), QStringLiteral("script")},
                           {QStringLiteral("scopes"), QJsonArray{QStringLiteral("tasks:read")}}},
                          HttpClient::bearer(token));
        QCOMPARE(created.status, 201);
        App app(*m_server, created.json().value(QStringLiteral("token")).toString());
        QSignalSpy failed(&app.service, &TwoFactorService::failed);
        app.service.fetchStatus();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, ServerMs);
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.code, QStringLiteral("FORBIDDEN"));
        QVERIFY(!app.service.status());
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_GUILESS_MAIN(tst_TwoFactorService)
#include "tst_twofactorservice.moc"
