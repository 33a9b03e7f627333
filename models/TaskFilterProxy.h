#pragma once

#include "Task.h"
#include "TaskModel.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>

#include <array>
#include <vector>

// Filters and sorts a TaskModel for the task list view.
//
// Filter: a case-insensitive substring of title, notes or a label (matched against the
// model's precomputed case-folded search text, no regular expressions), and a set of statuses.
// Sort: by any TaskModel column through sort(column, order), as a header click does. Ties are
// broken by due date (earliest first, undated last), priority (highest first), last update
// (newest first), title and id, so the order is total. Tasks without a due date sort after
// dated ones in both directions. Column -1: the model's own order (reversed when descending).
//
// Why not a QSortFilterProxyModel: it sorts the accepted rows again on every filter change,
// so a backspace or clearing the filter at 100,000 tasks re-sorted everything. Here every
// source row is kept in sort order (m_order) and a filter change is one pass over that order,
// never a sort. The sort runs only when the sort column or order changes, the model is reset
// or many rows change at once; a single edit or insertion moves one entry by binary search.
//
// The source must be a TaskModel; with any other model the proxy has no rows.
class TaskFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);
    ~TaskFilterProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    TaskModel *taskModel() const { return m_tasks; }

    // Leading and trailing white space is ignored, as the server does for `q`.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // Empty: every status.
    void setStatusFilter(const QList<TaskStatus> &statuses);
    QList<TaskStatus> statusFilter() const;

    // The task behind a row of this proxy; row must be valid.
    const Task &taskAt(int proxyRow) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // QAbstractItemModel / QAbstractProxyModel: a flat table, rows mapped through m_rows.
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Which rows a filter change has to test: all, only those shown before (the filter
    // narrows: the others stay hidden), or only those hidden before (it widens: the others
    // stay shown).
    enum class Pass { All, Narrowing, Widening };

    bool accepts(int sourceRow) const;
    // The needle's character when it is one ASCII character (TaskModel::RowKeys::asciiChars
    // answers it), else -1.
    int asciiNeedle() const;
    // True when source row `a` belongs before `b` in the current sort.
    bool before(int a, int b) const;
    // < 0 when source row `a` belongs before `b` for `column` sorted in `order`.
    int compareRows(int a, int b, int column, Qt::SortOrder order) const;
    int compareTieBreaks(int a, int b) const;

    // After the filter changed from (oldNeedle, oldMask) to the current one.
    void refilter(const QString &oldNeedle, unsigned oldMask);
    Pass passFor(const QString &oldNeedle, unsigned oldMask) const;
    // Updates m_accepted for the current filter, testing the rows `pass` names.
    void decideRows(Pass pass);
    // Notes m_accepted as the rows of (needle, statusMask); true when the current filter was
    // remembered and m_accepted now holds its rows.
    void remember(const QString &needle, unsigned statusMask);
    bool recall();
    void sortOrderOfAllRows();           // m_order from scratch
    void buildRows();                    // m_rows: m_order's accepted rows
    void rebuildAll();                   // m_accepted, m_order, m_rows from scratch
    int proxyRowOf(int sourceRow) const; // -1 when hidden
    std::vector<int>::iterator insertSorted(std::vector<int> &rows, int sourceRow) const;
    // Emits layoutAboutToBeChanged, runs `change` (which may change m_rows), moves the
    // persistent indexes to their rows' new places (hidden rows: invalid), emits layoutChanged.
    template<typename Change>
    void changeLayout(QAbstractItemModel::LayoutChangeHint hint, Change &&change);

    void connectSource();
    void disconnectSource();
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);

    QPointer<TaskModel> m_tasks;
    QList<QMetaObject::Connection> m_connections;
    QString m_filterText;                     // as given
    QString m_foldedNeedle;                   // trimmed and case-folded; empty: no text filter
    std::array<quint64, 4> m_needleBigrams{}; // TaskModel::bigramsOf(m_foldedNeedle)
    unsigned m_statusMask = 0;                // bit per TaskStatus; 0: every status
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<int> m_order;              // every source row, in sort order
    std::vector<unsigned char> m_accepted; // per source row: 1 when the filter accepts it
    std::vector<int> m_rows;               // proxy row -> source row (m_order, filtered)
    // The accepted rows of the last few filters, newest last, so going back to one of them
    // (a backspace after typing, a status ticked again) is a copy, not a search. Cleared
    // whenever the model changes.
    struct RememberedFilter
    {
        QString needle;
        unsigned statusMask = 0;
        std::vector<unsigned char> accepted;
    };
    std::vector<RememberedFilter> m_remembered;
    // source row -> proxy row (-1: hidden), rebuilt on first use after m_rows changed.
    mutable std::vector<int> m_proxyRowOf;
    mutable bool m_proxyRowOfValid = false;
};
