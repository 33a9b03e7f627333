#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace TerminationSignals {

namespace {
// The self-pipe: the handler only writes a byte to it, which is all a signal handler may safely
// do; the event loop reads it on the main thread and quits there.
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const int savedErrno = errno; // write() may change it under the interrupted code's feet
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}

bool setFlag(int fd, int getCommand, int setCommand, int flag)
{
    const int flags = ::fcntl(fd, getCommand);
    return flags != -1 && ::fcntl(fd, setCommand, flags | flag) != -1;
}
} // namespace

void quitApplicationOnRequest(QCoreApplication &app)
{
    if (signalPipe[0] != -1 || ::pipe(signalPipe) != 0)
        return;
    // Not inherited by the programs we start (the local server); and a full pipe (a burst of
    // signals before the loop runs) drops the byte instead of blocking the handler forever.
    for (const int fd : signalPipe)
        setFlag(fd, F_GETFD, F_SETFD, FD_CLOEXEC);
    setFlag(signalPipe[1], F_GETFL, F_SETFL, O_NONBLOCK);

    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto bytesRead = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace TerminationSignals
