#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Ids {
inline QString make()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace Ids

namespace Clock {
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace Clock
