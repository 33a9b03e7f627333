#include "ZbarImg.h"

#include <QProcess>
#include <QTemporaryDir>

namespace ZbarImg {

QString decode(const QImage &image, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));
    if (!dir.isValid() || !image.save(path)) {
        if (error)
            *error = QStringLiteral("could not save the image");
        return {};
    }
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
    if (!zbar.waitForFinished(30000) || zbar.exitStatus() != QProcess::NormalExit ||
        zbar.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("zbarimg found no code (exit %1): %2")
                         .arg(zbar.exitCode())
                         .arg(QString::fromUtf8(zbar.readAllStandardError()));
        return {};
    }
    // --raw prints the payload and a newline.
    QByteArray out = zbar.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

} // namespace ZbarImg
