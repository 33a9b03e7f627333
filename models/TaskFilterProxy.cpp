#include "TaskFilterProxy.h"

#include "TaskModel.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>
#include <utility>

namespace {
constexpr unsigned statusBit(TaskStatus status)
{
    return 1u << unsigned(status);
}

constexpr unsigned AllStatuses =
    statusBit(TaskStatus::Open) | statusBit(TaskStatus::InProgress) | statusBit(TaskStatus::Done);

// More changed or inserted rows than this are placed by sorting everything again rather than
// one by one (each placement moves the tail of a 100,000-entry array).
constexpr int ManyRows = 256;

// How many filters TaskFilterProxy remembers the rows of (100 KB each at 100,000 tasks): enough
// for a word typed and deleted again.
constexpr std::size_t RememberedFilters = 24;

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

// Source rows from `first` on moved down by `count` (count < 0: up, after a removal).
void shiftRows(std::vector<int> &rows, int first, int count)
{
    for (int &row : rows) {
        if (row >= first)
            row += count;
    }
}

constexpr qint64 UndatedDay = std::numeric_limits<qint64>::max(); // TaskModel::RowKeys::dueDay
} // namespace

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

TaskFilterProxy::~TaskFilterProxy()
{
    disconnectSource();
}

void TaskFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    disconnectSource();
    m_tasks = qobject_cast<TaskModel *>(sourceModel);
    QAbstractProxyModel::setSourceModel(sourceModel);
    connectSource();
    rebuildAll();
    endResetModel();
}

void TaskFilterProxy::connectSource()
{
    if (!m_tasks)
        return;
    TaskModel *model = m_tasks;
    m_connections = {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &TaskFilterProxy::sourceAboutToBeReset),
        connect(model, &QAbstractItemModel::modelReset, this, &TaskFilterProxy::sourceReset),
        // TaskModel never reorders its rows in place; should a layout change come, it is
        // taken as a reset.
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &TaskFilterProxy::sourceAboutToBeReset),
        connect(model, &QAbstractItemModel::layoutChanged, this, &TaskFilterProxy::sourceReset),
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &TaskFilterProxy::sourceRowsAboutToBeRemoved),
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TaskFilterProxy::sourceRowsRemoved),
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &TaskFilterProxy::sourceRowsInserted),
        connect(model, &QAbstractItemModel::dataChanged, this, &TaskFilterProxy::sourceDataChanged),
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &TaskFilterProxy::sourceHeaderDataChanged),
        connect(model, &QObject::destroyed, this,
                [this] {
                    beginResetModel();
                    m_order.clear();
                    m_accepted.clear();
                    m_remembered.clear();
                    m_rows.clear();
                    m_proxyRowOfValid = false;
                    endResetModel();
                }),
    };
}

void TaskFilterProxy::disconnectSource()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
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
    Q_ASSERT(m_tasks && proxyRow >= 0 && std::size_t(proxyRow) < m_rows.size());
    return m_tasks->taskAt(m_rows[std::size_t(proxyRow)]);
}

void TaskFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    changeLayout(QAbstractItemModel::VerticalSortHint, [&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortOrderOfAllRows();
        buildRows();
    });
}

QModelIndex TaskFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TaskFilterProxy::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return {};
}

int TaskFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_tasks ? 0 : int(m_rows.size());
}

int TaskFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_tasks ? 0 : m_tasks->columnCount();
}

bool TaskFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex TaskFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_tasks || !proxyIndex.isValid() || proxyIndex.model() != this ||
        std::size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_tasks->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex TaskFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_tasks || !sourceIndex.isValid() || sourceIndex.model() != m_tasks)
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant TaskFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_tasks)
        return {};
    if (orientation == Qt::Horizontal)
        return m_tasks->headerData(section, orientation, role);
    if (section < 0 || std::size_t(section) >= m_rows.size())
        return {};
    return m_tasks->headerData(m_rows[std::size_t(section)], orientation, role);
}

