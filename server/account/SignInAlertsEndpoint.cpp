#include "SignInAlertsEndpoint.h"

#include "JsonTime.h"
#include "SecurityLog.h"
#include "ServerServices.h"
#include "SignInOrigin.h"
#include "UserAgentText.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "store/Clock.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignInAlerts, "tasklane.server.signin")

namespace {

const QString AnswerConfirmed = QStringLiteral("confirmed");
const QString AnswerDenied = QStringLiteral("denied");
const QString ReasonDenied = QStringLiteral("sign_in_denied");

} // namespace

SignInAlertsEndpoint::SignInAlertsEndpoint(ServerServices &services)
    : m_services(services)
{}

void SignInAlertsEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/me/sign-in-alerts"),
               [this](RequestContext &c) { return list(c); });
    router.add(M::Post, QStringLiteral("/v1/me/sign-in-alerts/{id}/confirm"),
               [this](RequestContext &c) { return confirm(c); });
    router.add(M::Post, QStringLiteral("/v1/me/sign-in-alerts/{id}/deny"),
               [this](RequestContext &c) { return deny(c); });
}

QJsonObject SignInAlertsEndpoint::toJson(const SignInAlert &alert)
{
    return QJsonObject{
        {QStringLiteral("id"), alert.id},
        {QStringLiteral("sessionId"), alert.sessionId},
        {QStringLiteral("occurredAt"),
         JsonTime::fromDateTime(JsonTime::fromMsecs(alert.occurredAtMs))},
        {QStringLiteral("ip"), alert.ip},
        {QStringLiteral("network"), SignInOrigin::network(alert.ip)},
        {QStringLiteral("userAgent"), alert.userAgent},
        {QStringLiteral("software"), UserAgentText::family(alert.userAgent)},
        {QStringLiteral("deviceName"), alert.deviceName},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(alert.reasons)},
    };
}

HttpResponse SignInAlertsEndpoint::list(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    QJsonArray items;
    const auto alerts = m_services.signInAlerts.listOpen(principal.user.id);
    for (const SignInAlert &alert : alerts) {
        QJsonObject item = toJson(alert);
        // The asking session's own alert: a new device is not asked about itself (the app
        // shows only the others).
        item.insert(QStringLiteral("current"), alert.sessionId == principal.sessionId);
        items.append(item);
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

SignInAlert SignInAlertsEndpoint::openAlert(RequestContext &context, const QString &userId)
{
    const auto alert = m_services.signInAlerts.find(context.pathParam(QStringLiteral("id")));
    if (!alert || alert->userId != userId)
        throw ApiError::notFound(QStringLiteral("No sign-in alert with this id."));
    if (alert->answeredAtMs != 0)
        throw ApiError::conflict(QStringLiteral("This sign-in alert was answered already."));
    return *alert;
}

HttpResponse SignInAlertsEndpoint::confirm(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    context.expectNoFields();
    m_services.db.transaction([&] {
        const SignInAlert alert = openAlert(context, principal.user.id);
        if (!m_services.signInAlerts.answer(alert.id, AnswerConfirmed, Clock::nowMs()))
            throw ApiError::conflict(QStringLiteral("This sign-in alert was answered already."));
        m_services.securityEvents.record(SecurityLog::eventFor(
            context, principal.user.id, SecurityEventType::SignInAlertConfirmed,
            {{QStringLiteral("alertId"), alert.id},
             {QStringLiteral("alertSessionId"), alert.sessionId}}));
    });
    return HttpResponse::noContent();
}

HttpResponse SignInAlertsEndpoint::deny(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    context.expectNoFields();
    const bool revoked = m_services.db.transaction([&] {
        const SignInAlert alert = openAlert(context, principal.user.id);
        const qint64 now = Clock::nowMs();
        if (!m_services.signInAlerts.answer(alert.id, AnswerDenied, now))
            throw ApiError::conflict(QStringLiteral("This sign-in alert was answered already."));
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, principal.user.id, SecurityEventType::SignInAlertDenied,
                                  {{QStringLiteral("alertId"), alert.id},
                                   {QStringLiteral("alertSessionId"), alert.sessionId}}));
        // What that sign-in taught is forgotten, or the intruder's network, software and device
        // would pass unflagged next time.
        m_services.signInAlerts.forgetOriginsOf(principal.user.id, alert.sessionId);
        // The session, its refresh-token family and its access tokens end now; already ended
        // (by its user, an administrator or time) it has nothing left to revoke.
        const auto session = m_services.sessions.find(alert.sessionId);
        if (!session || !m_services.sessions.revoke(session->id, ReasonDenied, now))
            return false;
        m_services.securityEvents.record(
            SecurityLog::sessionRevoked(context, *session, ReasonDenied));
        return true;
    });
    qCInfo(lcSignInAlerts) << "sign-in alert denied by its user; session revoked:" << revoked;
    return HttpResponse::json(QJsonObject{{QStringLiteral("sessionRevoked"), revoked}});
}
