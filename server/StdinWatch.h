#pragma once

#include <QObject>

// For a server started by the app: ends the server when its standard input reaches end of file.
// The app keeps the other end of that pipe open and never writes to it; when the app ends, however
// it ends (a crash, SIGKILL, a session ended by force), the system closes the pipe and the server
// stops cleanly instead of outliving it. Works the same on every platform: a thread blocks in a
// read of stdin, so no platform API is needed.
class StdinWatch : public QObject
{
    Q_OBJECT
public:
    // Starts watching; emits closed() once, on the thread of this object.
    explicit StdinWatch(QObject *parent = nullptr);

signals:
    void closed();
};
