#include "ServerFaults.h"

#include "ProcessSignals.h"
#include "TestServer.h"

#include <QFile>

bool ServerFaults::freeze(TestServer &server)
{
    return server.isRunning() && ProcessSignals::freeze(server.processId());
}

bool ServerFaults::requestWaiting(const TestServer &server)
{
    // /proc/net/tcp: "sl local rem st tx_queue:rx_queue ...", addresses as hex IP:port. A socket
    // of the server's port with bytes in its receive queue holds a request nobody has read.
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return false;
    const QByteArray serverAddress =
        "0100007F:" + QByteArray::number(server.url().port(), 16).toUpper().rightJustified(4, '0');
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.at(1) != serverAddress || fields.at(3) != "01")
            continue;
        const QList<QByteArray> queues = fields.at(4).split(':');
        if (queues.size() == 2 && queues.at(1).toLongLong(nullptr, 16) > 0)
            return true;
    }
    return false;
}
