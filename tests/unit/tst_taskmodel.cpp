// TaskModel: roles, paging through a page source, and the id -> row index under edits.
#include "TaskModel.h"
#include "TaskPageSource.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

Task makeTask(int n, TaskStatus status = TaskStatus::Open)
{
    Task task;
    task.id = QStringLiteral("task-%1").arg(n, 6, 10, QLatin1Char('0'));
    task.title = QStringLiteral("Task number %1").arg(n);
    task.status = status;
    task.priority = 1 + n % 4;
    task.version = 1;
    task.createdAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(n);
    task.updatedAt = task.createdAt;
    return task;
}

QList<Task> makeTasks(int count)
{
    QList<Task> tasks;
    for (int i = 0; i < count; ++i)
        tasks.append(makeTask(i));
    return tasks;
}

// A real page source over a list in memory: the cursor is the index of the next task. It answers
// at once, or (deferred) only when the test calls answerNext(), like a network would.
class InMemoryPageSource : public TaskPageSource
{
public:
    explicit InMemoryPageSource(QList<Task> tasks, bool deferred = false)
        : m_tasks(std::move(tasks))
        , m_deferred(deferred)
    {}

    void requestPage(const TaskListQuery &query, const QString &cursor, PageCallback done) override
    {
        m_requests.append({query, cursor});
        Pending pending{query, cursor, std::move(done)};
        if (m_deferred)
            m_pending.append(std::move(pending));
        else
            answer(pending);
    }

    // Answers the oldest open request; false when none is open.
    bool answerNext()
    {
        if (m_pending.isEmpty())
            return false;
        const Pending pending = m_pending.takeFirst();
        answer(pending);
        return true;
    }

    void failNextRequest(const QString &message) { m_failure = message; }
    qsizetype pendingCount() const { return m_pending.size(); }
    QStringList requestedCursors() const
    {
        QStringList cursors;
        for (const auto &request : m_requests)
            cursors.append(request.second);
        return cursors;
    }
    QList<QPair<TaskListQuery, QString>> requests() const { return m_requests; }

private:
    struct Pending
    {
        TaskListQuery query;
        QString cursor;
        PageCallback done;
    };

    void answer(const Pending &pending)
    {
        if (!m_failure.isEmpty()) {
            const QString message = std::exchange(m_failure, QString());
            pending.done(TaskPage::failure(message));
            return;
        }
        bool ok = true;
        const qsizetype start = pending.cursor.isEmpty() ? 0 : pending.cursor.toLongLong(&ok);
        if (!ok || start < 0 || start > m_tasks.size()) {
            pending.done(TaskPage::failure(QStringLiteral("Not a cursor from this listing.")));
            return;
        }
        QList<Task> page;
        qsizetype next = start;
        while (next < m_tasks.size() && page.size() < pending.query.pageSize) {
            const Task &task = m_tasks.at(next++);
            if (pending.query.statuses.isEmpty() || pending.query.statuses.contains(task.status))
                page.append(task);
        }
        pending.done(
            TaskPage::success(page, next < m_tasks.size() ? QString::number(next) : QString()));
    }

    QList<Task> m_tasks;
    bool m_deferred = false;
    QString m_failure;
    QList<Pending> m_pending;
    QList<QPair<TaskListQuery, QString>> m_requests;
};

// The model and its tester, created together so the tester sees the model's whole life.
struct TestedModel
{
    explicit TestedModel(TaskPageSource *source = nullptr)
        : model(std::make_unique<TaskModel>(source))
        , tester(std::make_unique<QAbstractItemModelTester>(
              model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest))
    {}
    ~TestedModel()
    {
        tester.reset();
        model.reset();
    }
    TestedModel(const TestedModel &) = delete;
    TestedModel &operator=(const TestedModel &) = delete;

    std::unique_ptr<TaskModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// The model applies pages from the event loop, even those a source delivers at once.
void settle()
{
    QCoreApplication::processEvents();
}

QStringList idsOf(const TaskModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.taskAt(row).id);
    return ids;
}

QStringList idsOf(const QList<Task> &tasks)
{
    QStringList ids;
    for (const Task &task : tasks)
        ids.append(task.id);
    return ids;
}

TaskListQuery pagedQuery(int pageSize)
{
    TaskListQuery query;
    query.pageSize = pageSize;
    return query;
}

} // namespace

