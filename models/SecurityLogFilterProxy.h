#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

// Narrows the loaded security log to rows containing a text (case-insensitive, in what happened,
// the details, the address and the software); the server narrows it by type
// (SecurityLogModel::setTypeFilter). Sorting by a header uses the
// model's SortRole, so times sort as times. Paging passes through: fetchMore() reaches the
// SecurityLogModel behind it.
class SecurityLogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SecurityLogFilterProxy(QObject *parent = nullptr);
    ~SecurityLogFilterProxy() override;

    // Leading and trailing white space is ignored.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    bool isFiltering() const { return !m_needle.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_needle; // trimmed, case-folded
};
