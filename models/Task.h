#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

enum class TaskStatus { Open, InProgress, Done };

QString taskStatusName(TaskStatus status);
std::optional<TaskStatus> taskStatusFromName(const QString &name);

// One task as both sides of the wire see it. `version` backs the ETag used for If-Match.
struct Task
{
    static constexpr int HighestPriority = 1;
    static constexpr int LowestPriority = 4;

    QString id;
    QString title;
    QString notes;
    TaskStatus status = TaskStatus::Open;
    int priority = LowestPriority;
    QDate dueDate; // invalid: no due date
    QStringList labels;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 version = 0;

    QJsonObject toJson() const;
    static Task fromJson(const QJsonObject &object);
    QByteArray etag() const;

    friend bool operator==(const Task &, const Task &) = default;
};
