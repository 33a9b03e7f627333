#include "AdminService.h"

#include "AdminUserModel.h"
#include "ApiClient.h"
#include "AuditLogModel.h"
#include "PersonalTokenModel.h"
#include "SessionManager.h"
#include "SessionModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcAdmin, "tasklane.app.admin")

namespace {

const QString UsersPath = QStringLiteral("/v1/admin/users");
const QString SessionsPath = QStringLiteral("/v1/admin/sessions");
const QString TokensPath = QStringLiteral("/v1/admin/tokens");
const QString AuditPath = QStringLiteral("/v1/admin/audit");

QString userPath(const QString &id, const QString &below = {})
{
    const QString path = itemPath(UsersPath, id);
    return below.isEmpty() ? path : path + QLatin1Char('/') + below;
}

QUrlQuery pageQuery(const PageRequest &request)
{
    QUrlQuery query;
    if (!request.text.isEmpty())
        query.addQueryItem(QStringLiteral("q"),
                           QString::fromLatin1(QUrl::toPercentEncoding(request.text)));
    if (!request.cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"),
                           QString::fromLatin1(QUrl::toPercentEncoding(request.cursor)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(request.pageSize));
    return query;
}

} // namespace

AdminService::AdminService(ApiClient *client, SessionManager *session, AdminUserModel *users,
                           SessionModel *sessions, PersonalTokenModel *tokens, AuditLogModel *audit,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_users(users)
    , m_sessions(sessions)
    , m_tokens(tokens)
    , m_audit(audit)
    , m_calls(this, lcAdmin)
{
    if (m_users)
        m_users->setPageSource(this);
    if (m_audit)
        m_audit->setPageSource(this);
    if (m_session) {
        // Whatever ends the session, the next account must not see this one's view of others.
        connect(m_session, &SessionManager::stateChanged, this,
                [this](SessionManager::State state) {
                    if (state != SessionManager::State::SignedIn)
                        reset();
                });
        connect(m_session, &SessionManager::signedIn, this, [this](const Account &account) {
            if (m_users)
                m_users->setCurrentUserId(account.userId);
        });
    }
}

AdminService::~AdminService()
{
    if (m_users && m_users->pageSource() == this)
        m_users->setPageSource(nullptr);
    if (m_audit && m_audit->pageSource() == this)
        m_audit->setPageSource(nullptr);
}

bool AdminService::isChanging() const
{
    for (const Operation operation :
         {Operation::RevokeSession, Operation::RevokeToken, Operation::RevokeAll,
          Operation::ResetTwoFactor, Operation::DisableUser, Operation::EnableUser,
          Operation::CreateUser, Operation::ResetPassword, Operation::ChangeRole}) {
        if (isBusy(operation))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Users

void AdminService::searchUsers(const QString &text)
{
    if (m_users)
        m_users->setSearchText(text);
}

void AdminService::reloadUsers()
{
    if (m_users)
        m_users->reload();
}

void AdminService::requestPage(const PageRequest &request, PageSource<AdminUser>::PageCallback done)
{
    m_calls.track(
        Operation::LoadUsers, m_client->get(UsersPath, pageQuery(request)),
        [this, done](const ApiResult &result) {
            ApiError error;
            QJsonArray items;
            if (!itemsOf(result, &items, &error)) {
                done(Page<AdminUser>::failure(error.userText()));
                emit failed(Operation::LoadUsers, error);
                return;
            }
            done(Page<AdminUser>::success(
                listOf<AdminUser>(items),
                result.object().value(QStringLiteral("nextCursor")).toString()));
        },
        // The page source contract: `done` is called exactly once, even for a dropped answer.
        [done] { done(Page<AdminUser>::failure(QString())); });
}

AdminUser AdminService::knownUser(const QString &id) const
{
    if (!m_openUser.id.isEmpty() && m_openUser.id == id)
        return m_openUser;
    if (m_users && m_users->rowOf(id) >= 0)
        return m_users->userAt(m_users->rowOf(id));
    AdminUser user;
    user.id = id;
    return user;
}

void AdminService::openUser(const QString &id)
{
    if (id == m_openUserId)
        return;
    closeUser();
    m_openUserId = id;
    m_openUser = knownUser(id);
    reloadOpenUser();
}

void AdminService::reloadOpenUser()
{
    if (m_openUserId.isEmpty())
        return;
    loadUser(m_openUserId);
    loadSessions(m_openUserId);
    loadTokens(m_openUserId);
}

void AdminService::closeUser()
{
    m_openUserId.clear();
    m_openUser = AdminUser();
    if (m_sessions)
        m_sessions->clear();
    if (m_tokens)
        m_tokens->clear();
}

void AdminService::loadUser(const QString &id)
{
    m_calls.track(
        Operation::LoadUser, m_client->get(userPath(id)), [this, id](const ApiResult &result) {
            if (result.error) {
                emit failed(Operation::LoadUser, *result.error);
                return;
            }
            const AdminUser user = AdminUser::fromJson(result.object());
            if (user.id != id) {
                emit failed(Operation::LoadUser,
                            ApiError::badResponse(tr("The server did not send the user asked for."),
                                                  result.status, result.requestId));
                return;
            }
            if (m_users)
                m_users->replaceItem(user);
            if (id == m_openUserId)
                m_openUser = user;
            emit userLoaded(user);
        });
}

void AdminService::loadSessions(const QString &id)
{
    m_calls.track(Operation::LoadSessions, m_client->get(userPath(id, QStringLiteral("sessions"))),
                  [this, id](const ApiResult &result) {
                      if (id != m_openUserId)
                          return; // another user was opened meanwhile
                      QJsonArray items;
                      ApiError error;
                      if (!itemsOf(result, &items, &error)) {
                          emit failed(Operation::LoadSessions, error);
                          return;
                      }
                      // `current` marks this app's own session, on the administrator's own
                      // account only.
                      if (m_sessions)
                          m_sessions->setSessions(listOf<SignedInSession>(items));
                      emit sessionsLoaded(id);
                  });
}

void AdminService::loadTokens(const QString &id)
{
    m_calls.track(Operation::LoadTokens, m_client->get(userPath(id, QStringLiteral("tokens"))),
                  [this, id](const ApiResult &result) {
                      if (id != m_openUserId)
                          return;
                      QJsonArray items;
                      ApiError error;
                      if (!itemsOf(result, &items, &error)) {
                          emit failed(Operation::LoadTokens, error);
                          return;
                      }
                      if (m_tokens)
                          m_tokens->setTokens(listOf<PersonalToken>(items));
                      emit tokensLoaded(id);
                  });
}

// ---------------------------------------------------------------------------------------------
// Changes

void AdminService::refreshAfterChange(const QString &userId)
{
    if (userId == m_openUserId)
        reloadOpenUser();
    else if (m_users && m_users->rowOf(userId) >= 0)
        loadUser(userId);
    if (m_audit && (m_audit->isLoaded() || m_audit->isLoading()))
        m_audit->reload();
}

bool AdminService::endOwnSession(const QString &userId, const QString &reason)
{
    if (!m_session || userId.isEmpty() || userId != m_session->account().userId)
        return false;
    // The server has already ended this app's session with the others; the access token in
    // hand is dead. Sign out here, with the reason, before anything meets a 401.
    qCInfo(lcAdmin) << "the administrator's own sessions were ended";
    emit ownSessionsEnded();
    m_session->endRevokedSession(reason);
    return true;
}

void AdminService::revokeSession(const QString &sessionId)
{
    SignedInSession known;
    if (m_sessions && m_sessions->rowOf(sessionId) >= 0)
        known = m_sessions->sessionAt(m_sessions->rowOf(sessionId));
    else
        known.id = sessionId;
    const QString userId = m_openUserId;
    m_calls.track(Operation::RevokeSession, m_client->del(itemPath(SessionsPath, sessionId)),
                  [this, known, userId](const ApiResult &result) {
                      // 404: revoked already (or never existed): gone either way.
                      if (result.error && !result.error->isHttp(404)) {
                          emit failed(Operation::RevokeSession, *result.error);
                          return;
                      }
                      qCInfo(lcAdmin).noquote() << "session revoked:" << known.id;
                      if (m_sessions && userId == m_openUserId)
                          m_sessions->removeSession(known.id);
                      emit sessionRevoked(known);
                      refreshAfterChange(userId);
                  });
}

void AdminService::revokeToken(const QString &tokenId)
{
    PersonalToken known;
    if (m_tokens && m_tokens->rowOf(tokenId) >= 0)
        known = m_tokens->tokenAt(m_tokens->rowOf(tokenId));
    else
        known.id = tokenId;
    const QString userId = m_openUserId;
    m_calls.track(Operation::RevokeToken, m_client->del(itemPath(TokensPath, tokenId)),
                  [this, known, userId](const ApiResult &result) {
                      if (result.error && !result.error->isHttp(404)) {
                          emit failed(Operation::RevokeToken, *result.error);
                          return;
                      }
                      qCInfo(lcAdmin).noquote() << "token revoked:" << known.id;
                      if (m_tokens && userId == m_openUserId)
                          m_tokens->removeToken(known.id);
                      emit tokenRevoked(known);
                      refreshAfterChange(userId);
                  });
}

void AdminService::changeUser(Operation operation, const QString &userId, const QString &action,
                              std::function<void(const AdminUser &, const ApiResult &)> done)
{
    const AdminUser known = knownUser(userId);
    m_calls.track(operation, m_client->post(userPath(userId, action), QJsonObject()),
                  [this, operation, known, done](const ApiResult &result) {
                      if (result.error) {
                          qCInfo(lcAdmin).noquote()
                              << operation << "refused:" << result.error->debugText();
                          emit failed(operation, *result.error);
                          return;
                      }
                      qCInfo(lcAdmin).noquote() << operation << "done for" << known.id;
                      done(known, result);
                  });
}

void AdminService::revokeAll(const QString &userId)
{
    changeUser(Operation::RevokeAll, userId, QStringLiteral("revoke-all"),
               [this](const AdminUser &user, const ApiResult &result) {
                   const QJsonObject counts = result.object();
                   const int sessions = counts.value(QStringLiteral("sessionsRevoked")).toInt();
                   const int tokens = counts.value(QStringLiteral("tokensRevoked")).toInt();
                   if (user.id == m_openUserId) {
                       if (m_sessions)
                           m_sessions->clear();
                       if (m_tokens)
                           m_tokens->clear();
                   }
                   emit everythingRevoked(user, sessions, tokens);
                   if (endOwnSession(user.id, tr("You revoked every session and token of your "
                                                 "own account in Administration.")))
                       return;
                   refreshAfterChange(user.id);
               });
}

void AdminService::resetTwoFactor(const QString &userId)
{
    changeUser(Operation::ResetTwoFactor, userId, QStringLiteral("reset-2fa"),
               [this](const AdminUser &user, const ApiResult &) {
                   AdminUser changed = user;
                   changed.twoFactorEnabled = false;
                   emit twoFactorReset(changed);
                   refreshAfterChange(user.id);
               });
}

void AdminService::disableUser(const QString &userId)
{
    changeUser(Operation::DisableUser, userId, QStringLiteral("disable"),
               [this](const AdminUser &user, const ApiResult &) {
                   AdminUser changed = user;
                   changed.disabled = true;
                   emit userDisabled(changed);
                   if (endOwnSession(user.id, tr("You disabled your own account in "
                                                 "Administration.")))
                       return;
                   refreshAfterChange(user.id);
               });
}

void AdminService::enableUser(const QString &userId)
{
    changeUser(Operation::EnableUser, userId, QStringLiteral("enable"),
               [this](const AdminUser &user, const ApiResult &) {
                   AdminUser changed = user;
                   changed.disabled = false;
                   emit userEnabled(changed);
                   refreshAfterChange(user.id);
               });
}

void AdminService::createUser(const QString &username, const QString &email,
                              const QString &displayName, bool admin)
{
    const QJsonObject body{
        {QStringLiteral("username"), username},
        {QStringLiteral("email"), email},
        {QStringLiteral("displayName"), displayName},
        {QStringLiteral("role"), admin ? QStringLiteral("admin") : QStringLiteral("user")}};
    m_calls.track(
        Operation::CreateUser, m_client->post(UsersPath, body), [this](const ApiResult &result) {
            if (result.error) {
                qCInfo(lcAdmin).noquote() << "user not created:" << result.error->debugText();
                emit failed(Operation::CreateUser, *result.error);
                return;
            }
            const QJsonObject answer = result.object();
            const AdminUser user = AdminUser::fromJson(answer);
            qCInfo(lcAdmin).noquote() << "user created:" << user.id;
            emit userCreated(user, answer.value(QStringLiteral("oneTimePassword")).toString());
            reloadUsers();
            if (m_audit && (m_audit->isLoaded() || m_audit->isLoading()))
                m_audit->reload();
        });
}

void AdminService::resetPassword(const QString &userId)
{
    changeUser(Operation::ResetPassword, userId, QStringLiteral("password"),
               [this](const AdminUser &user, const ApiResult &result) {
                   const QJsonObject answer = result.object();
                   if (user.id == m_openUserId) {
                       if (m_sessions)
                           m_sessions->clear();
                       if (m_tokens)
                           m_tokens->clear();
                   }
                   emit passwordReset(user,
                                      answer.value(QStringLiteral("oneTimePassword")).toString(),
                                      answer.value(QStringLiteral("sessionsRevoked")).toInt(),
                                      answer.value(QStringLiteral("tokensRevoked")).toInt());
                   if (endOwnSession(user.id, tr("You reset the password of your own account in "
                                                 "Administration.")))
                       return;
                   refreshAfterChange(user.id);
               });
}

void AdminService::setAdministrator(const QString &userId, bool admin)
{
    const AdminUser known = knownUser(userId);
    const QJsonObject body{
        {QStringLiteral("role"), admin ? QStringLiteral("admin") : QStringLiteral("user")}};
    m_calls.track(Operation::ChangeRole, m_client->patch(userPath(userId), body),
                  [this, known](const ApiResult &result) {
                      if (result.error) {
                          qCInfo(lcAdmin).noquote()
                              << "role not changed:" << result.error->debugText();
                          emit failed(Operation::ChangeRole, *result.error);
                          return;
                      }
                      const AdminUser user = AdminUser::fromJson(result.object());
                      qCInfo(lcAdmin).noquote() << "role changed:" << known.id;
                      if (m_users)
                          m_users->replaceItem(user);
                      if (user.id == m_openUserId)
                          m_openUser = user;
                      emit roleChanged(user);
                      refreshAfterChange(user.id);
                  });
}

// ---------------------------------------------------------------------------------------------
// Audit log

void AdminService::reloadAudit()
{
    if (m_audit)
        m_audit->reload();
}

void AdminService::requestPage(const PageRequest &request,
                               PageSource<AuditLogEntry>::PageCallback done)
{
    PageRequest paging = request;
    paging.text.clear(); // the audit log has no search
    m_calls.track(
        Operation::LoadAudit, m_client->get(AuditPath, pageQuery(paging)),
        [this, done](const ApiResult &result) {
            ApiError error;
            QJsonArray items;
            if (!itemsOf(result, &items, &error)) {
                done(Page<AuditLogEntry>::failure(error.userText()));
                emit failed(Operation::LoadAudit, error);
                return;
            }
            done(Page<AuditLogEntry>::success(
                listOf<AuditLogEntry>(items),
                result.object().value(QStringLiteral("nextCursor")).toString()));
        },
        [done] { done(Page<AuditLogEntry>::failure(QString())); });
}

void AdminService::reset()
{
    m_calls.dropAnswers();
    m_openUserId.clear();
    m_openUser = AdminUser();
    if (m_users)
        m_users->clear();
    if (m_sessions)
        m_sessions->clear();
    if (m_tokens)
        m_tokens->clear();
    if (m_audit)
        m_audit->clear();
}