class tst_TaskModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndHeaders()
    {
        TestedModel t;
        QCOMPARE(t.model->columnCount(), int(TaskModel::ColumnCount));
        QCOMPARE(t.model->rowCount(), 0);
        for (int column = 0; column < TaskModel::ColumnCount; ++column)
            QVERIFY(!t.model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(t.model->headerData(TaskModel::Title, Qt::Horizontal).toString(),
                 QStringLiteral("Title"));
        QVERIFY(!t.model->canFetchMore(QModelIndex())); // no page source
    }

    void displayAndRoles()
    {
        TestedModel t;
        Task task = makeTask(7, TaskStatus::InProgress);
        task.title = QStringLiteral("Return the Drill");
        task.notes = QStringLiteral("Bring the RECEIPT");
        task.labels = {QStringLiteral("Home"), QStringLiteral("errands")};
        task.priority = 2;
        task.dueDate = QDate(2026, 5, 10);
        task.version = 3;
        t.model->setTasks({task, makeTask(8, TaskStatus::Done)});
        QCOMPARE(t.model->rowCount(), 2);

        const auto at = [&](int row, int column, int role) {
            return t.model->index(row, column).data(role);
        };
        QCOMPARE(at(0, TaskModel::Title, Qt::DisplayRole).toString(), task.title);
        QCOMPARE(at(0, TaskModel::Title, Qt::ToolTipRole).toString(), task.notes);
        QCOMPARE(at(0, TaskModel::Status, Qt::DisplayRole).toString(),
                 QStringLiteral("In progress"));
        QCOMPARE(at(0, TaskModel::Priority, Qt::DisplayRole).toString(), QStringLiteral("High"));
        QCOMPARE(at(0, TaskModel::Priority, Qt::EditRole).toInt(), 2);
        QVERIFY(!at(0, TaskModel::DueDate, Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(at(0, TaskModel::DueDate, Qt::EditRole).toDate(), task.dueDate);
        QCOMPARE(at(1, TaskModel::DueDate, Qt::DisplayRole).toString(), QString());
        QCOMPARE(at(0, TaskModel::Labels, Qt::DisplayRole).toString(),
                 QStringLiteral("Home, errands"));
        QCOMPARE(at(0, TaskModel::Labels, Qt::EditRole).toStringList(), task.labels);
        QVERIFY(!at(0, TaskModel::Updated, Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(at(0, TaskModel::Updated, Qt::EditRole).toDateTime(), task.updatedAt);

        QCOMPARE(at(0, TaskModel::Status, TaskModel::TaskRole).value<Task>(), task);
        QCOMPARE(at(0, TaskModel::Title, TaskModel::IdRole).toString(), task.id);
        QCOMPARE(at(0, TaskModel::Title, TaskModel::EtagRole).toByteArray(), task.etag());
        const QString search = at(0, TaskModel::Title, TaskModel::SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("return the drill")));
        QVERIFY(search.contains(QStringLiteral("bring the receipt")));
        QVERIFY(search.contains(QStringLiteral("home")));
        QCOMPARE(search, t.model->searchTextAt(0));
    }

    void checkStateReflectsDone()
    {
        TestedModel t;
        t.model->setTasks({makeTask(1, TaskStatus::Open), makeTask(2, TaskStatus::Done),
                           makeTask(3, TaskStatus::InProgress)});
        const auto state = [&](int row) {
            return t.model->index(row, TaskModel::Title).data(Qt::CheckStateRole).toInt();
        };
        QCOMPARE(state(0), int(Qt::Unchecked));
        QCOMPARE(state(1), int(Qt::Checked));
        QCOMPARE(state(2), int(Qt::Unchecked));
        QVERIFY(!t.model->index(1, TaskModel::Status).data(Qt::CheckStateRole).isValid());
        QVERIFY(t.model->flags(t.model->index(0, TaskModel::Title)) & Qt::ItemIsUserCheckable);

        Task done = t.model->taskAt(0);
        done.status = TaskStatus::Done;
        t.model->upsert(done);
        QCOMPARE(state(0), int(Qt::Checked));
    }

    void tickingRequestsCompletionWithoutChangingTheTask()
    {
        TestedModel t;
        t.model->setTasks({makeTask(1), makeTask(2, TaskStatus::Done)});
        QSignalSpy requested(t.model.get(), &TaskModel::completionChangeRequested);
        QVERIFY(!t.model->setData(t.model->index(0, TaskModel::Title), Qt::Checked,
                                  Qt::CheckStateRole));
        QVERIFY(!t.model->setData(t.model->index(1, TaskModel::Title), Qt::Unchecked,
                                  Qt::CheckStateRole));
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(0).at(0).toString(), makeTask(1).id);
        QCOMPARE(requested.at(0).at(1).toBool(), true);
        QCOMPARE(requested.at(1).at(1).toBool(), false);
        QCOMPARE(t.model->taskAt(0).status, TaskStatus::Open);
    }

    void queryToUrlQuery()
    {
        TaskListQuery query;
        QCOMPARE(query.toUrlQuery().query(QUrl::FullyEncoded), QStringLiteral("limit=50"));

        query.text = QStringLiteral("  c++ 100% & more=yes  ");
        query.statuses = {TaskStatus::Open, TaskStatus::InProgress, TaskStatus::Open};
        query.sort = QStringLiteral("-due");
        query.pageSize = 1000;
        const QUrlQuery url = query.toUrlQuery(QStringLiteral("eyJpZCI6Ij"));
        QCOMPARE(url.queryItemValue(QStringLiteral("status")), QStringLiteral("open,in_progress"));
        QCOMPARE(url.queryItemValue(QStringLiteral("sort")), QStringLiteral("-due"));
        QCOMPARE(url.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
        QCOMPARE(url.queryItemValue(QStringLiteral("cursor")), QStringLiteral("eyJpZCI6Ij"));
        QCOMPARE(url.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("c++ 100% & more=yes"));
        // The server decodes '+' as a space, so a literal plus must travel as %2B.
        const QString encoded = url.query(QUrl::FullyEncoded);
        QVERIFY2(encoded.contains(QStringLiteral("q=c%2B%2B%20100%25%20%26%20more%3Dyes")),
                 qPrintable(encoded));

        query.pageSize = 0;
        QCOMPARE(query.toUrlQuery().queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
    }

    void fetchMoreLoadsEveryTaskOnceInOrder()
    {
        const QList<Task> all = makeTasks(237);
        InMemoryPageSource source(all);
        TestedModel t(&source);
        QSignalSpy loading(t.model.get(), &TaskModel::loadingChanged);

        t.model->setQuery(pagedQuery(20));
        QVERIFY(t.model->isLoading());
        QCOMPARE(t.model->rowCount(), 0); // fetchMore() never changes rows before it returns
        settle();
        QCOMPARE(t.model->rowCount(), 20); // page 1 only
        int calls = 0;
        while (t.model->canFetchMore(QModelIndex())) {
            t.model->fetchMore(QModelIndex());
            t.model->fetchMore(QModelIndex()); // in flight: asks for nothing
            settle();
            QVERIFY(++calls < 100);
        }
        // Extra calls once everything is loaded ask for nothing.
        t.model->fetchMore(QModelIndex());
        t.model->fetchMore(QModelIndex());

        QCOMPARE(idsOf(*t.model), idsOf(all));
        QCOMPARE(source.requestedCursors().size(), 12); // ceil(237 / 20)
        QCOMPARE(source.requestedCursors().first(), QString());
        for (int i = 1; i < 12; ++i)
            QCOMPARE(source.requestedCursors().at(i), QString::number(i * 20));
        QVERIFY(!t.model->hasMorePages());
        QVERIFY(!t.model->isLoading());
        QCOMPARE(loading.size(), 24); // true, false per page
        for (int row = 0; row < t.model->rowCount(); ++row)
            QCOMPARE(t.model->rowOf(all.at(row).id), row);
    }

    void noDuplicateRequestWhileInFlight()
    {
        const QList<Task> all = makeTasks(95);
        InMemoryPageSource source(all, true);
        TestedModel t(&source);
        QSignalSpy loading(t.model.get(), &TaskModel::loadingChanged);

        t.model->setQuery(pagedQuery(30));
        QCOMPARE(source.pendingCount(), 1);
        QVERIFY(t.model->isLoading());
        QCOMPARE(loading.size(), 1);
        QVERIFY(!t.model->canFetchMore(QModelIndex()));
        for (int i = 0; i < 5; ++i)
            t.model->fetchMore(QModelIndex());
        QCOMPARE(source.pendingCount(), 1);

        int answered = 0;
        while (source.answerNext()) {
            settle();
            ++answered;
            QVERIFY(!t.model->isLoading());
            t.model->fetchMore(QModelIndex());
            t.model->fetchMore(QModelIndex());
            QVERIFY(source.pendingCount() <= 1);
        }
        QCOMPARE(answered, 4);
        QCOMPARE(idsOf(*t.model), idsOf(all));
        QCOMPARE(source.requestedCursors(),
                 QStringList({QString(), QStringLiteral("30"), QStringLiteral("60"),
                              QStringLiteral("90")}));
    }

    void errorsSurfaceAndRetryResumes()
    {
        const QList<Task> all = makeTasks(50);
        InMemoryPageSource source(all, true);
        TestedModel t(&source);
        QSignalSpy failed(t.model.get(), &TaskModel::loadFailed);

        t.model->setQuery(pagedQuery(20));
        QVERIFY(source.answerNext());
        settle();
        QCOMPARE(t.model->rowCount(), 20);

        source.failNextRequest(QStringLiteral("The server could not be reached."));
        t.model->fetchMore(QModelIndex());
        QVERIFY(source.answerNext());
        settle();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("The server could not be reached."));
        QCOMPARE(t.model->lastError(), QStringLiteral("The server could not be reached."));
        QVERIFY(t.model->hasFailed());
        QVERIFY(!t.model->isLoading());
        QCOMPARE(t.model->rowCount(), 20);
        // A view scrolling to the end again must not hammer a failing server.
        QVERIFY(!t.model->canFetchMore(QModelIndex()));
        t.model->fetchMore(QModelIndex());
        QCOMPARE(source.pendingCount(), 0);

        t.model->retry();
        QCOMPARE(source.pendingCount(), 1);
        QVERIFY(source.answerNext());
        settle();
        t.model->fetchMore(QModelIndex());
        QVERIFY(source.answerNext());
        settle();
        QVERIFY(!source.answerNext());
        QCOMPARE(idsOf(*t.model), idsOf(all));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(source.requestedCursors(),
                 QStringList({QString(), QStringLiteral("20"), QStringLiteral("20"),
                              QStringLiteral("40")}));
    }

    void setQueryDropsAnswersToTheOldQuery()
    {
        const QList<Task> all = makeTasks(40);
        InMemoryPageSource source(all, true);
        TestedModel t(&source);

        t.model->setQuery(pagedQuery(10));
        TaskListQuery doneOnly = pagedQuery(10);
        doneOnly.statuses = {TaskStatus::Done};
        t.model->setQuery(doneOnly);
        QCOMPARE(source.pendingCount(), 2);
        QVERIFY(source.answerNext());
        settle(); // the old query's page: dropped
        QCOMPARE(t.model->rowCount(), 0);
        QVERIFY(t.model->isLoading());
        QVERIFY(source.answerNext());
        settle();
        QVERIFY(!t.model->isLoading());
        QCOMPARE(t.model->rowCount(), 0); // no task is done
        QCOMPARE(t.model->query(), doneOnly);
        QCOMPARE(source.requests().last().first.statuses, QList<TaskStatus>{TaskStatus::Done});
        QCOMPARE(source.requests().size(), 2);
    }

    void answerAfterModelIsGoneIsIgnored()
    {
        InMemoryPageSource source(makeTasks(10), true);
        {
            TestedModel t(&source);
            t.model->setQuery(pagedQuery(5));
        }
        QVERIFY(source.answerNext());
        settle(); // must not crash
    }

    void pageWithAKnownTaskUpdatesItInPlace()
    {
        QList<Task> all = makeTasks(30);
        InMemoryPageSource source(all, true);
        TestedModel t(&source);
        t.model->setQuery(pagedQuery(10));
        QVERIFY(source.answerNext());
        settle();

        // Created here while paging; the server lists it again on page 3.
        Task created = all.at(25);
        created.title = QStringLiteral("old copy");
        QCOMPARE(t.model->upsert(created), 0);
        t.model->fetchMore(QModelIndex());
        QVERIFY(source.answerNext());
        settle();
        t.model->fetchMore(QModelIndex());
        QVERIFY(source.answerNext());
        settle();

        QCOMPARE(t.model->rowCount(), 30);
        QCOMPARE(t.model->rowOf(all.at(25).id), 0);
        QCOMPARE(t.model->taskAt(0).title, all.at(25).title);
        QStringList ids = idsOf(*t.model);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 30);
    }

    void upsertUpdatesInPlaceAndSignalsOneRow()
    {
        TestedModel t;
        t.model->setTasks(makeTasks(10));
        QSignalSpy changed(t.model.get(), &TaskModel::dataChanged);
        QSignalSpy inserted(t.model.get(), &TaskModel::rowsInserted);

        Task task = t.model->taskAt(4);
        task.title = QStringLiteral("Renamed");
        task.version = 2;
        QCOMPARE(t.model->upsert(task), 4);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 4);
        QCOMPARE(bottomRight.row(), 4);
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), TaskModel::ColumnCount - 1);
        QCOMPARE(t.model->taskAt(4).title, QStringLiteral("Renamed"));
        QCOMPARE(t.model->index(4, 0).data(TaskModel::EtagRole).toByteArray(), task.etag());

        QCOMPARE(t.model->upsert(makeTask(100)), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(t.model->rowCount(), 11);
        QCOMPARE(t.model->rowOf(makeTask(100).id), 0);
        QCOMPARE(t.model->rowOf(task.id), 5);
    }

    void removeReturnsTaskAndRowForUndo()
    {
        TestedModel t;
        const QList<Task> all = makeTasks(8);
        t.model->setTasks(all);

        const TaskModel::Removal removal = t.model->removeTask(t.model->taskAt(5).id);
        QVERIFY(removal.isValid());
        QCOMPARE(removal.row, 5);
        QCOMPARE(removal.task, all.at(5));
        QCOMPARE(t.model->rowCount(), 7);
        QCOMPARE(t.model->rowOf(all.at(5).id), -1);
        QCOMPARE(t.model->rowOf(all.at(6).id), 5);

        QVERIFY(!t.model->removeTask(QStringLiteral("no-such-task")).isValid());
        QCOMPARE(t.model->removeTask(QStringLiteral("no-such-task")).row, -1);

        QCOMPARE(t.model->insertTask(removal.row, removal.task), 5);
        QCOMPARE(idsOf(*t.model), idsOf(all));
    }

    void setTasksKeepsOneRowPerId()
    {
        TestedModel t;
        Task first = makeTask(1);
        Task again = first;
        again.title = QStringLiteral("newer");
        t.model->setTasks({first, makeTask(2), again});
        QCOMPARE(t.model->rowCount(), 2);
        QCOMPARE(t.model->rowOf(first.id), 0);
        QCOMPARE(t.model->taskAt(0).title, QStringLiteral("newer"));
        t.model->clear();
        QCOMPARE(t.model->rowCount(), 0);
        QCOMPARE(t.model->rowOf(first.id), -1);
    }

    void rowOfStaysCorrectAfterManyOperations()
    {
        TestedModel t;
        QList<Task> expected = makeTasks(200);
        t.model->setTasks(expected);
        QRandomGenerator random(20261122);
        int next = 1000;

        for (int step = 0; step < 3000; ++step) {
            const int op = random.bounded(5);
            if (op == 0 || expected.isEmpty()) { // new task at the top
                const Task task = makeTask(next++);
                QCOMPARE(t.model->upsert(task), 0);
                expected.prepend(task);
            } else if (op == 1) { // update in place
                const int row = random.bounded(int(expected.size()));
                Task task = expected.at(row);
                task.version += 1;
                task.title = QStringLiteral("edit %1").arg(step);
                QCOMPARE(t.model->upsert(task), row);
                expected[row] = task;
            } else if (op == 2) { // remove
                const int row = random.bounded(int(expected.size()));
                const auto removal = t.model->removeTask(expected.at(row).id);
                QCOMPARE(removal.row, row);
                QCOMPARE(removal.task, expected.at(row));
                expected.removeAt(row);
            } else if (op == 3) { // remove and undo
                const int row = random.bounded(int(expected.size()));
                const auto removal = t.model->removeTask(expected.at(row).id);
                QCOMPARE(t.model->insertTask(removal.row, removal.task), row);
            } else { // insert in the middle
                const int row = random.bounded(int(expected.size()) + 1);
                const Task task = makeTask(next++);
                QCOMPARE(t.model->insertTask(row, task), row);
                expected.insert(row, task);
            }
            QCOMPARE(t.model->rowCount(), int(expected.size()));
            if (!expected.isEmpty()) {
                const int probe = random.bounded(int(expected.size()));
                QCOMPARE(t.model->rowOf(expected.at(probe).id), probe);
            }
        }
        QCOMPARE(idsOf(*t.model), idsOf(expected));
        for (int row = 0; row < expected.size(); ++row) {
            QCOMPARE(t.model->rowOf(expected.at(row).id), row);
            QCOMPARE(t.model->taskAt(row), expected.at(row));
        }
    }
};

QTEST_GUILESS_MAIN(tst_TaskModel)
#include "tst_taskmodel.moc"
