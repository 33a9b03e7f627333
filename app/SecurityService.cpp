#include "SecurityService.h"

#include "ApiClient.h"
#include "JsonTime.h"
#include "PersonalTokenModel.h"
#include "SecurityLogModel.h"
#include "SessionManager.h"
#include "SessionModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

#include <utility>

Q_LOGGING_CATEGORY(lcSecurity, "tasklane.app.security")

namespace {

const QString TokensPath = QStringLiteral("/v1/me/tokens");
const QString SessionsPath = QStringLiteral("/v1/me/sessions");
const QString RevokeOthersPath = QStringLiteral("/v1/me/sessions/revoke-others");
const QString SecurityEventsPath = QStringLiteral("/v1/me/security-events");
const QString PasswordPath = QStringLiteral("/v1/me/password");

} // namespace

SecurityService::SecurityService(ApiClient *client, SessionManager *session,
                                 PersonalTokenModel *tokens, SessionModel *sessions,
                                 SecurityLogModel *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(session)
    , m_tokens(tokens)
    , m_sessions(sessions)
    , m_log(log)
    , m_calls(this, lcSecurity)
{
    if (m_log)
        m_log->setPageSource(this);
    // Whatever ends the session (a sign-out is immediate, the server's confirmation comes later),
    // the next account must not see this one's tokens, sessions or log.
    if (m_session) {
        connect(m_session, &SessionManager::stateChanged, this,
                [this](SessionManager::State state) {
                    if (state != SessionManager::State::SignedIn)
                        reset();
                });
    }
}

SecurityService::~SecurityService()
{
    if (m_log && m_log->pageSource() == this)
        m_log->setPageSource(nullptr);
}

// ---------------------------------------------------------------------------------------------
// Personal access tokens

void SecurityService::loadTokens()
{
    m_calls.track(Operation::LoadTokens, m_client->get(TokensPath),
                  [this](const ApiResult &result) {
                      QJsonArray items;
                      ApiError error;
                      if (!itemsOf(result, &items, &error)) {
                          emit failed(Operation::LoadTokens, error);
                          return;
                      }
                      if (m_tokens)
                          m_tokens->setTokens(listOf<PersonalToken>(items));
                      emit tokensLoaded();
                  });
}

void SecurityService::createToken(const NewToken &request)
{
    QJsonObject body{
        {QStringLiteral("name"), request.name.trimmed()},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(request.scopes)},
        {QStringLiteral("expiresInDays"), request.expiresInDays > 0
                                              ? QJsonValue(request.expiresInDays)
                                              : QJsonValue(QJsonValue::Null)},
    };
    if (!request.twoFactorCode.trimmed().isEmpty())
        body.insert(QStringLiteral("code"), request.twoFactorCode.trimmed());
    m_calls.track(
        Operation::CreateToken, m_client->post(TokensPath, body), [this](const ApiResult &result) {
            if (result.error) {
                qCInfo(lcSecurity).noquote() << "token not created:" << result.error->debugText();
                emit failed(Operation::CreateToken, *result.error);
                return;
            }
            const QJsonObject object = result.object();
            const QString secret = object.value(QStringLiteral("token")).toString();
            const PersonalToken token = PersonalToken::fromJson(object);
            if (token.id.isEmpty() || secret.isEmpty()) {
                emit failed(Operation::CreateToken,
                            ApiError::badResponse(tr("The server did not send the new token."),
                                                  result.status, result.requestId));
                return;
            }
            qCInfo(lcSecurity).noquote() << "token created:" << token.id;
            if (m_tokens)
                m_tokens->upsert(token);
            emit tokenCreated(token, secret);
        });
}

