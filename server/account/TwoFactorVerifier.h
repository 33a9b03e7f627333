#pragma once

#include "store/TwoFactorStore.h"

#include <QJsonObject>
#include <QString>

#include <algorithm>

class Database;
class SecretBox;
class SecurityEventStore;

// Where a code check came from, for the security log.
struct RequestOrigin
{
    QString ip;
    QString userAgent;
    QString sessionId; // empty when no session is involved (the sign-in page)
};

// Checks a typed two-factor code for an account, the same way for the API and the sign-in page
// (docs/api.md 12.6): TOTP with one step of skew and replay refusal, single-use backup codes,
// and a lockout after MaxFailures wrong codes in a row. An attempt is counted before its code is
// checked (and given back when the code was right), so codes sent at the same time cannot get
// more than MaxFailures checks. Each lockout that follows another within LockoutMemorySeconds of
// its end lasts twice as long, up to the cap. Records two_factor.failed, two_factor.locked and
// backup_code.used.
class TwoFactorVerifier
{
public:
    static constexpr int MaxFailures = 5;
    // A lockout that starts this long or longer after the previous one ended is a first one again.
    static constexpr qint64 LockoutMemorySeconds = 24 * 60 * 60;

    struct Lockouts
    {
        int firstSeconds = 5 * 60;     // --two-factor-lockout-seconds
        int maxSeconds = 24 * 60 * 60; // --two-factor-lockout-max-seconds
        // How long the `lockoutsInARow`-th lockout lasts (1: the first).
        qint64 secondsFor(int lockoutsInARow) const;
    };

    enum class Accepts { Totp, TotpOrBackupCode };
    // Which secret a TOTP code is checked against: the pending one only confirms a setup.
    enum class Secret { Confirmed, Pending };

    struct Outcome
    {
        enum class Result { Accepted, Invalid, Reused, Locked, NotSetUp };
        enum class Method { None, Totp, BackupCode };

        Result result = Result::Invalid;
        Method method = Method::None;
        qint64 step = 0;              // Accepted TOTP: the time step the code belongs to
        int attemptsRemaining = 0;    // Invalid: wrong codes left before the lockout
        qint64 lockedUntilMs = 0;     // Locked
        int backupCodesRemaining = 0; // Accepted backup code: how many are left

        bool accepted() const { return result == Result::Accepted; }
        // Locked: whole seconds until codes are checked again (at least 1), for Retry-After.
        qint64 secondsLocked(qint64 nowMs) const
        {
            return std::max<qint64>(1, (lockedUntilMs - nowMs + 999) / 1000);
        }
    };

    TwoFactorVerifier(Database &db, TwoFactorStore &store, SecurityEventStore &events,
                      const SecretBox &box, Lockouts lockouts);

    Outcome verify(const QString &userId, const QString &typed, Accepts accepts,
                   const RequestOrigin &origin, Secret secret = Secret::Confirmed);
    // Same, at a given time (milliseconds since the epoch).
    Outcome verifyAt(const QString &userId, const QString &typed, Accepts accepts,
                     const RequestOrigin &origin, Secret secret, qint64 nowMs);

private:
    struct Attempt
    {
        bool allowed = false;
        bool turnedOff = false; // two-factor authentication went off while this was counted
        TwoFactorRecord before; // the counters as they were, to give the attempt back
        int failures = 0;       // attempts in a row with this one
        int lockouts = 0;       // lockouts in a row, as counted with this one
        qint64 lockedUntilMs = 0;
    };
    // Counts an attempt (and locks when it is the last allowed one) before the code is checked.
    Attempt take(const QString &userId, qint64 nowMs);
    Outcome fail(const QString &userId, const Attempt &attempt, const RequestOrigin &origin,
                 qint64 nowMs);
    void recordEvent(const QString &userId, const QString &type, const RequestOrigin &origin,
                     const QJsonObject &details, qint64 nowMs);

    Database &m_db;
    TwoFactorStore &m_store;
    SecurityEventStore &m_events;
    const SecretBox &m_box;
    Lockouts m_lockouts;
};
