#include "AdminActionsEndpoint.h"

#include "AdminUsersEndpoint.h"
#include "ServerServices.h"
#include "account/AccountFields.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "security/PasswordPolicy.h"
#include "store/Ids.h"

#include <QJsonObject>
#include <QtConcurrent>

namespace {

using Outcome = AdminActions::Outcome;

const QString NoSuchUser = QStringLiteral("No user with this id.");

// The answer for what AdminActions refused; Done is the caller's.
void throwUnlessDone(const AdminActions::Result &result, const QString &notFoundMessage)
{
    switch (result.outcome) {
    case Outcome::Done:
        return;
    case Outcome::NotFound:
        throw ApiError::notFound(notFoundMessage);
    case Outcome::LastAdmin:
        throw ApiError::conflict(QStringLiteral("This is the last administrator; make another "
                                                "user an administrator first."),
                                 QStringLiteral("LAST_ADMIN"));
    case Outcome::TwoFactorOff:
        throw ApiError::conflict(QStringLiteral("Two-factor authentication is off for this user."));
    case Outcome::NameTaken:
        throw ApiError::conflict(QStringLiteral("A user with this username exists already."));
    }
}

// A string member of a JSON body: absent is empty; any other type is a field error.
QString stringField(const QJsonObject &body, const QString &name, QJsonArray &errors)
{
    const QJsonValue value = body.value(name);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        errors.append(ApiError::fieldError(name, QStringLiteral("Must be a string.")));
        return {};
    }
    return value.toString();
}

// The role member of a JSON body ("admin" or "user"); nullopt, with a field error, otherwise.
std::optional<UserRole> roleField(const QJsonObject &body, QJsonArray &errors)
{
    const QString role = body.value(QStringLiteral("role")).toString();
    const auto parsed = userRoleFromName(role);
    if (!parsed || !body.value(QStringLiteral("role")).isString())
        errors.append(ApiError::fieldError(QStringLiteral("role"),
                                           QStringLiteral("Must be \"admin\" or \"user\".")));
    return parsed;
}

void refuseUnknownFields(const QJsonObject &body, const QStringList &known, QJsonArray &errors)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    }
}

} // namespace

AdminActionsEndpoint::AdminActionsEndpoint(ServerServices &services)
    : m_services(services)
    , m_actions(services.db)
{}

void AdminActionsEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    router.add(M::Delete, QStringLiteral("/v1/admin/sessions/{id}"),
               [this](RequestContext &c) { return revokeSession(c); });
    router.add(M::Delete, QStringLiteral("/v1/admin/tokens/{id}"),
               [this](RequestContext &c) { return revokeToken(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/revoke-all"),
               [this](RequestContext &c) { return revokeAll(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/reset-2fa"),
               [this](RequestContext &c) { return resetTwoFactor(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/disable"),
               [this](RequestContext &c) { return disable(c); });
    router.add(M::Post, QStringLiteral("/v1/admin/users/{id}/enable"),
               [this](RequestContext &c) { return enable(c); });
    router.addAsync(M::Post, QStringLiteral("/v1/admin/users"),
                    [this](RequestContext &c) { return createUser(c); });
    router.addAsync(M::Post, QStringLiteral("/v1/admin/users/{id}/password"),
                    [this](RequestContext &c) { return resetPassword(c); });
    router.add(M::Patch, QStringLiteral("/v1/admin/users/{id}"),
               [this](RequestContext &c) { return setRole(c); });
}

AdminActor AdminActionsEndpoint::admit(RequestContext &context, Body body)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Admin);
    if (body == Body::None && context.method() == RequestContext::Method::Post)
        context.expectNoFields();
    return {principal.user.id, principal.user.username, context.remoteIp(), context.userAgent()};
}

HttpResponse AdminActionsEndpoint::revokeSession(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.revokeSession(actor, context.pathParam(QStringLiteral("id"))),
                    QStringLiteral("No session with this id."));
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::revokeToken(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.revokeToken(actor, context.pathParam(QStringLiteral("id"))),
                    QStringLiteral("No personal access token with this id."));
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::revokeAll(RequestContext &context)
{
    const AdminActor actor = admit(context);
    const auto result = m_actions.revokeAll(actor, context.pathParam(QStringLiteral("id")));
    throwUnlessDone(result, NoSuchUser);
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("sessionsRevoked"), result.sessionsRevoked},
                    {QStringLiteral("tokensRevoked"), result.tokensRevoked}});
}

HttpResponse AdminActionsEndpoint::resetTwoFactor(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.resetTwoFactor(actor, context.pathParam(QStringLiteral("id"))),
                    NoSuchUser);
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::disable(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.disable(actor, context.pathParam(QStringLiteral("id"))), NoSuchUser);
    return HttpResponse::noContent();
}

