#pragma once

#include "AdminUser.h"
#include "ApiError.h"
#include "AuditLogEntry.h"
#include "CallTracker.h"
#include "PagedTableModel.h"
#include "PersonalToken.h"
#include "SignedInSession.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class AdminUserModel;
class ApiClient;
class AuditLogModel;
class PersonalTokenModel;
class SessionManager;
class SessionModel;

// The administration API (docs/api.md 12.8) for administrators signed in with the `admin`
// scope: pages and searches the users (AdminUserModel's page source), opens one user with their
// live sessions and usable tokens (a SessionModel and a PersonalTokenModel of their own, apart
// from the account security ones), ends one session or token or all of them, resets a user's
// two-factor authentication, disables and enables accounts, and pages the audit log
// (AuditLogModel's page source). Failures are reported with the operation they belong to, as
// ApiError (request id included); a 409 LAST_ADMIN carries the server's sentence.
//
// After every change the user's row, details and lists are loaded again, so the counts shown
// are the server's, not a guess. When the administrator ends their own account's sessions
// (revoke everything, disable), the app signs out cleanly with the reason instead of meeting a
// 401. When the session ends for any reason, the models are emptied and answers still on their
// way are dropped.
class AdminService : public QObject, public PageSource<AdminUser>, public PageSource<AuditLogEntry>
{
    Q_OBJECT

public:
    enum class Operation {
        LoadUsers,
        LoadUser,
        LoadSessions,
        LoadTokens,
        RevokeSession,
        RevokeToken,
        RevokeAll,
        ResetTwoFactor,
        DisableUser,
        EnableUser,
        LoadAudit,
        CreateUser,
        ResetPassword,
        ChangeRole,
    };
    Q_ENUM(Operation)

    static inline const QString LastAdminCode = QStringLiteral("LAST_ADMIN");

    AdminService(ApiClient *client, SessionManager *session, AdminUserModel *users,
                 SessionModel *sessions, PersonalTokenModel *tokens, AuditLogModel *audit,
                 QObject *parent = nullptr);
    ~AdminService() override;

    // The users listing: server-side search (`q`; a new text starts from the first page) and a
    // fresh start with the current text.
    void searchUsers(const QString &text);
    void reloadUsers();
    // PageSource<AdminUser>: GET /v1/admin/users.
    void requestPage(const PageRequest &request, PageSource<AdminUser>::PageCallback done) override;

    // Makes `id` the open user: empties the session and token models, then loads the user
    // (userLoaded), their sessions (sessionsLoaded) and tokens (tokensLoaded). Answers about a
    // user who is no longer open are dropped.
    void openUser(const QString &id);
    // Loads the open user, their sessions and tokens again.
    void reloadOpenUser();
    // Empties the session and token models; nobody is open.
    void closeUser();
    QString openUserId() const { return m_openUserId; }
    // The open user as last loaded (or as listed, until then); empty id when none.
    AdminUser openUser() const { return m_openUser; }

    // DELETE /v1/admin/sessions/{id}; the row goes, then sessionRevoked(). 404: gone already.
    void revokeSession(const QString &sessionId);
    // DELETE /v1/admin/tokens/{id}; the row goes, then tokenRevoked(). 404: gone already.
    void revokeToken(const QString &tokenId);
    // POST /v1/admin/users/{id}/revoke-all; everythingRevoked(user, sessions, tokens).
    void revokeAll(const QString &userId);
    // POST /v1/admin/users/{id}/reset-2fa; twoFactorReset(user). 409 CONFLICT when it was off.
    void resetTwoFactor(const QString &userId);
    // POST /v1/admin/users/{id}/disable; userDisabled(user). 409 LAST_ADMIN for the last admin.
    void disableUser(const QString &userId);
    // POST /v1/admin/users/{id}/enable; userEnabled(user).
    void enableUser(const QString &userId);
    // POST /v1/admin/users: a new account with a one-time password; userCreated(user, password),
    // then the listing again. 422 (details per field) and 409 CONFLICT come as failed().
    void createUser(const QString &username, const QString &email, const QString &displayName,
                    bool admin);
    // POST /v1/admin/users/{id}/password: a new one-time password, the user signed out
    // everywhere; passwordReset(user, password, sessions, tokens). For the administrator's own
    // account this app signs out too.
    void resetPassword(const QString &userId);
    // PATCH /v1/admin/users/{id} {"role"}; roleChanged(user). 409 LAST_ADMIN for the last one.
    void setAdministrator(const QString &userId, bool admin);

    // Empties the audit log and loads its newest page.
    void reloadAudit();
    // PageSource<AuditLogEntry>: GET /v1/admin/audit.
    void requestPage(const PageRequest &request,
                     PageSource<AuditLogEntry>::PageCallback done) override;

    // Drops what is on its way and empties the models (done on every sign-out).
    void reset();

    bool isBusy() const { return m_calls.isBusy(); }
    bool isBusy(Operation operation) const { return m_calls.isBusy(operation); }
    // True while a change (revoke, reset, disable, enable) is on its way.
    bool isChanging() const;

signals:
    void userLoaded(const AdminUser &user);
    void sessionsLoaded(const QString &userId);
    void tokensLoaded(const QString &userId);
    void sessionRevoked(const SignedInSession &session);
    void tokenRevoked(const PersonalToken &token);
    void everythingRevoked(const AdminUser &user, int sessions, int tokens);
    void twoFactorReset(const AdminUser &user);
    void userDisabled(const AdminUser &user);
    void userEnabled(const AdminUser &user);
    // The one-time password is shown once and kept nowhere by the service.
    void userCreated(const AdminUser &user, const QString &oneTimePassword);
    void passwordReset(const AdminUser &user, const QString &oneTimePassword, int sessions,
                       int tokens);
    void roleChanged(const AdminUser &user);
    // The change ended this app's own session (the administrator's own account); the sign-out
    // follows at once.
    void ownSessionsEnded();
    void failed(AdminService::Operation operation, const ApiError &error);
    // An operation began or ended (for busy indicators); busyChanged() on the edges of "any".
    void operationStarted(AdminService::Operation operation);
    void operationFinished(AdminService::Operation operation);
    void busyChanged(bool busy);

private:
    // POST /v1/admin/users/{id}/<action> for the account-wide changes.
    void changeUser(Operation operation, const QString &userId, const QString &action,
                    std::function<void(const AdminUser &, const ApiResult &)> done);
    // The user with this id as best known (open, or listed); only the id when neither.
    AdminUser knownUser(const QString &id) const;
    void loadUser(const QString &id);
    void loadSessions(const QString &id);
    void loadTokens(const QString &id);
    // After a change to `userId`: the row and, when open, the details and lists again; the
    // audit log again when it is shown.
    void refreshAfterChange(const QString &userId);
    // The change ended the administrator's own sessions: sign out with the reason.
    bool endOwnSession(const QString &userId, const QString &reason);

    ApiClient *m_client;
    QPointer<SessionManager> m_session;
    QPointer<AdminUserModel> m_users;
    QPointer<SessionModel> m_sessions;
    QPointer<PersonalTokenModel> m_tokens;
    QPointer<AuditLogModel> m_audit;
    QString m_openUserId;
    AdminUser m_openUser;
    CallTracker<AdminService, Operation> m_calls; // reset() drops the answers of older calls
};
