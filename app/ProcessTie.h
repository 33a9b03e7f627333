#pragma once

class QProcess;

// Ties a child process's life to this process's, so a server the app started cannot outlive the
// app when the app is killed (the child's closed standard input covers every platform too; this
// makes it immediate and independent of the child). One implementation per platform:
// ProcessTie_posix.cpp (Linux: PR_SET_PDEATHSIG; elsewhere nothing more) and ProcessTie_win.cpp
// (a job object that kills its processes when the app's last handle to it closes).
namespace ProcessTie {
// Call before QProcess::start().
void beforeStart(QProcess &child);
// Call once the child has started.
void afterStart(QProcess &child);
} // namespace ProcessTie
