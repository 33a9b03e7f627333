#include "NewSignInCheck.h"

#include "SecurityLog.h"
#include "ServerServices.h"
#include "SignInOrigin.h"
#include "UserAgentText.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNewSignIn, "tasklane.server.signin")

NewSignInCheck::NewSignInCheck(ServerServices &services)
    : m_services(services)
{}

std::optional<SignInAlert> NewSignInCheck::check(const RequestContext &context,
                                                 const Session &session, const QString &deviceId)
{
    auto &store = m_services.signInAlerts;
    const QString network = SignInOrigin::network(session.ip);
    const QString software = SignInOrigin::software(session.userAgent);
    const QString device =
        deviceId.isEmpty() ? QString() : SignInOrigin::deviceKey(session.userId, deviceId);
    const bool firstSignIn = !store.hasOrigins(session.userId);

    QStringList reasons;
    if (!firstSignIn) {
        if (!network.isEmpty() && !store.knows(session.userId, SignInOrigin::Network, network))
            reasons.append(SignInOrigin::Network);
        if (!store.knows(session.userId, SignInOrigin::Software, software))
            reasons.append(SignInOrigin::Software);
        if (!device.isEmpty() && store.hasOriginsOf(session.userId, SignInOrigin::Device) &&
            !store.knows(session.userId, SignInOrigin::Device, device))
            reasons.append(SignInOrigin::Device);
    }
    if (!network.isEmpty())
        store.remember(session.userId, SignInOrigin::Network, network, session.id,
                       session.createdAtMs);
    store.remember(session.userId, SignInOrigin::Software, software, session.id,
                   session.createdAtMs);
    if (!device.isEmpty())
        store.remember(session.userId, SignInOrigin::Device, device, session.id,
                       session.createdAtMs);
    if (reasons.isEmpty())
        return std::nullopt;

    SecurityEvent event = SecurityLog::eventFor(
        context, session.userId, SecurityEventType::SignInAlert,
        {{QStringLiteral("software"), UserAgentText::family(session.userAgent)},
         {QStringLiteral("network"), network},
         {QStringLiteral("deviceName"), session.deviceName},
         {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)}});
    event.sessionId = session.id;
    event.occurredAtMs = session.createdAtMs;
    event = m_services.securityEvents.record(event);

    SignInAlert alert;
    alert.id = event.id;
    alert.userId = session.userId;
    alert.sessionId = session.id;
    alert.occurredAtMs = event.occurredAtMs;
    alert.ip = session.ip;
    alert.userAgent = session.userAgent;
    alert.deviceName = session.deviceName;
    alert.reasons = reasons;
    store.insert(alert);
    qCInfo(lcNewSignIn) << "new sign-in alert" << alert.id << "for session" << session.id
                        << "new:" << reasons;
    return alert;
}
