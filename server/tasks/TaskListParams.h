#pragma once

#include "store/TaskStore.h"

#include <QJsonArray>
#include <QJsonObject>

// Turns the list parameters (query string of GET /v1/tasks, or the JSON of POST
// /v1/tasks/search) into a TaskQuery, and the opaque cursor back and forth.
class TaskListParams
{
public:
    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;

    // Values are strings as in a query string; statuses may be comma-separated.
    static TaskQuery parse(const QString &ownerId, const QHash<QString, QJsonValue> &values,
                           QJsonArray &errors);
    // The cursor of the page that ends at the task with this sort value (as stored) and id.
    static QString cursorAfter(const QVariant &sortValue, const QString &id,
                               const TaskQuery &query);

private:
    static QString sortName(const TaskQuery &query);
};
