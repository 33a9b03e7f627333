#include "StdinWatch.h"

#include <QThread>

#include <cstdio>

namespace {
// Never deleted: a read blocked on stdin cannot be interrupted portably, so the thread is left to
// the end of the process; kept here so it stays reachable (no leak report) and is started once.
QThread *reader = nullptr;
} // namespace

StdinWatch::StdinWatch(QObject *parent)
    : QObject(parent)
{
    if (!reader) {
        reader = QThread::create([] {
            while (std::fgetc(stdin) != EOF) {
            }
        });
        reader->start();
    }
    // finished() comes from the reader thread; queued to this object's thread, and dropped by Qt
    // if this object is gone by then.
    connect(reader, &QThread::finished, this, &StdinWatch::closed, Qt::QueuedConnection);
}
