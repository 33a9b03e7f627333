#include "SecurityLog.h"

#include "http/RequestContext.h"

namespace SecurityLog {

SecurityEvent eventFor(const RequestContext &context, const QString &userId, const QString &type,
                       const QJsonObject &details)
{
    SecurityEvent event;
    event.userId = userId;
    event.type = type;
    event.ip = context.remoteIp();
    event.userAgent = context.userAgent();
    if (context.principal())
        event.sessionId = context.principal()->sessionId;
    event.details = details;
    return event;
}

SecurityEvent sessionRevoked(const RequestContext &context, const Session &session,
                             const QString &reason)
{
    return eventFor(context, session.userId, SecurityEventType::SessionRevoked,
                    {{QStringLiteral("revokedSessionId"), session.id},
                     {QStringLiteral("deviceName"), session.deviceName},
                     {QStringLiteral("reason"), reason}});
}

} // namespace SecurityLog
