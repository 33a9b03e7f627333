#pragma once

#include "AdminService.h"
#include "ApiError.h"

#include <QTimer>
#include <QWidget>

class AdminUserModel;
class AdminUserPanel;
class ErrorPanel;
class PersonalTokenModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class SecurityTableView;
class SessionModel;

// The Users tab of Administration: on the left the users, searched on the server as the
// administrator types (after a short pause) and loaded page by page; on the right the selected
// user (AdminUserPanel). Selecting a row opens that user; the open user stays open while the
// list is searched anew. "New user…" asks for the account (NewUserDialog), then shows its
// one-time password once (OneTimePasswordDialog).
class AdminUsersTab : public QWidget
{
    Q_OBJECT

public:
    AdminUsersTab(AdminService *service, AdminUserModel *users, SessionModel *sessions,
                  PersonalTokenModel *tokens, QWidget *parent = nullptr);

    void setOwnUserId(const QString &id);
    // The users again (with the search text as it is) and the open user's details.
    void refresh();
    void focusSearch();
    // "New user…": the dialog, then the one-time password of the account it made.
    void newUser();

    SecurityTableView *table() const { return m_table; }
    AdminUserPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every constant text, again after a language change; the list's status and error too.
    void retranslateUi();
    void showLoadError();
    void applySearch();
    void fitColumns();
    void openCurrentRow();
    void onFailed(AdminService::Operation operation, const ApiError &error);
    void updateState();

    AdminService *m_service;
    AdminUserModel *m_users;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_searchEdit;
    QLabel *m_searchLabel;
    QPushButton *m_newUserButton;
    ErrorPanel *m_error;
    QPushButton *m_retryButton;
    SecurityTableView *m_table;
    QLabel *m_statusLabel;
    QPushButton *m_loadMoreButton;
    AdminUserPanel *m_panel;
    QSplitter *m_splitter;
    QTimer m_searchTimer;
    // The last load failure shown, said again in a new language; cleared with the panel.
    ApiError m_loadError;
};
