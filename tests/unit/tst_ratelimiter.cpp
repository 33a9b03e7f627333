// Fixed-window rate limiting in the database, with an explicit clock so no test waits. Two
// Database connections to one file stand for two server instances sharing their counts.
#include "http/GuessLimiter.h"
#include "http/RateLimiter.h"
#include "store/Database.h"
#include "store/RateLimitStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_RateLimiter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RateLimitStore> m_store;
    int m_file = 0;

    // A second connection to the current test's database: another instance.
    struct Instance
    {
        Database db;
        RateLimitStore store{db};
        explicit Instance(const QString &url)
            : db(url)
        {}
    };
    QString url() const
    {
        return Database::sqliteUrl(m_dir.filePath(QStringLiteral("limits-%1.db").arg(m_file)));
    }
    RateLimiter limiter(int limit, int windowSeconds)
    {
        return RateLimiter(*m_store, QStringLiteral("test"), limit, windowSeconds);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_file;
        m_db = std::make_unique<Database>(url());
        m_db->migrate();
        m_store = std::make_unique<RateLimitStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void allowsUpToTheLimitThenRefuses()
    {
        auto limiter = this->limiter(3, 60);
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
        auto limiter = this->limiter(1, 60);
        QVERIFY(limiter.hit(QStringLiteral("a"), 0).allowed);
        QVERIFY(!limiter.hit(QStringLiteral("a"), 1).allowed);
        QVERIFY(limiter.hit(QStringLiteral("b"), 1).allowed);
    }

    void windowStartsOver()
    {
        auto limiter = this->limiter(1, 60);
        QVERIFY(limiter.hit(QStringLiteral("a"), 0).allowed);
        QVERIFY(!limiter.hit(QStringLiteral("a"), 59'999).allowed);
        QVERIFY(limiter.hit(QStringLiteral("a"), 60'000).allowed);
    }

    void peekDoesNotCountAndResetForgets()
    {
        auto limiter = this->limiter(2, 60);
        QVERIFY(limiter.peek(QStringLiteral("a"), 0).allowed);
        limiter.hit(QStringLiteral("a"), 0);
        limiter.hit(QStringLiteral("a"), 0);
        QVERIFY(!limiter.peek(QStringLiteral("a"), 1).allowed);
        limiter.reset(QStringLiteral("a"));
        QVERIFY(limiter.peek(QStringLiteral("a"), 1).allowed);
    }

    void giveBackReturnsOneAttempt()
    {
        auto limiter = this->limiter(2, 60);
        limiter.hit(QStringLiteral("a"), 0);
        limiter.hit(QStringLiteral("a"), 0);
        QVERIFY(!limiter.peek(QStringLiteral("a"), 1).allowed);
        limiter.giveBack(QStringLiteral("a"), 1);
        QVERIFY(limiter.peek(QStringLiteral("a"), 1).allowed);
        limiter.giveBack(QStringLiteral("unknown"), 1); // nothing to give back: no effect
        QVERIFY(limiter.peek(QStringLiteral("unknown"), 1).allowed);
    }

    // Guesses are taken before they are checked: with nothing reported back yet, the limit
    // alone decides how many get through.
    void guessesAreTakenBeforeTheyAreChecked()
    {
        GuessLimiter guesses(*m_store, QStringLiteral("guess"), 3, 100, 60);
        for (int i = 0; i < 3; ++i)
            QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), i).allowed);
        const auto refused =
            guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 10'000);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 50);
    }

    void aRefusedGuessTakesNothingFromTheOtherBudget()
    {
        GuessLimiter guesses(*m_store, QStringLiteral("guess"), 1, 2, 60);
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
        GuessLimiter guesses(*m_store, QStringLiteral("guess"), 2, 2, 60);
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 0).allowed);
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 1).allowed);
        guesses.succeeded(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 1);
        // The IP has one attempt back (not two: the first guess was a failure).
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 2).allowed);
        QVERIFY(!guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 3).allowed);
        QVERIFY(guesses.take(QStringLiteral("alice"), QStringLiteral("192.0.2.2"), 3).allowed);
    }

    // The same limiter name on another connection counts in the same window: a limit reached
    // through one instance holds on the other, with the same end.
    void instancesShareTheWindow()
    {
        Instance other(url());
        RateLimiter here(*m_store, QStringLiteral("shared"), 3, 60);
        RateLimiter there(other.store, QStringLiteral("shared"), 3, 60);
        QCOMPARE(here.hit(QStringLiteral("k"), 1000).remaining, 2);
        QCOMPARE(there.hit(QStringLiteral("k"), 2000).remaining, 1);
        QVERIFY(here.hit(QStringLiteral("k"), 3000).allowed);
        const auto refused = there.hit(QStringLiteral("k"), 11'000);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.resetSeconds, 50); // the window began with the first hit, at 1000
        // Another limiter name is another budget.
        RateLimiter unrelated(other.store, QStringLiteral("other"), 3, 60);
        QVERIFY(unrelated.hit(QStringLiteral("k"), 11'000).allowed);
    }

    // Leased counting claims several hits at once, but two instances spending their claims in
    // turns never get more than the limit through together, and both refuse once it is reached.
    void leasedCountingNeverExceedsTheLimitAcrossInstances()
    {
        Instance other(url());
        constexpr int Limit = 200;
        RateLimiter here(*m_store, QStringLiteral("api"), Limit, 60, RateLimiter::Counting::Leased);
        RateLimiter there(other.store, QStringLiteral("api"), Limit, 60,
                          RateLimiter::Counting::Leased);
        int allowed = 0;
        for (int i = 0; i < 2 * Limit; ++i) {
            RateLimiter &limiter = (i % 3 == 0) ? there : here;
            if (limiter.hit(QStringLiteral("k"), 1000 + i).allowed)
                ++allowed;
        }
        QVERIFY2(allowed <= Limit, qPrintable(QString::number(allowed)));
        // Early refusals are bounded by what the other instance may hold unspent.
        QVERIFY2(allowed >= Limit - RateLimiter::MaxLease, qPrintable(QString::number(allowed)));
        QVERIFY(!here.hit(QStringLiteral("k"), 2000).allowed);
        QVERIFY(!there.hit(QStringLiteral("k"), 2000).allowed);
        // The window ends for both.
        QVERIFY(here.hit(QStringLiteral("k"), 61'000).allowed);
        QVERIFY(there.hit(QStringLiteral("k"), 61'000).allowed);
    }

    // Most leased hits cost no write: with a large limit, a hundred hits are a handful of claims.
    void leasedCountingWritesOncePerClaim()
    {
        RateLimiter leased(*m_store, QStringLiteral("api"), 100'000, 60,
                           RateLimiter::Counting::Leased);
        for (int i = 0; i < 100; ++i)
            QVERIFY(leased.hit(QStringLiteral("k"), 1000).allowed);
        const auto window = m_store->find(QStringLiteral("api:k"), 1000);
        QVERIFY(window);
        // Claims of MaxLease: the window counts what was claimed, at least what was spent.
        QCOMPARE(window->hits, 4 * RateLimiter::MaxLease);
    }

    // The worker threads of one instance (each its own connection) share one set of leases:
    // every hit of the limit gets through, none refused early as between instances, and a claim
    // made by one is spent by the other without a write.
    void workersOfOneInstanceShareTheirLeases()
    {
        Instance other(url());
        constexpr int Limit = 200;
        const auto leases = RateLimiter::newLeases();
        RateLimiter first(*m_store, QStringLiteral("api"), Limit, 60, RateLimiter::Counting::Leased,
                          leases);
        RateLimiter second(other.store, QStringLiteral("api"), Limit, 60,
                           RateLimiter::Counting::Leased, leases);
        QVERIFY(first.hit(QStringLiteral("k"), 1000).allowed);
        const int claimed = m_store->find(QStringLiteral("api:k"), 1000)->hits;
        QVERIFY(claimed > 1);
        for (int i = 1; i < claimed; ++i)
            QVERIFY(second.hit(QStringLiteral("k"), 1000 + i).allowed);
        QCOMPARE(m_store->find(QStringLiteral("api:k"), 1000)->hits, claimed);

        int allowed = claimed;
        for (int i = 0; i < 2 * Limit; ++i) {
            RateLimiter &limiter = (i % 3 == 0) ? second : first;
            if (limiter.hit(QStringLiteral("k"), 2000 + i).allowed)
                ++allowed;
        }
        QCOMPARE(allowed, Limit);
        QVERIFY(!first.hit(QStringLiteral("k"), 3000).allowed);
        QVERIFY(!second.hit(QStringLiteral("k"), 3000).allowed);
    }

    void aGuessLimitHoldsAcrossInstances()
    {
        Instance other(url());
        GuessLimiter here(*m_store, QStringLiteral("sign-in"), 2, 100, 60);
        GuessLimiter there(other.store, QStringLiteral("sign-in"), 2, 100, 60);
        QVERIFY(here.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 0).allowed);
        QVERIFY(there.take(QStringLiteral("alice"), QStringLiteral("192.0.2.2"), 1).allowed);
        QVERIFY(!here.take(QStringLiteral("alice"), QStringLiteral("192.0.2.3"), 2).allowed);
        QVERIFY(!there.take(QStringLiteral("alice"), QStringLiteral("192.0.2.4"), 2).allowed);
        // A right guess on one instance forgets the failures for both.
        there.succeeded(QStringLiteral("alice"), QStringLiteral("192.0.2.2"), 3);
        QVERIFY(here.take(QStringLiteral("alice"), QStringLiteral("192.0.2.1"), 4).allowed);
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
