#include "PersonalTokenModel.h"

#include "RelativeTime.h"

#include <limits>
#include <utility>

PersonalTokenModel::PersonalTokenModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PersonalTokenModel::~PersonalTokenModel() = default;

void PersonalTokenModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

QDateTime PersonalTokenModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void PersonalTokenModel::setTokens(QList<PersonalToken> tokens)
{
    beginResetModel();
    m_tokens = std::move(tokens);
    endResetModel();
    noteActiveCount();
}

void PersonalTokenModel::clear()
{
    setTokens({});
}

int PersonalTokenModel::upsert(const PersonalToken &token)
{
    const int row = rowOf(token.id);
    if (row >= 0) {
        m_tokens[row] = token;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        noteActiveCount();
        return row;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_tokens.prepend(token);
    endInsertRows();
    noteActiveCount();
    return 0;
}

bool PersonalTokenModel::removeToken(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_tokens.removeAt(row);
    endRemoveRows();
    noteActiveCount();
    return true;
}

const PersonalToken &PersonalTokenModel::tokenAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_tokens.size());
    return m_tokens.at(row);
}

int PersonalTokenModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id == id)
            return row;
    }
    return -1;
}

int PersonalTokenModel::activeCount() const
{
    const QDateTime current = now();
    int active = 0;
    for (const PersonalToken &token : m_tokens) {
        if (!token.isExpired(current) && !token.isRotated())
            ++active;
    }
    return active;
}

bool PersonalTokenModel::containsName(const QString &name) const
{
    // The server compares names exactly, after trimming (docs/api.md 12.1).
    const QString trimmed = name.trimmed();
    for (const PersonalToken &token : m_tokens) {
        if (token.name == trimmed)
            return true;
    }
    return false;
}

void PersonalTokenModel::refreshTimes()
{
    if (!m_tokens.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_tokens.size()) - 1, ColumnCount - 1));
    }
    noteActiveCount();
}

void PersonalTokenModel::noteActiveCount()
{
    const int active = activeCount();
    if (active == std::exchange(m_lastActiveCount, active))
        return;
    emit activeCountChanged(active);
}

int PersonalTokenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int PersonalTokenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonalTokenModel::displayData(const PersonalToken &token, int column,
                                         const QDateTime &now) const
{
    switch (column) {
    case Name:
        return token.name;
    case Scopes:
        return PersonalToken::scopesText(token.scopes);
    case Created:
        return RelativeTime::describe(token.createdAt, now);
    case LastUsed:
        if (!token.wasUsed())
            return tr("Never used");
        if (token.lastUsedIp.isEmpty())
            return RelativeTime::describe(token.lastUsedAt, now);
        return tr("%1 from %2")
            .arg(RelativeTime::describe(token.lastUsedAt, now), token.lastUsedIp);
    case Expires:
        if (token.isRotated())
            return tr("Valid until %1").arg(RelativeTime::absolute(token.validUntil));
        if (token.neverExpires())
            return tr("Never");
        if (token.isExpired(now))
            return tr("Expired %1").arg(RelativeTime::describe(token.expiresAt, now));
        return RelativeTime::describe(token.expiresAt, now);
    default:
        return {};
    }
}

QVariant PersonalTokenModel::toolTipData(const PersonalToken &token, int column,
                                         const QDateTime &now) const
{
    switch (column) {
    case Name:
        if (token.isRotated())
            return tr("%1 was rotated: a new token replaced it, and this one stops working on %2.")
                .arg(token.name, RelativeTime::full(token.validUntil));
        if (token.isExpired(now))
            return tr("%1 has expired and no longer works. Revoke it to free its name.")
                .arg(token.name);
        return token.name;
    case Scopes: {
        QStringList lines;
        for (const QString &scope : token.scopes)
            lines.append(PersonalToken::scopeLabel(scope) + QStringLiteral(": ") +
                         PersonalToken::scopeDescription(scope));
        return lines.join(QLatin1Char('\n'));
    }
    case Created:
        return tr("Created %1").arg(RelativeTime::full(token.createdAt));
    case LastUsed: {
        if (!token.wasUsed())
            return tr("This token has not been used yet.");
        QStringList lines{tr("Last used %1").arg(RelativeTime::full(token.lastUsedAt))};
        if (!token.lastUsedIp.isEmpty())
            lines.append(tr("From the address %1").arg(token.lastUsedIp));
        if (!token.lastUsedUserAgent.isEmpty())
            lines.append(tr("By %1").arg(token.lastUsedUserAgent));
        return lines.join(QLatin1Char('\n'));
    }
    case Expires:
        if (token.isRotated())
            return tr("Replaced by a new token; works until %1")
                .arg(RelativeTime::full(token.validUntil));
        if (token.neverExpires())
            return tr("This token works until you revoke it.");
        if (token.isExpired(now))
            return tr("Expired %1").arg(RelativeTime::full(token.expiresAt));
        return tr("Expires %1").arg(RelativeTime::full(token.expiresAt));
    default:
        return {};
    }
}

QVariant PersonalTokenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonalToken &token = m_tokens.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(token, column, now());
    case Qt::ToolTipRole:
        return toolTipData(token, column, now());
    case Qt::AccessibleTextRole: {
        // Screen readers get the row's context, not just "3 days ago".
        const QString header = headerData(column, Qt::Horizontal).toString();
        return QString(header + QStringLiteral(": ") +
                       displayData(token, column, now()).toString());
    }
    case SortRole:
        switch (column) {
        case Name:
            return token.name.toCaseFolded();
        case Scopes:
            return PersonalToken::scopesText(token.scopes).toCaseFolded();
        case Created:
            return token.createdAt.toMSecsSinceEpoch();
        case LastUsed:
            // Never used sorts as the oldest use.
            return token.wasUsed() ? token.lastUsedAt.toMSecsSinceEpoch() : qint64(0);
        case Expires:
            // Never expiring sorts after every date.
            return token.neverExpires() ? std::numeric_limits<qint64>::max()
                                        : token.expiresAt.toMSecsSinceEpoch();
        default:
            return {};
        }
    case IdRole:
        return token.id;
    case TokenRole:
        return QVariant::fromValue(token);
    case ExpiredRole:
        // Rotated tokens are on their way out too, and dimmed alike.
        return token.isExpired(now()) || token.isRotated();
    default:
        return {};
    }
}

Qt::ItemFlags PersonalTokenModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant PersonalTokenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Scopes:
        return tr("Access");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case Expires:
        return tr("Expires");
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonalTokenModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TokenRole, "token");
    names.insert(SortRole, "sortKey");
    names.insert(ExpiredRole, "expired");
    return names;
}
