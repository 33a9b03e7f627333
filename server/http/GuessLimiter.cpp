#include "GuessLimiter.h"

#include <algorithm>

GuessLimiter::GuessLimiter(RateLimitStore &store, const QString &name, int perAccount, int perIp,
                           int windowSeconds)
    : m_perAccount(store, name + QStringLiteral("-account"), perAccount, windowSeconds)
    , m_perIp(store, name + QStringLiteral("-ip"), perIp, windowSeconds)
{}

GuessLimiter::Attempt GuessLimiter::take(const QString &accountKey, const QString &ip, qint64 nowMs)
{
    // Counted first and given back when over, rather than looked at first: each count is one
    // atomic statement, so attempts arriving at once through several instances cannot all see
    // room for one more.
    const auto account = m_perAccount.hit(accountKey, nowMs);
    if (!account.allowed) {
        m_perAccount.giveBack(accountKey, nowMs);
        const auto address = m_perIp.peek(ip, nowMs);
        return {false, std::max(account.resetSeconds, address.allowed ? 0 : address.resetSeconds)};
    }
    const auto address = m_perIp.hit(ip, nowMs);
    if (!address.allowed) {
        m_perIp.giveBack(ip, nowMs);
        m_perAccount.giveBack(accountKey, nowMs);
        return {false, address.resetSeconds};
    }
    return {true, 0};
}

void GuessLimiter::succeeded(const QString &accountKey, const QString &ip, qint64 nowMs)
{
    m_perAccount.reset(accountKey);
    m_perIp.giveBack(ip, nowMs);
}
