// TaskModel + TaskFilterProxy at 100,000 tasks: load time and every kind of filter change
// (typing, backspace, clearing, the status filter), next to a baseline of QStandardItemModel +
// QSortFilterProxyModel holding the same data and taking the same change. Prints medians;
// meaningful in a Release build only.
#include "TaskFilterProxy.h"
#include "TaskModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr int TaskCount = 100'000;
constexpr int Runs = 7;
constexpr double FrameBudgetMs = 16.0;

QList<Task> makeTasks()
{
    const QStringList words = {
        QStringLiteral("pay"),      QStringLiteral("taxes"),   QStringLiteral("call"),
        QStringLiteral("mum"),      QStringLiteral("review"),  QStringLiteral("draft"),
        QStringLiteral("report"),   QStringLiteral("update"),  QStringLiteral("status"),
        QStringLiteral("meeting"),  QStringLiteral("plan"),    QStringLiteral("sprint"),
        QStringLiteral("fix"),      QStringLiteral("bug"),     QStringLiteral("in"),
        QStringLiteral("data"),     QStringLiteral("export"),  QStringLiteral("book"),
        QStringLiteral("flights"),  QStringLiteral("order"),   QStringLiteral("tea"),
        QStringLiteral("water"),    QStringLiteral("plants"),  QStringLiteral("renew"),
        QStringLiteral("passport"), QStringLiteral("clean"),   QStringLiteral("garage"),
        QStringLiteral("backup"),   QStringLiteral("laptop"),  QStringLiteral("tasks"),
        QStringLiteral("invoice"),  QStringLiteral("Berlin"),  QStringLiteral("team"),
        QStringLiteral("lunch"),    QStringLiteral("dentist"), QStringLiteral("appointment")};
    const QStringList labels = {QStringLiteral("work"),    QStringLiteral("home"),
                                QStringLiteral("errands"), QStringLiteral("finance"),
                                QStringLiteral("health"),  QStringLiteral("travel")};
    QRandomGenerator random(20261122);
    const auto word = [&] { return words.at(random.bounded(int(words.size()))); };
    const QDateTime base(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);

    QList<Task> tasks;
    tasks.reserve(TaskCount);
    for (int i = 0; i < TaskCount; ++i) {
        Task task;
        task.id = QStringLiteral("%1-4e5a-8b6c-%2")
                      .arg(i, 8, 16, QLatin1Char('0'))
                      .arg(random.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
        const int titleWords = 2 + random.bounded(4);
        for (int w = 0; w < titleWords; ++w)
            task.title += (w == 0 ? QString() : QStringLiteral(" ")) + word();
        if (random.bounded(2) == 0) {
            for (int w = 0; w < 8; ++w)
                task.notes += word() + QLatin1Char(' ');
        }
        task.status = TaskStatus(random.bounded(3));
        task.priority = 1 + random.bounded(4);
        if (random.bounded(5) < 3)
            task.dueDate = QDate(2026, 1, 1).addDays(random.bounded(365));
        const int labelCount = random.bounded(3);
        for (int l = 0; l < labelCount; ++l)
            task.labels.append(labels.at(random.bounded(int(labels.size()))));
        task.createdAt = base.addSecs(i * 60);
        task.updatedAt = task.createdAt.addSecs(random.bounded(86'400 * 30));
        task.version = 1 + random.bounded(5);
        tasks.append(task);
    }
    return tasks;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Runs `prepare` (untimed) then `measured` (timed) `Runs` times; the median in milliseconds.
double timeMedian(const std::function<void()> &prepare, const std::function<void()> &measured)
{
    std::vector<double> samples;
    for (int run = 0; run < Runs; ++run) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        measured();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(samples);
}

void fillBaseline(QStandardItemModel &model, const QList<Task> &tasks)
{
    const QLocale locale;
    model.clear();
    model.setColumnCount(TaskModel::ColumnCount);
    for (const Task &task : tasks) {
        QList<QStandardItem *> row;
        row.reserve(TaskModel::ColumnCount);
        auto *title = new QStandardItem(task.title);
        title->setToolTip(task.notes);
        title->setCheckable(true);
        title->setCheckState(task.status == TaskStatus::Done ? Qt::Checked : Qt::Unchecked);
        row.append(title);
        row.append(new QStandardItem(taskStatusName(task.status)));
        row.append(new QStandardItem(QString::number(task.priority)));
        auto *due = new QStandardItem(task.dueDate.isValid()
                                          ? locale.toString(task.dueDate, QLocale::ShortFormat)
                                          : QString());
        due->setData(task.dueDate, Qt::UserRole);
        row.append(due);
        row.append(new QStandardItem(task.labels.join(QStringLiteral(", "))));
        row.append(new QStandardItem(locale.toString(task.updatedAt, QLocale::ShortFormat)));
        model.appendRow(row);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(2);

    const QList<Task> tasks = makeTasks();
    const QString before = QStringLiteral("ta");
    const QString after = QStringLiteral("tas");
    out << "TaskModel benchmark: " << tasks.size() << " tasks, median of " << Runs
        << " runs, proxies sorted by due date\n\n";

    // Load.
    TaskModel model;
    QList<Task> copy;
    const double loadMs = timeMedian(
        [&] {
            model.clear();
            copy = tasks;
            copy.detach(); // a freshly parsed list, as TaskService would hand over
        },
        [&] { model.setTasks(std::move(copy)); });
    QStandardItemModel baseline;
    const double baselineLoadMs =
        timeMedian([&] { baseline.clear(); }, [&] { fillBaseline(baseline, tasks); });

    // Every filter change the task list sees, each timed from the change until rowCount() (the
    // proxy's rows rebuilt), sorted by due date: TaskFilterProxy next to a QSortFilterProxyModel
    // over QStandardItemModel taking the same change (fixed string on the title; the status
    // change as a fixed string on the status column).
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TaskModel::DueDate, Qt::AscendingOrder);
    QSortFilterProxyModel baselineProxy;
    baselineProxy.setSourceModel(&baseline);
    baselineProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    baselineProxy.setSortRole(Qt::UserRole);
    baselineProxy.sort(TaskModel::DueDate, Qt::AscendingOrder);

    struct Change
    {
        QString name;
        std::function<void()> from; // untimed: the state before the change
        std::function<void()> to;   // timed
        std::function<void()> baselineFrom;
        std::function<void()> baselineTo;
        // The proxy forgets the rows of the filters it saw (as after any edit), so the change
        // searches instead of going back to rows it remembers.
        bool forget = true;
    };
    const auto text = [&](const QString &needle) {
        return [&proxy, needle] { proxy.setFilterText(needle); };
    };
    const auto status = [&](const QList<TaskStatus> &statuses) {
        return [&proxy, statuses] { proxy.setStatusFilter(statuses); };
    };
    const auto baselineText = [&](const QString &needle) {
        return [&baselineProxy, needle] {
            baselineProxy.setFilterKeyColumn(TaskModel::Title);
            baselineProxy.setFilterFixedString(needle);
        };
    };
    const QString openName = taskStatusName(TaskStatus::Open);
    const auto baselineStatus = [&](const QString &name) {
        return [&baselineProxy, name] {
            baselineProxy.setFilterKeyColumn(TaskModel::Status);
            baselineProxy.setFilterFixedString(name);
        };
    };
    const auto both = [](std::function<void()> a, std::function<void()> b) {
        return [a, b] {
            a();
            b();
        };
    };
    const QList<TaskStatus> open = {TaskStatus::Open};
    const QList<TaskStatus> openOrDone = {TaskStatus::Open, TaskStatus::Done};
    const QString none;
    const std::vector<Change> changes = {
        {QStringLiteral("type \"t\"         \"\"->\"t\""), text(none), text(QStringLiteral("t")),
         baselineText(none), baselineText(QStringLiteral("t"))},
        {QStringLiteral("narrow          \"ta\"->\"tas\""), text(before), text(after),
         baselineText(before), baselineText(after)},
        {QStringLiteral("backspace       \"tas\"->\"ta\""), text(after), text(before),
         baselineText(after), baselineText(before)},
        {QStringLiteral("backspace, typed \"tas\"->\"ta\""), both(text(before), text(after)),
         text(before), baselineText(after), baselineText(before), false},
        {QStringLiteral("backspace       \"t\"->\"\""), text(QStringLiteral("t")), text(none),
         baselineText(QStringLiteral("t")), baselineText(none)},
        {QStringLiteral("clear           \"tas\"->\"\""), text(after), text(none),
         baselineText(after), baselineText(none)},
        {QStringLiteral("status          all->open"), both(text(none), status({})), status(open),
         baselineText(none), baselineStatus(openName)},
        {QStringLiteral("status          open->open+done"), both(text(none), status(open)),
         status(openOrDone), baselineStatus(openName), baselineStatus(QString())},
        {QStringLiteral("status          open->all"), both(text(none), status(open)), status({}),
         baselineStatus(openName), baselineStatus(QString())},
    };

    out << "load (setTasks)                  TaskModel " << loadMs << " ms | QStandardItemModel "
        << baselineLoadMs << " ms\n\n";
    out << "filter change                    TaskFilterProxy       | QSortFilterProxyModel\n";
    bool allUnder = true;
    for (const Change &change : changes) {
        int rows = 0;
        const auto prepare = [&] {
            change.from();
            if (change.forget)
                model.retranslate(); // a change of every row: the proxy forgets what it saw
        };
        const double ms = timeMedian(prepare, [&] {
            change.to();
            rows = proxy.rowCount();
        });
        int baselineRows = 0;
        const double baselineMs = timeMedian(change.baselineFrom, [&] {
            change.baselineTo();
            baselineRows = baselineProxy.rowCount();
        });
        allUnder = allUnder && ms < FrameBudgetMs;
        out << change.name.leftJustified(33) << QString::number(ms, 'f', 2).rightJustified(7)
            << " ms " << QString::number(rows).rightJustified(6) << " rows | "
            << QString::number(baselineMs, 'f', 2).rightJustified(7) << " ms "
            << QString::number(baselineRows).rightJustified(6) << " rows\n";
        proxy.setStatusFilter({});
    }
    proxy.setFilterText(QString());

    // Not a filter change, for scale: a header click sorts every row once.
    const double sortMs = timeMedian([&] { proxy.sort(TaskModel::DueDate, Qt::AscendingOrder); },
                                     [&] {
                                         proxy.sort(TaskModel::Priority, Qt::DescendingOrder);
                                         (void)proxy.rowCount();
                                     });
    const double baselineSortMs =
        timeMedian([&] { baselineProxy.sort(TaskModel::DueDate, Qt::AscendingOrder); },
                   [&] {
                       baselineProxy.sort(TaskModel::Priority, Qt::DescendingOrder);
                       (void)baselineProxy.rowCount();
                   });
    out << QStringLiteral("sort            due->priority").leftJustified(33)
        << QString::number(sortMs, 'f', 2).rightJustified(7) << " ms              | "
        << QString::number(baselineSortMs, 'f', 2).rightJustified(7) << " ms\n";
    out << "\n(the baseline filters the title only; TaskFilterProxy title, notes and labels;\n"
           " \"typed\": the proxy saw \"ta\" before \"tas\" and remembers its rows, as when "
           "typing)\n";
    out << "every filter change under " << FrameBudgetMs << " ms: " << (allUnder ? "yes" : "NO")
        << "\n";
    return 0;
}
