#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

// The account's two-factor state as GET /v1/me/2fa reports it (docs/api.md 12.6).
struct TwoFactorStatus
{
    // Below this many unused backup codes the app warns that the user may lock themselves out.
    static constexpr int LowBackupCodes = 3;

    bool enabled = false;
    QDateTime enabledAt;          // invalid while off
    bool pending = false;         // a setup waits for its first code
    int backupCodesRemaining = 0; // 0 while off

    bool backupCodesLow() const { return enabled && backupCodesRemaining <= LowBackupCodes; }

    QJsonObject toJson() const;
    static TwoFactorStatus fromJson(const QJsonObject &object);

    friend bool operator==(const TwoFactorStatus &, const TwoFactorStatus &) = default;
};
Q_DECLARE_METATYPE(TwoFactorStatus)
