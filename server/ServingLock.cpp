#include "ServingLock.h"

#include <QFile>
#include <QSaveFile>

ServingLock::ServingLock(const QString &dataDir)
    : m_dir(dataDir)
    , m_lock(m_dir.lockPath())
{
    // Stale only when its holder is gone, never by age: a server serves for weeks.
    m_lock.setStaleLockTime(0);
}

ServingLock::~ServingLock()
{
    if (m_published)
        QFile::remove(m_dir.addressPath());
}

bool ServingLock::acquire()
{
    return m_lock.tryLock(0);
}

qint64 ServingLock::holderPid() const
{
    qint64 pid = 0;
    QString hostName, appName;
    return m_lock.getLockInfo(&pid, &hostName, &appName) ? pid : 0;
}

void ServingLock::publishAddress(const QString &url)
{
    QSaveFile file(m_dir.addressPath());
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(url.toUtf8() + '\n');
    m_published = file.commit();
}
