#include "TaskList.h"

#include "AppContext.h"
#include "AppFixture.h"
#include "KitProblem.h"
#include "MainWindow.h"
#include "TaskModel.h"
#include "TasksPage.h"

#include <QJsonArray>
#include <QTableView>
#include <QTest>

TaskList::TaskList(AppFixture &app)
    : m_app(app)
{}

QModelIndex TaskList::rowOfTitle(const QString &title) const
{
    if (!m_app.window || !m_app.window->tasksPage())
        return {};
    const QAbstractItemModel *model = m_app.window->tasksPage()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TaskModel::Title);
        if (index.data(Qt::DisplayRole).toString() == title)
            return index;
    }
    return {};
}

bool TaskList::clickRow(const QString &title)
{
    KitProblem::clear();
    const QModelIndex index = rowOfTitle(title);
    if (!index.isValid()) {
        KitProblem::report(QStringLiteral("no row titled %1 in the task list").arg(title));
        return false;
    }
    QTableView *table = m_app.window->tasksPage()->table();
    const QRect cell = table->visualRect(index.siblingAtColumn(TaskModel::Status));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    return true;
}

bool TaskList::waitForRows(int count, int timeoutMs)
{
    KitProblem::clear();
    TaskModel *model = m_app.context->taskModel();
    if (QTest::qWaitFor(
            [model, count] { return !model->isLoading() && model->rowCount() == count; },
            timeoutMs))
        return true;
    KitProblem::report(QStringLiteral("the list shows %1 of %2 tasks (loading: %3)")
                           .arg(model->rowCount())
                           .arg(count)
                           .arg(model->isLoading() ? QStringLiteral("yes") : QStringLiteral("no")));
    return false;
}

QJsonObject TaskList::task(const QString &title, const QString &status, int priority,
                           const QString &due, const QStringList &labels)
{
    QJsonObject object{{QStringLiteral("title"), title},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("priority"), priority}};
    if (!due.isEmpty())
        object.insert(QStringLiteral("dueDate"), due);
    if (!labels.isEmpty())
        object.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    return object;
}
