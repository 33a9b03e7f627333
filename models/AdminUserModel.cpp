#include "AdminUserModel.h"

#include "RelativeTime.h"

AdminUserModel::AdminUserModel(QObject *parent)
    : PagedTableModel<AdminUser>(parent)
{}

AdminUserModel::~AdminUserModel() = default;

void AdminUserModel::setCurrentUserId(const QString &id)
{
    if (m_currentUserId == id)
        return;
    m_currentUserId = id;
    if (rowCount() > 0)
        emit dataChanged(index(0, Username), index(rowCount() - 1, Username));
}

void AdminUserModel::refreshTimes()
{
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, LastSignIn), index(rowCount() - 1, LastSignIn));
}

int AdminUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminUserModel::displayData(const AdminUser &user, int column) const
{
    switch (column) {
    case Username:
        if (!m_currentUserId.isEmpty() && user.id == m_currentUserId)
            return tr("%1 (you)").arg(user.username);
        return user.username;
    case DisplayName:
        return user.displayName;
    case Email:
        return user.email;
    case Role:
        return user.roleText();
    case Status:
        return user.statusText();
    case TwoFactor:
        return user.twoFactorText();
    case Sessions:
        return user.activeSessions;
    case Tokens:
        return user.activeTokens;
    case LastSignIn:
        return user.lastSignInAt.isValid() ? RelativeTime::describe(user.lastSignInAt, now())
                                           : tr("Never");
    default:
        return {};
    }
}

QVariant AdminUserModel::toolTipData(const AdminUser &user, int column) const
{
    switch (column) {
    case Username:
        return user.disabled
                   ? tr("%1 <%2> is disabled: they cannot sign in.").arg(user.name(), user.email)
                   : tr("%1 <%2>").arg(user.name(), user.email);
    case Role:
        return user.isAdmin() ? tr("Can manage other users") : tr("Manages only their own tasks");
    case TwoFactor:
        return user.twoFactorEnabled ? tr("Signs in with a password and an authenticator code")
                                     : tr("Signs in with a password only");
    case Sessions:
        return tr("Devices signed in now");
    case Tokens:
        return tr("Personal access tokens that still work");
    case LastSignIn:
        return user.lastSignInAt.isValid()
                   ? tr("Last signed in %1").arg(RelativeTime::full(user.lastSignInAt))
                   : tr("Has never signed in");
    default:
        return displayData(user, column);
    }
}

QVariant AdminUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AdminUser &user = userAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(user, column);
    case Qt::ToolTipRole:
        return toolTipData(user, column);
    case Qt::AccessibleTextRole:
        return QString(headerData(column, Qt::Horizontal).toString() + QStringLiteral(": ") +
                       displayData(user, column).toString());
    case Qt::TextAlignmentRole:
        if (column == Sessions || column == Tokens)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case Sessions:
            return user.activeSessions;
        case Tokens:
            return user.activeTokens;
        case LastSignIn:
            return user.lastSignInAt.isValid() ? user.lastSignInAt.toMSecsSinceEpoch() : qint64(0);
        default:
            return displayData(user, column).toString().toCaseFolded();
        }
    case IdRole:
        return user.id;
    case AccountRole:
        return QVariant::fromValue(user);
    case DisabledRole:
        return user.disabled;
    case CurrentUserRole:
        return !m_currentUserId.isEmpty() && user.id == m_currentUserId;
    default:
        return {};
    }
}

Qt::ItemFlags AdminUserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant AdminUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case TwoFactor:
        return tr("Two-factor");
    case Sessions:
        return tr("Sessions");
    case Tokens:
        return tr("Tokens");
    case LastSignIn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

QHash<int, QByteArray> AdminUserModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(AccountRole, "account");
    names.insert(SortRole, "sortKey");
    names.insert(DisabledRole, "disabled");
    names.insert(CurrentUserRole, "currentUser");
    return names;
}

QString AdminUserModel::defaultLoadError() const
{
    return tr("The users could not be loaded.");
}
