#include "SessionStore.h"

#include "Database.h"
#include "Ids.h"
#include "UserStore.h"

#include <QSqlQuery>

namespace {
constexpr qint64 TouchIntervalMs = 60 * 1000;
}

SessionStore::SessionStore(Database &db, SessionLifetime lifetime)
    : m_db(db)
    , m_lifetime(lifetime)
    , m_accessCache(db)
{}

QString SessionStore::sessionColumns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList names{QStringLiteral("id"),
                      QStringLiteral("user_id"),
                      QStringLiteral("client_id"),
                      QStringLiteral("device_name"),
                      QStringLiteral("ip"),
                      QStringLiteral("user_agent"),
                      QStringLiteral("scope"),
                      QStringLiteral("created_at"),
                      QStringLiteral("last_active_at"),
                      QStringLiteral("revoked_at"),
                      QStringLiteral("revoked_reason"),
                      QStringLiteral("last_refresh_at")};
    for (QString &name : names)
        name.prepend(p);
    return names.join(QStringLiteral(", "));
}

Session SessionStore::sessionFromRow(const QSqlQuery &q, int c)
{
    Session s;
    s.id = q.value(c).toString();
    s.userId = q.value(c + 1).toString();
    s.clientId = q.value(c + 2).toString();
    s.deviceName = q.value(c + 3).toString();
    s.ip = q.value(c + 4).toString();
    s.userAgent = q.value(c + 5).toString();
    s.scope = q.value(c + 6).toString();
    s.createdAtMs = q.value(c + 7).toLongLong();
    s.lastActiveAtMs = q.value(c + 8).toLongLong();
    s.revokedAtMs = q.value(c + 9).isNull() ? 0 : q.value(c + 9).toLongLong();
    s.revokedReason = q.value(c + 10).toString();
    s.lastRefreshAtMs = q.value(c + 11).isNull() ? s.createdAtMs : q.value(c + 11).toLongLong();
    return s;
}

Session SessionStore::create(const Session &session)
{
    Session created = session;
    created.id = Ids::make();
    created.lastRefreshAtMs = created.createdAtMs;
    m_db.exec(
        QStringLiteral("INSERT INTO sessions (id, user_id, client_id, device_name, ip, user_agent, "
                       "scope, created_at, last_active_at, last_refresh_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {created.id, created.userId, created.clientId, created.deviceName, created.ip,
         created.userAgent, created.scope, created.createdAtMs, created.lastActiveAtMs,
         created.lastRefreshAtMs});
    return created;
}

std::optional<Session> SessionStore::find(const QString &id)
{
    auto &q = m_db.exec(QStringLiteral("SELECT ") + sessionColumns() +
                            QStringLiteral(" FROM sessions WHERE id = ?"),
                        {id});
    if (!q.next())
        return std::nullopt;
    Session session = sessionFromRow(q);
    session.endsAtMs = m_lifetime.endsAtMs(session);
    return session;
}

QList<Session> SessionStore::listForUser(const QString &userId, bool includeRevoked)
{
    QList<Session> sessions;
    // Live now: not revoked, refreshed within the idle time, created within the longest life.
    const qint64 now = Clock::nowMs();
    auto &q = m_db.exec(
        QStringLiteral("SELECT ") + sessionColumns(QStringLiteral("s")) +
            QStringLiteral(", c.name FROM sessions s JOIN clients c ON c.id = s.client_id "
                           "WHERE s.user_id = ? AND c.kind <> 'service' AND (? = 1 OR "
                           "(s.revoked_at IS NULL AND "
                           "s.last_refresh_at > ? AND s.created_at > ?)) "
                           "ORDER BY s.last_active_at DESC, s.created_at DESC, s.id"),
        {userId, includeRevoked ? 1 : 0, now - m_lifetime.idleMs(), now - m_lifetime.maxMs()});
    constexpr int ClientNameColumn = 12;
    while (q.next()) {
        Session session = sessionFromRow(q);
        session.clientName = q.value(ClientNameColumn).toString();
        session.endsAtMs = m_lifetime.endsAtMs(session);
        sessions.append(session);
    }
    return sessions;
}

bool SessionStore::touch(const Session &session, const QString &ip, const QString &userAgent,
                         qint64 nowMs)
{
    if (nowMs - session.lastActiveAtMs < TouchIntervalMs && session.ip == ip)
        return false;
    m_db.exec(QStringLiteral(
                  "UPDATE sessions SET last_active_at = ?, ip = ?, user_agent = ? WHERE id = ?"),
              {nowMs, ip, userAgent.isEmpty() ? session.userAgent : userAgent, session.id});
    return true;
}

void SessionStore::touchAccess(const QString &tokenHash, const Session &session, const QString &ip,
                               const QString &userAgent, qint64 nowMs)
{
    if (!touch(session, ip, userAgent, nowMs))
        return;
    m_accessCache.update(tokenHash, [&](AuthenticatedAccess &access) {
        access.session.lastActiveAtMs = nowMs;
        access.session.ip = ip;
        if (!userAgent.isEmpty())
            access.session.userAgent = userAgent;
    });
}

void SessionStore::markRefreshed(const QString &sessionId, qint64 nowMs)
{
    m_db.exec(QStringLiteral("UPDATE sessions SET last_refresh_at = ? WHERE id = ?"),
              {nowMs, sessionId});
}

