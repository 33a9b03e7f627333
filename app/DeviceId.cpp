#include "DeviceId.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

namespace {
// Top level, not per profile: the profiles of one installation are one device.
const QString DeviceIdKey = QStringLiteral("deviceId");
} // namespace

QString DeviceId::of(QSettings &settings)
{
    const QString stored = settings.value(DeviceIdKey).toString();
    if (isWellFormed(stored))
        return stored;
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(random.data()),
        reinterpret_cast<quint32 *>(random.data() + random.size()));
    const QString id = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    settings.setValue(DeviceIdKey, id);
    return id;
}

bool DeviceId::isWellFormed(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    return form.match(id).hasMatch();
}
