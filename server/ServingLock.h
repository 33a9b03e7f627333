#pragma once

#include "ServerDataDir.h"

#include <QLockFile>

// The serving side of ServerDataDir: held while this process serves a SQLite data directory, so
// the app finds this server there instead of starting another.
class ServingLock
{
public:
    explicit ServingLock(const QString &dataDir);
    ~ServingLock();

    // False when another live process holds it; holderPid() then says which.
    bool acquire();
    qint64 holderPid() const;
    // Written once listening, removed when this process stops serving.
    void publishAddress(const QString &url);

private:
    ServerDataDir m_dir;
    QLockFile m_lock;
    bool m_published = false;
};
