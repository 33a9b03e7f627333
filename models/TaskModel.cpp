#include "TaskModel.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>
#include <limits>
#include <utility>

namespace {
constexpr qsizetype MaxToolTipNotes = 500;

int priorityIndex(int priority)
{
    return std::clamp(priority, Task::HighestPriority, Task::LowestPriority) - 1;
}
} // namespace

TaskModel::TaskModel(QObject *parent)
    : TaskModel(nullptr, parent)
{}

TaskModel::TaskModel(TaskPageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    translateTexts();
}

void TaskModel::translateTexts()
{
    m_statusTexts = {tr("Open"), tr("In progress"), tr("Done")};
    m_priorityTexts = {tr("Urgent"), tr("High"), tr("Medium"), tr("Low")};
}

void TaskModel::retranslate()
{
    translateTexts();
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

TaskModel::~TaskModel() = default;

void TaskModel::setPageSource(TaskPageSource *source)
{
    beginResetModel();
    m_source = source;
    resetState();
    endResetModel();
}

void TaskModel::setQuery(const TaskListQuery &query)
{
    beginResetModel();
    m_query = query;
    resetState();
    m_hasMore = m_source != nullptr;
    endResetModel();
    // A view (or QAbstractItemModelTester) reacting to modelReset may already have asked for
    // page 1; asking again would load page 2 unasked.
    if (!m_firstPageRequested)
        requestNextPage();
}

void TaskModel::reload()
{
    setQuery(m_query);
}

void TaskModel::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    requestNextPage();
}

void TaskModel::setTasks(QList<Task> tasks)
{
    beginResetModel();
    resetState();
    m_rows.reserve(tasks.size());
    m_keys.reserve(tasks.size());
    m_keyOfId.reserve(tasks.size());
    for (Task &task : tasks) {
        const auto existing = m_keyOfId.constFind(task.id);
        if (existing != m_keyOfId.cend()) {
            // A repeated id: the later copy wins, at the first one's place.
            m_rows[*existing] = makeRow(std::move(task), &m_keys[*existing]);
            continue;
        }
        m_keyOfId.insert(task.id, m_rows.size());
        appendRow(std::move(task));
    }
    endResetModel();
}

void TaskModel::clear()
{
    setTasks({});
}

int TaskModel::upsert(const Task &task)
{
    const int row = rowOf(task.id);
    if (row >= 0) {
        setRow(row, task);
        return row;
    }
    placeRow(0, task);
    return 0;
}

int TaskModel::insertTask(int row, const Task &task)
{
    const int existing = rowOf(task.id);
    if (existing >= 0) {
        setRow(existing, task);
        return existing;
    }
    row = std::clamp(row, 0, rowCount());
    placeRow(row, task);
    return row;
}

TaskModel::Removal TaskModel::removeTask(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return {};

    beginRemoveRows(QModelIndex(), row, row);
    m_keyOfId.remove(id); // before the row goes: `id` may refer to the removed task's own id
    Removal removal{m_rows.at(row).task, row};
    const int count = int(m_rows.size());
    if (row < count / 2) {
        // Rows above keep their numbers: move their keys up by one together with the offset.
        for (int i = 0; i < row; ++i)
            ++m_keyOfId[m_rows.at(i).task.id];
        ++m_keyOffset;
    } else {
        for (int i = row + 1; i < count; ++i)
            --m_keyOfId[m_rows.at(i).task.id];
    }
    m_rows.removeAt(row);
    m_keys.removeAt(row);
    endRemoveRows();
    return removal;
}

const Task &TaskModel::taskAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).task;
}

int TaskModel::rowOf(const QString &id) const
{
    const auto it = m_keyOfId.constFind(id);
    return it == m_keyOfId.cend() ? -1 : int(*it - m_keyOffset);
}

const QString &TaskModel::searchTextAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).searchText;
}

std::array<quint64, 2> TaskModel::asciiCharsOf(QStringView text)
{
    std::array<quint64, 2> set{};
    for (const QChar c : text) {
        if (const char16_t code = c.unicode(); code < 128)
            set[code >> 6] |= quint64(1) << (code & 63);
    }
    return set;
}

