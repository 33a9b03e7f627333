#include "OathTool.h"

#include <QDateTime>
#include <QProcess>
#include <QtDebug>

namespace OathTool {

QString totp(const QString &base32Key, qint64 unixSeconds)
{
    QString key = base32Key;
    key.remove(QLatin1Char(' '));
    QProcess oathtool;
    oathtool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("-N"),
                    QLatin1Char('@') + QString::number(unixSeconds), key});
    if (!oathtool.waitForFinished(20000) || oathtool.exitCode() != 0) {
        qWarning("oathtool failed: %s", oathtool.readAllStandardError().constData());
        return {};
    }
    return QString::fromLatin1(oathtool.readAllStandardOutput()).trimmed();
}

QString totpNow(const QString &base32Key)
{
    return totp(base32Key, QDateTime::currentSecsSinceEpoch());
}

} // namespace OathTool
