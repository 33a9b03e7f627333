#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class HttpClient;
class OAuthTestClient;
class TestServer;

// An account whose owner turned two-factor authentication on over the API (setup, then a code
// from oathtool), and the codes it signs in with from then on. Administrators need it for the
// `admin` scope (--require-2fa-for-admins, on by default). Copies share one state, so a code
// handed out by one copy is not handed out again by another.
class TwoFactorAccount
{
public:
    TwoFactorAccount() = default;

    // Turns it on for the account of `accessToken` (an OAuth access token with the `account`
    // scope). An empty account (isEmpty(), with a warning) on failure.
    static TwoFactorAccount enable(const TestServer &server, HttpClient &http,
                                   const QString &accessToken);
    // Signs `username` in (without `admin`, which it cannot have yet), turns two-factor
    // authentication on, and signs that session out again.
    static TwoFactorAccount enableFor(const TestServer &server, HttpClient &http,
                                      const QString &username, const QString &password);

    bool isEmpty() const { return !m_state; }
    QString secret() const;
    // One of the backup codes the confirmation returned, never the same twice: what sign-ins
    // type, so they never wait for the clock. Empty (with a warning) when all ten are used.
    QString takeBackupCode();
    // A TOTP code of a later step than any this account handed out or confirmed with (the
    // server accepts each step once): the current step, or the next, or it waits for the clock.
    QString freshCode();
    // What the two-factor page of a sign-in gets typed: a backup code while there are any, then
    // freshCode().
    std::function<QString()> signInCodes() const;
    // `client` answers the two-factor page of its sign-ins with signInCodes().
    void answerSignIns(OAuthTestClient &client) const;

private:
    struct State
    {
        QString secret;
        QStringList backupCodes;
        qint64 lastStep = -1;
    };
    std::shared_ptr<State> m_state;
};
