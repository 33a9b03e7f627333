#include "Totp.h"

#include "Crypto.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace Totp {

qint64 timeStep(qint64 unixSeconds)
{
    // Floor division: the epoch is step 0 and time before it counts backwards.
    qint64 step = unixSeconds / PeriodSeconds;
    if (unixSeconds % PeriodSeconds < 0)
        --step;
    return step;
}

QString hotp(const QByteArray &key, quint64 counter, int digits)
{
    QByteArray message(8, Qt::Uninitialized);
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    const int offset = static_cast<quint8>(mac.at(mac.size() - 1)) & 0x0f;
    const quint32 binary =
        (static_cast<quint32>(static_cast<quint8>(mac.at(offset)) & 0x7f) << 24) |
        (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 1))) << 16) |
        (static_cast<quint32>(static_cast<quint8>(mac.at(offset + 2))) << 8) |
        static_cast<quint32>(static_cast<quint8>(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

QString codeAt(const QByteArray &key, qint64 unixSeconds, int digits)
{
    return hotp(key, static_cast<quint64>(timeStep(unixSeconds)), digits);
}

std::optional<QString> normalize(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace())
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        code.append(c);
    }
    if (code.size() != Digits)
        return std::nullopt;
    return code;
}

std::optional<qint64> matchStep(const QByteArray &key, const QString &code, qint64 unixSeconds)
{
    const QByteArray given = code.toLatin1();
    const qint64 current = timeStep(unixSeconds);
    std::optional<qint64> matched;
    for (qint64 step = current - SkewSteps; step <= current + SkewSteps; ++step) {
        const QByteArray expected = hotp(key, static_cast<quint64>(step)).toLatin1();
        if (Crypto::constantTimeEquals(expected, given))
            matched = step;
    }
    return matched;
}

} // namespace Totp
