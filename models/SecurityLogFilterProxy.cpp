#include "SecurityLogFilterProxy.h"

#include "SecurityLogModel.h"

#include <algorithm>

SecurityLogFilterProxy::SecurityLogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SecurityLogModel::SortRole);
}

SecurityLogFilterProxy::~SecurityLogFilterProxy() = default;

void SecurityLogFilterProxy::setTypeFilter(const QStringList &types)
{
    const QSet<QString> set(types.cbegin(), types.cend());
    if (set == m_types)
        return;
    m_types = set;
    invalidateFilter();
}

QStringList SecurityLogFilterProxy::typeFilter() const
{
    QStringList types(m_types.cbegin(), m_types.cend());
    std::sort(types.begin(), types.end());
    return types;
}

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
    if (!m_types.isEmpty() && !m_types.contains(index.data(SecurityLogModel::TypeRole).toString()))
        return false;
    if (m_needle.isEmpty())
        return true;
    return index.data(SecurityLogModel::SearchTextRole).toString().contains(m_needle);
}
