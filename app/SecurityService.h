#pragma once

#include "ApiError.h"
#include "CallTracker.h"
#include "PersonalToken.h"
#include "SecurityLogPageSource.h"
#include "SignedInSession.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ApiClient;
class PersonalTokenModel;
class SecurityLogModel;
class SessionManager;
class SessionModel;

// The account security settings over the server API (docs/api.md 12.1-12.5, 12.7, 12.9): lists,
// creates and revokes personal access tokens, lists and revokes sessions (one, or all but this
// app's), changes the password, and pages through the security log, keeping PersonalTokenModel,
// SessionModel and SecurityLogModel (whose page source it is) current. Failures are reported with
// the operation they belong to, as ApiError (request id included).
//
// Revoking this app's own session ends in a clean sign-out through SessionManager (with the
// reason on the sign-in page), not in the 401 the next request would meet. When the session
// ends for any reason, the models are emptied and answers still on their way are dropped, so
// nothing of the account stays behind.
//
// Token secrets pass through tokenCreated() only; they are never stored or logged here.
class SecurityService : public QObject, public SecurityLogPageSource
{
    Q_OBJECT

public:
    enum class Operation {
        LoadTokens,
        CreateToken,
        RevokeToken,
        LoadSessions,
        RevokeSession,
        RevokeOtherSessions,
        LoadLog,
        ChangePassword,
        RotateToken,
    };
    Q_ENUM(Operation)

    // What POST /v1/me/tokens is asked for.
    struct NewToken
    {
        QString name;
        QStringList scopes;
        int expiresInDays = 0; // 0: never expires; else one of PersonalToken::ExpiryChoices
        QString twoFactorCode; // sent only when not empty (admin tokens with 2FA on)
    };

    SecurityService(ApiClient *client, SessionManager *session, PersonalTokenModel *tokens,
                    SessionModel *sessions, SecurityLogModel *log, QObject *parent = nullptr);
    ~SecurityService() override;

    // GET /v1/me/tokens into the token model; tokensLoaded() or failed(LoadTokens).
    void loadTokens();
    // POST /v1/me/tokens; the token joins the model, then tokenCreated() with the one-time
    // secret, or failed(CreateToken) (409 TOKEN_NAME_TAKEN / TOKEN_LIMIT_REACHED, 422 with
    // details, ...).
    void createToken(const NewToken &request);
    // DELETE /v1/me/tokens/{id}; the row goes, then tokenRevoked(), or failed(RevokeToken).
    // A token the server no longer knows (404) is gone either way.
    void revokeToken(const QString &id);
    // POST /v1/me/tokens/{id}/rotate (docs/api.md 12.4a): a new token with the same name, scopes
    // and expiry; the old one keeps working for `overlapSeconds` (0: stops at once). The new
    // token joins the model and the old one is marked rotated, then tokenRotated() with the
    // one-time secret, or failed(RotateToken) (404, 409 TOKEN_ALREADY_ROTATED / TOKEN_REVOKED /
    // TOKEN_EXPIRED, 403 two-factor codes for admin-scoped tokens, ...).
    void rotateToken(const QString &id, int overlapSeconds, const QString &twoFactorCode = {});

    // GET /v1/me/sessions into the session model; sessionsLoaded() or failed(LoadSessions).
    void loadSessions();
    // DELETE /v1/me/sessions/{id}. Another device's session: sessionRevoked(). This app's own:
    // currentSessionRevoked(), then the app signs out (SessionManager::signedOut with a reason).
    void revokeSession(const QString &id);
    // POST /v1/me/sessions/revoke-others; otherSessionsRevoked(count) or
    // failed(RevokeOtherSessions).
    void revokeOtherSessions();

    // POST /v1/me/password (docs/api.md 12.9). On success every other session and every personal
    // access token is gone at the server: passwordChanged() with how many, then the sessions and
    // tokens are loaded again. Else failed(ChangePassword): 403 WRONG_CURRENT_PASSWORD, 429
    // RATE_LIMITED (retryAfterSeconds), 422 with details, ... The passwords are not kept.
    void changePassword(const QString &currentPassword, const QString &newPassword);

    // Empties the log and loads its newest page.
    void reloadLog();
    // SecurityLogPageSource: GET /v1/me/security-events with the cursor.
    void requestLogPage(const QString &cursor, int pageSize, const QStringList &types,
                        PageCallback done) override;

    // Drops what is on its way and empties the models (done on every sign-out).
    void reset();

    bool isBusy() const { return m_calls.isBusy(); }
    bool isBusy(Operation operation) const { return m_calls.isBusy(operation); }

signals:
    void tokensLoaded();
    void tokenCreated(const PersonalToken &token, const QString &secret);
    void tokenRevoked(const PersonalToken &token);
    void tokenRotated(const QString &oldId, const PersonalToken &token, const QString &secret);
    void sessionsLoaded();
    void sessionRevoked(const SignedInSession &session);
    // This app's session was revoked at the server; the sign-out follows at once.
    void currentSessionRevoked();
    void otherSessionsRevoked(int count);
    void passwordChanged(int sessionsSignedOut, int tokensRevoked);
    void failed(SecurityService::Operation operation, const ApiError &error);
    // An operation began or ended (for busy indicators); busyChanged() on the edges of "any".
    void operationStarted(SecurityService::Operation operation);
    void operationFinished(SecurityService::Operation operation);
    void busyChanged(bool busy);

private:
    ApiClient *m_client;
    QPointer<SessionManager> m_session;
    QPointer<PersonalTokenModel> m_tokens;
    QPointer<SessionModel> m_sessions;
    QPointer<SecurityLogModel> m_log;
    CallTracker<SecurityService, Operation> m_calls; // reset() drops the answers of older calls
};
