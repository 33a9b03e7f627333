#include "Oathtool.h"

#include <QProcess>
#include <QStringList>

namespace Oathtool {

QString totp(const QString &base32Secret, qint64 atSeconds)
{
    QStringList arguments{QStringLiteral("--totp"), QStringLiteral("-b")};
    if (atSeconds >= 0)
        arguments << QStringLiteral("-N") << QStringLiteral("@%1").arg(atSeconds);
    arguments << base32Secret;
    QProcess process;
    process.start(QStringLiteral("oathtool"), arguments);
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        qWarning("oathtool failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
}

} // namespace Oathtool
