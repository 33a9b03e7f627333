#include "SignInOrigin.h"

#include "UserAgentText.h"
#include "security/Crypto.h"

#include <QHostAddress>

#include <algorithm>

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

bool isDeviceId(const QString &deviceId)
{
    if (deviceId.size() < 22 || deviceId.size() > 64)
        return false;
    return std::all_of(deviceId.begin(), deviceId.end(), [](QChar c) {
        return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
               c == QLatin1Char('_');
    });
}

QString deviceKey(const QString &userId, const QString &deviceId)
{
    // Length-prefixed parts, so no two (user, id) pairs hash the same input.
    const QByteArray user = userId.toUtf8();
    const QByteArray input = QByteArrayLiteral("tasklane-device\n") +
                             QByteArray::number(user.size()) + ':' + user + deviceId.toUtf8();
    return QString::fromLatin1(Crypto::base64Url(Crypto::sha256(input)));
}

} // namespace SignInOrigin
