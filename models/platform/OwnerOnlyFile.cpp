#include "OwnerOnlyFile.h"

#include <QFile>
#include <QRandomGenerator>

namespace OwnerOnlyFile {

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
