// Not built on Debian (CI covers Linux only); written to the Win32 documentation of
// GenerateConsoleCtrlEvent and TerminateProcess.
#include "ProcessSignals.h"

#include <QtDebug>

#include <windows.h>

namespace ProcessSignals {

namespace {
bool consoleBreak(qint64 pid)
{
    // Ctrl+C cannot be sent to one process group (it is disabled in a new group); Ctrl+Break can,
    // and TerminationSignals handles both the same way.
    return pid > 0 && ::GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, static_cast<DWORD>(pid)) != 0;
}
} // namespace

bool interrupt(qint64 pid)
{
    return consoleBreak(pid);
}

bool terminate(qint64 pid)
{
    return consoleBreak(pid);
}

bool kill(qint64 pid)
{
    if (pid <= 0)
        return false;
    const HANDLE process = ::OpenProcess(PROCESS_TERMINATE, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return false;
    const bool ended = ::TerminateProcess(process, 1) != 0;
    ::CloseHandle(process);
    return ended;
}

bool freeze(qint64 pid)
{
    Q_UNUSED(pid);
    qWarning("ProcessSignals::freeze: stopping a process (SIGSTOP) is not available on Windows");
    return false;
}

} // namespace ProcessSignals
