#pragma once

#include "PersonalToken.h"
#include "SecurityService.h"

#include <QDialog>
#include <QHash>

class ApiError;
class ErrorPanel;
class PersonalTokenModel;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Asks for a new personal access token: a name, the kinds of access (in plain words; admin
// only for administrators) and how long it lasts. Problems are said next to the field as the
// user types; what the server refuses (a taken name, the limit, a field it rejects, a missing
// two-factor code) is shown here too, with the request id, and nothing typed is lost. Accepted
// once the server created the token; the one-time secret is then taken with takeSecret().
class NewTokenDialog : public QDialog
{
    Q_OBJECT

public:
    NewTokenDialog(SecurityService *service, const PersonalTokenModel *tokens, bool isAdmin,
                   QWidget *parent = nullptr);
    ~NewTokenDialog() override;

    PersonalToken createdToken() const { return m_created; }
    // The secret of the created token, handed over once (the dialog forgets it).
    QString takeSecret();

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void create();
    void onCreated(const PersonalToken &token, const QString &secret);
    void onFailed(SecurityService::Operation operation, const ApiError &error);
    void validate();
    void setBusy(bool busy);
    void updateExpiryHint();
    QStringList chosenScopes() const;

    SecurityService *m_service;
    const PersonalTokenModel *m_tokens;
    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLabel *m_nameHint;
    QGroupBox *m_scopesGroup;
    QLabel *m_expiryLabel;
    QHash<QString, QLabel *> m_scopeDescriptions;
    QLineEdit *m_nameEdit;
    QLabel *m_nameProblem;
    QHash<QString, QCheckBox *> m_scopeChecks;
    QLabel *m_scopeProblem;
    QComboBox *m_expiryCombo;
    QLabel *m_expiryHint;
    QLabel *m_codeLabel;
    QLineEdit *m_codeEdit;
    ErrorPanel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_createButton;
    QPushButton *m_cancelButton;
    PersonalToken m_created;
    QString m_secret;
    // What the server refused (the name, the scopes), and why: said again while unchanged.
    QString m_refusedName;
    QString m_serverNameProblem;
    QStringList m_refusedScopes;
    QString m_serverScopeProblem;
    bool m_nameTouched = false;
    bool m_busy = false;
};