TaskModel::BigramSet TaskModel::bigramsOf(QStringView text)
{
    BigramSet set{};
    const char16_t *chars = text.utf16();
    for (qsizetype i = 1; i < text.size(); ++i) {
        const quint32 hash =
            (quint32(chars[i - 1]) * 0x9E3779B1u) ^ (quint32(chars[i]) * 0x85EBCA77u);
        const quint32 bit = hash >> 24; // 0..255
        set[bit >> 6] |= quint64(1) << (bit & 63);
    }
    return set;
}

QModelIndex TaskModel::index(int row, int column, const QModelIndex &parent) const
{
    // Cheaper than the default (no virtual rowCount/columnCount calls): the proxy's sort
    // creates two indexes per comparison.
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return QModelIndex();
    return createIndex(row, column);
}

int TaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const Task &task = row.task;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Title:
            if (role == Qt::ToolTipRole && !task.notes.isEmpty()) {
                if (task.notes.size() <= MaxToolTipNotes)
                    return task.notes;
                return QString(task.notes.left(MaxToolTipNotes) + QChar(0x2026));
            }
            return task.title;
        case Status:
            return m_statusTexts.at(std::size_t(task.status));
        case Priority:
            return m_priorityTexts.at(std::size_t(priorityIndex(task.priority)));
        case DueDate:
            return dueTextOf(row);
        case Labels:
            return row.labelsText;
        case Updated:
            return updatedTextOf(row);
        default:
            break;
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case Title:
            return task.title;
        case Status:
            return int(task.status);
        case Priority:
            return task.priority;
        case DueDate:
            return task.dueDate;
        case Labels:
            return task.labels;
        case Updated:
            return task.updatedAt;
        default:
            break;
        }
        break;
    case Qt::CheckStateRole:
        if (column == Title)
            return task.status == TaskStatus::Done ? Qt::Checked : Qt::Unchecked;
        break;
    case TaskRole:
        return QVariant::fromValue(task);
    case IdRole:
        return task.id;
    case EtagRole:
        return task.etag();
    case SearchTextRole:
        return row.searchText;
    default:
        break;
    }
    return QVariant();
}

bool TaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Title ||
        role != Qt::CheckStateRole)
        return false;
    const bool done = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    const Task &task = m_rows.at(index.row()).task;
    if (done != (task.status == TaskStatus::Done))
        emit completionChangeRequested(task.id, done);
    return false; // the task changes when its owner upserts the saved version
}

Qt::ItemFlags TaskModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Title)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Priority:
        return tr("Priority");
    case DueDate:
        return tr("Due");
    case Labels:
        return tr("Labels");
    case Updated:
        return tr("Updated");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> TaskModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TaskRole, "task");
    names.insert(IdRole, "taskId");
    names.insert(EtagRole, "etag");
    names.insert(SearchTextRole, "searchText");
    return names;
}

bool TaskModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && m_hasMore && !m_loading && !m_failed;
}

void TaskModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestNextPage();
}

TaskModel::Row TaskModel::makeRow(Task task, RowKeys *keys)
{
    Row row;
    const QChar separator = QLatin1Char('\n');
    QString search = task.title % separator % task.notes;
    for (const QString &label : std::as_const(task.labels))
        search += separator % label;
    row.searchText = std::move(search).toCaseFolded();
    keys->searchBigrams = bigramsOf(row.searchText);
    keys->asciiChars = asciiCharsOf(row.searchText);
    keys->dueDay =
        task.dueDate.isValid() ? task.dueDate.toJulianDay() : std::numeric_limits<qint64>::max();
    keys->priority = task.priority;
    keys->status = task.status;
    row.labelsText = task.labels.join(QStringLiteral(", "));
    keys->updatedMsecs = task.updatedAt.isValid() ? task.updatedAt.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::min();
    row.task = std::move(task);
    return row;
}

void TaskModel::appendRow(Task task)
{
    RowKeys keys;
    m_rows.append(makeRow(std::move(task), &keys));
    m_keys.append(keys);
}

