#include "SecurityLogFilterProxy.h"

#include "SecurityLogModel.h"

SecurityLogFilterProxy::SecurityLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SecurityLogModel::SortRole);
}

SecurityLogFilterProxy::~SecurityLogFilterProxy() = default;

void SecurityLogFilterProxy::setFilterText(const QString &text)
{
    m_text = text;
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

bool SecurityLogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model || sourceParent.isValid())
        return true;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_needle.isEmpty())
        return true;
    return index.data(SecurityLogModel::SearchTextRole).toString().contains(m_needle);
}
