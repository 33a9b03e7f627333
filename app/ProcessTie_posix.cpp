#include "ProcessTie.h"

#include <QProcess>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace ProcessTie {

void beforeStart(QProcess &child)
{
#ifdef Q_OS_LINUX
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec: SIGTERM (a clean stop) when the app ends. If the
    // app ended before this line, the signal will never come, so the child leaves at once.
    child.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#else
    Q_UNUSED(child);
#endif
}

void afterStart(QProcess &child)
{
    Q_UNUSED(child);
}

} // namespace ProcessTie
