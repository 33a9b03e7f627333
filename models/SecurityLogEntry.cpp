#include "SecurityLogEntry.h"

#include "JsonTime.h"
#include "PersonalToken.h"
#include "QuotedName.h"
#include "SignedInSession.h"
#include "UserAgentText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace {

QString signInMethod(const QString &method)
{
    if (method == QLatin1String("password"))
        return SecurityLogEntry::tr("with the password");
    if (method == QLatin1String("password+totp"))
        return SecurityLogEntry::tr("with the password and an authenticator code");
    if (method == QLatin1String("password+backup_code"))
        return SecurityLogEntry::tr("with the password and a backup code");
    if (method == QLatin1String("password+passkey"))
        return SecurityLogEntry::tr("with the password and a passkey");
    if (method == QLatin1String("passkey"))
        return SecurityLogEntry::tr("with a passkey");
    return method;
}

// Reasons the server gives when it ends a session itself because a credential of it leaked.
bool isLeakReason(const QJsonObject &details)
{
    const QString reason = details.value(QStringLiteral("reason")).toString();
    return reason == QLatin1String("refresh_token_reused") ||
           reason == QLatin1String("authorization_code_replayed");
}

QString revocationReason(const QString &reason)
{
    if (reason == QLatin1String("revoked"))
        return SecurityLogEntry::tr("signed out from the account's security settings");
    if (reason == QLatin1String("revoke_others"))
        return SecurityLogEntry::tr("signed out with \u201cSign out all other sessions\u201d");
    if (reason == QLatin1String("signed_out"))
        return SecurityLogEntry::tr("signed out on that device");
    if (reason == QLatin1String("admin"))
        return SecurityLogEntry::tr("signed out by an administrator");
    if (reason == QLatin1String("account_disabled"))
        return SecurityLogEntry::tr("signed out because the account was disabled");
    if (reason == QLatin1String("password_changed"))
        return SecurityLogEntry::tr("signed out because the password was changed");
    if (reason == QLatin1String("refresh_token_reused"))
        return SecurityLogEntry::tr(
            "ended because one of its old sign-in tokens was used again, so it may have "
            "leaked");
    if (reason == QLatin1String("sign_in_denied"))
        return SecurityLogEntry::tr("signed out because you said the new sign-in was not you");
    if (reason == QLatin1String("authorization_code_replayed"))
        return SecurityLogEntry::tr(
            "ended because its one-time sign-in code was used twice, so it may have been "
            "intercepted");
    return reason;
}

// Who did an admin.* event: the administrator's user name, or the server's command line.
QString administrator(const QJsonObject &details)
{
    const QString name = details.value(QStringLiteral("adminUsername")).toString().trimmed();
    if (details.value(QStringLiteral("adminId")).isNull() || name.isEmpty())
        return SecurityLogEntry::tr("the server's command line");
    return name;
}

// "1 session and 2 tokens"
QString revokedCounts(const QJsonObject &details)
{
    const int sessions = details.value(QStringLiteral("sessionsRevoked")).toInt();
    const int tokens = details.value(QStringLiteral("tokensRevoked")).toInt();
    const QString sessionText = sessions == 1
                                    ? SecurityLogEntry::tr("1 session")
                                    : SecurityLogEntry::tr("%n sessions", nullptr, sessions);
    const QString tokenText = tokens == 1 ? SecurityLogEntry::tr("1 token")
                                          : SecurityLogEntry::tr("%n tokens", nullptr, tokens);
    return SecurityLogEntry::tr("%1 and %2").arg(sessionText, tokenText);
}

} // namespace

