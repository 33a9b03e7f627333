#include "UserStore.h"

#include "Database.h"
#include "Ids.h"
#include "JsonTime.h"

#include <QSqlQuery>

UserStore::UserStore(Database &db)
    : m_db(db)
{}

QString UserStore::columns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringList{p + QStringLiteral("id"),        p + QStringLiteral("username"),
                       p + QStringLiteral("email"),     p + QStringLiteral("display_name"),
                       p + QStringLiteral("role"),      p + QStringLiteral("disabled"),
                       p + QStringLiteral("created_at")}
        .join(QStringLiteral(", "));
}

User UserStore::fromRow(const SqlRow &row, int c)
{
    User user;
    user.id = row.text(c);
    user.username = row.text(c + 1);
    user.email = row.text(c + 2);
    user.displayName = row.text(c + 3);
    user.role = userRoleFromName(row.text(c + 4)).value_or(UserRole::User);
    user.disabled = row.integer(c + 5) != 0;
    user.createdAt = JsonTime::fromMsecs(row.integer(c + 6));
    return user;
}

std::optional<User> UserStore::create(const User &user, const QString &passwordHash,
                                      bool mustChangePassword)
{
    User created = user;
    created.id = Ids::make();
    const qint64 now = Clock::nowMs();
    created.createdAt = JsonTime::fromMsecs(now);
    // A name already taken inserts nothing. Settled by the unique username_key itself, not by a
    // look-up first: two instances creating the same name at once would both find it free, and
    // on PostgreSQL the loser's failed insert would abort the caller's whole transaction.
    auto &query = m_db.exec(
        QStringLiteral("INSERT INTO users (id, username, username_key, email, display_name, "
                       "role, password_hash, disabled, created_at, updated_at, "
                       "must_change_password) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (username_key) DO NOTHING"),
        {created.id, created.username, created.username.toLower(), created.email,
         created.displayName, userRoleName(created.role), passwordHash, created.disabled ? 1 : 0,
         now, now, mustChangePassword ? 1 : 0});
    if (query.numRowsAffected() != 1)
        return std::nullopt;
    return created;
}

std::optional<User> UserStore::findById(const QString &id)
{
    auto &query = m_db.exec(
        QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (!query.next())
        return std::nullopt;
    return fromRow(QueryRow(query));
}

std::optional<User> UserStore::findByUsername(const QString &username)
{
    auto &query = m_db.exec(QStringLiteral("SELECT ") + columns() +
                                QStringLiteral(" FROM users WHERE username_key = ?"),
                            {username.toLower()});
    if (!query.next())
        return std::nullopt;
    return fromRow(QueryRow(query));
}

QString UserStore::passwordHash(const QString &userId)
{
    auto &query =
        m_db.exec(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    return query.next() ? query.value(0).toString() : QString();
}

QList<User> UserStore::list()
{
    QList<User> users;
    auto &query = m_db.exec(QStringLiteral("SELECT ") + columns() +
                            QStringLiteral(" FROM users ORDER BY username_key"));
    while (query.next())
        users.append(fromRow(QueryRow(query)));
    return users;
}

void UserStore::setPasswordHash(const QString &userId, const QString &passwordHash)
{
    m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"),
              {passwordHash, Clock::nowMs(), userId});
}

bool UserStore::replacePasswordHash(const QString &userId, const QString &oldHash,
                                    const QString &newHash)
{
    // updated_at stays: the account did not change for anyone looking at it.
    auto &q = m_db.exec(
        QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?"),
        {newHash, userId, oldHash});
    return q.numRowsAffected() == 1;
}

void UserStore::setPassword(const QString &userId, const QString &passwordHash, bool mustChange)
{
    m_db.exec(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, "
                             "updated_at = ? WHERE id = ?"),
              {passwordHash, mustChange ? 1 : 0, Clock::nowMs(), userId});
}

bool UserStore::mustChangePassword(const QString &userId)
{
    auto &query =
        m_db.exec(QStringLiteral("SELECT must_change_password FROM users WHERE id = ?"), {userId});
    return query.next() && query.value(0).toInt() != 0;
}

void UserStore::setRole(const QString &userId, UserRole role)
{
    m_db.exec(QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"),
              {userRoleName(role), Clock::nowMs(), userId});
}

void UserStore::setDisabled(const QString &userId, bool disabled)
{
    m_db.exec(QStringLiteral("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?"),
              {disabled ? 1 : 0, Clock::nowMs(), userId});
}

int UserStore::count()
{
    auto &query = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users"));
    return query.next() ? query.value(0).toInt() : 0;
}

void UserStore::lockForUpdate(const QString &userId)
{
    m_db.exec(QStringLiteral("UPDATE users SET updated_at = updated_at WHERE id = ?"), {userId});
}

void UserStore::lockEnabledAdmins()
{
    // A no-op write, as in lockForUpdate: SQLite's write lock, or the rows in PostgreSQL (where a
    // waiting transaction re-checks the condition, so an admin disabled meanwhile drops out).
    m_db.exec(QStringLiteral("UPDATE users SET updated_at = updated_at WHERE role = ? AND "
                             "disabled = 0"),
              {userRoleName(UserRole::Admin)});
}

int UserStore::countEnabledAdmins()
{
    auto &query =
        m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND disabled = 0"),
                  {userRoleName(UserRole::Admin)});
    return query.next() ? query.value(0).toInt() : 0;
}
