#pragma once

#include "AdminService.h"

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

private:
    void onFailed(AdminService::Operation operation, const ApiError &error);
    void updateState();

    AdminService *m_service;
    AuditLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPushButton *m_refreshButton;
    ErrorPanel *m_error;
    QPushButton *m_retryButton;
    SecurityTableView *m_table;
    QLabel *m_statusLabel;
    QPushButton *m_loadMoreButton;
};
