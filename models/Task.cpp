#include "Task.h"

#include "JsonTime.h"

#include <QJsonArray>

QString taskStatusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return QStringLiteral("open");
    case TaskStatus::InProgress:
        return QStringLiteral("in_progress");
    case TaskStatus::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("open");
}

std::optional<TaskStatus> taskStatusFromName(const QString &name)
{
    for (auto status : {TaskStatus::Open, TaskStatus::InProgress, TaskStatus::Done}) {
        if (taskStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QJsonObject Task::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("status"), taskStatusName(status)},
        {QStringLiteral("priority"), priority},
        {QStringLiteral("dueDate"), JsonTime::fromDate(dueDate)},
        {QStringLiteral("labels"), QJsonArray::fromStringList(labels)},
        {QStringLiteral("createdAt"), JsonTime::fromDateTime(createdAt)},
        {QStringLiteral("updatedAt"), JsonTime::fromDateTime(updatedAt)},
        {QStringLiteral("version"), version},
    };
}

Task Task::fromJson(const QJsonObject &object)
{
    Task task;
    task.id = object.value(QStringLiteral("id")).toString();
    task.title = object.value(QStringLiteral("title")).toString();
    task.notes = object.value(QStringLiteral("notes")).toString();
    task.status = taskStatusFromName(object.value(QStringLiteral("status")).toString())
                      .value_or(TaskStatus::Open);
    task.priority = object.value(QStringLiteral("priority")).toInt(LowestPriority);
    task.dueDate = JsonTime::toDate(object.value(QStringLiteral("dueDate")));
    const auto labels = object.value(QStringLiteral("labels")).toArray();
    for (const auto &label : labels)
        task.labels.append(label.toString());
    task.createdAt = JsonTime::toDateTime(object.value(QStringLiteral("createdAt")));
    task.updatedAt = JsonTime::toDateTime(object.value(QStringLiteral("updatedAt")));
    task.version = object.value(QStringLiteral("version")).toInteger();
    return task;
}

QByteArray Task::etag() const
{
    return '"' + id.toLatin1() + '.' + QByteArray::number(version) + '"';
}
