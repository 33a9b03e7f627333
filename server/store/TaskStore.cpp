#include "TaskStore.h"

#include "Database.h"
#include "Ids.h"
#include "JsonTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString Columns = QStringLiteral("id, title, notes, status, priority, due_date, labels, "
                                       "created_at, updated_at, version");
// Tasks without a due date sort after every dated one.
const QString NoDueDateSort = QStringLiteral("9999-12-31");

QString column(TaskQuery::SortKey key)
{
    switch (key) {
    case TaskQuery::SortKey::Updated:
        return QStringLiteral("updated_at");
    case TaskQuery::SortKey::Created:
        return QStringLiteral("created_at");
    case TaskQuery::SortKey::Due:
        return QStringLiteral("due_sort");
    case TaskQuery::SortKey::Priority:
        return QStringLiteral("priority");
    case TaskQuery::SortKey::Title:
        return QStringLiteral("title");
    }
    return QStringLiteral("updated_at");
}

Task fromRow(const QSqlQuery &q)
{
    Task task;
    task.id = q.value(0).toString();
    task.title = q.value(1).toString();
    task.notes = q.value(2).toString();
    task.status = taskStatusFromName(q.value(3).toString()).value_or(TaskStatus::Open);
    task.priority = q.value(4).toInt();
    task.dueDate =
        q.value(5).isNull() ? QDate() : QDate::fromString(q.value(5).toString(), Qt::ISODate);
    const auto labels = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
    for (const auto &label : labels)
        task.labels.append(label.toString());
    task.createdAt = JsonTime::fromMsecs(q.value(7).toLongLong());
    task.updatedAt = JsonTime::fromMsecs(q.value(8).toLongLong());
    task.version = q.value(9).toLongLong();
    return task;
}

QString labelsJson(const QStringList &labels)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(labels)).toJson(QJsonDocument::Compact));
}

QVariant dueDateValue(const Task &task)
{
    return task.dueDate.isValid() ? QVariant(task.dueDate.toString(Qt::ISODate)) : QVariant();
}

QString dueSort(const Task &task)
{
    return task.dueDate.isValid() ? task.dueDate.toString(Qt::ISODate) : NoDueDateSort;
}

