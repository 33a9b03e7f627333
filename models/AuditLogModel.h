#pragma once

#include "AuditLogEntry.h"
#include "PagedTableModel.h"

#include <QMetaType>

// The administrators' audit log, newest first, page by page from a PageSource<AuditLogEntry>
// (the server pages it; the search text is not used). Entries read in plain words: when
// ("5 minutes ago (date)"), which administrator, what they did, to whom, the details, and the
// address and software the request came from.
class AuditLogModel : public PagedTableModel<AuditLogEntry>
{
    Q_OBJECT

public:
    enum Column { Time, Admin, Action, Target, Details, IpAddress, Software, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        IdRole = Qt::UserRole + 1, // QString
        EntryRole,                 // the whole AuditLogEntry
        SortRole,                  // a value that sorts the column sensibly (times as msecs)
        ActionRole,                // QString: "user.revoke_all"
    };
    Q_ENUM(ItemRole)

    explicit AuditLogModel(QObject *parent = nullptr);
    ~AuditLogModel() override;

    const AuditLogEntry &entryAt(int row) const { return itemAt(row); }

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
    QVariant displayData(const AuditLogEntry &entry, int column) const;
};

Q_DECLARE_METATYPE(AuditLogEntry)
