#include "ServiceClientModel.h"

#include "RelativeTime.h"

ServiceClientModel::ServiceClientModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ServiceClientModel::setClients(const QList<ServiceClient> &clients)
{
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

int ServiceClientModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == id)
            return row;
    }
    return -1;
}

int ServiceClientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ServiceClientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime ServiceClientModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString ServiceClientModel::secretText(const ServiceClient &client) const
{
    if (client.isRevoked())
        return tr("Revoked %1").arg(RelativeTime::describe(client.revokedAt, now()));
    if (client.isRotating(now()))
        return tr("Rotated; the old secret works until %1")
            .arg(RelativeTime::absolute(client.previousSecretExpiresAt));
    if (client.secretRotatedAt.isValid())
        return tr("Rotated %1").arg(RelativeTime::describe(client.secretRotatedAt, now()));
    return tr("Active");
}

QVariant ServiceClientModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clients.size())
        return {};
    const ServiceClient &client = m_clients.at(index.row());
    if (role == IdRole)
        return client.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Created)
            return RelativeTime::full(client.createdAt);
        if (index.column() == LastUsed && client.lastUsedAt.isValid())
            return RelativeTime::full(client.lastUsedAt);
        if (index.column() == Name)
            return tr("Client id: %1").arg(client.id);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return client.name;
    case Owner:
        return client.ownerUsername;
    case Scopes:
        return client.scopes.join(QStringLiteral(", "));
    case Created:
        return RelativeTime::describe(client.createdAt, now());
    case LastUsed:
        return client.lastUsedAt.isValid() ? RelativeTime::describe(client.lastUsedAt, now())
                                           : tr("Never");
    case Secret:
        return secretText(client);
    default:
        return {};
    }
}

QVariant ServiceClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Owner:
        return tr("Acts for");
    case Scopes:
        return tr("Scopes");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Secret:
        return tr("Secret");
    default:
        return {};
    }
}

void ServiceClientModel::refreshTexts()
{
    if (!m_clients.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
