#pragma once

#include "AdminService.h"
#include "ApiError.h"

#include <QWidget>

#include <functional>

class ErrorPanel;
class PersonalTokenModel;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class ResultLabel;
class SecurityTableView;
class SessionModel;

// The right half of Administration: the open user's facts (email, role, status, two-factor,
// last sign-in), their live sessions and usable tokens with Revoke, and the account-wide
// actions: "Revoke everything for this user…", "Reset two-factor…", "Disable account…" /
// "Enable account", "Reset password…" (a one-time password shown once) and "Make administrator"
// / "Remove administrator". Every change that cannot be undone asks first, saying exactly what will
// happen to the user; what the server did is said afterwards, and a refusal (409 LAST_ADMIN
// included) is shown with the server's own words and its request id.
class AdminUserPanel : public QWidget
{
    Q_OBJECT

public:
    AdminUserPanel(AdminService *service, SessionModel *sessions, PersonalTokenModel *tokens,
                   QWidget *parent = nullptr);

    // The administrator's own user id: changes to their own account say what they do to this
    // app too.
    void setOwnUserId(const QString &id);

    // Shows `user` (as listed) while the service loads them afresh; empty id: nobody.
    void showUser(const AdminUser &user);

    // The actions, each asking first where the change cannot be undone.
    void revokeEverything();
    void resetTwoFactor();
    void disableOrEnable();
    // A new one-time password, shown once (OneTimePasswordDialog); the user is signed out.
    void resetPassword();
    // Make administrator / Remove administrator, as the open user's role says.
    void changeRole();
    void revokeSession(const QModelIndex &row);
    void revokeToken(const QModelIndex &row);

    SecurityTableView *sessionTable() const { return m_sessionTable; }
    SecurityTableView *tokenTable() const { return m_tokenTable; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every constant text, then the open user, the last result and the last failure again, after
    // a language change.
    void retranslateUi();
    void fillFacts(const AdminUser &user);
    void onFailed(AdminService::Operation operation, const ApiError &error);
    // Says the last failure (m_failedOperation, m_failure) in the panel.
    void showFailure();
    // What the server did, said by `render` now and again after a language change.
    void showResult(std::function<QString()> render);
    // showResult() of a sentence (QT_TR_NOOP) whose only placeholder is the user's name.
    void showUserResult(const char *sourceText, const AdminUser &user);
    // "1 session was signed out", "3 tokens were revoked": parts of the results.
    static QString sessionsSignedOut(int count);
    static QString tokensRevoked(int count);
    // What signing the open user out everywhere does to their `sessions` and active `tokens`
    // (revoke everything, disable): lines of the question asked first.
    static QStringList signOutConsequences(int sessions, int tokens);
    void updateState();
    bool isOwnAccount() const;
    // "bob" or "Bob Builder (bob)": how the user is named in questions and results.
    static QString nameOf(const AdminUser &user);

    AdminService *m_service;
    SessionModel *m_sessions;
    PersonalTokenModel *m_tokens;
    QString m_ownUserId;
    AdminUser m_user;
    AdminService::Operation m_failedOperation = AdminService::Operation::LoadUser;
    ApiError m_failure;

    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_headingLabel;
    QLabel *m_emailLabel;
    QLabel *m_roleLabel;
    QLabel *m_statusLabel;
    QLabel *m_twoFactorLabel;
    QLabel *m_lastSignInLabel;
    QLabel *m_createdLabel;
    // The captions of the facts, left of them.
    QLabel *m_emailCaption;
    QLabel *m_roleCaption;
    QLabel *m_statusCaption;
    QLabel *m_twoFactorCaption;
    QLabel *m_lastSignInCaption;
    QLabel *m_createdCaption;
    ResultLabel *m_resultLabel;
    ErrorPanel *m_error;
    QPushButton *m_revokeAllButton;
    QPushButton *m_resetTwoFactorButton;
    QPushButton *m_disableButton;
    QPushButton *m_enableButton;
    QPushButton *m_resetPasswordButton;
    QPushButton *m_roleButton;
    QGroupBox *m_sessionsGroup;
    QSortFilterProxyModel *m_sessionProxy;
    SecurityTableView *m_sessionTable;
    QLabel *m_noSessionsLabel;
    QPushButton *m_revokeSessionButton;
    QGroupBox *m_tokensGroup;
    QSortFilterProxyModel *m_tokenProxy;
    SecurityTableView *m_tokenTable;
    QLabel *m_noTokensLabel;
    QPushButton *m_revokeTokenButton;
};