void TaskModel::setRow(int row, Task task)
{
    m_rows[row] = makeRow(std::move(task), &m_keys[row]);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void TaskModel::placeRow(int row, Task task)
{
    const int count = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    if (row < count / 2 || row == 0) {
        // Rows above move down by one together with the offset, so their numbers stay.
        for (int i = 0; i < row; ++i)
            --m_keyOfId[m_rows.at(i).task.id];
        --m_keyOffset;
    } else {
        for (int i = row; i < count; ++i)
            ++m_keyOfId[m_rows.at(i).task.id];
    }
    m_keyOfId.insert(task.id, row + m_keyOffset);
    RowKeys keys;
    m_rows.insert(row, makeRow(std::move(task), &keys));
    m_keys.insert(row, keys);
    endInsertRows();
}

void TaskModel::resetState()
{
    m_rows.clear();
    m_keys.clear();
    m_keyOfId.clear();
    m_keyOffset = 0;
    m_nextCursor.clear();
    m_lastError.clear();
    ++m_generation;
    m_hasMore = false;
    m_failed = false;
    m_firstPageRequested = false;
    // Inside the reset, so that whatever reacts to modelReset may already ask for page 1.
    setLoading(false);
}

void TaskModel::requestNextPage()
{
    if (!m_source || m_loading || !m_hasMore || m_failed)
        return;
    m_firstPageRequested = true;
    setLoading(true);
    const quint64 generation = m_generation;
    QPointer<TaskModel> self(this);
    m_source->requestPage(m_query, m_nextCursor, [self, generation](const TaskPage &page) {
        if (!self)
            return;
        // Applied from the event loop even when the source answers at once: fetchMore() is
        // often called from another change's notification (a modelReset or layoutChanged
        // handler), where inserting rows would nest one change inside another.
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, page] {
                if (self && self->m_generation == generation && self->m_loading)
                    self->applyPage(page);
            },
            Qt::QueuedConnection);
    });
}

void TaskModel::applyPage(const TaskPage &page)
{
    if (page.failed) {
        m_failed = true;
        m_lastError = page.error.isEmpty() ? tr("The tasks could not be loaded.") : page.error;
        setLoading(false);
        emit loadFailed(m_lastError);
        return;
    }

    m_nextCursor = page.nextCursor;
    m_hasMore = !m_nextCursor.isEmpty();

    // A task already shown (say, created here and upserted before its page arrived) is updated
    // in place; the rest are appended in the order the server sent them.
    QList<Task> fresh;
    fresh.reserve(page.tasks.size());
    QHash<QString, qsizetype> freshIndex;
    for (const Task &task : page.tasks) {
        const int existing = rowOf(task.id);
        if (existing >= 0) {
            setRow(existing, task);
        } else if (const auto it = freshIndex.constFind(task.id); it != freshIndex.cend()) {
            fresh[*it] = task;
        } else {
            freshIndex.insert(task.id, fresh.size());
            fresh.append(task);
        }
    }

    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        m_rows.reserve(m_rows.size() + fresh.size());
        m_keys.reserve(m_keys.size() + fresh.size());
        for (Task &task : fresh) {
            m_keyOfId.insert(task.id, m_rows.size() + m_keyOffset);
            appendRow(std::move(task));
        }
        endInsertRows();
    }
    // Only now: a view reacting to rowsInserted must not see canFetchMore() yet.
    setLoading(false);
}

void TaskModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

const QString &TaskModel::dueTextOf(const Row &row) const
{
    if (row.dueText.isNull() && row.task.dueDate.isValid())
        row.dueText = QLocale().toString(row.task.dueDate, QLocale::ShortFormat);
    return row.dueText;
}

const QString &TaskModel::updatedTextOf(const Row &row) const
{
    if (row.updatedText.isNull() && row.task.updatedAt.isValid())
        row.updatedText =
            QLocale().toString(row.task.updatedAt.toLocalTime(), QLocale::ShortFormat);
    return row.updatedText;
}