// What the tasks.json column holds: the task as the API shows it, compact.
QString jsonText(const Task &task)
{
    return QString::fromUtf8(QJsonDocument(task.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

TaskStore::TaskStore(Database &db)
    : m_db(db)
{}

TaskPage TaskStore::list(const TaskQuery &query)
{
    // Only the stored JSON and what the cursor needs: building each task from its columns and
    // its JSON again was most of the cost of a page.
    const QString col = column(query.sortKey);
    const SqlDialect &dialect = m_db.dialect();
    QString sql = QStringLiteral("SELECT ") + dialect.textAsUtf8(QStringLiteral("id")) +
                  QStringLiteral(", ") + dialect.textAsUtf8(QStringLiteral("json")) +
                  QStringLiteral(", ") + col + QStringLiteral(" FROM tasks WHERE owner_id = ?");
    QVariantList values{query.ownerId};
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (TaskStatus status : query.statuses) {
            marks.append(QStringLiteral("?"));
            values.append(taskStatusName(status));
        }
        sql += QStringLiteral(" AND status IN (") + marks.join(QStringLiteral(", ")) +
               QLatin1Char(')');
    }
    if (!query.text.isEmpty()) {
        sql += QStringLiteral(" AND (LOWER(title) LIKE LOWER(?) ESCAPE '\\' OR LOWER(notes) LIKE "
                              "LOWER(?) ESCAPE '\\')");
        // Both sides folded by the same LOWER(): folding the pattern in Qt (full Unicode) while
        // SQLite folds only ASCII would make "Élan" miss itself.
        const QString pattern =
            QLatin1Char('%') + SqlDialect::escapeLike(query.text) + QLatin1Char('%');
        values << pattern << pattern;
    }
    const QString op = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (query.after) {
        sql += QStringLiteral(" AND (") + col + op + QStringLiteral(" ? OR (") + col +
               QStringLiteral(" = ? AND id ") + op + QStringLiteral(" ?))");
        values << query.after->first << query.after->first << query.after->second;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + col + direction + QStringLiteral(", id") + direction +
           QStringLiteral(" LIMIT ?");
    values.append(query.limit + 1);

    TaskPage page;
    page.items.reserve(query.limit);
    QList<QPair<qsizetype, QString>> unmaterialised; // item index, task id
    auto &q = m_db.exec(sql, values);
    while (q.next()) {
        if (page.items.size() == query.limit) {
            page.hasMore = true; // the one row asked for beyond the limit
            break;
        }
        const QVariant json = q.value(1);
        if (json.isNull())
            unmaterialised.append({page.items.size(), q.value(0).toString()});
        page.items.append(json.toByteArray());
        if (page.items.size() == query.limit) {
            page.lastId = q.value(0).toString();
            page.lastSortValue = q.value(2);
        }
    }
    // Backwards, so removing a task deleted meanwhile leaves the other indexes valid.
    for (auto it = unmaterialised.crbegin(); it != unmaterialised.crend(); ++it) {
        const QByteArray json = materialiseJson(query.ownerId, it->second);
        if (json.isEmpty())
            page.items.removeAt(it->first);
        else
            page.items[it->first] = json;
    }
    return page;
}

QByteArray TaskStore::materialiseJson(const QString &ownerId, const QString &id)
{
    const auto task = find(ownerId, id);
    if (!task)
        return {};
    const QString json = jsonText(*task);
    // Guarded by version: a save in between wrote its own, newer JSON.
    m_db.exec(QStringLiteral("UPDATE tasks SET json = ? WHERE id = ? AND version = ?"),
              {json, task->id, task->version});
    return json.toUtf8();
}

std::optional<Task> TaskStore::find(const QString &ownerId, const QString &id)
{
    auto &q = m_db.exec(QStringLiteral("SELECT ") + Columns +
                            QStringLiteral(" FROM tasks WHERE owner_id = ? AND id = ?"),
                        {ownerId, id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

Task TaskStore::insert(const QString &ownerId, const Task &task)
{
    Task created = task;
    created.id = Ids::make();
    const qint64 now = Clock::nowMs();
    created.createdAt = JsonTime::fromMsecs(now);
    created.updatedAt = created.createdAt;
    created.version = 1;
    m_db.transaction([&] {
        m_db.exec(QStringLiteral(
                      "INSERT INTO tasks (id, owner_id, title, notes, status, priority, due_date, "
                      "due_sort, labels, created_at, updated_at, version, json) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {created.id, ownerId, created.title, created.notes,
                   taskStatusName(created.status), created.priority, dueDateValue(created),
                   dueSort(created), labelsJson(created.labels), now, now, created.version,
                   jsonText(created)});
        bumpTasksVersion(ownerId);
    });
    return created;
}

std::optional<Task> TaskStore::update(const QString &ownerId, const Task &task,
                                      qint64 expectedVersion)
{
    Task updated = task;
    // Strictly increasing, so the ETag and the updated sort both move on every save.
    const qint64 now = std::max(Clock::nowMs(), task.updatedAt.toMSecsSinceEpoch() + 1);
    updated.updatedAt = JsonTime::fromMsecs(now);
    updated.version = expectedVersion + 1;
    const bool written = m_db.transaction([&] {
        auto &q = m_db.exec(
            QStringLiteral("UPDATE tasks SET title = ?, notes = ?, status = ?, priority = ?, "
                           "due_date = ?, due_sort = ?, labels = ?, updated_at = ?, "
                           "version = ?, json = ? WHERE owner_id = ? AND id = ? AND "
                           "version = ?"),
            {updated.title, updated.notes, taskStatusName(updated.status), updated.priority,
             dueDateValue(updated), dueSort(updated), labelsJson(updated.labels), now,
             updated.version, jsonText(updated), ownerId, updated.id, expectedVersion});
        if (q.numRowsAffected() != 1)
            return false;
        bumpTasksVersion(ownerId);
        return true;
    });
    if (!written)
        return std::nullopt;
    return updated;
}

bool TaskStore::remove(const QString &ownerId, const QString &id)
{
    return m_db.transaction([&] {
        auto &q = m_db.exec(QStringLiteral("DELETE FROM tasks WHERE owner_id = ? AND id = ?"),
                            {ownerId, id});
        if (q.numRowsAffected() != 1)
            return false;
        bumpTasksVersion(ownerId);
        return true;
    });
}

void TaskStore::bumpTasksVersion(const QString &ownerId)
{
    m_db.exec(QStringLiteral("UPDATE users SET tasks_version = tasks_version + 1 WHERE id = ?"),
              {ownerId});
}

int TaskStore::count(const QString &ownerId)
{
    auto &q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE owner_id = ?"), {ownerId});
    return q.next() ? q.value(0).toInt() : 0;
}
