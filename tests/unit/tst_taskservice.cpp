// TaskService against the real tasklane-server: TaskModel paged through it (under
// QAbstractItemModelTester for the model's whole life), create, PATCH with If-Match sending only
// what changed, 412 turned into a conflict with both versions (a second HTTP client changes the
// task in between), overwrite after a conflict, completion, and delete with undo.
#include "ApiClient.h"
#include "HttpClient.h"
#include "OAuthTestClient.h"
#include "TaskModel.h"
#include "TaskService.h"
#include "TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString Password = QStringLiteral("task-service-password");

// The app side: an ApiClient signed in with one access token, a model under the tester for as
// long as it lives, and the service as the model's page source.
struct App
{
    App(const TestServer &server, const QString &accessToken)
        : tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        , service(&client, &model)
    {
        client.setBaseUrl(server.url());
        client.setAccessTokenProvider([accessToken] { return accessToken; });
    }

    ApiClient client;
    TaskModel model;
    QAbstractItemModelTester tester;
    TaskService service;
};

// The "someone else" of the conflict tests: plain HTTP with its own session.
struct OtherClient
{
    OtherClient(const TestServer &server, const QString &accessToken)
        : base(server.baseUrl())
        , headers(HttpClient::bearer(accessToken))
    {}

    QUrl url(const QString &id = {}) const
    {
        return QUrl(base + QStringLiteral("/v1/tasks") +
                    (id.isEmpty() ? QString() : QLatin1Char('/') + id));
    }
    Task create(const QString &title)
    {
        return Task::fromJson(
            http.postJson(url(), {{QStringLiteral("title"), title}}, headers).json());
    }
    HttpClient::Reply get(const QString &id) { return http.get(url(id), headers); }
    Task current(const QString &id) { return Task::fromJson(get(id).json()); }
    Task patch(const QString &id, const QJsonObject &body)
    {
        return Task::fromJson(http.patchJson(url(id), body, headers).json());
    }
    int remove(const QString &id) { return http.send("DELETE", url(id), {}, headers).status; }

    QString base;
    HttpClient::Headers headers;
    HttpClient http;
};

Task newTask(const QString &title)
{
    Task task;
    task.title = title;
    return task;
}

} // namespace

