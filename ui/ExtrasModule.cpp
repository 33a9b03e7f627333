#include "ExtrasModule.h"

#include "ExtrasInterface.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>

#include <cstdio>

Q_LOGGING_CATEGORY(lcExtras, "tasklane.ui.extras", QtInfoMsg)

namespace {
QString &loaded()
{
    static QString file;
    return file;
}

QString moduleFileName()
{
    return QStringLiteral(TASKLANE_EXTRAS_FILE_NAME);
}
} // namespace

QStringList ExtrasModule::searchFolders()
{
    const QString override = qEnvironmentVariable("TASKLANE_MODULE_DIR");
    if (qEnvironmentVariableIsSet("TASKLANE_MODULE_DIR"))
        return {override};
    QStringList folders;
    folders.append(QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                                   QStringLiteral(TASKLANE_EXTRAS_RELATIVE_DIR)));
#ifdef TASKLANE_EXTRAS_BUILD_DIR
    folders.append(QStringLiteral(TASKLANE_EXTRAS_BUILD_DIR));
#endif
    return folders;
}

ExtrasInterface *ExtrasModule::instance(QString *error)
{
    static ExtrasInterface *extras = nullptr;
    if (extras)
        return extras;
    const QStringList folders = searchFolders();
    for (const QString &folder : folders) {
        const QFileInfo file(QDir(folder).filePath(moduleFileName()));
        if (!file.exists())
            continue;
        // The loader stays loaded (and the module with it) until the program ends.
        auto *loader = new QPluginLoader(file.absoluteFilePath(), QCoreApplication::instance());
        extras = qobject_cast<ExtrasInterface *>(loader->instance());
        if (extras) {
            loaded() = file.absoluteFilePath();
            qCDebug(lcExtras).noquote() << "loaded" << loaded();
            return extras;
        }
        const QString reason = loader->errorString();
        loader->deleteLater();
        qCWarning(lcExtras).noquote() << "could not load" << file.absoluteFilePath() << reason;
        if (error)
            *error = tr("Tasklane's module %1 could not be loaded (%2). Reinstall Tasklane.")
                         .arg(QDir::toNativeSeparators(file.absoluteFilePath()), reason);
        return nullptr;
    }
    QStringList shown;
    for (const QString &folder : folders)
        shown.append(QDir::toNativeSeparators(folder));
    qCWarning(lcExtras).noquote() << moduleFileName() << "not found in"
                                  << shown.join(QStringLiteral(", "));
    if (error)
        *error = tr("Tasklane's module %1 is missing (looked in %2). Reinstall Tasklane.")
                     .arg(moduleFileName(), shown.join(QStringLiteral(", ")));
    return nullptr;
}

QString ExtrasModule::loadedFile()
{
    return loaded();
}

int ExtrasModule::selfCheck()
{
    QString error;
    ExtrasInterface *extras = instance(&error);
    if (!extras) {
        std::fprintf(stderr, "tasklane: %s\n", qPrintable(error));
        return 1;
    }
    // "HELLO WORLD" at level M is a version 1 code: 21 modules a side.
    int size = 0;
    QVector<bool> modules;
    if (!extras->encodeQr("HELLO WORLD", &size, &modules) || size != 21 ||
        modules.size() != 21 * 21 || !modules.first()) {
        std::fprintf(stderr, "tasklane: %s encoded a wrong QR code (%d modules a side)\n",
                     qPrintable(loaded()), size);
        return 1;
    }
    std::printf("extras module: %s (QR encoding ok)\n",
                qPrintable(QDir::toNativeSeparators(loaded())));
    return 0;
}
