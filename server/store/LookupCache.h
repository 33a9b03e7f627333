#pragma once

#include <QHash>
#include <QString>

#include <optional>

// Results of a per-request lookup, kept while the database is unchanged: every entry belongs to
// one Database::dataVersion(), and the first lookup under a newer version drops them all. Since
// the version moves on every commit by any connection, in this process or another (the admin
// CLI included), a cached result is always exactly what the query would return now. Where there
// is no such version (PostgreSQL), the caller checks each entry itself and passes a constant
// (CredentialCache).
template<typename T> class LookupCache
{
public:
    explicit LookupCache(qsizetype maxEntries = 4096)
        : m_maxEntries(maxEntries)
    {}

    std::optional<T> find(const QString &key, qint64 dataVersion)
    {
        forget(dataVersion);
        const auto it = m_entries.constFind(key);
        return it == m_entries.cend() ? std::nullopt : std::optional<T>(*it);
    }

    void insert(const QString &key, qint64 dataVersion, T value)
    {
        forget(dataVersion);
        if (m_entries.size() >= m_maxEntries)
            m_entries.clear();
        m_entries.insert(key, std::move(value));
    }

    void remove(const QString &key) { m_entries.remove(key); }

    // Changes the entry under `key` in place, if there is one.
    template<typename Change> void update(const QString &key, Change &&change)
    {
        const auto it = m_entries.find(key);
        if (it != m_entries.end())
            change(*it);
    }

private:
    void forget(qint64 dataVersion)
    {
        if (dataVersion != m_dataVersion) {
            m_entries.clear();
            m_dataVersion = dataVersion;
        }
    }

    qsizetype m_maxEntries;
    qint64 m_dataVersion = -1;
    QHash<QString, T> m_entries;
};
