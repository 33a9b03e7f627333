#pragma once

#include "Task.h"
#include "TaskModel.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>
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
// dated ones in both directions.
//
// The source must be a TaskModel; with any other model nothing is filtered and the base
// class sorts.
class TaskFilterProxy : public QSortFilterProxyModel
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    // < 0 when source row `a` belongs before `b` for `column` sorted in `order`.
    int compareRows(int a, int b, int column, Qt::SortOrder order) const;
    int compareTieBreaks(int a, int b) const;
    // After the filter changed from (oldNeedle, oldMask) to the current one.
    void refilter(const QString &oldNeedle, unsigned oldMask);
    bool narrows(const QString &oldNeedle, unsigned oldMask) const;
    // Fills m_accepted for the current filter (and m_rankBefore, when noted).
    void decideRows();
    // m_rankBefore's entry for a source row; -1 when not noted.
    int rankBefore(int sourceRow) const
    {
        return sourceRow >= 0 && std::size_t(sourceRow) < m_rankBefore.size()
                   ? m_rankBefore[std::size_t(sourceRow)]
                   : -1;
    }

    QPointer<TaskModel> m_tasks;
    QString m_filterText;                     // as given
    QString m_foldedNeedle;                   // trimmed and case-folded; empty: no text filter
    std::array<quint64, 4> m_needleBigrams{}; // TaskModel::bigramsOf(m_foldedNeedle)
    unsigned m_statusMask = 0;                // bit per TaskStatus; 0: every status
    // While a narrowing filter change rebuilds the mapping (refilter()): the proxy row each
    // source row had before, -1 for rows that were filtered out. Only those rows can still
    // match, and they keep their order, so neither the others nor the sort are looked at again.
    // Empty otherwise.
    std::vector<int> m_rankBefore;
    bool m_rankAscending = true; // sortOrder() when m_rankBefore was noted
    // While refilter() rebuilds the mapping: 1 for each source row the new filter accepts,
    // decided in one pass beforehand. Empty otherwise.
    std::vector<unsigned char> m_accepted;
};
