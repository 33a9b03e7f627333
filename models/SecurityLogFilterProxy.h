#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

// Narrows the security log to some event types and to rows containing a text (case-insensitive,
// in what happened, the details, the address and the software). Sorting by a header uses the
// model's SortRole, so times sort as times. Paging passes through: fetchMore() reaches the
// SecurityLogModel behind it.
class SecurityLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SecurityLogFilterProxy(QObject *parent = nullptr);
    ~SecurityLogFilterProxy() override;

    // Empty: every type.
    void setTypeFilter(const QStringList &types);
    QStringList typeFilter() const;
    // Leading and trailing white space is ignored.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    bool isFiltering() const { return !m_types.isEmpty() || !m_needle.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<QString> m_types;
    QString m_text;
    QString m_needle; // trimmed, case-folded
};