void SecurityService::revokeToken(const QString &id)
{
    PersonalToken known;
    if (m_tokens && m_tokens->rowOf(id) >= 0)
        known = m_tokens->tokenAt(m_tokens->rowOf(id));
    else
        known.id = id;
    m_calls.track(Operation::RevokeToken, m_client->del(itemPath(TokensPath, id)),
                  [this, known](const ApiResult &result) {
                      // 404: already revoked (or never this account's): gone either way.
                      if (result.error && !result.error->isHttp(404)) {
                          emit failed(Operation::RevokeToken, *result.error);
                          return;
                      }
                      qCInfo(lcSecurity).noquote() << "token revoked:" << known.id;
                      if (m_tokens)
                          m_tokens->removeToken(known.id);
                      emit tokenRevoked(known);
                  });
}

void SecurityService::rotateToken(const QString &id, int overlapSeconds,
                                  const QString &twoFactorCode)
{
    QJsonObject body{{QStringLiteral("overlapSeconds"), overlapSeconds}};
    if (!twoFactorCode.trimmed().isEmpty())
        body.insert(QStringLiteral("code"), twoFactorCode.trimmed());
    m_calls.track(
        Operation::RotateToken,
        m_client->post(itemPath(TokensPath, id) + QStringLiteral("/rotate"), body),
        [this, id](const ApiResult &result) {
            if (result.error) {
                qCInfo(lcSecurity).noquote() << "token not rotated:" << result.error->debugText();
                emit failed(Operation::RotateToken, *result.error);
                return;
            }
            const QJsonObject object = result.object();
            const QString secret = object.value(QStringLiteral("token")).toString();
            const PersonalToken token = PersonalToken::fromJson(object);
            if (token.id.isEmpty() || secret.isEmpty()) {
                emit failed(Operation::RotateToken,
                            ApiError::badResponse(tr("The server did not send the new token."),
                                                  result.status, result.requestId));
                return;
            }
            qCInfo(lcSecurity).noquote() << "token rotated:" << id << "->" << token.id;
            if (m_tokens) {
                // The old one first, so the active count never passes the limit in between.
                const int oldRow = m_tokens->rowOf(id);
                if (oldRow >= 0) {
                    PersonalToken old = m_tokens->tokenAt(oldRow);
                    old.replacedBy = token.id;
                    old.validUntil = JsonTime::toDateTime(
                        object.value(QStringLiteral("rotatedTokenValidUntil")));
                    m_tokens->upsert(old);
                }
                m_tokens->upsert(token);
            }
            emit tokenRotated(id, token, secret);
        });
}

// ---------------------------------------------------------------------------------------------
// Sessions

void SecurityService::loadSessions()
{
    m_calls.track(Operation::LoadSessions, m_client->get(SessionsPath),
                  [this](const ApiResult &result) {
                      QJsonArray items;
                      ApiError error;
                      if (!itemsOf(result, &items, &error)) {
                          emit failed(Operation::LoadSessions, error);
                          return;
                      }
                      if (m_sessions)
                          m_sessions->setSessions(listOf<SignedInSession>(items));
                      emit sessionsLoaded();
                  });
}

void SecurityService::revokeSession(const QString &id)
{
    SignedInSession known;
    if (m_sessions && m_sessions->rowOf(id) >= 0)
        known = m_sessions->sessionAt(m_sessions->rowOf(id));
    else
        known.id = id;
    m_calls.track(Operation::RevokeSession, m_client->del(itemPath(SessionsPath, id)),
                  [this, known](const ApiResult &result) {
                      if (result.error && !result.error->isHttp(404)) {
                          emit failed(Operation::RevokeSession, *result.error);
                          return;
                      }
                      if (known.current) {
                          // The server has already ended this app's session; the access token in
                          // hand is dead. Sign out here, with the reason, before anything meets a
                          // 401.
                          qCInfo(lcSecurity) << "this app's own session was revoked";
                          emit currentSessionRevoked();
                          if (m_session) {
                              m_session->endRevokedSession(
                                  tr("You signed this device out in Account security."));
                          }
                          return;
                      }
                      qCInfo(lcSecurity).noquote() << "session revoked:" << known.id;
                      if (m_sessions)
                          m_sessions->removeSession(known.id);
                      emit sessionRevoked(known);
                  });
}

