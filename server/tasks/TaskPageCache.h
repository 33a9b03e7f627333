#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

// Task list pages already written, so a client paging or polling the same listing is answered
// without running the query again. An entry is reused only while the owner's tasks_version is
// the one it was built at; every task write moves that counter on in the same transaction
// (TaskStore), whichever server instance made it, and the API guard reads it with the
// credential, so a stale page is never served and checking costs no extra query.
class TaskPageCache
{
public:
    explicit TaskPageCache(qsizetype maxBytes = 32 * 1024 * 1024);

    // The key of one listing: the owner and the list parameters as given (GET query or search
    // body), independent of their order.
    static QString key(const QString &ownerId, const QHash<QString, QJsonValue> &params);

    std::optional<QByteArray> find(const QString &key, qint64 tasksVersion) const;
    void insert(const QString &key, qint64 tasksVersion, const QByteArray &body);

private:
    struct Entry
    {
        qint64 tasksVersion;
        QByteArray body;
    };
    // Cost in KiB: QCache counts in int.
    QCache<QString, Entry> m_entries;
};
