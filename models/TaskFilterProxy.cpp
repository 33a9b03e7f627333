#include "TaskFilterProxy.h"

#include "TaskModel.h"

#include <algorithm>
#include <limits>

namespace {
constexpr unsigned statusBit(TaskStatus status)
{
    return 1u << unsigned(status);
}

constexpr unsigned AllStatuses =
    statusBit(TaskStatus::Open) | statusBit(TaskStatus::InProgress) | statusBit(TaskStatus::Done);

template<typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareLabels(const QStringList &a, const QStringList &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (const int c = QString::compare(a.at(i), b.at(i), Qt::CaseInsensitive))
            return c;
    }
    return compareValues(a.size(), b.size());
}

constexpr qint64 UndatedDay = std::numeric_limits<qint64>::max(); // TaskModel::RowKeys::dueDay
} // namespace

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

TaskFilterProxy::~TaskFilterProxy() = default;

void TaskFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tasks = qobject_cast<TaskModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void TaskFilterProxy::setFilterText(const QString &text)
{
    m_filterText = text;
    QString needle = text.trimmed().toCaseFolded();
    if (needle == m_foldedNeedle)
        return;
    m_foldedNeedle = std::move(needle);
    m_needleBigrams = TaskModel::bigramsOf(m_foldedNeedle);
    refilter();
}

void TaskFilterProxy::setStatusFilter(const QList<TaskStatus> &statuses)
{
    unsigned mask = 0;
    for (const TaskStatus status : statuses)
        mask |= statusBit(status);
    if (mask == AllStatuses)
        mask = 0;
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
}

QList<TaskStatus> TaskFilterProxy::statusFilter() const
{
    QList<TaskStatus> statuses;
    for (const TaskStatus status : {TaskStatus::Open, TaskStatus::InProgress, TaskStatus::Done}) {
        if (m_statusMask & statusBit(status))
            statuses.append(status);
    }
    return statuses;
}

const Task &TaskFilterProxy::taskAt(int proxyRow) const
{
    Q_ASSERT(m_tasks);
    return m_tasks->taskAt(mapToSource(index(proxyRow, 0)).row());
}

void TaskFilterProxy::refilter()
{
    // A full rebuild rather than invalidateFilter(): the incremental path removes each run of
    // rejected rows separately and rebuilds its mapping per run, which is quadratic when a
    // keystroke hides thousands of scattered rows. The rebuild filters once and sorts once.
    invalidate();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tasks || sourceParent.isValid())
        return true;
    const TaskModel::RowKeys &keys = m_tasks->keysAt(sourceRow);
    if (m_statusMask != 0 && !(m_statusMask & statusBit(keys.status)))
        return false;
    if (m_foldedNeedle.isEmpty())
        return true;
    // Most rows lack one of the needle's character pairs; only the others are scanned.
    return TaskModel::containsAll(keys.searchBigrams, m_needleBigrams) &&
           QStringView(m_tasks->searchTextAt(sourceRow)).contains(m_foldedNeedle);
}

bool TaskFilterProxy::lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (!m_tasks)
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
    // For a descending sort the base class asks lessThan(right, left); compareRows() already
    // knows the direction (so undated tasks and tie-breaks stay put), so undo that swap.
    const Qt::SortOrder order = sortOrder();
    const int left = sourceLeft.row();
    const int right = sourceRight.row();
    return order == Qt::AscendingOrder ? compareRows(left, right, sourceLeft.column(), order) < 0
                                       : compareRows(right, left, sourceLeft.column(), order) < 0;
}

int TaskFilterProxy::compareRows(int a, int b, int column, Qt::SortOrder order) const
{
    // Sort keys come from the model's compact per-row array; Tasks are visited only for text.
    const TaskModel::RowKeys &x = m_tasks->keysAt(a);
    const TaskModel::RowKeys &y = m_tasks->keysAt(b);
    int primary = 0;
    switch (column) {
    case TaskModel::Title:
        primary = QString::compare(m_tasks->taskAt(a).title, m_tasks->taskAt(b).title,
                                   Qt::CaseInsensitive);
        break;
    case TaskModel::Status:
        primary = compareValues(int(x.status), int(y.status));
        break;
    case TaskModel::Priority:
        primary = compareValues(x.priority, y.priority);
        break;
    case TaskModel::DueDate:
        if ((x.dueDay == UndatedDay) != (y.dueDay == UndatedDay))
            return x.dueDay == UndatedDay ? 1 : -1; // undated last in both directions
        primary = compareValues(x.dueDay, y.dueDay);
        break;
    case TaskModel::Labels:
        primary = compareLabels(m_tasks->taskAt(a).labels, m_tasks->taskAt(b).labels);
        break;
    case TaskModel::Updated:
        primary = compareValues(x.updatedMsecs, y.updatedMsecs);
        break;
    default:
        break;
    }
    if (primary != 0)
        return order == Qt::AscendingOrder ? primary : -primary;
    return compareTieBreaks(a, b);
}

int TaskFilterProxy::compareTieBreaks(int a, int b) const
{
    const TaskModel::RowKeys &x = m_tasks->keysAt(a);
    const TaskModel::RowKeys &y = m_tasks->keysAt(b);
    if (const int c = compareValues(x.dueDay, y.dueDay)) // undated is the largest day
        return c;
    if (const int c = compareValues(x.priority, y.priority))
        return c;
    if (const int c = compareValues(y.updatedMsecs, x.updatedMsecs))
        return c; // newest first
    const Task &left = m_tasks->taskAt(a);
    const Task &right = m_tasks->taskAt(b);
    if (const int c = QString::compare(left.title, right.title, Qt::CaseInsensitive))
        return c;
    return compareValues(left.id, right.id);
}
