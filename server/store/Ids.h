#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>

namespace Ids {
inline QString make()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A UUID version 7 (RFC 9562 section 5.7): the Unix time in milliseconds, then a counter within
// that millisecond (section 6.2, method 1), then random bits. Its text sorts in creation order
// within one process, so rows made in the same millisecond keep their order when a listing
// sorts by (time, id).
inline QString makeTimeOrdered(qint64 msecsSinceEpoch)
{
    static QMutex mutex;
    static qint64 lastMs = -1;
    static quint16 counter = 0;
    quint16 sequence = 0;
    {
        const QMutexLocker lock(&mutex);
        counter = msecsSinceEpoch == lastMs ? quint16((counter + 1) & 0x0fff) : 0;
        lastMs = msecsSinceEpoch;
        sequence = counter;
    }
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((quint64(msecsSinceEpoch) >> (8 * (5 - i))) & 0xff);
    bytes[6] = char(0x70 | ((sequence >> 8) & 0x0f));
    bytes[7] = char(sequence & 0xff);
    bytes[8] = char(0x80 | ((random >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        bytes[i] = char((random >> (8 * (15 - i))) & 0xff);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}
} // namespace Ids
