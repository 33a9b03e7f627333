#include "TwoFactorStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

// Sealed secrets are binary; base64 text stores the same way in SQLite and PostgreSQL.
QVariant sealedOrNull(const QByteArray &sealed)
{
    return sealed.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                            : QVariant(QString::fromLatin1(sealed.toBase64()));
}

QByteArray sealedFrom(const QVariant &value)
{
    return value.isNull() ? QByteArray() : QByteArray::fromBase64(value.toString().toLatin1());
}

QString hashText(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

} // namespace

TwoFactorStore::TwoFactorStore(Database &db)
    : m_db(db)
{}

TwoFactorRecord TwoFactorStore::find(const QString &userId)
{
    TwoFactorRecord record;
    record.userId = userId;
    auto &q = m_db.exec(QStringLiteral("SELECT secret, pending_secret, enabled_at, last_step, "
                                       "failed_count, locked_until, lockout_count FROM two_factor "
                                       "WHERE user_id = ?"),
                        {userId});
    if (!q.next())
        return record;
    record.sealedSecret = sealedFrom(q.value(0));
    record.sealedPendingSecret = sealedFrom(q.value(1));
    record.enabledAtMs = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    record.lastAcceptedStep = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
    record.failedAttempts = q.value(4).toInt();
    record.lockedUntilMs = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    record.lockouts = q.value(6).toInt();
    return record;
}

void TwoFactorStore::ensureRow(const QString &userId)
{
    // Two setups at once (two instances, or the CLI) may both find no row. A failed insert would
    // abort the whole transaction on PostgreSQL, so the clash is settled by ON CONFLICT, which
    // SQLite (3.24 on) and PostgreSQL both read the same way.
    m_db.exec(QStringLiteral("INSERT INTO two_factor (user_id, failed_count) VALUES (?, 0) "
                             "ON CONFLICT (user_id) DO NOTHING"),
              {userId});
}

void TwoFactorStore::savePending(const QString &userId, const QByteArray &sealedPendingSecret)
{
    m_db.transaction([&] {
        ensureRow(userId);
        m_db.exec(QStringLiteral("UPDATE two_factor SET pending_secret = ? WHERE user_id = ?"),
                  {sealedOrNull(sealedPendingSecret), userId});
    });
}

bool TwoFactorStore::enable(const QString &userId, qint64 enabledAtMs)
{
    auto &q = m_db.exec(QStringLiteral("UPDATE two_factor SET secret = pending_secret, "
                                       "pending_secret = NULL, enabled_at = ? "
                                       "WHERE user_id = ? AND pending_secret IS NOT NULL"),
                        {enabledAtMs, userId});
    return q.numRowsAffected() == 1;
}

void TwoFactorStore::disable(const QString &userId)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM backup_codes WHERE user_id = ?"), {userId});
        m_db.exec(QStringLiteral("DELETE FROM two_factor WHERE user_id = ?"), {userId});
    });
}

bool TwoFactorStore::acceptStep(const QString &userId, qint64 step)
{
    // One statement decides, so two requests with the same code cannot both win.
    auto &q =
        m_db.exec(QStringLiteral("UPDATE two_factor SET last_step = ?, failed_count = 0, "
                                 "locked_until = NULL, lockout_count = 0 "
                                 "WHERE user_id = ? AND (last_step IS NULL OR last_step < ?)"),
                  {step, userId, step});
    return q.numRowsAffected() == 1;
}

bool TwoFactorStore::replaceAttempts(const TwoFactorRecord &seen, int failedAttempts,
                                     qint64 lockedUntilMs, int lockouts)
{
    // One statement that checks and writes: on PostgreSQL a concurrent writer makes it re-check
    // the row it waited for, on SQLite the write lock orders them; either way one of two
    // requests that read the same counters changes nothing and reads again.
    auto &q = m_db.exec(
        QStringLiteral("UPDATE two_factor SET failed_count = ?, locked_until = ?, "
                       "lockout_count = ? WHERE user_id = ? AND failed_count = ? AND "
                       "COALESCE(locked_until, 0) = ? AND lockout_count = ?"),
        {failedAttempts,
         lockedUntilMs > 0 ? QVariant(lockedUntilMs) : QVariant(QMetaType::fromType<qlonglong>()),
         lockouts, seen.userId, seen.failedAttempts, seen.lockedUntilMs, seen.lockouts});
    return q.numRowsAffected() == 1;
}

void TwoFactorStore::clearFailures(const QString &userId)
{
    m_db.exec(QStringLiteral("UPDATE two_factor SET failed_count = 0, locked_until = NULL, "
                             "lockout_count = 0 WHERE user_id = ?"),
              {userId});
}

void TwoFactorStore::replaceBackupCodes(const QString &userId, const QList<QByteArray> &hashes,
                                        qint64 nowMs)
{
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM backup_codes WHERE user_id = ?"), {userId});
        for (const QByteArray &hash : hashes)
            m_db.exec(QStringLiteral("INSERT INTO backup_codes (user_id, code_hash, created_at) "
                                     "VALUES (?, ?, ?)"),
                      {userId, hashText(hash), nowMs});
    });
}

bool TwoFactorStore::useBackupCode(const QString &userId, const QByteArray &hash, qint64 nowMs)
{
    auto &q = m_db.exec(QStringLiteral("UPDATE backup_codes SET used_at = ? WHERE user_id = ? "
                                       "AND code_hash = ? AND used_at IS NULL"),
                        {nowMs, userId, hashText(hash)});
    return q.numRowsAffected() == 1;
}

int TwoFactorStore::unusedBackupCodes(const QString &userId)
{
    auto &q = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM backup_codes WHERE user_id = ? AND used_at IS NULL"),
        {userId});
    return q.next() ? q.value(0).toInt() : 0;
}