QString SecurityLogEntry::title() const
{
    if (type == QLatin1String("sign_in.succeeded"))
        return tr("Signed in");
    if (type == QLatin1String("sign_in.failed"))
        return tr("Sign-in failed");
    if (type == QLatin1String("session.revoked"))
        return tr("Session ended");
    if (type == QLatin1String("token.created"))
        return tr("Token created");
    if (type == QLatin1String("token.used_from_new_ip"))
        return tr("Token used from a new address");
    if (type == QLatin1String("token.revoked"))
        return tr("Token revoked");
    if (type == QLatin1String("token.rotated"))
        return tr("Token rotated");
    if (type == QLatin1String("two_factor.enabled"))
        return tr("Two-factor turned on");
    if (type == QLatin1String("two_factor.disabled"))
        return tr("Two-factor turned off");
    if (type == QLatin1String("two_factor.failed"))
        return tr("Wrong two-factor code");
    if (type == QLatin1String("two_factor.locked"))
        return tr("Two-factor codes locked");
    if (type == QLatin1String("backup_code.used"))
        return tr("Backup code used");
    if (type == QLatin1String("backup_codes.regenerated"))
        return tr("New backup codes");
    if (type == QLatin1String("password.changed"))
        return tr("Password changed");
    if (type == QLatin1String("sign_in.alert"))
        return tr("New sign-in flagged");
    if (type == QLatin1String("sign_in.alert_confirmed"))
        return tr("New sign-in confirmed");
    if (type == QLatin1String("sign_in.alert_denied"))
        return tr("New sign-in denied");
    if (type == QLatin1String("admin.session_revoked"))
        return tr("Session ended by an administrator");
    if (type == QLatin1String("admin.token_revoked"))
        return tr("Token revoked by an administrator");
    if (type == QLatin1String("admin.revoked_all"))
        return tr("Everything revoked by an administrator");
    if (type == QLatin1String("admin.two_factor_reset"))
        return tr("Two-factor reset by an administrator");
    if (type == QLatin1String("admin.user_disabled"))
        return tr("Account disabled by an administrator");
    if (type == QLatin1String("admin.user_enabled"))
        return tr("Account enabled by an administrator");
    if (type == QLatin1String("admin.user_created"))
        return tr("Account created by an administrator");
    if (type == QLatin1String("admin.password_reset"))
        return tr("Password reset by an administrator");
    if (type == QLatin1String("admin.role_changed"))
        return tr("Role changed by an administrator");
    if (type == QLatin1String("passkey.added"))
        return tr("Passkey added");
    if (type == QLatin1String("passkey.removed"))
        return tr("Passkey removed");
    if (type == QLatin1String("passkey.counter_went_backwards"))
        return tr("Passkey counter went backwards");
    return type;
}

