#include "ServerDataDir.h"

#include <QDir>
#include <QFile>
#include <QLockFile>

ServerDataDir::ServerDataDir(QString dir)
    : m_dir(std::move(dir))
{}

QString ServerDataDir::lockPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("tasklane-server.lock"));
}

QString ServerDataDir::addressPath() const
{
    return QDir(m_dir).filePath(QStringLiteral("tasklane-server.address"));
}

std::optional<ServerDataDir::Running> ServerDataDir::running() const
{
    if (!QFile::exists(lockPath()))
        return std::nullopt;
    QLockFile lock(lockPath());
    // Stale only when its holder is gone, never by age: a server serves for weeks.
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock(); // nobody holds it: a server that ended, cleanly or not
        return std::nullopt;
    }
    Running running;
    QString hostName, appName;
    if (!lock.getLockInfo(&running.pid, &hostName, &appName))
        return std::nullopt;
    QFile address(addressPath());
    if (address.open(QIODevice::ReadOnly))
        running.url = QUrl(QString::fromUtf8(address.readAll().trimmed()));
    return running;
}
