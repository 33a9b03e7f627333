#include "SqlRow.h"

#include <QSqlQuery>
#include <QVariant>

QString QueryRow::text(int column) const
{
    return m_query.value(column).toString();
}

qint64 QueryRow::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

bool QueryRow::isNull(int column) const
{
    return m_query.isNull(column);
}