int TaskFilterProxy::proxyRowOf(int sourceRow) const
{
    if (!m_proxyRowOfValid) {
        m_proxyRowOf.assign(m_accepted.size(), -1);
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            m_proxyRowOf[std::size_t(m_rows[row])] = int(row);
        m_proxyRowOfValid = true;
    }
    return sourceRow >= 0 && std::size_t(sourceRow) < m_proxyRowOf.size()
               ? m_proxyRowOf[std::size_t(sourceRow)]
               : -1;
}

template<typename Change>
void TaskFilterProxy::changeLayout(QAbstractItemModel::LayoutChangeHint hint, Change &&change)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &index : persistent)
        sourceRows.push_back(m_rows[std::size_t(index.row())]);
    change();
    m_proxyRowOfValid = false;
    if (!persistent.isEmpty()) {
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int row = proxyRowOf(sourceRows[std::size_t(i)]);
            moved.append(row < 0 ? QModelIndex() : createIndex(row, persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
    }
    emit layoutChanged({}, hint);
}

bool TaskFilterProxy::accepts(int sourceRow) const
{
    const TaskModel::RowKeys &keys = m_tasks->keysAt(sourceRow);
    if (m_statusMask != 0 && !(m_statusMask & statusBit(keys.status)))
        return false;
    if (m_foldedNeedle.isEmpty())
        return true;
    if (const int c = asciiNeedle(); c >= 0)
        return (keys.asciiChars[std::size_t(c >> 6)] >> (c & 63)) & 1;
    // Most rows lack one of the needle's character pairs; only the others are scanned.
    return TaskModel::containsAll(keys.searchBigrams, m_needleBigrams) &&
           QStringView(m_tasks->searchTextAt(sourceRow)).contains(m_foldedNeedle);
}

int TaskFilterProxy::asciiNeedle() const
{
    return m_foldedNeedle.size() == 1 && m_foldedNeedle.front().unicode() < 128
               ? int(m_foldedNeedle.front().unicode())
               : -1;
}

bool TaskFilterProxy::before(int a, int b) const
{
    if (m_sortColumn < 0)
        return m_sortOrder == Qt::AscendingOrder ? a < b : b < a;
    return compareRows(a, b, m_sortColumn, m_sortOrder) < 0;
}

std::vector<int>::iterator TaskFilterProxy::insertSorted(std::vector<int> &rows,
                                                         int sourceRow) const
{
    const auto at = std::lower_bound(rows.begin(), rows.end(), sourceRow,
                                     [this](int a, int b) { return before(a, b); });
    return rows.insert(at, sourceRow);
}

TaskFilterProxy::Pass TaskFilterProxy::passFor(const QString &oldNeedle, unsigned oldMask) const
{
    // Narrowing: every row the new filter accepts was accepted before (its text holds the old
    // needle, a part of the new one, and its status was allowed before). Widening: the reverse.
    const auto statusWithin = [](unsigned inner, unsigned outer) {
        return outer == 0 || (inner != 0 && (inner & ~outer) == 0);
    };
    if (m_foldedNeedle.contains(oldNeedle) && statusWithin(m_statusMask, oldMask))
        return Pass::Narrowing;
    if (oldNeedle.contains(m_foldedNeedle) && statusWithin(oldMask, m_statusMask))
        return Pass::Widening;
    return Pass::All;
}

void TaskFilterProxy::refilter(const QString &oldNeedle, unsigned oldMask)
{
    if (!m_tasks)
        return;
    const Pass pass = passFor(oldNeedle, oldMask);
    changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
        remember(oldNeedle, oldMask);
        if (!recall())
            decideRows(pass);
        buildRows();
    });
}

