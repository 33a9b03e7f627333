#pragma once

#include "Task.h"

#include <QJsonArray>
#include <QJsonObject>

// Validates a JSON task body (create or partial update) field by field. Unknown fields and
// wrong types are errors, collected as VALIDATION_FAILED details: [{field, message}].
class TaskInput
{
public:
    static constexpr int MaxTitleLength = 500;
    static constexpr int MaxNotesLength = 20000;
    static constexpr int MaxLabels = 20;
    static constexpr int MaxLabelLength = 50;

    // Applies `body` to `task`; returns the errors (empty when valid).
    static QJsonArray apply(const QJsonObject &body, Task &task, bool creating);
};
