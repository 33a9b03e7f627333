#include "TaskService.h"

#include "ApiClient.h"
#include "JsonTime.h"
#include "TaskModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcTasks, "tasklane.app.tasks")

namespace {

const QString TasksPath = QStringLiteral("/v1/tasks");

QString taskPath(const QString &id)
{
    return TasksPath + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The writable fields of 13.1 that differ between `task` and `from`: a PATCH that touches only
// what the user changed, so it cannot undo someone else's change to another field.
QJsonObject changedFields(const Task &task, const Task &from)
{
    QJsonObject body;
    if (task.title != from.title)
        body.insert(QStringLiteral("title"), task.title);
    if (task.notes != from.notes)
        body.insert(QStringLiteral("notes"), task.notes);
    if (task.status != from.status)
        body.insert(QStringLiteral("status"), taskStatusName(task.status));
    if (task.priority != from.priority)
        body.insert(QStringLiteral("priority"), task.priority);
    if (task.dueDate != from.dueDate)
        body.insert(QStringLiteral("dueDate"), task.dueDate.isValid()
                                                   ? JsonTime::fromDate(task.dueDate)
                                                   : QJsonValue(QJsonValue::Null));
    if (task.labels != from.labels)
        body.insert(QStringLiteral("labels"), QJsonArray::fromStringList(task.labels));
    return body;
}

// The writable fields for POST /v1/tasks (id, version and times are the server's).
QJsonObject creationFields(const Task &task)
{
    QJsonObject body{
        {QStringLiteral("title"), task.title},
        {QStringLiteral("notes"), task.notes},
        {QStringLiteral("status"), taskStatusName(task.status)},
        {QStringLiteral("priority"), task.priority},
        {QStringLiteral("labels"), QJsonArray::fromStringList(task.labels)},
    };
    if (task.dueDate.isValid())
        body.insert(QStringLiteral("dueDate"), JsonTime::fromDate(task.dueDate));
    return body;
}

// A task object from a 2xx answer, or an error when the answer is not one.
std::optional<Task> taskFrom(const ApiResult &result, ApiError *error)
{
    const QJsonObject object = result.object();
    if (!result.json.isObject() || object.value(QStringLiteral("id")).toString().isEmpty()) {
        *error = ApiError::badResponse(
            QCoreApplication::translate("TaskService", "The server sent no task."), result.status,
            result.requestId);
        return std::nullopt;
    }
    return Task::fromJson(object);
}

} // namespace

TaskService::TaskService(ApiClient *client, TaskModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
    // Its check boxes (TaskModel::completionChangeRequested) are the composition root's to
    // connect to setDone(), so a tick is never saved twice.
    if (model)
        model->setPageSource(this);
}

TaskService::~TaskService()
{
    if (m_model && m_model->pageSource() == this)
        m_model->setPageSource(nullptr);
}

void TaskService::track(ApiCall *call, std::function<void(const ApiResult &)> handler)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    connect(call, &ApiCall::finished, this, [this, handler](const ApiResult &result) {
        handler(result);
        // After the handler: a follow-up call it started keeps the service busy without a
        // false -> true flicker.
        if (--m_pending == 0)
            emit busyChanged(false);
    });
}

void TaskService::requestPage(const TaskListQuery &query, const QString &cursor, PageCallback done)
{
    track(m_client->get(TasksPath, query.toUrlQuery(cursor)), [done](const ApiResult &result) {
        if (result.error) {
            done(TaskPage::failure(result.error->userText()));
            return;
        }
        const QJsonObject object = result.object();
        const QJsonValue items = object.value(QStringLiteral("items"));
        if (!result.json.isObject() || !items.isArray()) {
            done(TaskPage::failure(
                tr("The server answered the task list with something that is not one.")));
            return;
        }
        done(TaskPage::success(listOf<Task>(items.toArray()),
                               object.value(QStringLiteral("nextCursor")).toString()));
    });
}

std::optional<Task> TaskService::acceptTask(const ApiResult &result, const QString &id)
{
    if (result.error) {
        if (!id.isEmpty() && result.error->isHttp(404))
            removeFromModel(id); // gone from the server: gone from the list
        emit failed(*result.error);
        return std::nullopt;
    }
    ApiError error;
    std::optional<Task> task = taskFrom(result, &error);
    if (!task) {
        emit failed(error);
        return std::nullopt;
    }
    upsertIntoModel(*task);
    return task;
}

void TaskService::create(const Task &task)
{
    track(m_client->post(TasksPath, creationFields(task)), [this](const ApiResult &result) {
        if (const auto made = acceptTask(result))
            emit created(*made);
    });
}

void TaskService::save(const Task &edited, const Task &base)
{
    patch(edited, base);
}

void TaskService::saveOverwriting(const Task &edited, const Task &current)
{
    // `current` is the server's version from the conflict: its ETag lets the write through
    // unless the task changed yet again, which is another conflict.
    patch(edited, current);
}

