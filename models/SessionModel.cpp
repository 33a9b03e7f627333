#include "SessionModel.h"

#include "RelativeTime.h"
#include "UserAgentText.h"

#include <limits>
#include <utility>

SessionModel::SessionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SessionModel::~SessionModel() = default;

void SessionModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

QDateTime SessionModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

SessionModel::Row SessionModel::makeRow(SignedInSession session)
{
    Row row;
    row.softwareText = UserAgentText::summary(session.userAgent);
    row.session = std::move(session);
    return row;
}

void SessionModel::setSessions(QList<SignedInSession> sessions)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(sessions.size());
    for (SignedInSession &session : sessions)
        m_rows.append(makeRow(std::move(session)));
    endResetModel();
}

void SessionModel::clear()
{
    setSessions({});
}

bool SessionModel::removeSession(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

void SessionModel::removeOthers()
{
    // Bottom up, one row at a time: the rows left keep their numbers until they go.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).session.current)
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

const SignedInSession &SessionModel::sessionAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row).session;
}

int SessionModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).session.id == id)
            return row;
    }
    return -1;
}

QList<SignedInSession> SessionModel::sessions() const
{
    QList<SignedInSession> sessions;
    sessions.reserve(m_rows.size());
    for (const Row &row : m_rows)
        sessions.append(row.session);
    return sessions;
}

int SessionModel::currentRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).session.current)
            return row;
    }
    return -1;
}

int SessionModel::otherCount() const
{
    return int(m_rows.size()) - (currentRow() >= 0 ? 1 : 0);
}

void SessionModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    const int last = int(m_rows.size()) - 1;
    emit dataChanged(index(0, SignedIn), index(last, Ends));
}

int SessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionModel::displayData(const Row &row, int column, const QDateTime &now) const
{
    const SignedInSession &session = row.session;
    switch (column) {
    case Device:
        if (session.current)
            return tr("%1 (this device)").arg(session.displayName());
        return session.displayName();
    case Client:
        return SignedInSession::clientDisplayName(session.clientId, session.clientName);
    case IpAddress:
        return session.ip.isEmpty() ? tr("Unknown") : session.ip;
    case Software:
        return row.softwareText;
    case SignedIn:
        return RelativeTime::describe(session.createdAt, now);
    case LastActive:
        // This very app is active as the list is shown, whatever the server last wrote down
        // (it notes activity at most once a minute).
        if (session.current)
            return tr("Now");
        return RelativeTime::describe(session.lastActiveAt, now);
    case Ends:
        if (!session.expiresAt.isValid())
            return tr("Unknown");
        return RelativeTime::describe(session.expiresAt, now);
    default:
        return {};
    }
}

QVariant SessionModel::toolTipData(const Row &row, int column) const
{
    const SignedInSession &session = row.session;
    switch (column) {
    case Device:
        if (session.current)
            return tr("This is the session of this app. Revoking it signs this app out.");
        return session.displayName();
    case Client:
        return session.clientId.isEmpty() ? session.clientName
                                          : tr("Application id: %1").arg(session.clientId);
    case IpAddress:
        return tr("The address of the most recent activity");
    case Software:
        return session.userAgent.isEmpty() ? tr("The device did not say which software it is.")
                                           : session.userAgent;
    case SignedIn:
        return tr("Signed in %1").arg(RelativeTime::full(session.createdAt));
    case LastActive:
        return tr("Last active %1").arg(RelativeTime::full(session.lastActiveAt));
    case Ends:
        if (!session.expiresAt.isValid())
            return tr("The server did not say when this session ends.");
        return tr("The server ends this session %1 if it is not used before then. Each use "
                  "moves the end, up to the longest time the server lets a session last.")
            .arg(RelativeTime::full(session.expiresAt));
    default:
        return {};
    }
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SignedInSession &session = row.session;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column, now());
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::AccessibleTextRole:
        return QString(headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") +
                       displayData(row, column, now()).toString());
    case SortRole:
        switch (column) {
        case Device:
            // This device first in ascending order, then by name.
            return QString(QLatin1Char(session.current ? '0' : '1') +
                           session.displayName().toCaseFolded());
        case Client:
        case IpAddress:
        case Software:
            return displayData(row, column, now()).toString().toCaseFolded();
        case SignedIn:
            return session.createdAt.toMSecsSinceEpoch();
        case LastActive:
            return session.current ? std::numeric_limits<qint64>::max()
                                   : session.lastActiveAt.toMSecsSinceEpoch();
        case Ends:
            return session.expiresAt.isValid() ? session.expiresAt.toMSecsSinceEpoch()
                                               : std::numeric_limits<qint64>::max();
        default:
            return {};
        }
    case IdRole:
        return session.id;
    case SessionRole:
        return QVariant::fromValue(session);
    case CurrentRole:
        return session.current;
    default:
        return {};
    }
}

Qt::ItemFlags SessionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Device:
        return tr("Device");
    case Client:
        return tr("Application");
    case IpAddress:
        return tr("Address");
    case Software:
        return tr("Software");
    case SignedIn:
        return tr("Signed in");
    case LastActive:
        return tr("Last active");
    case Ends:
        return tr("Ends");
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SessionRole, "session");
    names.insert(SortRole, "sortKey");
    names.insert(CurrentRole, "current");
    return names;
}
