#include "PasskeyModel.h"

#include "RelativeTime.h"

PasskeyModel::PasskeyModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QDateTime PasskeyModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void PasskeyModel::setPasskeys(QList<Passkey> passkeys)
{
    beginResetModel();
    m_passkeys = std::move(passkeys);
    endResetModel();
}

void PasskeyModel::clear()
{
    setPasskeys({});
}

bool PasskeyModel::removePasskey(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_passkeys.removeAt(row);
    endRemoveRows();
    return true;
}

int PasskeyModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_passkeys.size(); ++row) {
        if (m_passkeys.at(row).id == id)
            return row;
    }
    return -1;
}

void PasskeyModel::refreshTimes()
{
    if (!m_passkeys.isEmpty())
        emit dataChanged(index(0, Added), index(int(m_passkeys.size()) - 1, LastUsed));
}

int PasskeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_passkeys.size());
}

int PasskeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PasskeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Passkey &passkey = m_passkeys.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Name)
            return passkey.name;
        if (column == Added)
            return RelativeTime::describe(passkey.createdAt, now());
        if (column == LastUsed)
            return passkey.lastUsedAt.isValid() ? RelativeTime::describe(passkey.lastUsedAt, now())
                                                : tr("Never");
        return {};
    case Qt::ToolTipRole:
        if (column == Added)
            return tr("Added %1").arg(RelativeTime::full(passkey.createdAt));
        if (column == LastUsed)
            return passkey.lastUsedAt.isValid()
                       ? tr("Last signed in %1").arg(RelativeTime::full(passkey.lastUsedAt))
                       : tr("This passkey has not signed in yet.");
        return passkey.name;
    case SortRole:
        if (column == Added)
            return passkey.createdAt.toMSecsSinceEpoch();
        if (column == LastUsed)
            return passkey.lastUsedAt.isValid() ? passkey.lastUsedAt.toMSecsSinceEpoch() : -1;
        return passkey.name.toLower();
    case IdRole:
        return passkey.id;
    case PasskeyRole:
        return QVariant::fromValue(passkey);
    default:
        return {};
    }
}

QVariant PasskeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Added:
        return tr("Added");
    case LastUsed:
        return tr("Last used");
    default:
        return {};
    }
}