void TaskService::patch(const Task &edited, const Task &base)
{
    const QJsonObject body = changedFields(edited, base);
    if (body.isEmpty()) {
        // Nothing to save; answered from the event loop like every other outcome.
        QMetaObject::invokeMethod(
            this, [this, base] { emit saved(base); }, Qt::QueuedConnection);
        return;
    }
    const QString id = base.id;
    track(m_client->patch(taskPath(id), body, base.etag()),
          [this, edited, id](const ApiResult &result) {
              if (result.error) {
                  const ApiError &error = *result.error;
                  if (error.isHttp(412)) {
                      qCInfo(lcTasks).noquote() << "save conflict on" << id << error.requestId;
                      fetchConflict(edited, id);
                      return;
                  }
              }
              if (const auto saved = acceptTask(result, id))
                  emit this->saved(*saved);
          });
}

void TaskService::fetchConflict(const Task &mine, const QString &id)
{
    track(m_client->get(taskPath(id)), [this, mine, id](const ApiResult &result) {
        // Deleted elsewhere (404): the row goes, and there is nothing left to conflict with.
        if (const auto theirs = acceptTask(result, id))
            emit conflict(mine, *theirs);
    });
}

void TaskService::reload(const QString &id)
{
    track(m_client->get(taskPath(id)), [this, id](const ApiResult &result) {
        if (const auto task = acceptTask(result, id))
            emit reloaded(*task);
    });
}

void TaskService::setDone(const QString &id, bool done)
{
    std::optional<Task> base;
    if (m_model && m_model->rowOf(id) >= 0)
        base = m_model->taskAt(m_model->rowOf(id));
    sendStatus(id, done ? TaskStatus::Done : TaskStatus::Open, base, false);
}

void TaskService::sendStatus(const QString &id, TaskStatus status, const std::optional<Task> &base,
                             bool retried)
{
    const QJsonObject body{{QStringLiteral("status"), taskStatusName(status)}};
    const QByteArray ifMatch = base ? base->etag() : QByteArray();
    track(m_client->patch(taskPath(id), body, ifMatch),
          [this, id, status, base, retried](const ApiResult &result) {
              if (result.error && result.error->isHttp(412)) {
                  onStatusConflict(id, status, base, retried);
                  return;
              }
              if (const auto saved = acceptTask(result, id))
                  emit this->saved(*saved);
          });
}

void TaskService::onStatusConflict(const QString &id, TaskStatus status,
                                   const std::optional<Task> &base, bool retried)
{
    // Changed elsewhere. Only the status is being written, so a change to another field is no
    // conflict; a change to the status itself is one the user must see.
    track(m_client->get(taskPath(id)), [this, id, status, base, retried](const ApiResult &result) {
        const auto theirs = acceptTask(result, id);
        if (!theirs)
            return;
        if (theirs->status == status) {
            emit saved(*theirs); // someone made the same change already
            return;
        }
        if (!retried && base && base->status == theirs->status) {
            sendStatus(id, status, theirs, true);
            return;
        }
        Task mine = *theirs;
        mine.status = status;
        emit conflict(mine, *theirs);
    });
}

void TaskService::remove(const QString &id)
{
    TaskModel::Removal removal;
    if (m_model)
        removal = m_model->removeTask(id);
    const QByteArray ifMatch = removal.isValid() ? removal.task.etag() : QByteArray();
    track(m_client->del(taskPath(id), ifMatch), [this, id, removal](const ApiResult &result) {
        // 404: it is gone either way, which is what the user asked for.
        if (result.error && !result.error->isHttp(404)) {
            qCInfo(lcTasks).noquote() << "delete failed:" << result.error->debugText();
            if (removal.isValid() && m_model)
                m_model->insertTask(removal.row, removal.task);
            if (result.error->isHttp(412))
                reload(id); // put back the current version, not the stale one
            emit failed(*result.error);
            return;
        }
        Task task = removal.task;
        if (removal.isValid())
            setLastRemoved(removal.task, removal.row);
        else
            task.id = id;
        emit removed(task);
    });
}

void TaskService::undoRemove()
{
    if (!m_lastRemoved)
        return;
    const Task task = *m_lastRemoved;
    const int row = m_lastRemovedRow;
    setLastRemoved(std::nullopt, -1);
    // A new task with the same content; ids are the server's to give.
    track(m_client->post(TasksPath, creationFields(task)),
          [this, task, row](const ApiResult &result) {
              ApiError error;
              const std::optional<Task> recreated =
                  result.error ? std::nullopt : taskFrom(result, &error);
              if (!recreated) {
                  if (!m_lastRemoved)
                      setLastRemoved(task, row); // still undoable
                  emit failed(result.error.value_or(error));
                  return;
              }
              if (m_model)
                  m_model->insertTask(row, *recreated);
              emit created(*recreated);
          });
}

void TaskService::upsertIntoModel(const Task &task)
{
    if (m_model)
        m_model->upsert(task);
}

void TaskService::removeFromModel(const QString &id)
{
    if (m_model)
        m_model->removeTask(id);
}

void TaskService::setLastRemoved(std::optional<Task> task, int row)
{
    const bool wasAvailable = m_lastRemoved.has_value();
    m_lastRemoved = std::move(task);
    m_lastRemovedRow = row;
    if (wasAvailable != m_lastRemoved.has_value())
        emit undoAvailableChanged(m_lastRemoved.has_value());
}
