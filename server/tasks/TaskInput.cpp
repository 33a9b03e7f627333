#include "TaskInput.h"

#include "http/ApiError.h"

QJsonArray TaskInput::apply(const QJsonObject &body, Task &task, bool creating)
{
    static const QStringList known{QStringLiteral("title"),   QStringLiteral("notes"),
                                   QStringLiteral("status"),  QStringLiteral("priority"),
                                   QStringLiteral("dueDate"), QStringLiteral("labels")};
    // Read-only fields a client may echo back unchanged from a GET.
    static const QStringList readOnly{QStringLiteral("id"), QStringLiteral("createdAt"),
                                      QStringLiteral("updatedAt"), QStringLiteral("version")};
    QJsonArray errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()) && !readOnly.contains(it.key()))
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    }

    if (body.contains(QStringLiteral("title"))) {
        const QJsonValue value = body.value(QStringLiteral("title"));
        const QString title = value.toString().trimmed();
        if (!value.isString() || title.isEmpty())
            errors.append(ApiError::fieldError(QStringLiteral("title"),
                                               QStringLiteral("A title is required.")));
        else if (title.size() > MaxTitleLength)
            errors.append(
                ApiError::fieldError(QStringLiteral("title"),
                                     QStringLiteral("At most %1 characters.").arg(MaxTitleLength)));
        else
            task.title = title;
    } else if (creating) {
        errors.append(
            ApiError::fieldError(QStringLiteral("title"), QStringLiteral("A title is required.")));
    }

    if (body.contains(QStringLiteral("notes"))) {
        const QJsonValue value = body.value(QStringLiteral("notes"));
        if (value.isNull())
            task.notes = QStringLiteral(""); // empty, not null: the column is NOT NULL
        else if (!value.isString())
            errors.append(
                ApiError::fieldError(QStringLiteral("notes"), QStringLiteral("Must be a string.")));
        else if (value.toString().size() > MaxNotesLength)
            errors.append(
                ApiError::fieldError(QStringLiteral("notes"),
                                     QStringLiteral("At most %1 characters.").arg(MaxNotesLength)));
        else
            task.notes = value.toString();
    }

    if (body.contains(QStringLiteral("status"))) {
        const auto status = taskStatusFromName(body.value(QStringLiteral("status")).toString());
        if (!status)
            errors.append(ApiError::fieldError(QStringLiteral("status"),
                                               QStringLiteral("One of open, in_progress, done.")));
        else
            task.status = *status;
    }

    if (body.contains(QStringLiteral("priority"))) {
        const QJsonValue value = body.value(QStringLiteral("priority"));
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<int>(number) ||
            number < Task::HighestPriority || number > Task::LowestPriority)
            errors.append(ApiError::fieldError(
                QStringLiteral("priority"),
                QStringLiteral("A whole number from 1 (highest) to 4 (lowest).")));
        else
            task.priority = static_cast<int>(number);
    }

    if (body.contains(QStringLiteral("dueDate"))) {
        const QJsonValue value = body.value(QStringLiteral("dueDate"));
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (value.isNull())
            task.dueDate = QDate();
        else if (!value.isString() || !date.isValid() || value.toString().size() != 10)
            errors.append(ApiError::fieldError(QStringLiteral("dueDate"),
                                               QStringLiteral("A date as YYYY-MM-DD, or null.")));
        else
            task.dueDate = date;
    }

    if (body.contains(QStringLiteral("labels"))) {
        const QJsonValue value = body.value(QStringLiteral("labels"));
        QStringList labels;
        bool ok = value.isArray() && value.toArray().size() <= MaxLabels;
        const auto array = value.toArray();
        for (const auto &item : array) {
            const QString label = item.toString().trimmed();
            if (!item.isString() || label.isEmpty() || label.size() > MaxLabelLength)
                ok = false;
            else if (!labels.contains(label))
                labels.append(label);
        }
        if (!ok)
            errors.append(ApiError::fieldError(
                QStringLiteral("labels"),
                QStringLiteral("An array of at most %1 labels of 1 to %2 characters.")
                    .arg(MaxLabels)
                    .arg(MaxLabelLength)));
        else
            task.labels = labels;
    }
    if (task.notes.isNull())
        task.notes = QStringLiteral(""); // a null QString would be bound as SQL NULL
    return errors;
}
