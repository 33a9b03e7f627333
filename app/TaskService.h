#pragma once

#include "ApiError.h"
#include "Task.h"
#include "TaskPageSource.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ApiCall;
class ApiClient;
struct ApiResult;
class TaskModel;

// The task API (docs/api.md section 13) as model updates: pages for TaskModel (it is the
// model's TaskPageSource), create, save with If-Match, complete, delete with one-step undo.
// A 412 on save is reported as a conflict carrying both versions; nothing the user typed is
// dropped: the caller decides reload (take theirs) or overwrite (saveOverwriting).
class TaskService : public QObject, public TaskPageSource
{
    Q_OBJECT

public:
    TaskService(ApiClient *client, TaskModel *model, QObject *parent = nullptr);
    ~TaskService() override;

    // TaskPageSource: GET /v1/tasks with the query and cursor.
    void requestPage(const TaskListQuery &query, const QString &cursor, PageCallback done) override;

    // POST /v1/tasks; the created task is upserted into the model, then created() follows.
    void create(const Task &task);
    // PATCH /v1/tasks/{id} with If-Match: `base` is the version the edit started from.
    // saved() or conflict() or failed() follows.
    void save(const Task &edited, const Task &base);
    // After a conflict: PATCH with the server's current ETag, the user's fields winning.
    void saveOverwriting(const Task &edited, const Task &current);
    // GET /v1/tasks/{id}: reloaded() with the server's version (model updated).
    void reload(const QString &id);
    void setDone(const QString &id, bool done);
    // DELETE /v1/tasks/{id}; the row leaves the model at once and comes back if the server
    // refuses. removed() follows; undoRemove() recreates the last removed task.
    void remove(const QString &id);
    bool canUndoRemove() const { return m_lastRemoved.has_value(); }
    void undoRemove();

    // Calls in flight (for a busy indicator).
    int pendingCalls() const { return m_pending; }

signals:
    void created(const Task &task);
    void saved(const Task &task);
    void reloaded(const Task &task);
    void conflict(const Task &mine, const Task &theirs);
    void removed(const Task &task);
    void undoAvailableChanged(bool available);
    void failed(const ApiError &error);
    void busyChanged(bool busy);

private:
    // Counts the call as pending until `handler` has run (busyChanged on the edges).
    void track(ApiCall *call, std::function<void(const ApiResult &)> handler);
    void patch(const Task &edited, const Task &base);
    void fetchConflict(const Task &mine, const QString &id);
    // `base`: the version the tick was made on (its ETag goes into If-Match), if known.
    void sendStatus(const QString &id, TaskStatus status, const std::optional<Task> &base,
                    bool retried);
    void onStatusConflict(const QString &id, TaskStatus status, const std::optional<Task> &base,
                          bool retried);
    // The task a successful answer carries, upserted into the model. On failure: failed() is
    // emitted, the row of `id` dropped if the server says the task is gone (404), and nothing
    // returned.
    std::optional<Task> acceptTask(const ApiResult &result, const QString &id = QString());
    void upsertIntoModel(const Task &task);
    void removeFromModel(const QString &id);
    void setLastRemoved(std::optional<Task> task, int row);

    ApiClient *m_client;
    QPointer<TaskModel> m_model;
    std::optional<Task> m_lastRemoved;
    int m_pending = 0;

    int m_lastRemovedRow = -1; // where m_lastRemoved was in the model
};
