#pragma once

#include "Database.h"
#include "LookupCache.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

// The look-up of a bearer credential that every API request makes (SessionStore::findAccess,
// PersonalTokenStore::findForBearer: the token with its session and user), kept in this process
// and used again only while nothing it was read from has changed, through this instance or any
// other (docs/admin.md 10).
// - SQLite: while Database::dataVersion() stays put (every commit moves it).
// - PostgreSQL: while the user's credential version stays put. Triggers move it in the same
//   transaction as any change to what the look-up reads (migration 18), so a change committed
//   through another instance before its client is answered is seen by the very next read here.
//   That read is one statement by primary key, which also brings users.tasks_version: the caller
//   needs it fresh anyway (task pages, TaskPageCache), and it moves without moving the credential.
//   A look-up inside a transaction is not kept: a rolled-back change could bring a version back.
// T: a look-up result with `user.id`, `credentialsVersion` and `tasksVersion`, read by `sql` in
// one statement (the same snapshot); CredentialCache::versionColumns() gives the two versions'
// columns and join for it.
template<typename T> class CredentialCache
{
public:
    explicit CredentialCache(Database &db)
        : m_db(db)
    {}

    // What a credential look-up selects for T's versions (from its users row `u`), and the join
    // that brings the credential version.
    static QString versionColumns()
    {
        return QStringLiteral("COALESCE(v.version, 0), u.tasks_version");
    }
    static QString versionJoin()
    {
        return QStringLiteral(" LEFT JOIN credential_versions v ON v.user_id = u.id");
    }

    template<typename Map>
    std::optional<T> find(const QString &key, const QString &sql, const QVariantList &values,
                          Map &&map)
    {
        if (!m_db.dialect().tracksCredentialVersions())
            return m_db.selectFirstCached(m_entries, key, sql, values, std::forward<Map>(map));
        if (m_db.inTransaction())
            return m_db.selectFirst(sql, values, std::forward<Map>(map));
        if (auto hit = m_entries.find(key, Unversioned)) {
            static const QString check = QStringLiteral("SELECT ") + versionColumns() +
                                         QStringLiteral(" FROM users u") + versionJoin() +
                                         QStringLiteral(" WHERE u.id = ?");
            const auto current = m_db.selectFirst(check, {hit->user.id}, [](const SqlRow &row) {
                return std::pair<qint64, qint64>(row.integer(0), row.integer(1));
            });
            if (current && current->first == hit->credentialsVersion) {
                hit->tasksVersion = current->second;
                return hit;
            }
        }
        std::optional<T> found = m_db.selectFirst(sql, values, std::forward<Map>(map));
        if (found)
            m_entries.insert(key, Unversioned, *found);
        else
            m_entries.remove(key);
        return found;
    }

    // Changes the kept look-up under `key`, if any: what this instance just wrote of the last
    // activity (which moves no version, so nothing else would tell the entry), so that the next
    // request does not write it again.
    template<typename Change> void update(const QString &key, Change &&change)
    {
        m_entries.update(key, std::forward<Change>(change));
    }

private:
    // The entries' LookupCache version on PostgreSQL, where each is checked on its own.
    static constexpr qint64 Unversioned = 0;

    Database &m_db;
    LookupCache<T> m_entries;
};
