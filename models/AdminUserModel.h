#pragma once

#include "AdminUser.h"
#include "PagedTableModel.h"

#include <QMetaType>

// The users an administrator can manage (docs/api.md 12.8), sorted by user name as the server
// sends them, page by page from a PageSource<AdminUser> and searched on the server
// (setSearchText: user name, email or display name). Disabled accounts answer DisabledRole so a
// view can grey them out; the administrator's own account says "(you)" and answers
// CurrentUserRole. Counts read as numbers, the last sign-in as "2 days ago" (the exact time in
// the tooltip).
class AdminUserModel : public PagedTableModel<AdminUser>
{
    Q_OBJECT

public:
    enum Column {
        Username,
        DisplayName,
        Email,
        Role,
        Status,
        TwoFactor,
        Sessions,
        Tokens,
        LastSignIn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole {
        IdRole = Qt::UserRole + 1, // QString
        AccountRole,               // the whole AdminUser
        SortRole,                  // a value that sorts the column sensibly (times as msecs)
        DisabledRole,              // bool
        CurrentUserRole,           // bool: the administrator looking at the list
    };
    Q_ENUM(ItemRole)

    explicit AdminUserModel(QObject *parent = nullptr);
    ~AdminUserModel() override;

    // The signed-in administrator's user id, so their own row can say so.
    void setCurrentUserId(const QString &id);
    QString currentUserId() const { return m_currentUserId; }

    const AdminUser &userAt(int row) const { return itemAt(row); }

    void refreshTimes() override;

    // QAbstractItemModel
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QString defaultLoadError() const override;

private:
    QVariant displayData(const AdminUser &user, int column) const;
    QVariant toolTipData(const AdminUser &user, int column) const;

    QString m_currentUserId;
};

Q_DECLARE_METATYPE(AdminUser)
