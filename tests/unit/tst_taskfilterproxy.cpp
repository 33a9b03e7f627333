// TaskFilterProxy: text and status filters, sorting with tie-breaks, following source edits.
#include "TaskFilterProxy.h"
#include "TaskModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

Task makeTask(const QString &id, const QString &title)
{
    Task task;
    task.id = id;
    task.title = title;
    task.version = 1;
    task.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    task.updatedAt = task.createdAt;
    return task;
}

// Model, proxy and a tester for each, created together so each tester sees its model's
// whole life.
struct Fixture
{
    Fixture()
        : model(std::make_unique<TaskModel>())
        , modelTester(std::make_unique<QAbstractItemModelTester>(
              model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest))
        , proxy(std::make_unique<TaskFilterProxy>())
        , proxyTester(std::make_unique<QAbstractItemModelTester>(
              proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest))
    {
        proxy->setSourceModel(model.get());
    }
    ~Fixture()
    {
        proxyTester.reset();
        proxy.reset();
        modelTester.reset();
        model.reset();
    }
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;

    QStringList ids() const
    {
        QStringList result;
        for (int row = 0; row < proxy->rowCount(); ++row)
            result.append(proxy->index(row, TaskModel::Title).data(TaskModel::IdRole).toString());
        return result;
    }

