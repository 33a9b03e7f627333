#pragma once

#include "SecurityLogEntry.h"
#include "SecurityLogPageSource.h"

#include "PagedTableModel.h"

#include <QHash>
#include <QList>
#include <QMetaType>

// The account's security log, newest first, page by page from a SecurityLogPageSource, with the
// paging of PagedModelBase: a view pulls the next page when scrolled to the end
// (canFetchMore/fetchMore), a "Load more" button calls fetchMore() too, and reload() starts
// again from the newest entry. The server filters by type (setTypeFilter); the search text is
// not used (SecurityLogFilterProxy searches the loaded rows). Entries read in plain words
// ("Token created", "“Backup script” with Read tasks"), times as "5 minutes ago (date)".
class SecurityLogModel : public PagedModelBase
{
    Q_OBJECT

public:
    enum Column { Time, Event, Details, IpAddress, Software, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        EntryRole,                 // the whole SecurityLogEntry
        SortRole,                  // a value that sorts the column sensibly (times as msecs)
        TypeRole,                  // QString: "token.created"
        AttentionRole,             // bool: SecurityLogEntry::needsAttention()
        SearchTextRole,            // case-folded words of the row, for filtering
    };
    Q_ENUM(Role)

    explicit SecurityLogModel(QObject *parent = nullptr);
    ~SecurityLogModel() override;

    // The source is not owned and must outlive the model (or be replaced first).
    void setPageSource(SecurityLogPageSource *source);
    SecurityLogPageSource *pageSource() const { return m_source; }

    // Only events of these types, filtered by the server, so older ones of a kind show up
    // without paging through everything else; empty: every type. A different set reloads
    // from the newest entry.
    void setTypeFilter(const QStringList &types);
    const QStringList &typeFilter() const { return m_types; }

    const SecurityLogEntry &entryAt(int row) const; // row must be valid
    int rowOf(const QString &id) const;             // -1 when absent
    QString searchTextAt(int row) const;            // row must be valid

    void refreshTimes() override;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool hasSource() const override { return m_source != nullptr; }
    void requestFromSource(const PageRequest &request, quint64 generation) override;
    void dropRows() override;
    QString defaultLoadError() const override;

private:
    struct Row
    {
        SecurityLogEntry entry;
        QString title;
        QString detailText;
        QString softwareText;
        QString searchText; // case-folded title, details, address, user agent and type
    };

    static Row makeRow(SecurityLogEntry entry);
    void applyPage(const SecurityLogPage &page);
    QVariant displayData(const Row &row, int column, const QDateTime &now) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    SecurityLogPageSource *m_source = nullptr;
    QStringList m_types; // sorted
};

Q_DECLARE_METATYPE(SecurityLogEntry)
