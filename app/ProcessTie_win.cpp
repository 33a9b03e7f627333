// Not built on Debian (CI covers Linux only); written to the Win32 job object documentation.
#include "ProcessTie.h"

#include <QProcess>

#include <windows.h>

namespace ProcessTie {

namespace {
// One job for the app's lifetime, never closed by the app: the system closes it when the app
// ends, however it ends, and JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE then ends every process in it.
HANDLE appJob()
{
    static const HANDLE job = [] {
        HANDLE created = ::CreateJobObjectW(nullptr, nullptr);
        if (!created)
            return HANDLE(nullptr);
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        if (!::SetInformationJobObject(created, JobObjectExtendedLimitInformation, &limits,
                                       sizeof(limits))) {
            ::CloseHandle(created);
            return HANDLE(nullptr);
        }
        return created;
    }();
    return job;
}
} // namespace

void beforeStart(QProcess &child)
{
    Q_UNUSED(child);
}

void afterStart(QProcess &child)
{
    const HANDLE job = appJob();
    if (!job)
        return;
    const HANDLE process = ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE,
                                         static_cast<DWORD>(child.processId()));
    if (!process)
        return;
    ::AssignProcessToJobObject(job, process);
    ::CloseHandle(process);
}

} // namespace ProcessTie
