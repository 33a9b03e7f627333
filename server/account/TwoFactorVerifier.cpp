#include "TwoFactorVerifier.h"

#include "JsonTime.h"
#include "security/BackupCodes.h"
#include "security/SecretBox.h"
#include "security/Totp.h"
#include "store/Database.h"
#include "store/Ids.h"
#include "store/SecurityEventStore.h"
#include "store/StoreError.h"
#include "store/TwoFactorStore.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcTwoFactor, "tasklane.server.twofactor")

TwoFactorVerifier::TwoFactorVerifier(Database &db, TwoFactorStore &store,
                                     SecurityEventStore &events, const SecretBox &box,
                                     Lockouts lockouts)
    : m_db(db)
    , m_store(store)
    , m_events(events)
    , m_box(box)
    , m_lockouts(lockouts)
{}

qint64 TwoFactorVerifier::Lockouts::secondsFor(int lockoutsInARow) const
{
    qint64 seconds = std::max(1, firstSeconds);
    for (int i = 1; i < lockoutsInARow && seconds < maxSeconds; ++i)
        seconds *= 2;
    return std::min<qint64>(seconds, std::max(maxSeconds, firstSeconds));
}

TwoFactorVerifier::Attempt TwoFactorVerifier::take(const QString &userId, qint64 nowMs)
{
    // Read, then compare and set: not a read-write transaction, which another instance's write
    // in between would make fail on SQLite (a stale snapshot cannot write) and would let both
    // writes through on PostgreSQL. A lost race reads the new counters and counts again.
    for (;;) {
        Attempt attempt;
        attempt.before = m_store.find(userId);
        const TwoFactorRecord &state = attempt.before;
        // Turned off meanwhile (the row is gone): there is nothing left to count against.
        if (!state.enabled() && !state.pending()) {
            attempt.turnedOff = true;
            return attempt;
        }
        // Checked before the code, so a correct code learns nothing during the lockout.
        if (state.lockedUntilMs > nowMs) {
            attempt.lockedUntilMs = state.lockedUntilMs;
            return attempt;
        }
        attempt.allowed = true;
        // After a lockout has ended the count starts afresh.
        attempt.failures = (state.failedAttempts >= MaxFailures ? 0 : state.failedAttempts) + 1;
        int lockouts = state.lockouts;
        qint64 lockedUntil = state.lockedUntilMs;
        if (attempt.failures >= MaxFailures) {
            // The last allowed attempt locks at once, so attempts sent alongside it are refused
            // while its code is checked; a right code lifts the lock again.
            const bool recent = state.lockedUntilMs > 0 &&
                                nowMs - state.lockedUntilMs < LockoutMemorySeconds * 1000;
            lockouts = recent ? lockouts + 1 : 1;
            lockedUntil = nowMs + m_lockouts.secondsFor(lockouts) * 1000;
            attempt.lockedUntilMs = lockedUntil;
        }
        attempt.lockouts = lockouts;
        if (m_store.replaceAttempts(state, attempt.failures, lockedUntil, lockouts))
            return attempt;
    }
}

TwoFactorVerifier::Outcome TwoFactorVerifier::verify(const QString &userId, const QString &typed,
                                                     Accepts accepts, const RequestOrigin &origin,
                                                     Secret secret)
{
    return verifyAt(userId, typed, accepts, origin, secret, Clock::nowMs());
}

