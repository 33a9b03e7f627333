#pragma once

#include "SecurityLogEntry.h"
#include "SecurityLogPageSource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>

#include <functional>

// The account's security log, newest first, page by page from a SecurityLogPageSource: a view
// pulls the next page when scrolled to the end (canFetchMore/fetchMore), a "Load more" button
// calls fetchMore() too, and reload() starts again from the newest entry. Entries read in plain
// words ("Token created", "“Backup script” with Read tasks"), times as "5 minutes ago (date)".
class SecurityLogModel : public QAbstractTableModel
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

    using Clock = std::function<QDateTime()>;

    explicit SecurityLogModel(QObject *parent = nullptr);
    ~SecurityLogModel() override;

    void setClock(Clock clock);
    QDateTime now() const;

    // The source is not owned and must outlive the model (or be replaced first).
    void setPageSource(SecurityLogPageSource *source);
    SecurityLogPageSource *pageSource() const { return m_source; }
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    // Clears the model and loads the newest page.
    void reload();
    // After loadFailed: asks again for the page that failed (fetchMore() does not, so a view
    // cannot hammer a failing server).
    void retry();
    // Empties the model without loading anything (signed out).
    void clear();

    const SecurityLogEntry &entryAt(int row) const; // row must be valid
    int rowOf(const QString &id) const;             // -1 when absent
    QString searchTextAt(int row) const;            // row must be valid
    bool isLoading() const { return m_loading; }
    bool hasMorePages() const { return m_hasMore; }
    bool hasFailed() const { return m_failed; }
    // True once the first page of the current reload has arrived (or failed).
    bool isLoaded() const { return m_loaded; }

    void refreshTimes();

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // A page arrived; `more` says whether another one can be fetched.
    void pageLoaded(bool more);

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
    void resetState();
    void requestNextPage();
    void applyPage(const SecurityLogPage &page);
    void setLoading(bool loading);
    QVariant displayData(const Row &row, int column, const QDateTime &now) const;

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfId;
    SecurityLogPageSource *m_source = nullptr;
    Clock m_clock;
    QString m_nextCursor;
    int m_pageSize = SecurityLogPageSource::DefaultPageSize;
    quint64 m_generation = 0; // bumped on every reset; answers of older requests are dropped
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_failed = false;
    bool m_loaded = false;
};

Q_DECLARE_METATYPE(SecurityLogEntry)
