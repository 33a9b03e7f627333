#include "TaskFilterProxy.h"

#include "TaskModel.h"

#include <algorithm>
#include <limits>
#include <utility>

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

// A hint to fetch memory that will be read soon; no effect on the result.
inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
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
    QString oldNeedle = std::exchange(m_foldedNeedle, std::move(needle));
    m_needleBigrams = TaskModel::bigramsOf(m_foldedNeedle);
    refilter(oldNeedle, m_statusMask);
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
    const unsigned oldMask = std::exchange(m_statusMask, mask);
    refilter(m_foldedNeedle, oldMask);
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

bool TaskFilterProxy::narrows(const QString &oldNeedle, unsigned oldMask) const
{
    // Every row the new filter accepts was accepted before: its text holds the old needle (a
    // part of the new one), and its status was allowed before.
    const bool textNarrows = m_foldedNeedle.contains(oldNeedle);
    const bool statusNarrows =
        oldMask == 0 || (m_statusMask != 0 && (m_statusMask & ~oldMask) == 0);
    return textNarrows && statusNarrows;
}

void TaskFilterProxy::refilter(const QString &oldNeedle, unsigned oldMask)
{
    // A full rebuild rather than invalidateFilter(): the incremental path removes each run of
    // rejected rows separately and rebuilds its mapping per run, which is quadratic when a
    // keystroke hides thousands of scattered rows. The rebuild filters once and sorts once.
    if (!m_tasks) {
        invalidate();
        return;
    }
    // A filter that only narrows (the next character typed) can only hide rows, and the rows it
    // keeps stay in the order they are in. The current rows and their order are noted first, so
    // the rebuild only tests those rows and sorts by the noted order instead of comparing tasks.
    // That order is the sort's own as long as the proxy keeps it current (dynamic sorting).
    if (sortColumn() >= 0 && dynamicSortFilter() && narrows(oldNeedle, oldMask)) {
        const int before = rowCount();
        m_rankAscending = sortOrder() == Qt::AscendingOrder;
        m_rankBefore.assign(std::size_t(m_tasks->rowCount()), -1);
        for (int row = 0; row < before; ++row) {
            const int sourceRow = mapToSource(index(row, 0)).row();
            if (sourceRow >= 0 && std::size_t(sourceRow) < m_rankBefore.size())
                m_rankBefore[std::size_t(sourceRow)] = row;
        }
    }
    decideRows();
    invalidate();
    (void)rowCount(); // the rebuild, if no view asked for it during invalidate()
    m_rankBefore.clear();
    m_accepted.clear();
}

void TaskFilterProxy::decideRows()
{
    // The rows that pass the cheap tests (status, the needle's character pairs), then the text
    // search on those. Each task's search text is a separate allocation, so the search mostly
    // waits for memory; fetching the texts a few rows ahead lets those waits overlap.
    const int count = m_tasks->rowCount();
    const bool noted = m_rankBefore.size() == std::size_t(count);
    m_accepted.assign(std::size_t(count), 0);
    std::vector<int> candidates;
    candidates.reserve(std::size_t(count));
    for (int row = 0; row < count; ++row) {
        if (noted && m_rankBefore[std::size_t(row)] < 0)
            continue; // hidden before this narrowing change, so hidden now
        const TaskModel::RowKeys &keys = m_tasks->keysAt(row);
        if (m_statusMask != 0 && !(m_statusMask & statusBit(keys.status)))
            continue;
        if (m_foldedNeedle.isEmpty())
            m_accepted[std::size_t(row)] = 1;
        else if (TaskModel::containsAll(keys.searchBigrams, m_needleBigrams))
            candidates.push_back(row);
    }
    constexpr std::size_t TextAhead = 8;
    constexpr std::size_t RowAhead = 2 * TextAhead;
    const std::size_t candidateCount = candidates.size();
    for (std::size_t i = 0; i < candidateCount; ++i) {
        if (i + RowAhead < candidateCount)
            prefetch(&m_tasks->searchTextAt(candidates[i + RowAhead]));
        if (i + TextAhead < candidateCount) {
            const QString &ahead = m_tasks->searchTextAt(candidates[i + TextAhead]);
            const char *bytes = reinterpret_cast<const char *>(ahead.constData());
            const qsizetype size = ahead.size() * qsizetype(sizeof(QChar));
            for (qsizetype offset = 0; offset < size; offset += 64)
                prefetch(bytes + offset);
        }
        const int row = candidates[i];
        if (QStringView(m_tasks->searchTextAt(row)).contains(m_foldedNeedle))
            m_accepted[std::size_t(row)] = 1;
    }
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tasks || sourceParent.isValid())
        return true;
    if (m_accepted.size() == std::size_t(m_tasks->rowCount()))
        return m_accepted[std::size_t(sourceRow)] != 0; // decided by refilter()
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
    // For a descending sort the base class asks lessThan(right, left); compareRows() already
    // knows the direction (so undated tasks and tie-breaks stay put), so undo that swap. The
    // same holds for the noted order.
    if (!m_rankBefore.empty()) {
        // A narrowing filter change: only rows shown before are sorted; they keep their order.
        // (Checked first: this runs for every comparison of the rebuild.)
        const int leftRank = rankBefore(sourceLeft.row());
        const int rightRank = rankBefore(sourceRight.row());
        if (leftRank >= 0 && rightRank >= 0)
            return m_rankAscending ? leftRank < rightRank : rightRank < leftRank;
    }
    if (!m_tasks)
        return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
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
