// Fixed-window rate limiting, with an explicit clock so no test waits.
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
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
