#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// One serving tasklane-server per SQLite data directory. While it serves, the server holds a lock
// file there (QLockFile: the holder's pid, released by the system when the process ends however
// it ends) and writes its address next to it, so the app can find a server still running on its
// directory instead of starting a second one.
class ServerDataDir
{
public:
    explicit ServerDataDir(QString dir);

    QString lockPath() const;
    QString addressPath() const;

    struct Running
    {
        qint64 pid = 0;
        QUrl url; // empty while the server has not started listening yet
    };
    // The server serving this directory now, if any.
    std::optional<Running> running() const;

private:
    QString m_dir;
};
