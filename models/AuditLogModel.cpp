#include "AuditLogModel.h"

#include "RelativeTime.h"
#include "UserAgentText.h"

AuditLogModel::AuditLogModel(QObject *parent)
    : PagedTableModel<AuditLogEntry>(parent)
{}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::refreshTimes()
{
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, Time), index(rowCount() - 1, Time));
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::displayData(const AuditLogEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return RelativeTime::describeWithDate(entry.occurredAt, now());
    case Admin:
        return entry.adminText();
    case Action:
        return entry.title();
    case Target:
        return entry.targetUsername;
    case Details:
        return entry.detailText();
    case IpAddress:
        return entry.ip;
    case Software:
        return entry.userAgent.isEmpty() ? QString() : UserAgentText::summary(entry.userAgent);
    default:
        return {};
    }
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLogEntry &entry = entryAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Time:
            return RelativeTime::full(entry.occurredAt);
        case Admin:
            return entry.byCommandLine()
                       ? tr("Done with the server's command line (tasklane-server user \u2026)")
                       : tr("The administrator who did it");
        case IpAddress:
            return entry.ip.isEmpty() ? QString() : tr("The address the request came from");
        case Software:
            return entry.userAgent;
        default:
            return displayData(entry, column);
        }
    case Qt::AccessibleTextRole:
        return QString(headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") +
                       displayData(entry, column).toString());
    case SortRole:
        if (column == Time)
            return entry.occurredAt.toMSecsSinceEpoch();
        return displayData(entry, column).toString().toCaseFolded();
    case IdRole:
        return entry.id;
    case EntryRole:
        return QVariant::fromValue(entry);
    case ActionRole:
        return entry.action;
    default:
        return {};
    }
}

Qt::ItemFlags AuditLogModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("When");
    case Admin:
        return tr("Administrator");
    case Action:
        return tr("What they did");
    case Target:
        return tr("User");
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

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(EntryRole, "entry");
    names.insert(SortRole, "sortKey");
    names.insert(ActionRole, "action");
    return names;
}

QString AuditLogModel::defaultLoadError() const
{
    return tr("The audit log could not be loaded.");
}