TwoFactorVerifier::Outcome TwoFactorVerifier::verifyAt(const QString &userId, const QString &typed,
                                                       Accepts accepts, const RequestOrigin &origin,
                                                       Secret secret, qint64 nowMs)
{
    using Result = Outcome::Result;
    Outcome outcome;
    const TwoFactorRecord state = m_store.find(userId);
    const QByteArray &sealed =
        secret == Secret::Pending ? state.sealedPendingSecret : state.sealedSecret;
    if (sealed.isEmpty()) {
        outcome.result = Result::NotSetUp;
        return outcome;
    }
    const Attempt attempt = take(userId, nowMs);
    if (attempt.turnedOff) {
        outcome.result = Result::NotSetUp;
        return outcome;
    }
    if (!attempt.allowed) {
        outcome.result = Result::Locked;
        outcome.lockedUntilMs = attempt.lockedUntilMs;
        return outcome;
    }

    if (const auto code = Totp::normalize(typed)) {
        std::optional<QByteArray> key = m_box.open(sealed);
        if (!key)
            throw StoreError("a two-factor secret does not open with secret.key (was the key "
                             "file replaced?)");
        const auto step = Totp::matchStep(*key, *code, nowMs / 1000);
        sodium_memzero(key->data(), static_cast<size_t>(key->size()));
        if (step) {
            // A replay is no guess at the secret (the code was right once), so its attempt is
            // given back. A right code clears the failures and any lockout it started.
            if (!m_store.acceptStep(userId, *step)) {
                // Given back only if no other attempt counted since (then it stays counted).
                TwoFactorRecord counted = attempt.before;
                counted.failedAttempts = attempt.failures;
                counted.lockedUntilMs = attempt.failures >= MaxFailures
                                            ? attempt.lockedUntilMs
                                            : attempt.before.lockedUntilMs;
                counted.lockouts = attempt.lockouts;
                m_store.replaceAttempts(counted, attempt.before.failedAttempts,
                                        attempt.before.lockedUntilMs, attempt.before.lockouts);
                outcome.result = Result::Reused;
                return outcome;
            }
            outcome.result = Result::Accepted;
            outcome.method = Outcome::Method::Totp;
            outcome.step = *step;
            return outcome;
        }
        return fail(userId, attempt, origin, nowMs);
    }

    const auto backupCode = accepts == Accepts::TotpOrBackupCode && secret == Secret::Confirmed
                                ? BackupCodes::normalize(typed)
                                : std::nullopt;
    if (backupCode) {
        const QByteArray hash = m_box.keyedHash(backupCode->toLatin1());
        const bool used = m_db.transaction([&] {
            if (!m_store.useBackupCode(userId, hash, nowMs))
                return false;
            m_store.clearFailures(userId);
            outcome.backupCodesRemaining = m_store.unusedBackupCodes(userId);
            recordEvent(userId, SecurityEventType::BackupCodeUsed, origin,
                        QJsonObject{{QStringLiteral("remaining"), outcome.backupCodesRemaining}},
                        nowMs);
            return true;
        });
        if (used) {
            outcome.result = Result::Accepted;
            outcome.method = Outcome::Method::BackupCode;
            return outcome;
        }
    }
    return fail(userId, attempt, origin, nowMs);
}

TwoFactorVerifier::Outcome TwoFactorVerifier::fail(const QString &userId, const Attempt &attempt,
                                                   const RequestOrigin &origin, qint64 nowMs)
{
    // The attempt is counted already (and the lockout set when it was the last one).
    return m_db.transaction([&] {
        Outcome outcome;
        outcome.attemptsRemaining = std::max(0, MaxFailures - attempt.failures);
        recordEvent(userId, SecurityEventType::TwoFactorFailed, origin,
                    QJsonObject{{QStringLiteral("attemptsRemaining"), outcome.attemptsRemaining}},
                    nowMs);
        if (attempt.failures < MaxFailures) {
            outcome.result = Outcome::Result::Invalid;
            return outcome;
        }
        outcome.result = Outcome::Result::Locked;
        outcome.lockedUntilMs = attempt.lockedUntilMs;
        const qint64 seconds = (attempt.lockedUntilMs - nowMs) / 1000;
        qCInfo(lcTwoFactor) << "two-factor code checks of user" << userId << "locked for" << seconds
                            << "s after" << MaxFailures << "wrong codes";
        recordEvent(
            userId, SecurityEventType::TwoFactorLocked, origin,
            QJsonObject{{QStringLiteral("lockedUntil"),
                         JsonTime::fromDateTime(JsonTime::fromMsecs(outcome.lockedUntilMs))},
                        {QStringLiteral("seconds"), seconds}},
            nowMs);
        return outcome;
    });
}

void TwoFactorVerifier::recordEvent(const QString &userId, const QString &type,
                                    const RequestOrigin &origin, const QJsonObject &details,
                                    qint64 nowMs)
{
    SecurityEvent event;
    event.userId = userId;
    event.type = type;
    event.occurredAtMs = nowMs;
    event.ip = origin.ip;
    event.userAgent = origin.userAgent;
    event.sessionId = origin.sessionId;
    event.details = details;
    m_events.record(event);
}