    std::unique_ptr<TaskModel> model;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<TaskFilterProxy> proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_TaskFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void textFilterMatchesTitleNotesAndLabelsIgnoringCase()
    {
        Fixture f;
        Task a = makeTask(QStringLiteral("a"), QStringLiteral("Pay the TAXES"));
        Task b = makeTask(QStringLiteral("b"), QStringLiteral("Walk the dog"));
        b.notes = QStringLiteral("Around the lake, then the Taxi stand");
        Task c = makeTask(QStringLiteral("c"), QStringLiteral("Call mum"));
        c.labels = {QStringLiteral("Family"), QStringLiteral("TaskForce")};
        Task d = makeTask(QStringLiteral("d"), QStringLiteral("Groceries"));
        f.model->setTasks({a, b, c, d});

        f.proxy->setFilterText(QStringLiteral("ta"));
        QCOMPARE(sorted(f.ids()),
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        f.proxy->setFilterText(QStringLiteral("TAX"));
        QCOMPARE(sorted(f.ids()), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        f.proxy->setFilterText(QStringLiteral("  taskforce "));
        QCOMPARE(f.ids(), QStringList({QStringLiteral("c")}));
        QCOMPARE(f.proxy->filterText(), QStringLiteral("  taskforce "));
        f.proxy->setFilterText(QStringLiteral("nothing like this"));
        QCOMPARE(f.proxy->rowCount(), 0);
        f.proxy->setFilterText(QString());
        QCOMPARE(f.proxy->rowCount(), 4);
    }

    void statusFilter()
    {
        Fixture f;
        Task open = makeTask(QStringLiteral("open"), QStringLiteral("one"));
        Task busy = makeTask(QStringLiteral("busy"), QStringLiteral("two"));
        busy.status = TaskStatus::InProgress;
        Task done = makeTask(QStringLiteral("done"), QStringLiteral("three"));
        done.status = TaskStatus::Done;
        f.model->setTasks({open, busy, done});

        f.proxy->setStatusFilter({TaskStatus::Done});
        QCOMPARE(f.ids(), QStringList({QStringLiteral("done")}));
        QCOMPARE(f.proxy->statusFilter(), QList<TaskStatus>{TaskStatus::Done});
        f.proxy->setStatusFilter({TaskStatus::Open, TaskStatus::InProgress});
        QCOMPARE(sorted(f.ids()), QStringList({QStringLiteral("busy"), QStringLiteral("open")}));

        // Combined with text: both must match.
        f.proxy->setFilterText(QStringLiteral("t"));
        QCOMPARE(f.ids(), QStringList({QStringLiteral("busy")}));
        f.proxy->setStatusFilter({});
        QCOMPARE(sorted(f.ids()), QStringList({QStringLiteral("busy"), QStringLiteral("done")}));
        QVERIFY(f.proxy->statusFilter().isEmpty());
    }

    void sortByDueDateUndatedLastBothWays()
    {
        Fixture f;
        Task early = makeTask(QStringLiteral("early"), QStringLiteral("e"));
        early.dueDate = QDate(2026, 4, 1);
        Task late = makeTask(QStringLiteral("late"), QStringLiteral("l"));
        late.dueDate = QDate(2026, 9, 1);
        Task none1 = makeTask(QStringLiteral("none1"), QStringLiteral("n"));
        none1.priority = 1;
        Task none2 = makeTask(QStringLiteral("none2"), QStringLiteral("n"));
        none2.priority = 3;
        Task sameDayUrgent = makeTask(QStringLiteral("urgent"), QStringLiteral("u"));
        sameDayUrgent.dueDate = QDate(2026, 9, 1);
        sameDayUrgent.priority = 1;
        f.model->setTasks({none2, late, none1, early, sameDayUrgent});

        f.proxy->sort(TaskModel::DueDate, Qt::AscendingOrder);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("early"), QStringLiteral("urgent"),
                                       QStringLiteral("late"), QStringLiteral("none1"),
                                       QStringLiteral("none2")}));
        // Descending: latest first, undated still last, tie-breaks unchanged.
        f.proxy->sort(TaskModel::DueDate, Qt::DescendingOrder);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("urgent"), QStringLiteral("late"),
                                       QStringLiteral("early"), QStringLiteral("none1"),
                                       QStringLiteral("none2")}));
    }

    void sortByPriorityThenDueThenNewest()
    {
        Fixture f;
        const QDateTime base(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        Task p1 = makeTask(QStringLiteral("p1"), QStringLiteral("x"));
        p1.priority = 1;
        Task p2Due = makeTask(QStringLiteral("p2due"), QStringLiteral("x"));
        p2Due.priority = 2;
        p2Due.dueDate = QDate(2026, 5, 1);
        Task p2Old = makeTask(QStringLiteral("p2old"), QStringLiteral("x"));
        p2Old.priority = 2;
        p2Old.updatedAt = base.addDays(-3);
        Task p2New = makeTask(QStringLiteral("p2new"), QStringLiteral("x"));
        p2New.priority = 2;
        p2New.updatedAt = base.addDays(3);
        Task p4 = makeTask(QStringLiteral("p4"), QStringLiteral("x"));
        p4.priority = 4;
        f.model->setTasks({p4, p2Old, p2New, p1, p2Due});

        f.proxy->sort(TaskModel::Priority, Qt::AscendingOrder);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("p1"), QStringLiteral("p2due"),
                                       QStringLiteral("p2new"), QStringLiteral("p2old"),
                                       QStringLiteral("p4")}));
        f.proxy->sort(TaskModel::Priority, Qt::DescendingOrder);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("p4"), QStringLiteral("p2due"),
                                       QStringLiteral("p2new"), QStringLiteral("p2old"),
                                       QStringLiteral("p1")}));
    }

    void sortByUpdatedThenId()
    {
        Fixture f;
        const QDateTime base(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QList<Task> tasks;
        for (const auto &[id, days] : {std::pair{"b", 1}, {"a", 1}, {"c", 5}, {"d", -2}}) {
            Task task = makeTask(QString::fromLatin1(id), QStringLiteral("same"));
            task.updatedAt = base.addDays(days);
            tasks.append(task);
        }
        f.model->setTasks(tasks);
        f.proxy->sort(TaskModel::Updated, Qt::DescendingOrder);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("c"), QStringLiteral("a"),
                                       QStringLiteral("b"), QStringLiteral("d")}));
        f.proxy->sort(TaskModel::Updated, Qt::AscendingOrder);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("d"), QStringLiteral("a"),
                                       QStringLiteral("b"), QStringLiteral("c")}));
    }

    void followsSourceEdits()
    {
        Fixture f;
        Task milk = makeTask(QStringLiteral("milk"), QStringLiteral("Buy milk"));
        milk.dueDate = QDate(2026, 4, 2);
        Task bread = makeTask(QStringLiteral("bread"), QStringLiteral("Buy bread"));
        bread.dueDate = QDate(2026, 4, 5);
        Task call = makeTask(QStringLiteral("call"), QStringLiteral("Call the bank"));
        f.model->setTasks({milk, bread, call});
        f.proxy->setFilterText(QStringLiteral("buy"));
        f.proxy->sort(TaskModel::DueDate, Qt::AscendingOrder);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("milk"), QStringLiteral("bread")}));

        bread.dueDate = QDate(2026, 4, 1); // moves up
        f.model->upsert(bread);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("bread"), QStringLiteral("milk")}));

        call.title = QStringLiteral("Buy a present"); // now matches, undated: last
        f.model->upsert(call);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("bread"), QStringLiteral("milk"),
                                       QStringLiteral("call")}));

        Task eggs = makeTask(QStringLiteral("eggs"), QStringLiteral("Buy eggs"));
        eggs.dueDate = QDate(2026, 4, 3);
        f.model->upsert(eggs);
        QCOMPARE(f.ids(), QStringList({QStringLiteral("bread"), QStringLiteral("milk"),
                                       QStringLiteral("eggs"), QStringLiteral("call")}));

        f.model->removeTask(QStringLiteral("milk"));
        QCOMPARE(f.ids(), QStringList({QStringLiteral("bread"), QStringLiteral("eggs"),
                                       QStringLiteral("call")}));
        QCOMPARE(f.proxy->taskAt(1).id, QStringLiteral("eggs"));
    }

    void keystrokesMatchABruteForceFilter()
    {
        Fixture f;
        const QStringList words = {QStringLiteral("tax"),    QStringLiteral("Task"),
                                   QStringLiteral("data"),   QStringLiteral("STATUS"),
                                   QStringLiteral("report"), QStringLiteral("tea"),
                                   QStringLiteral("plan"),   QStringLiteral("Über")};
        QRandomGenerator random(42);
        QList<Task> tasks;
        for (int i = 0; i < 2000; ++i) {
            Task task = makeTask(QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0')),
                                 words.at(random.bounded(int(words.size()))) + QLatin1Char(' ') +
                                     words.at(random.bounded(int(words.size()))));
            if (random.bounded(3) == 0)
                task.dueDate = QDate(2026, 1, 1).addDays(random.bounded(60));
            task.priority = 1 + random.bounded(4);
            task.status = TaskStatus(random.bounded(3));
            if (random.bounded(4) == 0)
                task.labels = {words.at(random.bounded(int(words.size())))};
            tasks.append(task);
        }
        f.model->setTasks(tasks);
        f.proxy->sort(TaskModel::DueDate, Qt::AscendingOrder);

        const auto expected = [&](const QString &needle, const QList<TaskStatus> &statuses) {
            QList<Task> matching;
            for (const Task &task : tasks) {
                const bool text =
                    task.title.contains(needle, Qt::CaseInsensitive) ||
                    task.notes.contains(needle, Qt::CaseInsensitive) ||
                    std::any_of(task.labels.cbegin(), task.labels.cend(),
                                [&](const QString &label) {
                                    return label.contains(needle, Qt::CaseInsensitive);
                                });
                if (text && (statuses.isEmpty() || statuses.contains(task.status)))
                    matching.append(task);
            }
            std::sort(matching.begin(), matching.end(), [](const Task &a, const Task &b) {
                if (a.dueDate.isValid() != b.dueDate.isValid())
                    return a.dueDate.isValid();
                if (a.dueDate != b.dueDate)
                    return a.dueDate < b.dueDate;
                if (a.priority != b.priority)
                    return a.priority < b.priority;
                if (a.updatedAt != b.updatedAt)
                    return a.updatedAt > b.updatedAt;
                if (const int c = QString::compare(a.title, b.title, Qt::CaseInsensitive))
                    return c < 0;
                return a.id < b.id;
            });
            QStringList ids;
            for (const Task &task : matching)
                ids.append(task.id);
            return ids;
        };

        const QStringList keystrokes = {QStringLiteral("t"),
                                        QStringLiteral("ta"),
                                        QStringLiteral("tas"),
                                        QStringLiteral("ta"),
                                        QStringLiteral("t"),
                                        QStringLiteral("üb"),
                                        QString()};
        for (const QString &text : keystrokes) {
            f.proxy->setFilterText(text);
            QCOMPARE(f.ids(), expected(text, {}));
        }
        f.proxy->setStatusFilter({TaskStatus::Open, TaskStatus::Done});
        f.proxy->setFilterText(QStringLiteral("ta"));
        QCOMPARE(f.ids(), expected(QStringLiteral("ta"), {TaskStatus::Open, TaskStatus::Done}));
    }

    // Narrowing keystrokes reuse the order already shown: it must be the sort's order in both
    // directions, after edits that moved rows, and when the status filter narrows too.
    void narrowingKeepsTheSortedOrderAfterEdits()
    {
        Fixture f;
        QList<Task> tasks;
        for (int i = 0; i < 300; ++i) {
            Task task = makeTask(QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')),
                                 i % 3 ? QStringLiteral("Tax return %1").arg(i % 7)
                                       : QStringLiteral("Water the plants"));
            if (i % 4)
                task.dueDate = QDate(2026, 1, 1).addDays((i * 37) % 50);
            task.priority = 1 + (i * 13) % 4;
            task.status = TaskStatus(i % 3);
            tasks.append(task);
        }
        f.model->setTasks(tasks);

        // The proxy's rows, checked against a full rebuild of a second proxy.
        const auto check = [&f] {
            TaskFilterProxy fresh;
            fresh.setSourceModel(f.model.get());
            fresh.setStatusFilter(f.proxy->statusFilter());
            fresh.setFilterText(f.proxy->filterText());
            fresh.sort(f.proxy->sortColumn(), f.proxy->sortOrder());
            QStringList freshIds;
            for (int row = 0; row < fresh.rowCount(); ++row)
                freshIds.append(fresh.taskAt(row).id);
            return f.ids() == freshIds && !freshIds.isEmpty();
        };

        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            f.proxy->setFilterText(QString());
            f.proxy->setStatusFilter({});
            f.proxy->sort(TaskModel::DueDate, order);
            f.proxy->setFilterText(QStringLiteral("t"));
            QVERIFY(check());
            // Edits while filtered: rows move (dynamic sorting) before the next keystroke.
            for (int i = 1; i < 300; i += 29) {
                Task task = f.model->taskAt(f.model->rowOf(tasks.at(i).id));
                task.dueDate = QDate(2026, 3, 1).addDays(-i / 10);
                task.priority = 1 + (i % 4);
                f.model->upsert(task);
            }
            QVERIFY(check());
            f.proxy->setFilterText(QStringLiteral("ta"));
            QVERIFY(check());
            f.proxy->setFilterText(QStringLiteral("tax r"));
            QVERIFY(check());
            f.proxy->setStatusFilter({TaskStatus::Open, TaskStatus::Done});
            QVERIFY(check());
            f.proxy->setStatusFilter({TaskStatus::Done});
            QVERIFY(check());
            f.proxy->sort(TaskModel::Priority, order);
            f.proxy->setFilterText(QStringLiteral("tax return"));
            QVERIFY(check());
        }
    }
    // Every change the proxy follows without starting over (filter changes that narrow or
    // widen, edits, insertions, removals, sort changes), in random order: after each, its rows
    // and both mappings must equal a proxy built from scratch with the same settings.
    void incrementalChangesMatchAFreshProxy()
    {
        Fixture f;
        const QStringList words = {QStringLiteral("tax"),  QStringLiteral("Task"),
                                   QStringLiteral("data"), QStringLiteral("status"),
                                   QStringLiteral("tea"),  QStringLiteral("plan")};
        QRandomGenerator random(7);
        int nextId = 0;
        const auto randomTask = [&] {
            Task task = makeTask(QStringLiteral("t%1").arg(nextId++, 5, 10, QLatin1Char('0')),
                                 words.at(random.bounded(int(words.size()))) + QLatin1Char(' ') +
                                     words.at(random.bounded(int(words.size()))));
            if (random.bounded(3))
                task.dueDate = QDate(2026, 1, 1).addDays(random.bounded(30));
            task.priority = 1 + random.bounded(4);
            task.status = TaskStatus(random.bounded(3));
            task.updatedAt = task.createdAt.addSecs(random.bounded(1000));
            return task;
        };
        QList<Task> tasks;
        for (int i = 0; i < 400; ++i)
            tasks.append(randomTask());
        f.model->setTasks(tasks);

        const auto matchesFresh = [&f]() -> bool {
            TaskFilterProxy fresh;
            fresh.setSourceModel(f.model.get());
            fresh.setStatusFilter(f.proxy->statusFilter());
            fresh.setFilterText(f.proxy->filterText());
            fresh.sort(f.proxy->sortColumn(), f.proxy->sortOrder());
            QStringList freshIds;
            for (int row = 0; row < fresh.rowCount(); ++row)
                freshIds.append(fresh.taskAt(row).id);
            if (f.ids() != freshIds)
                return false;
            // Both mappings agree with each other for every source row.
            int shown = 0;
            for (int row = 0; row < f.model->rowCount(); ++row) {
                const QModelIndex source = f.model->index(row, TaskModel::Priority);
                const QModelIndex proxied = f.proxy->mapFromSource(source);
                if (proxied.isValid()) {
                    ++shown;
                    if (f.proxy->mapToSource(proxied) != source)
                        return false;
                }
            }
            return shown == f.proxy->rowCount();
        };

        const QStringList needles = {QString(),
                                     QStringLiteral("t"),
                                     QStringLiteral("ta"),
                                     QStringLiteral("tas"),
                                     QStringLiteral("a"),
                                     QStringLiteral("plan ta")};
        const QList<QList<TaskStatus>> statusSets = {
            {}, {TaskStatus::Open}, {TaskStatus::Open, TaskStatus::Done}, {TaskStatus::InProgress}};
        for (int step = 0; step < 300; ++step) {
            switch (random.bounded(7)) {
            case 0:
            case 1:
                f.proxy->setFilterText(needles.at(random.bounded(int(needles.size()))));
                break;
            case 2:
                f.proxy->setStatusFilter(statusSets.at(random.bounded(int(statusSets.size()))));
                break;
            case 3:
                f.proxy->sort(random.bounded(-1, int(TaskModel::ColumnCount)),
                              random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 4: { // an edit: may move the row, show it or hide it
                Task task = f.model->taskAt(random.bounded(f.model->rowCount()));
                const Task other = randomTask();
                task.title = other.title;
                task.dueDate = other.dueDate;
                task.priority = other.priority;
                task.status = other.status;
                f.model->upsert(task);
                break;
            }
            case 5:
                if (random.bounded(2))
                    f.model->upsert(randomTask()); // at the top
                else
                    f.model->insertTask(random.bounded(f.model->rowCount() + 1), randomTask());
                break;
            case 6:
                if (f.model->rowCount() > 1)
                    f.model->removeTask(f.model->taskAt(random.bounded(f.model->rowCount())).id);
                break;
            }
            QVERIFY2(matchesFresh(), qPrintable(QStringLiteral("after step %1").arg(step)));
        }

        // Many rows at once: a reset, and every row changed (a language change).
        f.model->setTasks(tasks);
        QVERIFY(matchesFresh());
        f.model->retranslate();
        QVERIFY(matchesFresh());
    }

    // A selected row follows its task through filter changes and stays selected when shown
    // again; hidden, it is no longer selected.
    void persistentIndexesFollowTheirTasks()
    {
        Fixture f;
        f.model->setTasks({makeTask(QStringLiteral("a"), QStringLiteral("Pay taxes")),
                           makeTask(QStringLiteral("b"), QStringLiteral("Call mum")),
                           makeTask(QStringLiteral("c"), QStringLiteral("Tax return"))});
        f.proxy->sort(TaskModel::Title, Qt::AscendingOrder);
        const QPersistentModelIndex taxes =
            f.proxy->mapFromSource(f.model->index(0, TaskModel::Title));
        QCOMPARE(taxes.row(), 1); // Call mum, Pay taxes, Tax return
        f.proxy->setFilterText(QStringLiteral("tax"));
        QCOMPARE(taxes.row(), 0);
        QCOMPARE(taxes.data(TaskModel::IdRole).toString(), QStringLiteral("a"));
        f.proxy->setFilterText(QString());
        QCOMPARE(taxes.row(), 1);
        f.proxy->setFilterText(QStringLiteral("mum"));
        QVERIFY(!taxes.isValid());
    }
};

QTEST_GUILESS_MAIN(tst_TaskFilterProxy)
#include "tst_taskfilterproxy.moc"