HttpResponse AdminActionsEndpoint::enable(RequestContext &context)
{
    const AdminActor actor = admit(context);
    throwUnlessDone(m_actions.enable(actor, context.pathParam(QStringLiteral("id"))), NoSuchUser);
    return HttpResponse::noContent();
}

QFuture<QString> AdminActionsEndpoint::hashOffTheEventLoop(const QString &password)
{
    const PasswordHasher hasher = m_services.hasher;
    return QtConcurrent::run(&m_services.passwordChecks,
                             [hasher, password] { return hasher.hash(password); });
}

QJsonObject AdminActionsEndpoint::userJson(const QString &userId)
{
    const auto overview = m_services.userOverviews.find(userId, Clock::nowMs());
    if (!overview)
        throw ApiError::notFound(NoSuchUser);
    return AdminUsersEndpoint::toJson(*overview);
}

QFuture<HttpResponse> AdminActionsEndpoint::createUser(RequestContext &context)
{
    const AdminActor actor = admit(context, Body::Fields);
    const QJsonObject body = context.jsonBody();
    QJsonArray errors;
    refuseUnknownFields(body,
                        {QStringLiteral("username"), QStringLiteral("email"),
                         QStringLiteral("displayName"), QStringLiteral("role")},
                        errors);
    User user;
    user.username = stringField(body, QStringLiteral("username"), errors).trimmed();
    user.email = stringField(body, QStringLiteral("email"), errors).trimmed();
    user.displayName = stringField(body, QStringLiteral("displayName"), errors).trimmed();
    if (const auto problem = AccountFields::usernameProblem(user.username))
        errors.append(ApiError::fieldError(QStringLiteral("username"), *problem));
    if (const auto problem = AccountFields::emailProblem(user.email))
        errors.append(ApiError::fieldError(QStringLiteral("email"), *problem));
    if (const auto problem = AccountFields::displayNameProblem(user.displayName))
        errors.append(ApiError::fieldError(QStringLiteral("displayName"), *problem));
    if (body.contains(QStringLiteral("role")))
        user.role = roleField(body, errors).value_or(UserRole::User);
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The new user's details are not valid."), errors);
    if (user.displayName.isEmpty())
        user.displayName = user.username;
    // Asked before the slow hash; AdminActions asks again in its transaction.
    if (m_services.users.findByUsername(user.username))
        throwUnlessDone({Outcome::NameTaken, {}, 0, 0, true}, NoSuchUser);

    const QString oneTimePassword = PasswordPolicy::newOneTimePassword();
    return hashOffTheEventLoop(oneTimePassword)
        .then(&m_workerThread, [this, actor, user, oneTimePassword](const QString &hash) {
            const auto result = m_actions.createUser(actor, user, hash);
            throwUnlessDone(result, NoSuchUser);
            QJsonObject answer = userJson(result.target.id);
            answer.insert(QStringLiteral("oneTimePassword"), oneTimePassword);
            answer.insert(QStringLiteral("mustChangePassword"), true);
            return HttpResponse::json(answer, 201);
        });
}

QFuture<HttpResponse> AdminActionsEndpoint::resetPassword(RequestContext &context)
{
    const AdminActor actor = admit(context);
    const QString userId = context.pathParam(QStringLiteral("id"));
    if (!m_services.users.findById(userId))
        throw ApiError::notFound(NoSuchUser);
    const QString oneTimePassword = PasswordPolicy::newOneTimePassword();
    return hashOffTheEventLoop(oneTimePassword)
        .then(&m_workerThread, [this, actor, userId, oneTimePassword](const QString &hash) {
            const auto result = m_actions.resetPassword(actor, userId, hash);
            throwUnlessDone(result, NoSuchUser);
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("oneTimePassword"), oneTimePassword},
                            {QStringLiteral("mustChangePassword"), true},
                            {QStringLiteral("sessionsRevoked"), result.sessionsRevoked},
                            {QStringLiteral("tokensRevoked"), result.tokensRevoked}});
        });
}

HttpResponse AdminActionsEndpoint::setRole(RequestContext &context)
{
    const AdminActor actor = admit(context, Body::Fields);
    const QJsonObject body = context.jsonBody();
    QJsonArray errors;
    refuseUnknownFields(body, {QStringLiteral("role")}, errors);
    const auto role = roleField(body, errors);
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The change is not valid."), errors);
    const auto result = m_actions.setRole(actor, context.pathParam(QStringLiteral("id")), *role);
    throwUnlessDone(result, NoSuchUser);
    return HttpResponse::json(userJson(result.target.id));
}
