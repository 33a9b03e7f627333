#include "AdminServiceClientsEndpoint.h"

#include "JsonTime.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"

#include <QJsonArray>

namespace {

const QString NoSuchClient = QStringLiteral("No service client with this id.");

QJsonValue instantOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue(QJsonValue::Null) : JsonTime::fromDateTime(JsonTime::fromMsecs(ms));
}

void refuseUnknownFields(const QJsonObject &body, const QStringList &known, QJsonArray &errors)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    }
}

} // namespace

AdminServiceClientsEndpoint::AdminServiceClientsEndpoint(ServerServices &services)
    : m_services(services)
    , m_actions(services.db)
{}

void AdminServiceClientsEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Get, QStringLiteral("/v1/admin/service-clients"),
               [this](RequestContext &c) { return list(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/service-clients"),
               [this](RequestContext &c) { return create(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/service-clients/{id}/rotate"),
               [this](RequestContext &c) { return rotate(c); });
    router.add(M::Delete, QStringLiteral("/v1/admin/service-clients/{id}"),
               [this](RequestContext &c) { return revoke(c); });
}

QJsonObject AdminServiceClientsEndpoint::toJson(const ServiceClient &client)
{
    return QJsonObject{
        {QStringLiteral("id"), client.id},
        {QStringLiteral("name"), client.name},
        {QStringLiteral("ownerId"), client.ownerId},
        {QStringLiteral("ownerUsername"), client.ownerUsername},
        {QStringLiteral("scopes"),
         QJsonArray::fromStringList(Scopes::parse(client.scope).value_or(QStringList()))},
        {QStringLiteral("createdAt"), instantOrNull(client.createdAtMs)},
        {QStringLiteral("lastUsedAt"), instantOrNull(client.lastUsedAtMs)},
        {QStringLiteral("secretRotatedAt"), instantOrNull(client.secretRotatedAtMs)},
        {QStringLiteral("previousSecretExpiresAt"), instantOrNull(client.previousSecretUntilMs)},
        {QStringLiteral("revokedAt"), instantOrNull(client.revokedAtMs)},
    };
}

AdminActor AdminServiceClientsEndpoint::admit(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Admin);
    return {principal.user.id, principal.user.username, context.remoteIp(), context.userAgent()};
}

HttpResponse AdminServiceClientsEndpoint::list(RequestContext &context)
{
    admit(context);
    QJsonArray items;
    for (const ServiceClient &client : ServiceClientStore(m_services.db).list())
        items.append(toJson(client));
    return HttpResponse::json(QJsonObject{{QStringLiteral("items"), items}});
}

HttpResponse AdminServiceClientsEndpoint::create(RequestContext &context)
{
    const AdminActor actor = admit(context);
    const QJsonObject body = context.jsonBody();
    QJsonArray errors;
    refuseUnknownFields(
        body, {QStringLiteral("name"), QStringLiteral("scopes"), QStringLiteral("ownerId")},
        errors);
    const QJsonValue name = body.value(QStringLiteral("name"));
    if (!name.isString())
        errors.append(ApiError::fieldError(QStringLiteral("name"), QStringLiteral("Required.")));
    else if (const auto problem = ServiceClientActions::nameProblem(name.toString()))
        errors.append(ApiError::fieldError(QStringLiteral("name"), *problem));
    QStringList scopes;
    const QJsonValue scopesValue = body.value(QStringLiteral("scopes"));
    for (const QJsonValue &scope : scopesValue.toArray())
        scopes.append(scope.toString());
    scopes.removeDuplicates();
    if (!scopesValue.isArray())
        errors.append(
            ApiError::fieldError(QStringLiteral("scopes"), QStringLiteral("An array of scopes.")));
    else if (const auto problem = ServiceClientActions::scopeProblem(scopes))
        errors.append(ApiError::fieldError(QStringLiteral("scopes"), *problem));
    const QString ownerId = body.value(QStringLiteral("ownerId")).toString();
    const auto owner = ownerId.isEmpty() ? std::nullopt : m_services.users.findById(ownerId);
    if (!owner)
        errors.append(ApiError::fieldError(QStringLiteral("ownerId"),
                                           QStringLiteral("Not the id of a user.")));
    else if (owner->disabled)
        errors.append(ApiError::fieldError(QStringLiteral("ownerId"),
                                           QStringLiteral("The account is disabled.")));
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The service client's details are not valid."),
                                   errors);
    const auto created = m_actions.create(actor, name.toString(), *owner, scopes);
    QJsonObject answer = toJson(created.client);
    answer.insert(QStringLiteral("clientSecret"), created.secret);
    return HttpResponse::json(answer, 201);
}

HttpResponse AdminServiceClientsEndpoint::rotate(RequestContext &context)
{
    const AdminActor actor = admit(context);
    qint64 overlap = ServiceClientActions::DefaultOverlapSeconds;
    if (!context.body().trimmed().isEmpty()) {
        const QJsonObject body = context.jsonBody();
        QJsonArray errors;
        refuseUnknownFields(body, {QStringLiteral("overlapSeconds")}, errors);
        const QJsonValue value = body.value(QStringLiteral("overlapSeconds"));
        if (!value.isUndefined()) {
            const double seconds = value.toDouble(-1);
            overlap = qint64(seconds);
            if (!value.isDouble() || double(overlap) != seconds ||
                ServiceClientActions::overlapProblem(overlap))
                errors.append(ApiError::fieldError(QStringLiteral("overlapSeconds"),
                                                   *ServiceClientActions::overlapProblem(-1)));
        }
        if (!errors.isEmpty())
            throw ApiError::validation(QStringLiteral("The rotation is not valid."), errors);
    }
    const auto rotated = m_actions.rotate(actor, context.pathParam(QStringLiteral("id")), overlap);
    if (!rotated)
        throw ApiError::notFound(NoSuchClient);
    QJsonObject answer = toJson(rotated->client);
    answer.insert(QStringLiteral("clientSecret"), rotated->secret);
    return HttpResponse::json(answer);
}

HttpResponse AdminServiceClientsEndpoint::revoke(RequestContext &context)
{
    const AdminActor actor = admit(context);
    if (!m_actions.revoke(actor, context.pathParam(QStringLiteral("id"))))
        throw ApiError::notFound(NoSuchClient);
    return HttpResponse::noContent();
}
