#include "GuessLimiter.h"

#include <algorithm>

GuessLimiter::GuessLimiter(int perAccount, int perIp, int windowSeconds)
    : m_perAccount(perAccount, windowSeconds)
    , m_perIp(perIp, windowSeconds)
{}

GuessLimiter::Attempt GuessLimiter::take(const QString &accountKey, const QString &ip, qint64 nowMs)
{
    const auto account = m_perAccount.peek(accountKey, nowMs);
    const auto address = m_perIp.peek(ip, nowMs);
    if (!account.allowed || !address.allowed) {
        return {false, std::max(account.allowed ? 0 : account.resetSeconds,
                                address.allowed ? 0 : address.resetSeconds)};
    }
    m_perAccount.hit(accountKey, nowMs);
    m_perIp.hit(ip, nowMs);
    return {true, 0};
}

void GuessLimiter::succeeded(const QString &accountKey, const QString &ip)
{
    m_perAccount.reset(accountKey);
    m_perIp.giveBack(ip);
}
