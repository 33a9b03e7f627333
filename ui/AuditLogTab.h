#pragma once

#include "AdminService.h"
#include "ApiError.h"

#include <QWidget>

class AuditLogModel;
class ErrorPanel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class SecurityTableView;

// The Audit log tab of Administration: what administrators did (and the server's command
// line), newest first, page by page: Load more, or scrolling to the end; Refresh starts again
// from the newest entry. Enter or a double click shows an entry in full.
class AuditLogTab : public QWidget
{
    Q_OBJECT

public:
    AuditLogTab(AdminService *service, AuditLogModel *model, QWidget *parent = nullptr);

    void refresh();

    SecurityTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every constant text, again after a language change; the status and error too.
    void retranslateUi();
    void showLoadError();
    void onFailed(AdminService::Operation operation, const ApiError &error);
    void updateState();

    AdminService *m_service;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_introLabel;
    QPushButton *m_refreshButton;
    ErrorPanel *m_error;
    QPushButton *m_retryButton;
    SecurityTableView *m_table;
    QLabel *m_statusLabel;
    QPushButton *m_loadMoreButton;
    // The last load failure shown, said again in a new language; cleared with the panel.
    ApiError m_loadError;
};
