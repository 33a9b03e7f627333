#pragma once

#include "RateLimiter.h"

#include <QString>

// Limits guesses at a secret (a password, a two-factor code) per account and per client IP.
// An attempt is counted before its guess is checked and given back when the guess was right,
// so guesses sent at the same time on many connections cannot all be checked: the limit holds
// however the attempts are timed, not only as fast as Argon2id runs. The counts are in the
// database (RateLimiter, exact counting), so they hold across server instances too.
class GuessLimiter
{
public:
    struct Attempt
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: until the fuller budget has room again
    };

    // `name` keeps this limiter's counters apart from others' in the shared table.
    GuessLimiter(RateLimitStore &store, const QString &name, int perAccount, int perIp,
                 int windowSeconds);

    // Takes one attempt from the account's and the IP's budgets, or neither when either is spent.
    Attempt take(const QString &accountKey, const QString &ip, qint64 nowMs);
    // The guess was right: the account's failures are forgotten and the IP gets its attempt back.
    void succeeded(const QString &accountKey, const QString &ip, qint64 nowMs);

    int perAccountLimit() const { return m_perAccount.limit(); }

private:
    RateLimiter m_perAccount;
    RateLimiter m_perIp;
};
