#pragma once

#include "SecurityService.h"

#include <QWidget>

#include <functional>
#include <optional>

class ApiError;
class ErrorPanel;
class PersonalTokenModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class ResultLabel;
class SecurityTableView;

// The Tokens tab of Account security: the account's personal access tokens (name, access,
// created, last used and where, expiry; expired ones greyed out), how many of the five allowed
// are in use, New token (NewTokenDialog, then the one-time secret in TokenSecretDialog; off at
// the limit, saying why), Rotate (RotateTokenDialog, then the new secret in TokenSecretDialog;
// for an active token only) and Revoke (after a confirmation naming the token; a line under the
// limit then says which token stopped working).
class PersonalTokensTab : public QWidget
{
    Q_OBJECT

public:
    PersonalTokensTab(SecurityService *service, PersonalTokenModel *model, bool isAdmin,
                      QWidget *parent = nullptr);

    // Loads the list again from the server.
    void refresh();
    void createToken();
    // Asks, then revokes the token of `row` (an index of the table's model).
    void revokeToken(const QModelIndex &row);
    // Selects the token `tokenId` and rotates it: asks for the overlap (RotateTokenDialog), then
    // shows the new secret once and selects the new token. For other parts of the app (the
    // expiry banner's Rotate); does nothing for a token that is not listed or cannot be rotated.
    void rotateToken(const QString &tokenId);
    // Selects the token with `id` and gives the table the focus; with `rotate`, then rotates it as
    // rotateToken() does (Rotate from an expiry warning). When the list is still loading, as
    // soon as it has come.
    void selectToken(const QString &id, bool rotate = false);

    SecurityTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openToken(const QModelIndex &row);
    void onFailed(SecurityService::Operation operation, const ApiError &error);
    void updateState();
    // The selected token when it can be rotated (neither expired nor rotated already).
    std::optional<PersonalToken> rotatableSelection() const;
    // False when the token is not listed.
    bool selectTokenRow(const QString &tokenId);
    QString limitText(int active) const;
    void applyPendingSelection();

    SecurityService *m_service;
    PersonalTokenModel *m_model;
    bool m_isAdmin;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_intro;
    QLabel *m_limitLabel;
    ResultLabel *m_resultLabel;
    std::function<void()> m_renderError; // the last error, rendered again in a new language
    ErrorPanel *m_error;
    QStackedWidget *m_listStack;
    SecurityTableView *m_table;
    QLabel *m_emptyLabel;
    QPushButton *m_newButton;
    QPushButton *m_rotateButton;
    QPushButton *m_revokeButton;
    QString m_pendingSelection; // selectToken()'s id until its row is there
    bool m_rotatePending = false;
    QPushButton *m_refreshButton;
};
