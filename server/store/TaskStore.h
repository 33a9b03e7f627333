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

struct TaskPage
{
    QList<Task> tasks;
    bool hasMore = false;
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

    // The value a task has for a sort key, as stored (for building cursors).
    static QVariant sortValue(const Task &task, TaskQuery::SortKey key);

private:
    Database &m_db;
};