QString SecurityLogEntry::detailText() const
{
    const auto text = [this](const char *key) {
        return details.value(QLatin1String(key)).toString().trimmed();
    };
    if (type == QLatin1String("sign_in.succeeded")) {
        const QString who =
            SignedInSession::clientDisplayName(text("clientId"), text("clientName"));
        const QString device = text("deviceName");
        QString sentence =
            device.isEmpty() || device == who ? who : tr("%1 on %2").arg(who, quotedName(device));
        const QString method = text("method");
        if (!method.isEmpty())
            sentence = sentence.isEmpty() ? signInMethod(method)
                                          : tr("%1, %2").arg(sentence, signInMethod(method));
        return sentence;
    }
    if (type == QLatin1String("sign_in.failed")) {
        const QString reason = text("reason");
        if (reason == QLatin1String("wrong_password"))
            return tr("Wrong password");
        if (reason == QLatin1String("disabled"))
            return tr("The account is disabled");
        if (reason == QLatin1String("wrong_current_password"))
            return tr("Wrong current password when changing the password");
        return reason;
    }
    if (type == QLatin1String("session.revoked")) {
        const QString device = text("deviceName");
        const QString reason = revocationReason(text("reason"));
        if (device.isEmpty())
            return reason;
        return reason.isEmpty() ? quotedName(device) : tr("%1 %2").arg(quotedName(device), reason);
    }
    if (type == QLatin1String("token.created")) {
        QStringList scopes;
        const QJsonArray array = details.value(QStringLiteral("scopes")).toArray();
        for (const QJsonValue &scope : array)
            scopes.append(scope.toString());
        const QString name = quotedName(text("tokenName"));
        return scopes.isEmpty() ? name
                                : tr("%1 with %2").arg(name, PersonalToken::scopesText(scopes));
    }
    if (type == QLatin1String("token.used_from_new_ip")) {
        const QString name = quotedName(text("tokenName"));
        return ip.isEmpty() ? name : tr("%1 from %2").arg(name, ip);
    }
    if (type == QLatin1String("token.revoked") || type == QLatin1String("token.rotated"))
        return quotedName(text("tokenName"));
    if (type == QLatin1String("two_factor.failed")) {
        const QJsonValue remaining = details.value(QStringLiteral("attemptsRemaining"));
        if (!remaining.isDouble())
            return {};
        const int n = remaining.toInt();
        if (n == 0)
            return tr("No attempts left");
        return n == 1 ? tr("1 attempt left") : tr("%n attempts left", nullptr, n);
    }
    if (type == QLatin1String("two_factor.locked")) {
        const QDateTime until = JsonTime::toDateTime(details.value(QStringLiteral("lockedUntil")));
        if (!until.isValid())
            return {};
        return tr("Codes refused until %1")
            .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    if (type == QLatin1String("backup_code.used")) {
        const QJsonValue remaining = details.value(QStringLiteral("remaining"));
        if (!remaining.isDouble())
            return {};
        const int n = remaining.toInt();
        return n == 1 ? tr("1 backup code left") : tr("%n backup codes left", nullptr, n);
    }
    if (type == QLatin1String("backup_codes.regenerated"))
        return tr("The old backup codes no longer work");
    if (type == QLatin1String("sign_in.alert")) {
        // "Firefox on Windows, 203.0.113.0/24": what was new about it, the software named in the
        // app's language from the event's User-Agent (the server's English words otherwise).
        const QString software =
            userAgent.isEmpty() ? text("software") : UserAgentText::family(userAgent);
        const QString network = text("network");
        const QString origin = network.isEmpty() ? software : tr("%1, %2").arg(software, network);
        // Only the device new: the network and software would be the user's own, so name it.
        const QString device = text("deviceName");
        if (device.isEmpty() || !details.value(QStringLiteral("reasons"))
                                     .toArray()
                                     .contains(QJsonValue(QStringLiteral("device"))))
            return origin;
        return tr("A new device, %1: %2").arg(quotedName(device), origin);
    }
    if (type == QLatin1String("passkey.added") || type == QLatin1String("passkey.removed"))
        return quotedName(text("passkeyName"));
    if (type == QLatin1String("passkey.counter_went_backwards"))
        return tr("%1 may have been copied: its sign-in was refused")
            .arg(quotedName(text("passkeyName")));
    if (type == QLatin1String("password.changed")) {
        if (text("reason") == QLatin1String("first_sign_in"))
            return tr("Chosen at the first sign-in with a one-time password");
        const int sessions = details.value(QStringLiteral("sessionsRevoked")).toInt();
        const int tokens = details.value(QStringLiteral("tokensRevoked")).toInt();
        return tr("%1, %2").arg(
            sessions == 1 ? tr("1 other session signed out")
                          : tr("%n other sessions signed out", nullptr, sessions),
            tokens == 1 ? tr("1 token revoked") : tr("%n tokens revoked", nullptr, tokens));
    }
    if (type.startsWith(QLatin1String("admin."))) {
        const QString by = administrator(details);
        if (type == QLatin1String("admin.session_revoked")) {
            const QString device = text("deviceName");
            return tr("%1, by %2")
                .arg(device.isEmpty() ? tr("An unnamed device") : quotedName(device), by);
        }
        if (type == QLatin1String("admin.token_revoked"))
            return tr("%1, by %2").arg(quotedName(text("tokenName")), by);
        if (type == QLatin1String("admin.revoked_all") ||
            type == QLatin1String("admin.user_disabled") ||
            type == QLatin1String("admin.password_reset"))
            return tr("%1 revoked, by %2").arg(revokedCounts(details), by);
        if (type == QLatin1String("admin.role_changed"))
            return text("to") == QLatin1String("admin")
                       ? tr("Made an administrator, by %1").arg(by)
                       : tr("No longer an administrator, by %1").arg(by);
        return tr("By %1").arg(by);
    }
    return {};
}

bool SecurityLogEntry::needsAttention() const
{
    return type == QLatin1String("sign_in.failed") || type == QLatin1String("two_factor.failed") ||
           type == QLatin1String("two_factor.locked") ||
           type == QLatin1String("token.used_from_new_ip") ||
           (type == QLatin1String("session.revoked") && isLeakReason(details));
}

QJsonObject SecurityLogEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), type},
        {QStringLiteral("occurredAt"), JsonTime::fromDateTime(occurredAt)},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("userAgent"), userAgent},
        {QStringLiteral("sessionId"),
         sessionId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sessionId)},
        {QStringLiteral("details"), details},
    };
}

