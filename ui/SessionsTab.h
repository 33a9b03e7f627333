#pragma once

#include "SecurityService.h"

#include <QWidget>

#include <functional>

class ApiError;
class ErrorPanel;
class QLabel;
class ResultLabel;
class QPushButton;
class QSortFilterProxyModel;
class SecurityTableView;
class SessionModel;

// The Sessions tab of Account security: every device signed in to the account (device,
// application, address, software, signed in, last active), this one in bold and named "this
// device"; Revoke signs the selected one out (after a confirmation that, for this device, says
// it signs this app out), and "Sign out all other sessions" signs out everything else and says
// how many it ended.
class SessionsTab : public QWidget
{
    Q_OBJECT

public:
    SessionsTab(SecurityService *service, SessionModel *model, QWidget *parent = nullptr);

    void refresh();
    // Asks, then revokes the session of `row` (an index of the table's model).
    void revokeSession(const QModelIndex &row);
    void revokeOtherSessions();

    SecurityTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openSession(const QModelIndex &row);
    void onFailed(SecurityService::Operation operation, const ApiError &error);
    void showResult(std::function<QString()> text);
    void updateState();

    SecurityService *m_service;
    SessionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ErrorPanel *m_error;
    QLabel *m_intro;
    ResultLabel *m_resultLabel;
    // How the result line and the error panel were last rendered, so a language change renders
    // them again in the new language from the same inputs.
    std::function<void()> m_renderError;
    SecurityTableView *m_table;
    QPushButton *m_revokeButton;
    QPushButton *m_revokeOthersButton;
    QPushButton *m_refreshButton;
};
