// Not built on Debian (CI covers Linux only); written to the Win32 console documentation
// (SetConsoleCtrlHandler, HandlerRoutine).
#include "TerminationSignals.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <windows.h>

namespace TerminationSignals {

namespace {
// Runs on a thread the system starts for the event, never on the main thread: it only queues
// quit() to the application's thread, which is safe from any thread.
BOOL WINAPI onConsoleControl(DWORD controlType)
{
    switch (controlType) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        break;
    default:
        // CTRL_LOGOFF_EVENT reaches services for any user's logoff: not a reason to stop.
        return FALSE;
    }
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            app, [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
    if (controlType == CTRL_CLOSE_EVENT || controlType == CTRL_SHUTDOWN_EVENT) {
        // For these the system ends the process as soon as the handler returns; waiting here
        // gives the main thread its time (the system allows a few seconds) to clean up. When
        // main() returns, ExitProcess ends this thread with the rest.
        ::Sleep(INFINITE);
    }
    return TRUE;
}
} // namespace

void quitApplicationOnRequest(QCoreApplication &app)
{
    Q_UNUSED(app);
    static const bool installed = ::SetConsoleCtrlHandler(onConsoleControl, TRUE) != 0;
    Q_UNUSED(installed);
}

} // namespace TerminationSignals
