#include "SecurityLogModel.h"

#include "RelativeTime.h"
#include "UserAgentText.h"

#include <QPointer>

#include <utility>

SecurityLogModel::SecurityLogModel(QObject *parent)
    : PagedModelBase(parent)
{}

SecurityLogModel::~SecurityLogModel() = default;

void SecurityLogModel::setPageSource(SecurityLogPageSource *source)
{
    m_source = source;
    clear();
}

void SecurityLogModel::dropRows()
{
    m_rows.clear();
    m_rowOfId.clear();
}

QString SecurityLogModel::defaultLoadError() const
{
    return tr("The security log could not be loaded.");
}

const SecurityLogEntry &SecurityLogModel::entryAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).entry;
}

int SecurityLogModel::rowOf(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

QString SecurityLogModel::searchTextAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).searchText;
}

void SecurityLogModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, Time), index(int(m_rows.size()) - 1, Time));
}

void SecurityLogModel::setTypeFilter(const QStringList &types)
{
    QStringList sorted = types;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted == m_types)
        return;
    m_types = sorted;
    reload();
}

void SecurityLogModel::requestFromSource(const PageRequest &request, quint64 generation)
{
    QPointer<SecurityLogModel> self(this);
    m_source->requestLogPage(
        request.cursor, request.pageSize, m_types, [self, generation](const SecurityLogPage &page) {
            if (SecurityLogModel *model = self.data())
                model->applyWhenCurrent(generation, [model, page] { model->applyPage(page); });
        });
}

void SecurityLogModel::applyPage(const SecurityLogPage &page)
{
    if (page.failed) {
        failPage(page.error);
        return;
    }
    // Keyset paging does not repeat entries, but a reload racing a page could; an entry that is
    // already listed is not listed twice.
    QList<Row> fresh;
    for (const SecurityLogEntry &entry : page.entries) {
        if (m_rowOfId.contains(entry.id))
            continue;
        bool repeated = false;
        for (const Row &row : std::as_const(fresh))
            repeated = repeated || row.entry.id == entry.id;
        if (!repeated)
            fresh.append(makeRow(entry));
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
        for (Row &row : fresh) {
            m_rowOfId.insert(row.entry.id, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    finishPage(page.nextCursor);
}

SecurityLogModel::Row SecurityLogModel::makeRow(SecurityLogEntry entry)
{
    Row row;
    row.title = entry.title();
    row.detailText = entry.detailText();
    row.softwareText =
        entry.userAgent.isEmpty() ? QString() : UserAgentText::summary(entry.userAgent);
    row.searchText = QStringList{row.title, row.detailText, entry.ip, entry.userAgent, entry.type}
                         .join(QLatin1Char('\n'))
                         .toCaseFolded();
    row.entry = std::move(entry);
    return row;
}

int SecurityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecurityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityLogModel::displayData(const Row &row, int column, const QDateTime &now) const
{
    switch (column) {
    case Time:
        return RelativeTime::describeWithDate(row.entry.occurredAt, now);
    case Event:
        return row.title;
    case Details:
        return row.detailText;
    case IpAddress:
        return row.entry.ip;
    case Software:
        return row.softwareText;
    default:
        return {};
    }
}

QVariant SecurityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SecurityLogEntry &entry = row.entry;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column, now());
    case Qt::ToolTipRole:
        switch (column) {
        case Time:
            return RelativeTime::full(entry.occurredAt);
        case Event:
            return entry.needsAttention()
                       ? tr("%1. If this was not you, sign out the other sessions and revoke "
                            "tokens you do not recognise.")
                             .arg(row.title)
                       : row.title;
        case Details:
            return row.detailText;
        case IpAddress:
            return entry.ip.isEmpty() ? QString() : tr("The address the request came from");
        case Software:
            return entry.userAgent;
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        return QString(headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") +
                       displayData(row, column, now()).toString());
    case SortRole:
        switch (column) {
        case Time:
            return entry.occurredAt.toMSecsSinceEpoch();
        default:
            return displayData(row, column, now()).toString().toCaseFolded();
        }
    case IdRole:
        return entry.id;
    case EntryRole:
        return QVariant::fromValue(entry);
    case TypeRole:
        return entry.type;
    case AttentionRole:
        return entry.needsAttention();
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

Qt::ItemFlags SecurityLogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SecurityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("When");
    case Event:
        return tr("What happened");
    case Details:
        return tr("Details");
    case IpAddress:
        return tr("Address");
    case Software:
        return tr("Software");
    default:
        return {};
    }
}

QHash<int, QByteArray> SecurityLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(EntryRole, "entry");
    names.insert(SortRole, "sortKey");
    names.insert(TypeRole, "type");
    names.insert(AttentionRole, "attention");
    names.insert(SearchTextRole, "searchText");
    return names;
}
