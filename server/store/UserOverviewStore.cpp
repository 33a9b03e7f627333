#include "UserOverviewStore.h"

#include "Database.h"
#include "UserStore.h"

#include <QSqlQuery>

UserOverviewStore::UserOverviewStore(Database &db, SessionLifetime lifetime)
    : m_db(db)
    , m_lifetime(lifetime)
{}

QList<UserOverview> UserOverviewStore::select(const QString &where, QVariantList values,
                                              qint64 nowMs)
{
    const QString sql =
        QStringLiteral("SELECT ") + UserStore::columns(QStringLiteral("u")) +
        QStringLiteral(", (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND "
                       "s.revoked_at IS NULL AND s.last_refresh_at > ? AND s.created_at > ? "
                       // A service client's tokens are no session of the user (12.8a).
                       "AND s.client_id NOT IN (SELECT id FROM clients WHERE kind = 'service'))"
                       ", (SELECT COUNT(*) FROM personal_access_tokens p WHERE p.user_id = u.id "
                       "AND p.revoked_at IS NULL AND (p.expires_at IS NULL OR p.expires_at > ?))"
                       // The last code exchange, from the security log, which keeps it after
                       // the purge has removed the session (docs/api.md 16.1).
                       ", (SELECT MAX(e.occurred_at) FROM security_events e WHERE "
                       "e.user_id = u.id AND e.type = 'sign_in.succeeded')"
                       // TwoFactorStore keeps the secret NULL until a setup is confirmed.
                       ", (SELECT COUNT(*) FROM two_factor t WHERE t.user_id = u.id AND "
                       "t.secret IS NOT NULL)"
                       " FROM users u WHERE ") +
        where;
    values = QVariantList{nowMs - m_lifetime.idleMs(), nowMs - m_lifetime.maxMs(), nowMs} + values;

    constexpr int CountsColumn = 7; // after UserStore::columns()
    QList<UserOverview> users;
    auto &q = m_db.exec(sql, values);
    while (q.next()) {
        UserOverview overview;
        overview.user = UserStore::fromRow(QueryRow(q));
        overview.activeSessions = q.value(CountsColumn).toInt();
        overview.activeTokens = q.value(CountsColumn + 1).toInt();
        const QVariant lastSignIn = q.value(CountsColumn + 2);
        overview.lastSignInAtMs = lastSignIn.isNull() ? 0 : lastSignIn.toLongLong();
        overview.twoFactorEnabled = q.value(CountsColumn + 3).toInt() > 0;
        users.append(overview);
    }
    return users;
}

QList<UserOverview> UserOverviewStore::search(const QString &text, const QString &afterKey,
                                              int limit, qint64 nowMs)
{
    QString where = QStringLiteral("1 = 1");
    QVariantList values;
    if (!text.isEmpty()) {
        where += QStringLiteral(" AND (LOWER(u.username) LIKE LOWER(?) ESCAPE '\\' OR "
                                "LOWER(u.email) LIKE LOWER(?) ESCAPE '\\' OR "
                                "LOWER(u.display_name) LIKE LOWER(?) ESCAPE '\\')");
        const QString pattern = QLatin1Char('%') + SqlDialect::escapeLike(text) + QLatin1Char('%');
        values << pattern << pattern << pattern;
    }
    if (!afterKey.isEmpty()) {
        where += QStringLiteral(" AND u.username_key > ?");
        values << afterKey;
    }
    where += QStringLiteral(" ORDER BY u.username_key LIMIT ?");
    values << limit;
    return select(where, values, nowMs);
}

std::optional<UserOverview> UserOverviewStore::find(const QString &userId, qint64 nowMs)
{
    const auto found = select(QStringLiteral("u.id = ?"), {userId}, nowMs);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}
