#pragma once

#include "SecurityService.h"

#include <QWidget>

class ApiError;
class ErrorPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SecurityLogFilterProxy;
class SecurityLogModel;
class SecurityTableView;

// The Security log tab of Account security: what happened to the account, newest first, in
// plain words (sign-ins, sessions ended, tokens created, used from a new address, revoked,
// two-factor changes), with a filter by kind of event and a search field over what is loaded.
// Older events come page by page: scrolling to the end or "Load more" fetches the next one.
class SecurityLogTab : public QWidget
{
    Q_OBJECT

public:
    SecurityLogTab(SecurityService *service, SecurityLogModel *model, QWidget *parent = nullptr);

    // Loads the log again from its newest event.
    void refresh();
    void loadMore();

    SecurityTableView *table() const { return m_table; }
    SecurityLogFilterProxy *proxy() const { return m_proxy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showErrorMessage();
    void applyTypeFilter();
    void openEntry(const QModelIndex &row);
    void onFailed(SecurityService::Operation operation, const ApiError &error);
    void updateState();

    SecurityService *m_service;
    SecurityLogModel *m_model;
    SecurityLogFilterProxy *m_proxy;
    QLabel *m_typeLabel;
    QComboBox *m_typeCombo;
    QLineEdit *m_searchEdit;
    QPushButton *m_refreshButton;
    ErrorPanel *m_error;
    QPushButton *m_retryButton;
    SecurityTableView *m_table;
    QLabel *m_statusLabel;
    // The server's message and request id of the error shown, rendered again in a new language.
    QString m_errorMessage;
    QString m_errorRequestId;
    QPushButton *m_loadMoreButton;
};
