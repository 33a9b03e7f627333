// Fixed-window rate limiting, with an explicit clock so no test waits.
#include "http/GuessLimiter.h"
#include "http/RateLimiter.h"

#include <QTest>

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void allowsUpToTheLimitThenRefuses()
    {
        RateLimiter limiter(3, 60);
        const qint64 t0 = 1'000'000;
        for (int i = 0; i < 3; ++i) {
            const auto decision = limiter.hit(QStringLiteral("k"), t0 + i);
            QVERIFY(decision.allowed);
            QCOMPARE(decision.remaining, 2 - i);
            QCOMPARE(decision.limit, 3);
        }
        const auto refused = limiter.hit(QStringLiteral("k"), t0 + 10'000);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.remaining, 0);
        QCOMPARE(refused.resetSeconds, 50);
    }

    void keysAreIndependent()
    {
        RateLimiter limiter(1, 60);
        QVERIFY(limiter.hit(QStringLiteral("a"), 0).allowed);
        QVERIFY(!limiter.hit(QStringLiteral("a"), 1).allowed);
        QVERIFY(limiter.hit(QStringLiteral("b"), 1).allowed);
    }

    void windowStartsOver()
    {
        RateLimiter limiter(1, 60);
        QVERIFY(limiter.hit(QStringLiteral("a"), 0).allowed);
        QVERIFY(!limiter.hit(QStringLiteral("a"), 59'999).allowed);
        QVERIFY(limiter.hit(QStringLiteral("a"), 60'000).allowed);
    }

    void peekDoesNotCountAndResetForgets()
    {
        RateLimiter limiter(2, 60);
        QVERIFY(limiter.peek(QStringLiteral("a"), 0).allowed);
        limiter.hit(QStringLiteral("a"), 0);
        limiter.hit(QStringLiteral("a"), 0);
        QVERIFY(!limiter.peek(QStringLiteral("a"), 1).allowed);
        limiter.reset(QStringLiteral("a"));
        QVERIFY(limiter.peek(QStringLiteral("a"), 1).allowed);
    }

    void giveBackReturnsOneAttempt()
    {
        RateLimiter limiter(2, 60);
        limiter.hit(QStringLiteral("a"), 0);
        limiter.hit(QStringLiteral("a"), 0);
        QVERIFY(!limiter.peek(QStringLiteral("a"), 1).allowed);
        limiter.giveBack(QStringLiteral("a"));
        QVERIFY(limiter.peek(QStringLiteral("a"), 1).allowed);
        limiter.giveBack(QStringLiteral("unknown")); // nothing to give back: no effect
        QVERIFY(limiter.peek(QStringLiteral("unknown"), 1).allowed);
    }

    // Guesses are taken before they are checked: with nothing reported back yet, the limit
    // alone decides how many get through.
    void guessesAreTakenBeforeTheyAreChecked()
    {
        GuessLimiter guesses(3, 100, 60);
        for (int i = 0; i < 3; ++i)
            QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), i).allowed);
        const auto refused =
            guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 10'000);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 50);
    }

    void aRefusedGuessTakesNothingFromTheOtherBudget()
    {
        GuessLimiter guesses(1, 2, 60);
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 0).allowed);
        // alice is spent; this refusal must not use the IP's second attempt.
        QVERIFY(!guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 1).allowed);
        QVERIFY(guesses.take(QStringLiteral("bob"), QStringLiteral("192.0.2.1"), 2).allowed);
        // The IP is spent now, whichever account is named.
        const auto refused = guesses.take(QStringLiteral("carol"), QStringLiteral("192.0.2.1"), 3);
        QVERIFY(!refused.allowed);
        QVERIFY(guesses.take(QStringLiteral("carol"), QStringLiteral("192.0.2.9"), 3).allowed);
    }

    void aRightGuessForgetsTheAccountsFailuresAndReturnsTheIpsAttempt()
    {
        GuessLimiter guesses(2, 2, 60);
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 0).allowed);
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 1).allowed);
        guesses.succeeded(QStringLiteral("alice"), QStringLiteral("192.0.2.1"));
        // The IP has one attempt back (not two: the first guess was a failure).
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 2).allowed);
        QVERIFY(!guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 3).allowed);
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.2"), 3).allowed);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
