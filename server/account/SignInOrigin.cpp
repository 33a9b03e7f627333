#include "SignInOrigin.h"

#include "UserAgentText.h"

#include <QHostAddress>

namespace SignInOrigin {

QString network(const QString &ip)
{
    const QHostAddress address(ip);
    if (address.isNull())
        return {};
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4 & 0xFFFFFF00u).toString() + QStringLiteral("/24");
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 6; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/48");
}

QString software(const QString &userAgent)
{
    QString product = UserAgentText::product(userAgent).toLower();
    if (product.isEmpty())
        product = QStringLiteral("unknown");
    return product + QLatin1Char('|') + UserAgentText::operatingSystem(userAgent).toLower();
}

} // namespace SignInOrigin
