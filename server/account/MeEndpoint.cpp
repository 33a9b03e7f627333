#include "MeEndpoint.h"

#include "ServerServices.h"
#include "http/Router.h"

#include <QJsonArray>

MeEndpoint::MeEndpoint(ServerServices &services)
    : m_services(services)
{}

void MeEndpoint::registerRoutes(Router &router)
{
    router.add(
        RequestContext::Method::Get, QStringLiteral("/v1/me"), [this](RequestContext &context) {
            const Principal &principal = m_services.guard.require(context);
            QJsonObject body = principal.user.toJson();
            body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(principal.scopes));
            body.insert(QStringLiteral("credential"),
                        principal.kind == CredentialKind::PersonalAccessToken
                            ? QStringLiteral("personal_access_token")
                            : QStringLiteral("access_token"));
            // An administrator whose credential lacks admin because the account has no two-factor
            // authentication while --require-2fa-for-admins is on: the app says so and offers
            // the setup.
            body.insert(QStringLiteral("adminRequiresTwoFactor"),
                        m_services.adminTwoFactor.blocksAdministrator(principal.user));
            // A personal access token belongs to no session.
            body.insert(QStringLiteral("sessionId"), principal.sessionId.isEmpty()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(principal.sessionId));
            return HttpResponse::json(body);
        });
}
