#include "PersonalTokenStore.h"

#include "Database.h"
#include "UserStore.h"

#include <QSqlQuery>

namespace {
constexpr qint64 TouchIntervalMs = 60 * 1000;

// Columns in the order fromRow() reads them.
const QString Columns =
    QStringLiteral("p.id, p.user_id, p.name, p.scope, p.created_at, p.expires_at, "
                   "p.last_used_at, p.last_used_ip, p.last_used_user_agent, p.revoked_at, "
                   "p.replaced_by");
constexpr int ColumnCount = 11;

QVariant msOrNull(qint64 ms)
{
    return ms == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(ms);
}
} // namespace

PersonalTokenStore::PersonalTokenStore(Database &db)
    : m_db(db)
    , m_bearerCache(db)
{}

PersonalAccessToken PersonalTokenStore::fromRow(const SqlRow &row)
{
    PersonalAccessToken t;
    t.id = row.text(0);
    t.userId = row.text(1);
    t.name = row.text(2);
    t.scope = row.text(3);
    t.createdAtMs = row.integer(4);
    t.expiresAtMs = row.msOrZero(5);
    t.lastUsedAtMs = row.msOrZero(6);
    t.lastUsedIp = row.text(7);
    t.lastUsedUserAgent = row.text(8);
    t.revokedAtMs = row.msOrZero(9);
    t.replacedById = row.text(10);
    return t;
}

bool PersonalTokenStore::insert(const QString &tokenHash, const PersonalAccessToken &token)
{
    // A name in use among the user's tokens that are not revoked (the partial unique index)
    // inserts nothing, without failing: on PostgreSQL a failed insert would abort the caller's
    // transaction. The other unique columns, id and token_hash, are fresh random values; a clash
    // there still fails.
    auto &query = m_db.exec(
        QStringLiteral("INSERT INTO personal_access_tokens (id, user_id, name, token_hash, "
                       "scope, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (user_id, name) WHERE revoked_at IS NULL DO NOTHING"),
        {token.id, token.userId, token.name, tokenHash, token.scope, token.createdAtMs,
         msOrNull(token.expiresAtMs)});
    return query.numRowsAffected() == 1;
}

QList<PersonalAccessToken> PersonalTokenStore::listForUser(const QString &userId, qint64 nowMs)
{
    QList<PersonalAccessToken> tokens;
    auto &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                            QStringLiteral(" FROM personal_access_tokens p WHERE p.user_id = ? "
                                           "AND (p.revoked_at IS NULL OR p.revoked_at > ?) "
                                           "ORDER BY p.created_at DESC, p.id"),
                        {userId, nowMs});
    while (q.next())
        tokens.append(fromRow(QueryRow(q)));
    return tokens;
}

int PersonalTokenStore::countActive(const QString &userId, qint64 nowMs)
{
    auto &q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM personal_access_tokens WHERE "
                                       "user_id = ? AND revoked_at IS NULL AND "
                                       "(expires_at IS NULL OR expires_at > ?)"),
                        {userId, nowMs});
    return q.next() ? q.value(0).toInt() : 0;
}

bool PersonalTokenStore::nameTaken(const QString &userId, const QString &name)
{
    auto &q = m_db.exec(QStringLiteral("SELECT 1 FROM personal_access_tokens WHERE user_id = ? "
                                       "AND name = ? AND revoked_at IS NULL"),
                        {userId, name});
    return q.next();
}

std::optional<PersonalAccessToken> PersonalTokenStore::revoke(const QString &userId,
                                                              const QString &id, qint64 nowMs)
{
    return m_db.transaction([&]() -> std::optional<PersonalAccessToken> {
        auto &update = m_db.exec(
            QStringLiteral("UPDATE personal_access_tokens SET revoked_at = ? WHERE id = ? AND "
                           "user_id = ? AND (revoked_at IS NULL OR revoked_at > ?)"),
            {nowMs, id, userId, nowMs});
        if (update.numRowsAffected() != 1)
            return std::nullopt;
        auto &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                                QStringLiteral(" FROM personal_access_tokens p WHERE p.id = ?"),
                            {id});
        if (!q.next())
            return std::nullopt;
        return fromRow(QueryRow(q));
    });
}