void TaskFilterProxy::remember(const QString &needle, unsigned statusMask)
{
    if (needle.isEmpty() && statusMask == 0)
        return; // every row: nothing to search when going back to it
    const auto same = [&](const RememberedFilter &filter) {
        return filter.needle == needle && filter.statusMask == statusMask;
    };
    m_remembered.erase(std::remove_if(m_remembered.begin(), m_remembered.end(), same),
                       m_remembered.end());
    if (m_remembered.size() >= RememberedFilters)
        m_remembered.erase(m_remembered.begin());
    m_remembered.push_back({needle, statusMask, m_accepted});
}

bool TaskFilterProxy::recall()
{
    for (const RememberedFilter &filter : m_remembered) {
        if (filter.needle == m_foldedNeedle && filter.statusMask == m_statusMask &&
            filter.accepted.size() == m_accepted.size()) {
            m_accepted = filter.accepted;
            return true;
        }
    }
    return false;
}

void TaskFilterProxy::decideRows(Pass pass)
{
    // The rows that pass the cheap tests (status, the needle's character pairs), then the text
    // search on those. Each task's search text is a separate allocation, so the search mostly
    // waits for memory; fetching the texts a few rows ahead lets those waits overlap.
    const int count = m_tasks->rowCount();
    m_accepted.resize(std::size_t(count), 0);
    const int oneAscii = asciiNeedle();
    std::vector<int> candidates;
    candidates.reserve(std::size_t(count));
    for (int row = 0; row < count; ++row) {
        unsigned char &accepted = m_accepted[std::size_t(row)];
        if ((pass == Pass::Narrowing && !accepted) || (pass == Pass::Widening && accepted))
            continue; // decided by the filter before
        accepted = 0;
        const TaskModel::RowKeys &keys = m_tasks->keysAt(row);
        if (m_statusMask != 0 && !(m_statusMask & statusBit(keys.status)))
            continue;
        if (m_foldedNeedle.isEmpty())
            accepted = 1;
        else if (oneAscii >= 0)
            accepted = (keys.asciiChars[std::size_t(oneAscii >> 6)] >> (oneAscii & 63)) & 1;
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

void TaskFilterProxy::sortOrderOfAllRows()
{
    m_order.resize(m_accepted.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0) {
        if (m_sortOrder == Qt::DescendingOrder)
            std::reverse(m_order.begin(), m_order.end());
        return;
    }
    // compareRows() is a total order (ties end at the id), so a plain sort is deterministic.
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
}

void TaskFilterProxy::buildRows()
{
    m_rows.clear();
    m_rows.reserve(m_order.size());
    for (const int row : m_order) {
        if (m_accepted[std::size_t(row)])
            m_rows.push_back(row);
    }
    m_proxyRowOfValid = false;
}

void TaskFilterProxy::rebuildAll()
{
    m_remembered.clear();
    m_accepted.clear();
    if (m_tasks) {
        decideRows(Pass::All);
        sortOrderOfAllRows();
    } else {
        m_order.clear();
    }
    buildRows();
}

void TaskFilterProxy::sourceAboutToBeReset()
{
    beginResetModel();
}

void TaskFilterProxy::sourceReset()
{
    m_remembered.clear();
    rebuildAll();
    endResetModel();
}

void TaskFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // The shown rows among them, removed from the bottom up in runs of adjacent proxy rows.
    // The source still has them: the renumbering waits for sourceRowsRemoved().
    std::vector<int> shown;
    for (int row = first; row <= last; ++row) {
        if (const int proxyRow = proxyRowOf(row); proxyRow >= 0)
            shown.push_back(proxyRow);
    }
    std::sort(shown.begin(), shown.end(), std::greater<int>());
    std::size_t i = 0;
    while (i < shown.size()) {
        const int runLast = shown[i];
        int runFirst = runLast;
        while (i + 1 < shown.size() && shown[i + 1] == runFirst - 1)
            runFirst = shown[++i];
        ++i;
        beginRemoveRows({}, runFirst, runLast);
        m_rows.erase(m_rows.begin() + runFirst, m_rows.begin() + runLast + 1);
        m_proxyRowOfValid = false;
        endRemoveRows();
    }
}

void TaskFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    m_remembered.clear();
    if (parent.isValid())
        return;
    const auto removed = [first, last](int row) { return row >= first && row <= last; };
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(), removed), m_order.end());
    const int count = last - first + 1;
    shiftRows(m_order, last + 1, -count);
    shiftRows(m_rows, last + 1, -count);
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    m_proxyRowOfValid = false;
}

void TaskFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    m_remembered.clear();
    if (parent.isValid())
        return;
    // First the renumbering, which the proxy's rows do not show, then the new rows.
    const int count = last - first + 1;
    shiftRows(m_order, first, count);
    shiftRows(m_rows, first, count);
    m_accepted.insert(m_accepted.begin() + first, std::size_t(count), 0);
    m_proxyRowOfValid = false;
    if (count > ManyRows) {
        changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
            for (int row = first; row <= last; ++row)
                m_accepted[std::size_t(row)] = accepts(row) ? 1 : 0;
            sortOrderOfAllRows();
            buildRows();
        });
        return;
    }
    for (int row = first; row <= last; ++row) {
        insertSorted(m_order, row);
        if (!accepts(row))
            continue;
        m_accepted[std::size_t(row)] = 1;
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), row,
                                         [this](int a, int b) { return before(a, b); });
        const int proxyRow = int(at - m_rows.begin());
        beginInsertRows({}, proxyRow, proxyRow);
        m_rows.insert(at, row);
        m_proxyRowOfValid = false;
        endInsertRows();
    }
}

void TaskFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    m_remembered.clear();
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last - first + 1 > ManyRows) {
        // Many rows at once (a language change): filter and sort again, then pass it on.
        changeLayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
            for (int row = first; row <= last; ++row)
                m_accepted[std::size_t(row)] = accepts(row) ? 1 : 0;
            sortOrderOfAllRows();
            buildRows();
        });
        if (!m_rows.empty())
            emit dataChanged(index(0, topLeft.column()),
                             index(rowCount() - 1, bottomRight.column()), roles);
        return;
    }
    for (int row = first; row <= last; ++row) {
        // The row's place in the sort may have changed.
        if (m_sortColumn >= 0) {
            m_order.erase(std::find(m_order.begin(), m_order.end(), row));
            insertSorted(m_order, row);
        }
        const bool wasShown = m_accepted[std::size_t(row)] != 0;
        const bool shown = accepts(row);
        m_accepted[std::size_t(row)] = shown ? 1 : 0;
        if (wasShown && !shown) {
            const int proxyRow = proxyRowOf(row);
            beginRemoveRows({}, proxyRow, proxyRow);
            m_rows.erase(m_rows.begin() + proxyRow);
            m_proxyRowOfValid = false;
            endRemoveRows();
        } else if (!wasShown && shown) {
            const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), row,
                                             [this](int a, int b) { return before(a, b); });
            const int proxyRow = int(at - m_rows.begin());
            beginInsertRows({}, proxyRow, proxyRow);
            m_rows.insert(at, row);
            m_proxyRowOfValid = false;
            endInsertRows();
        } else if (shown) {
            // Moved, as QSortFilterProxyModel's dynamic sorting does it: a layout change, so
            // the selection and the current row follow the task.
            const int proxyRow = proxyRowOf(row);
            std::vector<int> rest = m_rows;
            rest.erase(rest.begin() + proxyRow);
            const auto at = std::lower_bound(rest.begin(), rest.end(), row,
                                             [this](int a, int b) { return before(a, b); });
            if (at - rest.begin() != proxyRow) {
                rest.insert(at, row);
                changeLayout(QAbstractItemModel::VerticalSortHint,
                             [&] { m_rows = std::move(rest); });
            }
            const int now = proxyRowOf(row);
            emit dataChanged(index(now, topLeft.column()), index(now, bottomRight.column()), roles);
        }
    }
}

void TaskFilterProxy::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        emit headerDataChanged(orientation, first, last);
    else if (!m_rows.empty())
        emit headerDataChanged(orientation, 0, rowCount() - 1);
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
