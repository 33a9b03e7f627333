#include "Clock.h"

#include <QDateTime>
#include <QFile>

namespace {
QString offsetFile; // set once at start, before any other thread runs

qint64 readOffset()
{
    QFile file(offsetFile);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 offset = file.read(64).trimmed().toLongLong(&ok);
    return ok ? offset : 0;
}
} // namespace

namespace Clock {

qint64 nowMs()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    return offsetFile.isEmpty() ? wall : wall + readOffset();
}

void useOffsetFile(const QString &path)
{
    offsetFile = path;
}

bool usesOffsetFile()
{
    return !offsetFile.isEmpty();
}

} // namespace Clock
