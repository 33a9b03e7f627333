#include "ProcessSignals.h"

#include <csignal>
#include <sys/types.h>

namespace ProcessSignals {

namespace {
bool send(qint64 pid, int signal)
{
    // pid 0 or below would signal a whole process group, never what a test means.
    return pid > 0 && ::kill(static_cast<pid_t>(pid), signal) == 0;
}
} // namespace

bool interrupt(qint64 pid)
{
    return send(pid, SIGINT);
}

bool terminate(qint64 pid)
{
    return send(pid, SIGTERM);
}

bool kill(qint64 pid)
{
    return send(pid, SIGKILL);
}

bool freeze(qint64 pid)
{
    return send(pid, SIGSTOP);
}

} // namespace ProcessSignals