void SecurityService::revokeOtherSessions()
{
    m_calls.track(Operation::RevokeOtherSessions, m_client->post(RevokeOthersPath, QJsonObject()),
                  [this](const ApiResult &result) {
                      if (result.error) {
                          emit failed(Operation::RevokeOtherSessions, *result.error);
                          return;
                      }
                      const QJsonValue revoked = result.object().value(QStringLiteral("revoked"));
                      if (!revoked.isDouble()) {
                          emit failed(Operation::RevokeOtherSessions,
                                      ApiError::badResponse(
                                          tr("The server did not say how many sessions it ended."),
                                          result.status, result.requestId));
                          return;
                      }
                      qCInfo(lcSecurity) << "other sessions revoked:" << revoked.toInt();
                      if (m_sessions)
                          m_sessions->removeOthers();
                      emit otherSessionsRevoked(revoked.toInt());
                  });
}

// ---------------------------------------------------------------------------------------------
// Password

void SecurityService::changePassword(const QString &currentPassword, const QString &newPassword)
{
    const QJsonObject body{{QStringLiteral("currentPassword"), currentPassword},
                           {QStringLiteral("newPassword"), newPassword}};
    m_calls.track(Operation::ChangePassword, m_client->post(PasswordPath, body),
                  [this](const ApiResult &result) {
                      if (result.error) {
                          qCInfo(lcSecurity).noquote()
                              << "password not changed:" << result.error->debugText();
                          emit failed(Operation::ChangePassword, *result.error);
                          return;
                      }
                      const QJsonObject object = result.object();
                      const QJsonValue sessions = object.value(QStringLiteral("sessionsSignedOut"));
                      const QJsonValue tokens = object.value(QStringLiteral("tokensRevoked"));
                      if (!sessions.isDouble() || !tokens.isDouble()) {
                          emit failed(Operation::ChangePassword,
                                      ApiError::badResponse(
                                          tr("The server did not say what the change signed out."),
                                          result.status, result.requestId));
                          return;
                      }
                      qCInfo(lcSecurity)
                          << "password changed; other sessions signed out:" << sessions.toInt()
                          << "tokens revoked:" << tokens.toInt();
                      // What the server ended is gone here at once; the lists are then loaded
                      // afresh.
                      if (m_sessions)
                          m_sessions->removeOthers();
                      if (m_tokens)
                          m_tokens->clear();
                      emit passwordChanged(sessions.toInt(), tokens.toInt());
                      loadSessions();
                      loadTokens();
                  });
}

// ---------------------------------------------------------------------------------------------
// Security log

void SecurityService::reloadLog()
{
    if (m_log)
        m_log->reload();
}

void SecurityService::requestLogPage(const QString &cursor, int pageSize, const QStringList &types,
                                     PageCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (!types.isEmpty())
        query.addQueryItem(QStringLiteral("type"), types.join(QLatin1Char(',')));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"),
                           QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    m_calls.track(
        Operation::LoadLog, m_client->get(SecurityEventsPath, query),
        [this, done](const ApiResult &result) {
            ApiError error;
            QJsonArray items;
            if (!itemsOf(result, &items, &error)) {
                done(SecurityLogPage::failure(error.userText()));
                emit failed(Operation::LoadLog, error);
                return;
            }
            done(SecurityLogPage::success(
                listOf<SecurityLogEntry>(items),
                result.object().value(QStringLiteral("nextCursor")).toString()));
        },
        // The page source contract: `done` is called exactly once, even for a dropped answer.
        [done] { done(SecurityLogPage::failure(QString())); });
}

void SecurityService::reset()
{
    m_calls.dropAnswers();
    if (m_tokens)
        m_tokens->clear();
    if (m_sessions)
        m_sessions->clear();
    if (m_log)
        m_log->clear();
}
