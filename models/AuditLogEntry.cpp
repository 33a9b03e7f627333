#include "AuditLogEntry.h"

#include "JsonTime.h"
#include "QuotedName.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// "2 sessions and 1 token revoked", "Nothing to revoke".
QString revokedCounts(const QJsonObject &details)
{
    const QJsonValue sessionsValue = details.value(QStringLiteral("sessionsRevoked"));
    const QJsonValue tokensValue = details.value(QStringLiteral("tokensRevoked"));
    if (!sessionsValue.isDouble() && !tokensValue.isDouble())
        return {};
    const int sessions = sessionsValue.toInt();
    const int tokens = tokensValue.toInt();
    if (sessions == 0 && tokens == 0)
        return AuditLogEntry::tr("Nothing was left to revoke");
    const QString sessionText = sessions == 1 ? AuditLogEntry::tr("1 session")
                                              : AuditLogEntry::tr("%n sessions", nullptr, sessions);
    const QString tokenText = tokens == 1 ? AuditLogEntry::tr("1 token")
                                          : AuditLogEntry::tr("%n tokens", nullptr, tokens);
    return AuditLogEntry::tr("%1 and %2 revoked").arg(sessionText, tokenText);
}

} // namespace

QString AuditLogEntry::adminText() const
{
    return byCommandLine() ? tr("Command line") : adminUsername;
}

QString AuditLogEntry::title() const
{
    if (action == QLatin1String("session.revoke"))
        return tr("Signed a session out");
    if (action == QLatin1String("token.revoke"))
        return tr("Revoked a token");
    if (action == QLatin1String("user.revoke_all"))
        return tr("Revoked everything");
    if (action == QLatin1String("user.reset_2fa"))
        return tr("Reset two-factor");
    if (action == QLatin1String("user.disable"))
        return tr("Disabled the account");
    if (action == QLatin1String("user.enable"))
        return tr("Enabled the account");
    if (action == QLatin1String("user.create"))
        return tr("Created the account");
    if (action == QLatin1String("user.reset_password"))
        return tr("Reset the password");
    if (action == QLatin1String("user.set_role"))
        return tr("Changed the role");
    if (action == QLatin1String("service_client.create"))
        return tr("Created a service account");
    if (action == QLatin1String("service_client.rotate"))
        return tr("Rotated a service account's secret");
    if (action == QLatin1String("service_client.revoke"))
        return tr("Revoked a service account");
    if (action == QLatin1String("service_client.token_issued"))
        return tr("A service account got a token");
    if (action == QLatin1String("service_client.auth_failed"))
        return tr("A service account was refused");
    return action;
}

QString AuditLogEntry::detailText() const
{
    const auto text = [this](const char *key) {
        return details.value(QLatin1String(key)).toString().trimmed();
    };
    if (action == QLatin1String("session.revoke")) {
        const QString device = text("deviceName");
        return device.isEmpty() ? tr("An unnamed device") : quotedName(device);
    }
    if (action == QLatin1String("token.revoke")) {
        const QString name = text("tokenName");
        return name.isEmpty() ? QString() : quotedName(name);
    }
    if (action == QLatin1String("user.revoke_all") || action == QLatin1String("user.disable") ||
        action == QLatin1String("user.reset_password"))
        return revokedCounts(details);
    if (action == QLatin1String("user.create"))
        return text("role") == QLatin1String("admin") ? tr("An administrator") : tr("A user");
    if (action == QLatin1String("user.set_role"))
        return text("to") == QLatin1String("admin") ? tr("Made an administrator")
                                                    : tr("No longer an administrator");
    if (action.startsWith(QLatin1String("service_client."))) {
        const QString name = text("clientName");
        return name.isEmpty() ? QString() : quotedName(name);
    }
    return {};
}

QJsonObject AuditLogEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("occurredAt"), JsonTime::fromDateTime(occurredAt)},
        {QStringLiteral("adminId"), textOrNull(adminId)},
        {QStringLiteral("adminUsername"), adminUsername},
        {QStringLiteral("action"), action},
        {QStringLiteral("targetUserId"), targetUserId},
        {QStringLiteral("targetUsername"), targetUsername},
        {QStringLiteral("details"), details},
        {QStringLiteral("ip"), textOrNull(ip)},
        {QStringLiteral("userAgent"), textOrNull(userAgent)},
    };
}

AuditLogEntry AuditLogEntry::fromJson(const QJsonObject &object)
{
    AuditLogEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.occurredAt = JsonTime::toDateTime(object.value(QStringLiteral("occurredAt")));
    entry.adminId = object.value(QStringLiteral("adminId")).toString();
    entry.adminUsername = object.value(QStringLiteral("adminUsername")).toString();
    entry.action = object.value(QStringLiteral("action")).toString();
    entry.targetUserId = object.value(QStringLiteral("targetUserId")).toString();
    entry.targetUsername = object.value(QStringLiteral("targetUsername")).toString();
    entry.details = object.value(QStringLiteral("details")).toObject();
    entry.ip = object.value(QStringLiteral("ip")).toString();
    entry.userAgent = object.value(QStringLiteral("userAgent")).toString();
    return entry;
}

QStringList AuditLogEntry::knownActions()
{
    return {QStringLiteral("session.revoke"),
            QStringLiteral("token.revoke"),
            QStringLiteral("user.revoke_all"),
            QStringLiteral("user.reset_2fa"),
            QStringLiteral("user.disable"),
            QStringLiteral("user.enable"),
            QStringLiteral("user.create"),
            QStringLiteral("user.reset_password"),
            QStringLiteral("user.set_role"),
            QStringLiteral("service_client.create"),
            QStringLiteral("service_client.rotate"),
            QStringLiteral("service_client.revoke"),
            QStringLiteral("service_client.token_issued"),
            QStringLiteral("service_client.auth_failed")};
}
