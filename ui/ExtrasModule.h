#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ExtrasInterface;

// Finds and loads the extras module (ExtrasInterface) the first time a rarely used feature
// needs it, so its libraries stay off the start path. Looks in, in this order:
// - $TASKLANE_MODULE_DIR alone when set (tests point it at an empty folder to see the error);
// - the installed place relative to the program (bin/../lib/<arch>/tasklane on Linux);
// - the build tree's module folder, in builds with tests, whose programs live all over it.
// A failed load is not remembered: the next use looks again.
class ExtrasModule
{
    Q_DECLARE_TR_FUNCTIONS(ExtrasModule)

public:
    // The module, or nullptr with `error` set to a sentence for the user.
    static ExtrasInterface *instance(QString *error = nullptr);
    // The file loaded (empty before a successful instance()).
    static QString loadedFile();
    static QStringList searchFolders();
    // `tasklane --check-modules`: loads the module, encodes a QR code through it, prints the
    // file it loaded; 0 when all of that worked (scripts/check-package.sh runs it).
    static int selfCheck();
};
