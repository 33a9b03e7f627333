#include "ServiceClientStore.h"

#include "Database.h"
#include "Ids.h"

#include <QSqlQuery>

namespace {

const QString Columns = QStringLiteral(
    "SELECT c.id, c.name, c.owner_id, u.username, c.scope, c.created_at, c.last_used_at, "
    "c.secret_rotated_at, c.previous_secret_until, c.revoked_at FROM clients c "
    "JOIN users u ON u.id = c.owner_id WHERE c.kind = 'service'");

ServiceClient fromRow(const QSqlQuery &q)
{
    ServiceClient client;
    client.id = q.value(0).toString();
    client.name = q.value(1).toString();
    client.ownerId = q.value(2).toString();
    client.ownerUsername = q.value(3).toString();
    client.scope = q.value(4).toString();
    client.createdAtMs = q.value(5).toLongLong();
    client.lastUsedAtMs = q.value(6).toLongLong();
    client.secretRotatedAtMs = q.value(7).toLongLong();
    client.previousSecretUntilMs = q.value(8).toLongLong();
    client.revokedAtMs = q.value(9).toLongLong();
    return client;
}

} // namespace

ServiceClientStore::ServiceClientStore(Database &db)
    : m_db(db)
{}

ServiceClient ServiceClientStore::create(const QString &name, const QString &ownerId,
                                         const QString &scope, const QString &secretHash,
                                         qint64 nowMs)
{
    const QString id = Ids::make();
    m_db.exec(QStringLiteral("INSERT INTO clients (id, name, kind, secret_hash, redirect_uris, "
                             "builtin, created_at, owner_id, scope) "
                             "VALUES (?, ?, 'service', ?, '[]', 0, ?, ?, ?)"),
              {id, name, secretHash, nowMs, ownerId, scope});
    return find(id).value();
}

std::optional<ServiceClient> ServiceClientStore::find(const QString &id)
{
    auto &q = m_db.exec(Columns + QStringLiteral(" AND c.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<ServiceClient> ServiceClientStore::list()
{
    QList<ServiceClient> clients;
    auto &q = m_db.exec(Columns + QStringLiteral(" ORDER BY c.created_at DESC, c.id"));
    while (q.next())
        clients.append(fromRow(q));
    return clients;
}

bool ServiceClientStore::rotate(const QString &id, const QString &newSecretHash, qint64 overlapMs,
                                qint64 nowMs)
{
    auto &q = m_db.exec(
        QStringLiteral("UPDATE clients SET previous_secret_hash = secret_hash, "
                       "previous_secret_until = ?, secret_hash = ?, secret_rotated_at = ? "
                       "WHERE id = ? AND kind = 'service' AND revoked_at IS NULL"),
        {overlapMs > 0 ? QVariant(nowMs + overlapMs) : QVariant(nowMs), newSecretHash, nowMs, id});
    return q.numRowsAffected() == 1;
}

bool ServiceClientStore::revoke(const QString &id, qint64 nowMs)
{
    return m_db.transaction([&] {
        auto &q = m_db.exec(QStringLiteral("UPDATE clients SET revoked_at = ?, "
                                           "previous_secret_hash = NULL, previous_secret_until = "
                                           "NULL WHERE id = ? AND kind = 'service' AND "
                                           "revoked_at IS NULL"),
                            {nowMs, id});
        if (q.numRowsAffected() != 1)
            return false;
        // Its tokens go with it: deleted, as a revoked session's are (SessionStore::revoke).
        m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE session_id IN "
                                 "(SELECT id FROM sessions WHERE client_id = ?)"),
                  {id});
        m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = "
                                 "'client_revoked' WHERE client_id = ? AND revoked_at IS NULL"),
                  {nowMs, id});
        return true;
    });
}

void ServiceClientStore::markUsed(const QString &id, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE clients SET last_used_at = ? WHERE id = ?"), {nowMs, id});
}

std::optional<ServiceTokenState> ServiceClientStore::tokenState(const QString &id)
{
    // A purged session (SpentRowPurge) leaves token_session_id behind: the join finds nothing.
    auto &q = m_db.exec(QStringLiteral("SELECT c.revoked_at, c.last_used_at, s.id, s.created_at, "
                                       "s.last_refresh_at, s.revoked_at FROM clients c "
                                       "LEFT JOIN sessions s ON s.id = c.token_session_id "
                                       "WHERE c.id = ? AND c.kind = 'service'"),
                        {id});
    if (!q.next())
        return std::nullopt;
    ServiceTokenState state;
    state.revokedAtMs = q.value(0).toLongLong();
    state.lastUsedAtMs = q.value(1).toLongLong();
    if (!q.value(2).isNull()) {
        Session session;
        session.id = q.value(2).toString();
        session.createdAtMs = q.value(3).toLongLong();
        session.lastRefreshAtMs =
            q.value(4).isNull() ? session.createdAtMs : q.value(4).toLongLong();
        session.revokedAtMs = q.value(5).toLongLong();
        state.tokenSession = session;
    }
    return state;
}

void ServiceClientStore::setTokenSession(const QString &id, const QString &sessionId)
{
    m_db.exec(QStringLiteral("UPDATE clients SET token_session_id = ? WHERE id = ?"),
              {sessionId, id});
}
