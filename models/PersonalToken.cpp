#include "PersonalToken.h"

#include "JsonTime.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

const QString TasksRead = QStringLiteral("tasks:read");
const QString TasksWrite = QStringLiteral("tasks:write");
const QString Admin = QStringLiteral("admin");

// A nullable string field: null on the wire, empty here.
QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject PersonalToken::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("createdAt"), JsonTime::fromDateTime(createdAt)},
        {QStringLiteral("expiresAt"), JsonTime::fromDateTime(expiresAt)},
        {QStringLiteral("lastUsedAt"), JsonTime::fromDateTime(lastUsedAt)},
        {QStringLiteral("lastUsedIp"), nullable(lastUsedIp)},
        {QStringLiteral("lastUsedUserAgent"), nullable(lastUsedUserAgent)},
        {QStringLiteral("replacedBy"), nullable(replacedBy)},
        {QStringLiteral("validUntil"), JsonTime::fromDateTime(validUntil)},
    };
}

PersonalToken PersonalToken::fromJson(const QJsonObject &object)
{
    PersonalToken token;
    token.id = object.value(QStringLiteral("id")).toString();
    token.name = object.value(QStringLiteral("name")).toString();
    const QJsonArray scopes = object.value(QStringLiteral("scopes")).toArray();
    for (const QJsonValue &scope : scopes)
        token.scopes.append(scope.toString());
    token.createdAt = JsonTime::toDateTime(object.value(QStringLiteral("createdAt")));
    token.expiresAt = JsonTime::toDateTime(object.value(QStringLiteral("expiresAt")));
    token.lastUsedAt = JsonTime::toDateTime(object.value(QStringLiteral("lastUsedAt")));
    token.lastUsedIp = object.value(QStringLiteral("lastUsedIp")).toString();
    token.lastUsedUserAgent = object.value(QStringLiteral("lastUsedUserAgent")).toString();
    token.replacedBy = object.value(QStringLiteral("replacedBy")).toString();
    token.validUntil = JsonTime::toDateTime(object.value(QStringLiteral("validUntil")));
    return token;
}

QStringList PersonalToken::grantableScopes()
{
    return {TasksRead, TasksWrite, Admin};
}

QString PersonalToken::scopeLabel(const QString &scope)
{
    if (scope == TasksRead)
        return tr("Read tasks");
    if (scope == TasksWrite)
        return tr("Change tasks");
    if (scope == Admin)
        return tr("Administer users");
    if (scope == QLatin1String("account"))
        return tr("Security settings");
    return scope;
}

QString PersonalToken::scopeDescription(const QString &scope)
{
    if (scope == TasksRead)
        return tr("See all your tasks, their notes and labels.");
    if (scope == TasksWrite)
        return tr("Create, change, complete and delete your tasks.");
    if (scope == Admin)
        return tr("Manage other people's accounts on this server: their sessions, tokens and "
                  "two-factor settings. Only for administrators; give it to as few tokens as "
                  "you can.");
    if (scope == QLatin1String("account"))
        return tr("See and change your security settings.");
    return scope;
}

QString PersonalToken::scopesText(const QStringList &scopes)
{
    QStringList labels;
    labels.reserve(scopes.size());
    for (const QString &scope : scopes)
        labels.append(scopeLabel(scope));
    return labels.join(tr(", "));
}
