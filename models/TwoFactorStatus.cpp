#include "TwoFactorStatus.h"

#include "JsonTime.h"

QJsonObject TwoFactorStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("enabledAt"), JsonTime::fromDateTime(enabledAt)},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("backupCodesRemaining"), backupCodesRemaining},
    };
}

TwoFactorStatus TwoFactorStatus::fromJson(const QJsonObject &object)
{
    TwoFactorStatus status;
    status.enabled = object.value(QStringLiteral("enabled")).toBool();
    status.enabledAt = JsonTime::toDateTime(object.value(QStringLiteral("enabledAt")));
    status.pending = object.value(QStringLiteral("pending")).toBool();
    status.backupCodesRemaining =
        qMax(0, object.value(QStringLiteral("backupCodesRemaining")).toInt());
    return status;
}
