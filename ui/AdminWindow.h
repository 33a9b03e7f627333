#pragma once

#include "AdminService.h"

#include <QMainWindow>
#include <QTimer>

class AdminUsersTab;
class AppContext;
class AuditLogTab;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class ServiceClientModel;
class ServiceClientService;
class ServiceClientsTab;

// Administration: a window of its own beside the task list, for administrators signed in with
// the `admin` scope. Three tabs: Users (search, the selected user's sessions and tokens, and the
// account-wide actions), Service accounts and Audit log. While a request runs the status bar says
// what is happening. Ctrl+F finds a user, F5 loads everything again, Ctrl+W closes the window.
// MainWindow builds it on actionAdministration and drops it when the session ends.
class AdminWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit AdminWindow(AppContext &context, QWidget *parent = nullptr);
    ~AdminWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    AdminUsersTab *usersTab() const { return m_usersTab; }
    AuditLogTab *auditTab() const { return m_auditTab; }
    ServiceClientsTab *serviceClientsTab() const { return m_serviceClientsTab; }

    // The administrator this window was opened for.
    QString userId() const { return m_userId; }

    // Loads what the window shows again from the server (done whenever it is opened).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const char *name, const QKeySequence &shortcut);
    static void setActionTexts(QAction *action, const QString &text, const QString &accessible);
    // Every constant text, again after a language change.
    void retranslateUi();
    void onOperationChanged();

    AppContext &m_context;
    AdminService *m_service;
    QString m_userId;
    QString m_server; // "host:port" in the window title; empty when the account has none
    QTabWidget *m_tabs;
    AdminUsersTab *m_usersTab;
    AuditLogTab *m_auditTab;
    ServiceClientModel *m_serviceClientModel;
    ServiceClientService *m_serviceClientService;
    ServiceClientsTab *m_serviceClientsTab;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QPushButton *m_closeButton;
    QAction *m_findAction;
    QAction *m_refreshAction;
    QAction *m_closeAction;
    QTimer m_clockTimer; // keeps "5 minutes ago" true while the window stays open
};