class tst_TaskService : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    QString accessTokenFor(const QString &username)
    {
        OAuthTestClient oauth(m_server);
        return oauth.signIn(username, Password).value(QStringLiteral("access_token")).toString();
    }

    static bool settle(const TaskModel &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 30000);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Task>();
        QVERIFY(m_server.start());
        for (const char *user : {"paige", "cora", "cliff", "dina", "rob", "fay"})
            QVERIFY(m_server.createUser(QString::fromLatin1(user), Password));
    }

    void pagesWalkAListingOf120Tasks()
    {
        const QString token = accessTokenFor(QStringLiteral("paige"));
        QVERIFY(!token.isEmpty());
        OtherClient seed(m_server, token);
        QSet<QString> createdIds;
        for (int i = 1; i <= 120; ++i) {
            const Task task =
                seed.create(QStringLiteral("Task %1").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(!task.id.isEmpty());
            createdIds.insert(task.id);
        }

        App app(m_server, token);
        QSignalSpy busy(&app.service, &TaskService::busyChanged);
        QSignalSpy loading(&app.model, &TaskModel::loadingChanged);
        TaskListQuery query;
        query.sort = QStringLiteral("title");
        query.pageSize = 50;
        app.model.setQuery(query);
        QVERIFY(settle(app.model));
        QCOMPARE(app.model.rowCount(), 50); // one page, until asked for more
        QVERIFY(app.model.canFetchMore(QModelIndex()));

        int pages = 1;
        while (app.model.canFetchMore(QModelIndex())) {
            app.model.fetchMore(QModelIndex());
            QVERIFY(settle(app.model));
            QVERIFY(++pages <= 3);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(app.model.rowCount(), 120);
        QVERIFY(!app.model.hasFailed());
        QSet<QString> shownIds;
        for (int row = 0; row < app.model.rowCount(); ++row) {
            QCOMPARE(app.model.taskAt(row).title,
                     QStringLiteral("Task %1").arg(row + 1, 3, 10, QLatin1Char('0')));
            QCOMPARE(app.model.data(app.model.index(row, TaskModel::Title)).toString(),
                     app.model.taskAt(row).title);
            shownIds.insert(app.model.taskAt(row).id);
        }
        QCOMPARE(shownIds, createdIds);
        QCOMPARE(loading.size(), 6); // true, false per page

        // Busy once per page, and idle at the end.
        QVERIFY(!busy.isEmpty());
        QCOMPARE(busy.last().first().toBool(), false);
        QCOMPARE(app.service.pendingCalls(), 0);

        // The filters reach the server: "Task 11" is in Task 110 to Task 119 only.
        query.text = QStringLiteral("Task 11");
        app.model.setQuery(query);
        QVERIFY(settle(app.model));
        QCOMPARE(app.model.rowCount(), 10);
        QCOMPARE(app.model.taskAt(0).title, QStringLiteral("Task 110"));
        QVERIFY(!app.model.canFetchMore(QModelIndex()));

        // Descending, across a page boundary.
        query.text.clear();
        query.sort = QStringLiteral("-title");
        query.pageSize = 100;
        app.model.setQuery(query);
        QVERIFY(settle(app.model));
        app.model.fetchMore(QModelIndex());
        QVERIFY(settle(app.model));
        QCOMPARE(app.model.rowCount(), 120);
        QCOMPARE(app.model.taskAt(0).title, QStringLiteral("Task 120"));
        QCOMPARE(app.model.taskAt(119).title, QStringLiteral("Task 001"));
    }

    void aPageThatFailsIsReportedToTheModel()
    {
        App app(m_server, QStringLiteral("tla_not-a-token"));
        QSignalSpy loadFailed(&app.model, &TaskModel::loadFailed);
        app.model.setQuery(TaskListQuery());
        QVERIFY(loadFailed.wait(30000));
        QVERIFY(app.model.hasFailed());
        QVERIFY2(loadFailed.first().first().toString().contains(QStringLiteral("request id")),
                 qPrintable(loadFailed.first().first().toString()));
        QCOMPARE(app.model.rowCount(), 0);
    }

    void createSaveCompleteRemoveAndUndo()
    {
        const QString token = accessTokenFor(QStringLiteral("cora"));
        App app(m_server, token);
        OtherClient server(m_server, token);
        app.model.setQuery(TaskListQuery());
        QVERIFY(settle(app.model));
        QCOMPARE(app.model.rowCount(), 0);
        QSignalSpy busy(&app.service, &TaskService::busyChanged);
        QSignalSpy created(&app.service, &TaskService::created);
        QSignalSpy saved(&app.service, &TaskService::saved);
        QSignalSpy removed(&app.service, &TaskService::removed);
        QSignalSpy undo(&app.service, &TaskService::undoAvailableChanged);
        QSignalSpy failed(&app.service, &TaskService::failed);

        // Create: the server's task (id, version, times) goes into the model.
        Task draft = newTask(QStringLiteral("Buy milk"));
        draft.notes = QStringLiteral("2 litres");
        draft.priority = 2;
        draft.dueDate = QDate(2030, 1, 15);
        draft.labels = {QStringLiteral("home"), QStringLiteral("errands")};
        app.service.create(draft);
        QVERIFY(created.wait(30000));
        const Task milk = created.first().first().value<Task>();
        QVERIFY(!milk.id.isEmpty());
        QCOMPARE(milk.version, 1);
        QCOMPARE(milk.title, draft.title);
        QCOMPARE(milk.notes, draft.notes);
        QCOMPARE(milk.priority, 2);
        QCOMPARE(milk.dueDate, draft.dueDate);
        QCOMPARE(milk.labels, draft.labels);
        QCOMPARE(app.model.rowOf(milk.id), 0);
        QCOMPARE(app.model.taskAt(0), milk);
        QCOMPARE(server.get(milk.id).status, 200);
        QCOMPARE(server.get(milk.id).header("ETag"), milk.etag()); // the form If-Match sends

        // Save with If-Match.
        Task edited = milk;
        edited.notes = QStringLiteral("3 litres");
        edited.labels.append(QStringLiteral("dairy"));
        edited.dueDate = QDate();
        app.service.save(edited, milk);
        QVERIFY(saved.wait(30000));
        const Task savedMilk = saved.last().first().value<Task>();
        QCOMPARE(savedMilk.version, 2);
        QCOMPARE(savedMilk.notes, QStringLiteral("3 litres"));
        QCOMPARE(savedMilk.labels, edited.labels);
        QVERIFY(!savedMilk.dueDate.isValid()); // cleared with null
        QCOMPARE(app.model.taskAt(app.model.rowOf(milk.id)), savedMilk);
        QCOMPARE(server.current(milk.id), savedMilk);

        // Only the changed fields are sent: a field the edit did not touch is left as the
        // server has it, even when the local copy of it is wrong.
        Task staleBase = savedMilk;
        staleBase.title = QStringLiteral("A title only this client believes in");
        Task onlyPriority = staleBase;
        onlyPriority.priority = 1;
        app.service.save(onlyPriority, staleBase);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.last().first().value<Task>().title, QStringLiteral("Buy milk"));
        QCOMPARE(server.current(milk.id).priority, 1);
        QCOMPARE(server.current(milk.id).version, 3);

        // Nothing changed: nothing sent, the version stays.
        const Task three = saved.last().first().value<Task>();
        app.service.save(three, three);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.last().first().value<Task>(), three);
        QCOMPARE(server.current(milk.id).version, 3);

        // Complete and reopen.
        app.service.setDone(milk.id, true);
        QVERIFY(saved.wait(30000));
        QCOMPARE(saved.last().first().value<Task>().status, TaskStatus::Done);
        QCOMPARE(app.model.taskAt(app.model.rowOf(milk.id)).status, TaskStatus::Done);
        QCOMPARE(server.current(milk.id).status, TaskStatus::Done);
        app.service.setDone(milk.id, false);
        QVERIFY(saved.wait(30000));
        QCOMPARE(server.current(milk.id).status, TaskStatus::Open);
        QCOMPARE(app.model
                     .data(app.model.index(app.model.rowOf(milk.id), TaskModel::Title),
                           Qt::CheckStateRole)
                     .toInt(),
                 int(Qt::Unchecked));

        // Remove: the row goes at once, before the server has answered.
        app.service.create(newTask(QStringLiteral("Second")));
        QVERIFY(created.wait(30000));
        QCOMPARE(app.model.rowCount(), 2);
        const int milkRow = app.model.rowOf(milk.id);
        QCOMPARE(milkRow, 1);
        const Task beforeRemoval = app.model.taskAt(milkRow);
        QVERIFY(!app.service.canUndoRemove());
        app.service.remove(milk.id);
        QCOMPARE(app.model.rowOf(milk.id), -1);
        QCOMPARE(app.model.rowCount(), 1);
        QVERIFY(removed.wait(30000));
        QCOMPARE(removed.first().first().value<Task>(), beforeRemoval);
        QVERIFY(app.service.canUndoRemove());
        QCOMPARE(undo.size(), 1);
        QCOMPARE(undo.first().first().toBool(), true);
        QCOMPARE(server.get(milk.id).status, 404);

        // Undo: posted again as a new task, back at its old row.
        app.service.undoRemove();
        QVERIFY(!app.service.canUndoRemove());
        QCOMPARE(undo.size(), 2);
        QVERIFY(created.wait(30000));
        const Task again = created.last().first().value<Task>();
        QVERIFY(again.id != milk.id);
        QCOMPARE(again.title, beforeRemoval.title);
        QCOMPARE(again.notes, beforeRemoval.notes);
        QCOMPARE(again.priority, beforeRemoval.priority);
        QCOMPARE(again.labels, beforeRemoval.labels);
        QCOMPARE(again.dueDate, beforeRemoval.dueDate);
        QCOMPARE(again.status, beforeRemoval.status);
        QCOMPARE(app.model.rowOf(again.id), milkRow);
        QCOMPARE(server.get(again.id).status, 200);
        app.service.undoRemove(); // nothing left to undo
        QCOMPARE(app.service.pendingCalls(), 0);

        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<ApiError>().debugText()));
        QVERIFY(!busy.isEmpty());
        QCOMPARE(busy.last().first().toBool(), false);
        // Busy went up and down in pairs.
        for (int i = 0; i < busy.size(); ++i)
            QCOMPARE(busy.at(i).first().toBool(), i % 2 == 0);
    }

    void aStaleSaveIsAConflictAndOverwriteWins()
    {
        const QString token = accessTokenFor(QStringLiteral("cliff"));
        App app(m_server, token);
        OtherClient other(m_server, accessTokenFor(QStringLiteral("cliff"))); // another session
        app.model.setQuery(TaskListQuery());
        QVERIFY(settle(app.model));
        QSignalSpy created(&app.service, &TaskService::created);
        QSignalSpy saved(&app.service, &TaskService::saved);
        QSignalSpy conflict(&app.service, &TaskService::conflict);
        QSignalSpy failed(&app.service, &TaskService::failed);

        app.service.create(newTask(QStringLiteral("Plan the trip")));
        QVERIFY(created.wait(30000));
        const Task base = created.first().first().value<Task>();

        // Someone else saves first.
        const Task changed =
            other.patch(base.id, {{QStringLiteral("title"), QStringLiteral("Plan the holiday")}});
        QCOMPARE(changed.version, 2);

        Task mine = base;
        mine.notes = QStringLiteral("Trains, not planes");
        app.service.save(mine, base);
        QVERIFY(conflict.wait(30000));
        QVERIFY(saved.isEmpty());
        QVERIFY(failed.isEmpty());
        QCOMPARE(conflict.first().at(0).value<Task>(), mine); // nothing the user typed is lost
        const Task theirs = conflict.first().at(1).value<Task>();
        QCOMPARE(theirs, changed);
        QCOMPARE(app.model.taskAt(app.model.rowOf(base.id)), theirs); // the model shows the server
        QCOMPARE(other.current(base.id).notes, QString());            // and nothing was written

        // Overwrite: the user's version wins, with the current ETag.
        app.service.saveOverwriting(mine, theirs);
        QVERIFY(saved.wait(30000));
        const Task result = saved.first().first().value<Task>();
        QCOMPARE(result.version, 3);
        QCOMPARE(result.title, QStringLiteral("Plan the trip"));
        QCOMPARE(result.notes, QStringLiteral("Trains, not planes"));
        QCOMPARE(other.current(base.id), result);
        QCOMPARE(app.model.taskAt(app.model.rowOf(base.id)), result);

        // An overwrite that is itself overtaken is another conflict, never a blind write.
        Task again = result;
        again.priority = 1;
        app.service.save(again, result);
        QVERIFY(saved.wait(30000));
        const Task four = saved.last().first().value<Task>();
        other.patch(base.id, {{QStringLiteral("notes"), QStringLiteral("Planes after all")}});
        Task late = four;
        late.title = QStringLiteral("Plan the trip (final)");
        app.service.save(late, four);
        QVERIFY(conflict.wait(30000));
        const Task theirsAgain = conflict.last().at(1).value<Task>();
        other.patch(base.id, {{QStringLiteral("notes"), QStringLiteral("Boat")}});
        app.service.saveOverwriting(late, theirsAgain);
        QVERIFY(conflict.wait(30000));
        QCOMPARE(conflict.size(), 3);
        QCOMPARE(conflict.last().at(1).value<Task>().notes, QStringLiteral("Boat"));
        QCOMPARE(other.current(base.id).title, QStringLiteral("Plan the trip"));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).value<ApiError>().debugText()));
    }

    void completingMergesWithOtherChangesButNotWithAStatusChange()
    {
        const QString token = accessTokenFor(QStringLiteral("dina"));
        App app(m_server, token);
        OtherClient other(m_server, token);
        app.model.setQuery(TaskListQuery());
        QVERIFY(settle(app.model));
        QSignalSpy created(&app.service, &TaskService::created);
        QSignalSpy saved(&app.service, &TaskService::saved);
        QSignalSpy conflict(&app.service, &TaskService::conflict);
        QSignalSpy failed(&app.service, &TaskService::failed);

        app.service.create(newTask(QStringLiteral("Water the plants")));
        QVERIFY(created.wait(30000));
        const QString id = created.first().first().value<Task>().id;

        // Someone edits the notes; ticking the box here (on version 1) still completes the task
        // and keeps their notes: only the status is written.
        other.patch(id, {{QStringLiteral("notes"), QStringLiteral("Not the cactus")}});
        app.service.setDone(id, true);
        QVERIFY(saved.wait(30000));
        const Task done = saved.last().first().value<Task>();
        QCOMPARE(done.status, TaskStatus::Done);
        QCOMPARE(done.notes, QStringLiteral("Not the cactus"));
        QCOMPARE(done.version, 3);
        QCOMPARE(other.current(id), done);
        QVERIFY(conflict.isEmpty());

        // Someone changes the status itself: that the user must see.
        other.patch(id, {{QStringLiteral("status"), QStringLiteral("in_progress")}});
        app.service.setDone(id, false);
        QVERIFY(conflict.wait(30000));
        const Task mine = conflict.first().at(0).value<Task>();
        const Task theirs = conflict.first().at(1).value<Task>();
        QCOMPARE(theirs.status, TaskStatus::InProgress);
        QCOMPARE(mine.status, TaskStatus::Open);
        QCOMPARE(mine.id, id);
        QCOMPARE(mine.version, theirs.version);
        QCOMPARE(other.current(id).status, TaskStatus::InProgress);
        QCOMPARE(app.model.taskAt(app.model.rowOf(id)).status, TaskStatus::InProgress);
        QVERIFY(failed.isEmpty());
    }

    void aRefusedDeletePutsTheRowBack()
    {
        const QString token = accessTokenFor(QStringLiteral("rob"));
        App app(m_server, token);
        OtherClient other(m_server, token);
        for (const char *title : {"A", "B", "C"})
            other.create(QString::fromLatin1(title));
        TaskListQuery query;
        query.sort = QStringLiteral("title");
        app.model.setQuery(query);
        QVERIFY(settle(app.model));
        QCOMPARE(app.model.rowCount(), 3);
        const Task b = app.model.taskAt(1);
        QCOMPARE(b.title, QStringLiteral("B"));
        QSignalSpy removed(&app.service, &TaskService::removed);
        QSignalSpy failed(&app.service, &TaskService::failed);
        QSignalSpy reloaded(&app.service, &TaskService::reloaded);

        // Changed elsewhere after this client loaded it: the DELETE's If-Match fails.
        other.patch(b.id, {{QStringLiteral("notes"), QStringLiteral("Still needed")}});
        app.service.remove(b.id);
        QCOMPARE(app.model.rowOf(b.id), -1);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().value<ApiError>().isHttp(412));
        QCOMPARE(app.model.rowOf(b.id), 1); // back where it was
        QVERIFY(removed.isEmpty());
        QVERIFY(!app.service.canUndoRemove());
        QCOMPARE(other.get(b.id).status, 200);
        // ... and refreshed to what the server has now.
        // (reload() started with the failure; the synchronous HTTP above may have seen it end.)
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 30000);
        QCOMPARE(app.model.taskAt(1).notes, QStringLiteral("Still needed"));

        // A task deleted elsewhere: deleting it here is done, not an error.
        const Task a = app.model.taskAt(0);
        QCOMPARE(other.remove(a.id), 204);
        app.service.remove(a.id);
        QVERIFY(removed.wait(30000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(app.model.rowOf(a.id), -1);

        // Saving a task deleted elsewhere fails and takes its row away.
        const Task c = app.model.taskAt(app.model.rowCount() - 1);
        QCOMPARE(c.title, QStringLiteral("C"));
        QCOMPARE(other.remove(c.id), 204);
        Task edit = c;
        edit.notes = QStringLiteral("too late");
        app.service.save(edit, c);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.last().first().value<ApiError>().isHttp(404));
        QCOMPARE(app.model.rowOf(c.id), -1);
    }

    void aServerThatIsGoneIsAFailureAndTheRowComesBack()
    {
        TestServer server;
        QVERIFY(server.start());
        QVERIFY(server.createUser(QStringLiteral("fay"), Password));
        OAuthTestClient oauth(server);
        const QString token = oauth.signIn(QStringLiteral("fay"), Password)
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        App app(server, token);
        OtherClient other(server, token);
        other.create(QStringLiteral("Keep me"));
        app.model.setQuery(TaskListQuery());
        QVERIFY(settle(app.model));
        QCOMPARE(app.model.rowCount(), 1);
        const Task task = app.model.taskAt(0);

        server.stop();
        QSignalSpy failed(&app.service, &TaskService::failed);
        app.service.remove(task.id);
        QCOMPARE(app.model.rowCount(), 0);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Network);
        QCOMPARE(app.model.rowCount(), 1);
        QCOMPARE(app.model.taskAt(0), task);
        QVERIFY(!app.service.canUndoRemove());

        app.service.create(newTask(QStringLiteral("Lost?")));
        QVERIFY(failed.wait(30000));
        QCOMPARE(app.model.rowCount(), 1);
        QCOMPARE(app.service.pendingCalls(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TaskService)
#include "tst_taskservice.moc"
