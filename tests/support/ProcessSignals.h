#pragma once

#include <QtGlobal>

// What tests do to a process beyond QProcess's terminate() and kill(): one implementation per
// platform (ProcessSignals_posix.cpp: kill(2); ProcessSignals_win.cpp). Each returns whether the
// request was delivered.
namespace ProcessSignals {
// SIGINT, as Ctrl+C in a terminal sends it. Windows: CTRL_BREAK_EVENT to the process group pid
// (the process must have been started with CREATE_NEW_PROCESS_GROUP on this console).
bool interrupt(qint64 pid);
// SIGTERM. Windows: as interrupt().
bool terminate(qint64 pid);
// SIGKILL: no handler runs. Windows: TerminateProcess.
bool kill(qint64 pid);
// SIGSTOP: the process stops running but keeps its sockets. Not available on Windows (false,
// with a warning).
bool freeze(qint64 pid);
} // namespace ProcessSignals
