#pragma once

#include "SecurityService.h"

#include <QWidget>

#include <functional>

class ApiError;
class CapsLockDetector;
class ErrorPanel;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// The Password tab of Account security: current, new and confirmed password (never shown), a
// strength meter that follows the typing (PasswordStrength), a warning while Caps Lock seems on
// (CapsLockDetector), and Change Password, on only while the three fields make a change the
// server can accept (a mismatch or a new password equal to the current one is said beside the
// fields and never sent). While the change runs the fields are off and a bar is busy; then the
// result in plain words (how many other sessions and tokens the change ended), the fields
// emptied, or the error with its request id.
class PasswordTab : public QWidget
{
    Q_OBJECT

public:
    PasswordTab(SecurityService *service, const QString &username, QWidget *parent = nullptr);

    // "Password changed. 2 other sessions were signed out and 1 personal access token was
    // revoked."
    static QString resultText(int sessionsSignedOut, int tokensRevoked);

    // Sends the change when the fields allow it; otherwise says what is wrong.
    void submit();
    // Forgets what was typed and shown (done when Account security closes).
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The error panel's text for `error` (kept to render it again after a language change).
    void showFailureMessage(const ApiError &error);
    // What keeps the fields from making a change; empty when they can.
    QString problem() const;
    void updateState();
    void setBusy(bool busy);
    void showChanged(int sessionsSignedOut, int tokensRevoked);
    void showFailure(const ApiError &error);

    SecurityService *m_service;
    QString m_username;
    CapsLockDetector *m_capsLock;
    QLineEdit *m_currentEdit;
    QLineEdit *m_newEdit;
    QLineEdit *m_confirmEdit;
    QProgressBar *m_strengthBar;
    QLabel *m_strengthLabel;
    QLabel *m_problemLabel;
    QLabel *m_capsLockLabel;
    QPushButton *m_changeButton;
    QProgressBar *m_progressBar;
    QLabel *m_resultLabel;
    ErrorPanel *m_error;
    QLabel *m_heading;
    QLabel *m_explanation;
    QFormLayout *m_form;
    // The inputs of the last result and error, rendered again in a new language.
    int m_lastSessionsSignedOut = 0;
    int m_lastTokensRevoked = 0;
    std::function<void()> m_renderError;
    bool m_askedToConfirm = false; // the problem line says "Type the new password again"
};
