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
                                     int lockoutSeconds)
    : m_db(db)
    , m_store(store)
    , m_events(events)
    , m_box(box)
    , m_lockoutSeconds(lockoutSeconds)
{}

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
    // Checked before the code, so a correct code learns nothing during the lockout.
    if (state.lockedUntilMs > nowMs) {
        outcome.result = Result::Locked;
        outcome.lockedUntilMs = state.lockedUntilMs;
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
            // A replay is no guess at the secret (the code was right once), so it is not counted.
            if (!m_store.acceptStep(userId, *step)) {
                outcome.result = Result::Reused;
                return outcome;
            }
            outcome.result = Result::Accepted;
            outcome.method = Outcome::Method::Totp;
            outcome.step = *step;
            return outcome;
        }
        return fail(userId, origin, nowMs);
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
    return fail(userId, origin, nowMs);
}

TwoFactorVerifier::Outcome TwoFactorVerifier::fail(const QString &userId,
                                                   const RequestOrigin &origin, qint64 nowMs)
{
    // Counting, locking and logging together: a crash in between must not lose a failure.
    return m_db.transaction([&] {
        Outcome outcome;
        const int failures = m_store.addFailure(userId);
        outcome.attemptsRemaining = std::max(0, MaxFailures - failures);
        recordEvent(userId, SecurityEventType::TwoFactorFailed, origin,
                    QJsonObject{{QStringLiteral("attemptsRemaining"), outcome.attemptsRemaining}},
                    nowMs);
        if (failures < MaxFailures) {
            outcome.result = Outcome::Result::Invalid;
            return outcome;
        }
        outcome.result = Outcome::Result::Locked;
        outcome.lockedUntilMs = nowMs + qint64(m_lockoutSeconds) * 1000;
        m_store.lock(userId, outcome.lockedUntilMs);
        qCInfo(lcTwoFactor) << "two-factor code checks of user" << userId << "locked for"
                            << m_lockoutSeconds << "s after" << MaxFailures << "wrong codes";
        recordEvent(
            userId, SecurityEventType::TwoFactorLocked, origin,
            QJsonObject{{QStringLiteral("lockedUntil"),
                         JsonTime::fromDateTime(JsonTime::fromMsecs(outcome.lockedUntilMs))}},
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
