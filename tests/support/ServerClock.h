#pragma once

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QStringList>
#include <QTemporaryDir>

// Moves a tasklane-server's clock without sleeping: a server started with arguments() adds the
// milliseconds written in the offset file to its clock, read again at every use
// (--clock-offset-file, for tests only; docs/api.md 16.1). Servers sharing one data directory
// can share one ServerClock, so they see the same time.
class ServerClock
{
public:
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000LL;

    ServerClock() { write(); }

    QString path() const { return m_dir.filePath(QStringLiteral("clock-offset")); }
    QStringList arguments() const { return {QStringLiteral("--clock-offset-file"), path()}; }

    qint64 offsetMs() const { return m_offsetMs; }
    // What the server takes for now (give or take the time between two calls).
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }

    void advanceMs(qint64 ms)
    {
        m_offsetMs += ms;
        write();
    }
    void advanceDays(double days) { advanceMs(qint64(days * double(DayMs))); }

private:
    void write()
    {
        QSaveFile file(path()); // replaced whole, so the server never reads half a number
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the clock offset file");
        file.write(QByteArray::number(m_offsetMs));
        if (!file.commit())
            qFatal("cannot write the clock offset file");
    }

    QTemporaryDir m_dir;
    qint64 m_offsetMs = 0;
};