bool SessionStore::revoke(const QString &sessionId, const QString &reason, qint64 nowMs)
{
    return m_db.transaction([&] {
        auto &q = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
                                           "WHERE id = ? AND revoked_at IS NULL"),
                            {nowMs, reason, sessionId});
        const bool changed = q.numRowsAffected() == 1;
        m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE session_id = ?"), {sessionId});
        // Refresh tokens stay, marked used, so a later replay is still recognised as one.
        m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE session_id = ? AND "
                                 "used_at IS NULL"),
                  {nowMs, sessionId});
        return changed;
    });
}

int SessionStore::revokeAllForUser(const QString &userId, const QString &reason, qint64 nowMs)
{
    return m_db.transaction([&] {
        auto &q = m_db.exec(QStringLiteral("UPDATE sessions SET revoked_at = ?, revoked_reason = ? "
                                           "WHERE user_id = ? AND revoked_at IS NULL"),
                            {nowMs, reason, userId});
        const int revoked = q.numRowsAffected();
        // Over all the user's sessions, not only those just revoked: a token left behind by an
        // earlier failure is gone too.
        m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE session_id IN "
                                 "(SELECT id FROM sessions WHERE user_id = ?)"),
                  {userId});
        m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE used_at IS NULL AND "
                                 "session_id IN (SELECT id FROM sessions WHERE user_id = ?)"),
                  {nowMs, userId});
        return revoked;
    });
}

void SessionStore::insertAccessToken(const QString &tokenHash, const AccessTokenRecord &record,
                                     qint64 nowMs)
{
    m_db.exec(
        QStringLiteral("INSERT INTO access_tokens (token_hash, id, session_id, scope, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {tokenHash, record.id, record.sessionId, record.scope, nowMs, record.expiresAtMs});
}

std::optional<AuthenticatedAccess> SessionStore::findAccess(const QString &tokenHash)
{
    // Runs on every API request: only the columns ApiGuard reads, and the text built once so
    // the statement cache finds it without assembling it again.
    static const QString sql =
        QStringLiteral("SELECT a.id, a.scope, a.expires_at, s.id, s.ip, s.user_agent, "
                       "s.last_active_at, s.revoked_at, ") +
        UserStore::columns(QStringLiteral("u")) + QStringLiteral(", ") +
        CredentialCache<AuthenticatedAccess>::versionColumns() +
        QStringLiteral(", s.created_at, s.last_refresh_at FROM access_tokens a "
                       "JOIN sessions s ON s.id = a.session_id"
                       " JOIN users u ON u.id = s.user_id") +
        CredentialCache<AuthenticatedAccess>::versionJoin() +
        QStringLiteral(" WHERE a.token_hash = ?");
    return m_accessCache.find(tokenHash, sql, {tokenHash}, [](const SqlRow &row) {
        AuthenticatedAccess access;
        access.token.id = row.text(0);
        access.token.scope = row.text(1);
        access.token.expiresAtMs = row.integer(2);
        access.session.id = row.text(3);
        access.token.sessionId = access.session.id;
        access.session.ip = row.text(4);
        access.session.userAgent = row.text(5);
        access.session.lastActiveAtMs = row.integer(6);
        access.session.revokedAtMs = row.msOrZero(7);
        access.user = UserStore::fromRow(row, 8);
        constexpr int After = 8 + UserStore::ColumnCount;
        access.credentialsVersion = row.integer(After);
        access.tasksVersion = row.integer(After + 1);
        access.session.createdAtMs = row.integer(After + 2);
        access.session.lastRefreshAtMs = row.integer(After + 3);
        return access;
    });
}

std::optional<AccessTokenRecord> SessionStore::findAccessToken(const QString &tokenHash)
{
    auto &q = m_db.exec(QStringLiteral("SELECT id, session_id, scope, expires_at, created_at "
                                       "FROM access_tokens WHERE token_hash = ?"),
                        {tokenHash});
    if (!q.next())
        return std::nullopt;
    return AccessTokenRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toLongLong(), q.value(4).toLongLong()};
}

void SessionStore::deleteAccessToken(const QString &tokenHash)
{
    m_db.exec(QStringLiteral("DELETE FROM access_tokens WHERE token_hash = ?"), {tokenHash});
}

void SessionStore::insertRefreshToken(const QString &tokenHash, const QString &sessionId,
                                      qint64 nowMs)
{
    m_db.exec(
        QStringLiteral(
            "INSERT INTO refresh_tokens (token_hash, session_id, created_at) VALUES (?, ?, ?)"),
        {tokenHash, sessionId, nowMs});
}

std::optional<RefreshTokenRecord> SessionStore::findRefreshToken(const QString &tokenHash)
{
    auto &q = m_db.exec(QStringLiteral("SELECT token_hash, session_id, used_at FROM refresh_tokens "
                                       "WHERE token_hash = ?"),
                        {tokenHash});
    if (!q.next())
        return std::nullopt;
    return RefreshTokenRecord{q.value(0).toString(), q.value(1).toString(),
                              q.value(2).isNull() ? 0 : q.value(2).toLongLong()};
}

bool SessionStore::markRefreshTokenUsed(const QString &tokenHash, qint64 nowMs)
{
    auto &q =
        m_db.exec(QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND "
                                 "used_at IS NULL"),
                  {nowMs, tokenHash});
    return q.numRowsAffected() == 1;
}