SecurityLogEntry SecurityLogEntry::fromJson(const QJsonObject &object)
{
    SecurityLogEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.type = object.value(QStringLiteral("type")).toString();
    entry.occurredAt = JsonTime::toDateTime(object.value(QStringLiteral("occurredAt")));
    entry.ip = object.value(QStringLiteral("ip")).toString();
    entry.userAgent = object.value(QStringLiteral("userAgent")).toString();
    entry.sessionId = object.value(QStringLiteral("sessionId")).toString();
    entry.details = object.value(QStringLiteral("details")).toObject();
    return entry;
}

SecurityLogEntry::Category SecurityLogEntry::categoryOf(const QString &type)
{
    // What an administrator did belongs with what the account's owner can do alike.
    if (type == QLatin1String("admin.session_revoked") ||
        type == QLatin1String("admin.revoked_all"))
        return Category::Session;
    if (type == QLatin1String("admin.token_revoked"))
        return Category::Token;
    if (type == QLatin1String("admin.two_factor_reset"))
        return Category::TwoFactor;
    if (type == QLatin1String("admin.user_disabled") ||
        type == QLatin1String("admin.user_enabled") ||
        type == QLatin1String("admin.user_created") ||
        type == QLatin1String("admin.password_reset") ||
        type == QLatin1String("admin.role_changed") || type == QLatin1String("password.changed"))
        return Category::SignIn;
    if (type.startsWith(QLatin1String("sign_in.")) || type == QLatin1String("password.changed"))
        return Category::SignIn;
    if (type.startsWith(QLatin1String("session.")))
        return Category::Session;
    if (type.startsWith(QLatin1String("token.")))
        return Category::Token;
    if (type.startsWith(QLatin1String("two_factor.")) ||
        type.startsWith(QLatin1String("backup_code")) || type.startsWith(QLatin1String("passkey.")))
        return Category::TwoFactor;
    return Category::Other;
}

QStringList SecurityLogEntry::knownTypes()
{
    return {
        QStringLiteral("sign_in.succeeded"),
        QStringLiteral("sign_in.failed"),
        QStringLiteral("session.revoked"),
        QStringLiteral("token.created"),
        QStringLiteral("token.used_from_new_ip"),
        QStringLiteral("token.revoked"),
        QStringLiteral("two_factor.enabled"),
        QStringLiteral("two_factor.disabled"),
        QStringLiteral("two_factor.failed"),
        QStringLiteral("two_factor.locked"),
        QStringLiteral("backup_code.used"),
        QStringLiteral("backup_codes.regenerated"),
        QStringLiteral("admin.session_revoked"),
        QStringLiteral("admin.token_revoked"),
        QStringLiteral("admin.revoked_all"),
        QStringLiteral("admin.two_factor_reset"),
        QStringLiteral("admin.user_disabled"),
        QStringLiteral("admin.user_enabled"),
        QStringLiteral("admin.user_created"),
        QStringLiteral("admin.password_reset"),
        QStringLiteral("admin.role_changed"),
        QStringLiteral("password.changed"),
        QStringLiteral("token.rotated"),
        QStringLiteral("sign_in.alert"),
        QStringLiteral("sign_in.alert_confirmed"),
        QStringLiteral("sign_in.alert_denied"),
        QStringLiteral("passkey.added"),
        QStringLiteral("passkey.removed"),
        QStringLiteral("passkey.counter_went_backwards"),
    };
}

QStringList SecurityLogEntry::typesOf(Category category)
{
    QStringList types;
    const QStringList known = knownTypes();
    for (const QString &type : known) {
        if (categoryOf(type) == category)
            types.append(type);
    }
    return types;
}

QString SecurityLogEntry::categoryLabel(Category category)
{
    switch (category) {
    case Category::SignIn:
        return tr("Sign-ins");
    case Category::Session:
        return tr("Sessions");
    case Category::Token:
        return tr("Tokens");
    case Category::TwoFactor:
        return tr("Two-factor");
    case Category::Other:
        return tr("Other");
    }
    return {};
}
