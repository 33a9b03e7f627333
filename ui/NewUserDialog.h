#pragma once

#include "AdminService.h"
#include "ApiError.h"

#include <QDialog>

class ErrorPanel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Administration's "New user…": a username, an email address, a display name and whether the
// user is an administrator. Problems are said next to the field as the administrator types (the
// server's rules: docs/api.md 12.8); what the server refuses (a taken name, a field) is shown
// here too, with the request id, and nothing typed is lost. Accepted once the server created
// the account; its one-time password is then taken with takeOneTimePassword().
class NewUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewUserDialog(AdminService *service, QWidget *parent = nullptr);
    ~NewUserDialog() override;

    AdminUser createdUser() const { return m_created; }
    // The created account's one-time password, handed over once (the dialog forgets it).
    QString takeOneTimePassword();

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every constant text, then the problems and the error as the fields stand.
    void retranslateUi();
    void create();
    void onCreated(const AdminUser &user, const QString &oneTimePassword);
    void onFailed(AdminService::Operation operation, const ApiError &error);
    void validate();
    void setBusy(bool busy);

    AdminService *m_service;
    QLabel *m_introLabel;
    QLabel *m_usernameLabel;
    QLabel *m_emailLabel;
    QLabel *m_displayNameLabel;
    QLineEdit *m_usernameEdit;
    QLabel *m_usernameProblem;
    QLineEdit *m_emailEdit;
    QLabel *m_emailProblem;
    QLineEdit *m_displayNameEdit;
    QCheckBox *m_adminCheck;
    ErrorPanel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_createButton;
    QPushButton *m_cancelButton;
    bool m_busy = false;
    bool m_usernameTouched = false;
    bool m_emailTouched = false;
    // What the server refused, said while the field still holds it.
    QString m_refusedUsername;
    QString m_serverUsernameProblem;
    QString m_refusedEmail;
    QString m_serverEmailProblem;
    ApiError m_failure; // what the error panel shows, shown again after a language change
    AdminUser m_created;
    QString m_oneTimePassword;
};
