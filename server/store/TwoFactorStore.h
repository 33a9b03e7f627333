#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class Database;

// An account's two-factor state. The TOTP secrets are kept only sealed by SecretBox; this
// store never sees them in clear.
struct TwoFactorRecord
{
    QString userId;
    QByteArray sealedSecret;        // empty: two-factor authentication is off
    QByteArray sealedPendingSecret; // empty: no setup waiting for its confirmation
    qint64 enabledAtMs = 0;
    qint64 lastAcceptedStep = -1; // -1: no TOTP code accepted yet
    int failedAttempts = 0;       // codes tried in a row since the last right one or lockout
    qint64 lockedUntilMs = 0;     // 0: never locked (or unlocked by a right code)
    int lockouts = 0;             // lockouts in a row; a right code or a quiet period ends them

    bool enabled() const { return !sealedSecret.isEmpty(); }
    bool pending() const { return !sealedPendingSecret.isEmpty(); }
};

// Tables two_factor (one row per account that has started a setup) and backup_codes (keyed
// hashes, kept after use with used_at set).
class TwoFactorStore
{
public:
    explicit TwoFactorStore(Database &db);

    // The account's record; a blank one (off, nothing pending) when it has none.
    TwoFactorRecord find(const QString &userId);
    // Stores a new setup secret, keeping the lockout and replay state of the account.
    void savePending(const QString &userId, const QByteArray &sealedPendingSecret);
    // The pending secret becomes the account's secret; false when none was pending.
    bool enable(const QString &userId, qint64 enabledAtMs);
    // Forgets the secret, any pending setup and every backup code of the account.
    void disable(const QString &userId);

    // Remembers `step` as the last accepted TOTP step and clears the failure count, unless that
    // step or a later one was accepted before (a replay): then false and nothing changes.
    bool acceptStep(const QString &userId, qint64 step);
    // Writes the attempt counters of an account, but only while they are still what `seen`
    // read (compare and set): false, and nothing written, when a request through this or another
    // server instance changed them in between. TwoFactorVerifier counts an attempt before it
    // checks the code and reads again on false, so attempts at once never share a count.
    bool replaceAttempts(const TwoFactorRecord &seen, int failedAttempts, qint64 lockedUntilMs,
                         int lockouts);
    // A right code: no failures, no lockout, and the lockouts in a row start again from one.
    void clearFailures(const QString &userId);

    // Replaces all the account's backup codes with these keyed hashes.
    void replaceBackupCodes(const QString &userId, const QList<QByteArray> &hashes, qint64 nowMs);
    // Marks the unused code with this hash used; false when there is none (unknown or used).
    bool useBackupCode(const QString &userId, const QByteArray &hash, qint64 nowMs);
    int unusedBackupCodes(const QString &userId);

private:
    void ensureRow(const QString &userId);

    Database &m_db;
};
