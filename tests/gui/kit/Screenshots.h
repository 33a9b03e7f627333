#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Pictures of the app. snap() is opt-in, for looking at screens on purpose: it saves only when
// TASKLANE_SCREENSHOTS names a folder. onFailure() is automatic: GuiSession calls it when it is
// destroyed in cleanup() and the test function has failed, and saves what the user would have
// been looking at, under failureFolder():
//   <TASKLANE_TEST_OUTPUT, else the working directory>/gui-failures/<test>/<function>.png
// (ctest runs GUI scripts in build/<preset>/tests/gui), "-<data tag>" added for data rows, and
// each other visible window as <function>[-<tag>]-<its objectName>.png.
class Screenshots
{
public:
    // Saves `widget` as <name>.png in $TASKLANE_SCREENSHOTS when that is set.
    static void snap(const QString &name, QWidget *widget);

    // gui-failures/<test> under $TASKLANE_TEST_OUTPUT or the working directory.
    static QString failureFolder();
    // When the current test function has failed: saves the active window (and the other visible
    // windows) and says where in the test output. The files saved; none when nothing failed.
    static QStringList onFailure(QWidget *mainWindow);
};
