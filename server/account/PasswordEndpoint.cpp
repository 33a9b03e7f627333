#include "PasswordEndpoint.h"

#include "SecurityLog.h"
#include "ServerServices.h"
#include "http/ApiError.h"
#include "http/Router.h"
#include "oauth/Scopes.h"
#include "security/PasswordPolicy.h"
#include "store/Ids.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QtConcurrent>

#include <utility>

Q_LOGGING_CATEGORY(lcPassword, "tasklane.server.password")

namespace {

const QString CurrentField = QStringLiteral("currentPassword");
const QString NewField = QStringLiteral("newPassword");
// sessions.revoked_reason of the sessions a change of password signed out.
const QString ReasonPasswordChanged = QStringLiteral("password_changed");

ApiError wrongCurrentPassword()
{
    return ApiError(403, QStringLiteral("WRONG_CURRENT_PASSWORD"),
                    QStringLiteral("The current password is not right."));
}

// The key of the account's guess budget: what the sign-in form counts for this account.
QString guessKey(const Principal &principal)
{
    return principal.user.username.toLower();
}

} // namespace

PasswordEndpoint::PasswordEndpoint(ServerServices &services)
    : m_services(services)
{}

void PasswordEndpoint::registerRoutes(Router &router)
{
    router.addAsync(RequestContext::Method::Post, QStringLiteral("/v1/me/password"),
                    [this](RequestContext &c) { return change(c); });
}

PasswordEndpoint::Change PasswordEndpoint::readChange(const RequestContext &context)
{
    const QJsonObject body = context.jsonBody();
    QJsonArray errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != CurrentField && it.key() != NewField)
            errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    }
    const QJsonValue current = body.value(CurrentField);
    const QJsonValue next = body.value(NewField);
    Change change;
    if (!current.isString() || current.toString().isEmpty()) {
        errors.append(ApiError::fieldError(
            CurrentField, current.isUndefined() || current.isNull() || current.isString()
                              ? QStringLiteral("Enter the current password.")
                              : QStringLiteral("The current password must be a string.")));
    } else if (current.toString().size() > PasswordPolicy::MaxLength) {
        // No password this long can be the current one (the sign-in form refuses it unchecked).
        errors.append(ApiError::fieldError(
            CurrentField, QStringLiteral("At most %1 characters.").arg(PasswordPolicy::MaxLength)));
    } else {
        change.currentPassword = current.toString();
    }
    if (!next.isString()) {
        errors.append(ApiError::fieldError(
            NewField, next.isUndefined() || next.isNull()
                          ? QStringLiteral("Enter a new password.")
                          : QStringLiteral("The new password must be a string.")));
    } else if (const auto problem = PasswordPolicy::problem(next.toString())) {
        errors.append(ApiError::fieldError(NewField, *problem));
    } else if (next.toString() == current.toString()) {
        errors.append(ApiError::fieldError(
            NewField, QStringLiteral("The new password must differ from the current one.")));
    } else {
        change.newPassword = next.toString();
    }
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("The password change is not valid."), errors);
    return change;
}

QFuture<HttpResponse> PasswordEndpoint::change(RequestContext &context)
{
    const Principal &principal = m_services.guard.require(context, Scopes::Account);
    // Everything that needs no password check is refused before a guess is spent on it.
    const Change change = readChange(context);

    // Counted before the password is checked, so many guesses sent at once cannot all be
    // checked; the sign-in form draws on the same budgets. A right password gives it back.
    const auto attempt =
        m_services.signInGuesses.take(guessKey(principal), context.remoteIp(), Clock::nowMs());
    if (!attempt.allowed) {
        qCInfo(lcPassword).noquote()
            << context.requestId() << "password change refused: too many wrong passwords";
        throw ApiError::rateLimited(attempt.retryAfterSeconds);
    }

    const QString storedHash = m_services.users.passwordHash(principal.user.id);
    const PasswordHasher hasher = m_services.hasher;
    struct Checked
    {
        bool currentOk = false;
        QString newHash;
    };
    auto checked = QtConcurrent::run(&m_services.passwordChecks, [hasher, change, storedHash]() {
        Checked result;
        if (storedHash.isEmpty()) {
            hasher.burnVerifyTime(change.currentPassword);
            return result;
        }
        result.currentOk = hasher.verify(change.currentPassword, storedHash);
        if (result.currentOk)
            result.newHash = hasher.hash(change.newPassword);
        return result;
    });
    const RequestContext contextCopy = context;
    return checked.then(&m_workerThread, [this, contextCopy, storedHash](const Checked &result) {
        return finish(contextCopy, storedHash, result.currentOk, result.newHash);
    });
}

HttpResponse PasswordEndpoint::finish(const RequestContext &context, const QString &checkedHash,
                                      bool currentOk, const QString &newHash)
{
    const Principal &principal = *context.principal();
    const QString userId = principal.user.id;
    if (!currentOk) {
        m_services.securityEvents.record(SecurityLog::eventFor(
            context, userId, SecurityEventType::SignInFailed,
            {{QStringLiteral("reason"), QStringLiteral("wrong_current_password")}}));
        throw wrongCurrentPassword();
    }
    m_services.signInGuesses.succeeded(guessKey(principal), context.remoteIp(), Clock::nowMs());

    const qint64 now = Clock::nowMs();
    const auto [sessions, tokens] = m_services.db.transaction([&] {
        // Two changes at once: the second waits here and then finds the hash it checked gone.
        m_services.users.lockForUpdate(userId);
        const auto user = m_services.users.findById(userId);
        const auto session = m_services.sessions.find(principal.sessionId);
        if (!user || user->disabled || !session || !session->isLive())
            throw ApiError::unauthorized(
                QStringLiteral("The session ended while the password was being checked."));
        if (m_services.users.passwordHash(userId) != checkedHash)
            throw ApiError::conflict(QStringLiteral(
                "The password was changed meanwhile; enter the new current password."));
        m_services.users.setPasswordHash(userId, newHash);
        int signedOut = 0;
        const auto live = m_services.sessions.listForUser(userId);
        for (const Session &other : live) {
            if (other.id != principal.sessionId &&
                m_services.sessions.revoke(other.id, ReasonPasswordChanged, now))
                ++signedOut;
        }
        const int revokedTokens = m_services.personalTokens.revokeAllForUser(userId, now);
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, userId, SecurityEventType::PasswordChanged,
                                  {{QStringLiteral("sessionsRevoked"), signedOut},
                                   {QStringLiteral("tokensRevoked"), revokedTokens}}));
        return std::pair{signedOut, revokedTokens};
    });
    qCInfo(lcPassword).noquote() << context.requestId() << "password changed for" << userId
                                 << "other sessions signed out:" << sessions
                                 << "tokens revoked:" << tokens;
    return HttpResponse::json(QJsonObject{{QStringLiteral("sessionsSignedOut"), sessions},
                                          {QStringLiteral("tokensRevoked"), tokens}});
}
