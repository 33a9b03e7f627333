#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace OwnerOnlyFile {

bool createDirectory(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return true;
        if (error)
            *error = QStringLiteral("it exists and is not a directory");
        return false;
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)) {
        if (error)
            *error = QStringLiteral("%1 cannot be created").arg(QDir::toNativeSeparators(parent));
        return false;
    }
    return detail::makeDirectory(info.absoluteFilePath(), error);
}

bool replace(const QString &path, const QByteArray &contents, QString *error)
{
    // Beside the target, so the rename stays on one file system and is atomic.
    const QString temporary = path + QStringLiteral(".tmp-") +
                              QString::number(QRandomGenerator::global()->generate64(), 36);
    if (!createNew(temporary, contents, error))
        return false;
    if (!detail::moveReplacing(temporary, path, error)) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace OwnerOnlyFile
