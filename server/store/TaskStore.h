#pragma once

#include "Task.h"

#include <QList>
#include <QVariant>

#include <optional>

class Database;

struct TaskQuery
{
    enum class SortKey { Updated, Created, Due, Priority, Title };

    QString ownerId;
    QList<TaskStatus> statuses; // empty: any
    QString text;               // matched against title and notes, case-insensitively
    SortKey sortKey = SortKey::Updated;
    bool descending = true;
    int limit = 50;
    // Keyset position: the sort value and id of the last task already returned.
    std::optional<QPair<QVariant, QString>> after;
};

// One page of a listing as the wire wants it: each task's stored JSON object, ready to splice
// into the response, and where the page ends for the next cursor.
struct TaskPage
{
    QList<QByteArray> items; // compact UTF-8 JSON of Task::toJson(), one per task
    bool hasMore = false;
    QVariant lastSortValue; // the last item's value for the query's sort key, as stored
    QString lastId;
};

class TaskStore
{
public:
    explicit TaskStore(Database &db);

    TaskPage list(const TaskQuery &query);
    std::optional<Task> find(const QString &ownerId, const QString &id);
    Task insert(const QString &ownerId, const Task &task);
    // Saves `task` if the stored version is still `expectedVersion`; nullopt otherwise.
    std::optional<Task> update(const QString &ownerId, const Task &task, qint64 expectedVersion);
    bool remove(const QString &ownerId, const QString &id);
    int count(const QString &ownerId);

private:
    // The JSON of a task written before migration 2 added the column, saved for next time.
    QByteArray materialiseJson(const QString &ownerId, const QString &id);
    // Every write to a user's tasks moves users.tasks_version on, in the same transaction, so
    // cached pages (TaskPageCache) of an older version are never served.
    void bumpTasksVersion(const QString &ownerId);

    Database &m_db;
};
