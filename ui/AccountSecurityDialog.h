#pragma once

#include "SecurityService.h"

#include <QDialog>
#include <QTimer>

class AppContext;
class NoticeBanners;
class PasskeysTab;
class PasswordTab;
class PersonalTokensTab;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class SecurityLogTab;
class SessionsTab;

// Account security: changing the password, the account's personal access tokens, signed-in
// sessions, passkeys and security log, one tab each, over SecurityService. Not modal: it can stay
// open beside the task list. While a request runs the actions are off and the bottom row says what
// is happening; every tab shows its own errors with the server's request id. Escape closes it.
//
// More tabs (the two-factor settings) join with insertTab().
class AccountSecurityDialog : public QDialog
{
    Q_OBJECT

public:
    AccountSecurityDialog(AppContext &context, QWidget *parent = nullptr);
    ~AccountSecurityDialog() override;

    // Adds a page at `index` (0: first; out of range: last) with its tab `label`; the dialog
    // takes ownership. Returns the page's index.
    int insertTab(int index, QWidget *page, const QString &label);
    QTabWidget *tabs() const { return m_tabs; }
    PasswordTab *passwordTab() const { return m_passwordTab; }
    PersonalTokensTab *tokensTab() const { return m_tokensTab; }
    SessionsTab *sessionsTab() const { return m_sessionsTab; }
    PasskeysTab *passkeysTab() const { return m_passkeysTab; }
    SecurityLogTab *logTab() const { return m_logTab; }
    // New sign-in alerts and token expiry warnings, above the tabs.
    NoticeBanners *noticeBanners() const { return m_banners; }
    // Focuses the banner of a sign-in alert or of a token's expiry (a click on its tray message).
    void showNotice(const QString &alertId, const QString &tokenId);

    // Loads everything again from the server (done whenever the dialog is shown).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    // Typed passwords do not outlive the dialog's closing.
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onOperationChanged();

    AppContext &m_context;
    SecurityService *m_service;
    NoticeBanners *m_banners;
    QTabWidget *m_tabs;
    PasswordTab *m_passwordTab;
    PersonalTokensTab *m_tokensTab;
    SessionsTab *m_sessionsTab;
    PasskeysTab *m_passkeysTab;
    SecurityLogTab *m_logTab;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QPushButton *m_closeButton;
    QString m_username;
    QTimer m_clockTimer; // keeps "5 minutes ago" true while the dialog stays open
};
