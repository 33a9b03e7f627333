#pragma once

#include "Task.h"

#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>

// What a task listing asks the server for: the parameters of GET /v1/tasks (docs/api.md 13.3)
// minus the cursor, which belongs to the paging state of whoever walks the listing.
struct TaskListQuery
{
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxPageSize = 500;

    QString text;                   // `q`: substring of title or notes; empty = no text filter
    QList<TaskStatus> statuses;     // `status`: empty = any status
    QString sort;                   // `sort`: "updated", "-due", ...; empty = server default
    int pageSize = DefaultPageSize; // `limit`, clamped to 1..500

    // The query string of GET /v1/tasks for one page; an empty cursor asks for the first page.
    // Empty text, statuses and sort are left out so the server applies its defaults.
    QUrlQuery toUrlQuery(const QString &cursor = QString()) const;

    friend bool operator==(const TaskListQuery &, const TaskListQuery &) = default;
};

// One answer of a page source: a page of tasks, or an error.
struct TaskPage
{
    QList<Task> tasks;
    QString nextCursor; // empty: this was the last page
    QString error;      // non-empty: the request failed; tasks and nextCursor are unused
    bool failed = false;

    static TaskPage success(QList<Task> tasks, QString nextCursor);
    static TaskPage failure(QString error);
};

// Where TaskModel gets its pages from, so the model has no network code. The HTTP
// implementation lives in the app (TaskService); tests use an in-memory one.
//
// Contract: requestPage() calls `done` exactly once, on the caller's thread, either before it
// returns or later from the event loop. The caller guards against its own destruction and
// against answers to requests it no longer cares about, so implementations need not cancel.
// (TaskModel applies every page from the event loop, even one delivered before requestPage()
// returns.)
class TaskPageSource
{
public:
    using PageCallback = std::function<void(const TaskPage &page)>;

    TaskPageSource() = default;
    virtual ~TaskPageSource();
    TaskPageSource(const TaskPageSource &) = delete;
    TaskPageSource &operator=(const TaskPageSource &) = delete;

    virtual void requestPage(const TaskListQuery &query, const QString &cursor,
                             PageCallback done) = 0;
};
