#pragma once

class QCoreApplication;

// The requests to end a program from outside it (POSIX: SIGINT and SIGTERM; Windows console:
// Ctrl+C, Ctrl+Break, closing the console window, system shutdown) quit the event loop instead
// of ending the process on the spot, so destructors run: the database closes cleanly and a
// server the app started is stopped with it. One implementation per platform:
// TerminationSignals_posix.cpp (self-pipe, sigaction) and TerminationSignals_win.cpp
// (SetConsoleCtrlHandler). A Windows GUI program without a console gets no console events; Qt
// ends its event loop itself when the session ends (WM_ENDSESSION).
namespace TerminationSignals {
// Call once, from the main thread, once the application object exists.
void quitApplicationOnRequest(QCoreApplication &app);
} // namespace TerminationSignals
