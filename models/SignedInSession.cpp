#include "SignedInSession.h"

#include "JsonTime.h"

#include <QCoreApplication>

QString SignedInSession::displayName() const
{
    if (!deviceName.trimmed().isEmpty())
        return deviceName.trimmed();
    if (!clientName.trimmed().isEmpty())
        return clientDisplayName(clientId, clientName);
    return QCoreApplication::translate("SignedInSession", "Unnamed device");
}

QString SignedInSession::clientDisplayName(const QString &clientId, const QString &clientName)
{
    if (clientId == QLatin1String("tasklane-desktop"))
        return QCoreApplication::translate("SignedInSession", "Tasklane for desktop");
    return clientName.trimmed().isEmpty() ? clientId.trimmed() : clientName.trimmed();
}

QJsonObject SignedInSession::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("clientName"), clientName},
        {QStringLiteral("deviceName"), deviceName},
        {QStringLiteral("ip"), ip},
        {QStringLiteral("userAgent"), userAgent},
        {QStringLiteral("createdAt"), JsonTime::fromDateTime(createdAt)},
        {QStringLiteral("lastActiveAt"), JsonTime::fromDateTime(lastActiveAt)},
        {QStringLiteral("expiresAt"), JsonTime::fromDateTime(expiresAt)},
        {QStringLiteral("current"), current},
    };
}

SignedInSession SignedInSession::fromJson(const QJsonObject &object)
{
    SignedInSession session;
    session.id = object.value(QStringLiteral("id")).toString();
    session.clientId = object.value(QStringLiteral("clientId")).toString();
    session.clientName = object.value(QStringLiteral("clientName")).toString();
    session.deviceName = object.value(QStringLiteral("deviceName")).toString();
    session.ip = object.value(QStringLiteral("ip")).toString();
    session.userAgent = object.value(QStringLiteral("userAgent")).toString();
    session.createdAt = JsonTime::toDateTime(object.value(QStringLiteral("createdAt")));
    session.lastActiveAt = JsonTime::toDateTime(object.value(QStringLiteral("lastActiveAt")));
    session.expiresAt = JsonTime::toDateTime(object.value(QStringLiteral("expiresAt")));
    session.current = object.value(QStringLiteral("current")).toBool();
    return session;
}
