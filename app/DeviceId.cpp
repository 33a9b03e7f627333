#include "DeviceId.h"

#include "RandomText.h"

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
    const QString id = randomBase64Url(16);
    settings.setValue(DeviceIdKey, id);
    return id;
}

bool DeviceId::isWellFormed(const QString &id)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    return form.match(id).hasMatch();
}
