#include "PasskeyStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QVariant &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

constexpr auto Columns = "id, user_id, credential_id, public_key, sign_count, name, created_at, "
                         "last_used_at";

Passkey fromQuery(const QSqlQuery &q)
{
    Passkey p;
    p.id = q.value(0).toString();
    p.userId = q.value(1).toString();
    p.credentialId = fromBase64(q.value(2));
    p.publicKey = fromBase64(q.value(3));
    p.signCount = quint32(q.value(4).toLongLong());
    p.name = q.value(5).toString();
    p.createdAtMs = q.value(6).toLongLong();
    p.lastUsedAtMs = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    return p;
}

} // namespace

PasskeyStore::PasskeyStore(Database &db)
    : m_db(db)
{}

bool PasskeyStore::insert(const Passkey &p)
{
    // ON CONFLICT rather than a failed insert: a failed statement aborts a PostgreSQL transaction.
    auto &q = m_db.exec(
        QStringLiteral("INSERT INTO webauthn_credentials (id, user_id, credential_id, public_key, "
                       "sign_count, name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (credential_id) DO NOTHING"),
        {p.id, p.userId, base64(p.credentialId), base64(p.publicKey), qint64(p.signCount), p.name,
         p.createdAtMs});
    return q.numRowsAffected() == 1;
}

std::optional<Passkey> PasskeyStore::findByCredentialId(const QByteArray &credentialId)
{
    auto &q = m_db.exec(QStringLiteral("SELECT %1 FROM webauthn_credentials "
                                       "WHERE credential_id = ?")
                            .arg(QLatin1String(Columns)),
                        {base64(credentialId)});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Passkey> PasskeyStore::listForUser(const QString &userId)
{
    auto &q = m_db.exec(QStringLiteral("SELECT %1 FROM webauthn_credentials WHERE user_id = ? "
                                       "ORDER BY created_at, id")
                            .arg(QLatin1String(Columns)),
                        {userId});
    QList<Passkey> passkeys;
    while (q.next())
        passkeys.append(fromQuery(q));
    return passkeys;
}

std::optional<Passkey> PasskeyStore::remove(const QString &userId, const QString &id)
{
    auto &q = m_db.exec(QStringLiteral("SELECT %1 FROM webauthn_credentials "
                                       "WHERE id = ? AND user_id = ?")
                            .arg(QLatin1String(Columns)),
                        {id, userId});
    if (!q.next())
        return std::nullopt;
    const Passkey found = fromQuery(q);
    auto &deleted =
        m_db.exec(QStringLiteral("DELETE FROM webauthn_credentials WHERE id = ? AND user_id = ?"),
                  {id, userId});
    if (deleted.numRowsAffected() != 1)
        return std::nullopt; // removed meanwhile through another instance
    return found;
}

bool PasskeyStore::recordUse(const QString &id, quint32 seenSignCount, quint32 newSignCount,
                             qint64 nowMs)
{
    auto &q = m_db.exec(QStringLiteral("UPDATE webauthn_credentials SET sign_count = ?, "
                                       "last_used_at = ? WHERE id = ? AND sign_count = ?"),
                        {qint64(newSignCount), nowMs, id, qint64(seenSignCount)});
    return q.numRowsAffected() == 1;
}
