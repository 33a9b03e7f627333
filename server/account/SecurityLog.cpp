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

} // namespace SecurityLog