int PersonalTokenStore::revokeAllForUser(const QString &userId, qint64 nowMs)
{
    auto &q = m_db.exec(QStringLiteral("UPDATE personal_access_tokens SET revoked_at = ? WHERE "
                                       "user_id = ? AND (revoked_at IS NULL OR revoked_at > ?)"),
                        {nowMs, userId, nowMs});
    return q.numRowsAffected();
}

std::optional<PersonalAccessToken> PersonalTokenStore::find(const QString &id)
{
    auto &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                            QStringLiteral(" FROM personal_access_tokens p WHERE p.id = ?"),
                        {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(QueryRow(q));
}

bool PersonalTokenStore::markRotated(const QString &id, const QString &replacementId,
                                     qint64 validUntilMs)
{
    auto &q = m_db.exec(QStringLiteral("UPDATE personal_access_tokens SET revoked_at = ?, "
                                       "replaced_by = ? WHERE id = ? AND revoked_at IS NULL"),
                        {validUntilMs, replacementId, id});
    return q.numRowsAffected() == 1;
}

std::optional<AuthenticatedPersonalToken>
PersonalTokenStore::findForBearer(const QString &tokenHash)
{
    // Built once: the statement cache is keyed by text, and this runs on every PAT request.
    using Cache = CredentialCache<AuthenticatedPersonalToken>;
    static const QString sql =
        QStringLiteral("SELECT ") + Columns + QStringLiteral(", ") +
        UserStore::columns(QStringLiteral("u")) + QStringLiteral(", ") + Cache::versionColumns() +
        QStringLiteral(" FROM personal_access_tokens p JOIN users u ON u.id = p.user_id") +
        Cache::versionJoin() + QStringLiteral(" WHERE p.token_hash = ?");
    return m_bearerCache.find(tokenHash, sql, {tokenHash}, [](const SqlRow &row) {
        constexpr int After = ColumnCount + UserStore::ColumnCount;
        return AuthenticatedPersonalToken{fromRow(row), UserStore::fromRow(row, ColumnCount),
                                          row.integer(After), row.integer(After + 1)};
    });
}

void PersonalTokenStore::rememberUse(const QString &tokenHash, const PersonalAccessToken &token,
                                     const QString &ip, const QString &userAgent, qint64 nowMs)
{
    // Only when touch() wrote, or found this IP recorded already by another instance: either
    // way the database holds this use or a later one.
    if (token.lastUsedIp == ip && token.lastUsedAtMs != 0 &&
        nowMs - token.lastUsedAtMs < TouchIntervalMs)
        return;
    m_bearerCache.update(tokenHash, [&](AuthenticatedPersonalToken &found) {
        found.token.lastUsedAtMs = nowMs;
        found.token.lastUsedIp = ip;
        found.token.lastUsedUserAgent = userAgent;
    });
}

bool PersonalTokenStore::touch(const PersonalAccessToken &token, const QString &ip,
                               const QString &userAgent, qint64 nowMs)
{
    if (token.lastUsedIp != ip) {
        auto &q = m_db.exec(
            QStringLiteral("UPDATE personal_access_tokens SET last_used_at = ?, last_used_ip = ?, "
                           "last_used_user_agent = ? WHERE id = ? AND (last_used_ip IS NULL OR "
                           "last_used_ip <> ?)"),
            {nowMs, ip, userAgent, token.id, ip});
        return q.numRowsAffected() == 1;
    }
    if (token.lastUsedAtMs != 0 && nowMs - token.lastUsedAtMs < TouchIntervalMs)
        return false;
    m_db.exec(QStringLiteral("UPDATE personal_access_tokens SET last_used_at = ?, "
                             "last_used_ip = ?, last_used_user_agent = ? WHERE id = ?"),
              {nowMs, ip, userAgent, token.id});
    return false;
}
