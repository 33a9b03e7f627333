#pragma once

#include "ServiceClientService.h"

#include <QWidget>

class ErrorPanel;
class QLabel;
class QPushButton;
class SecurityTableView;
class ServiceClientModel;

// The Service accounts tab of Administration (docs/api.md 12.8a): the service clients with
// their owner, scopes, creation, last use and the state of their secret; New (the secret shown
// once), Rotate (how long the old secret keeps working) and Revoke (after a confirmation) act
// on the selected one. Delete revokes the selected row, as in the other tables.
class ServiceClientsTab : public QWidget
{
    Q_OBJECT

public:
    ServiceClientsTab(ServiceClientService *service, ServiceClientModel *model,
                      QWidget *parent = nullptr);

    void refresh();
    SecurityTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    // The selected client, when one is selected and not revoked; nullptr otherwise.
    const ServiceClient *selectedActive() const;
    void newClient();
    void rotateSelected();
    void revokeSelected();
    void onFailed(ServiceClientService::Operation operation, const ApiError &error);

    ServiceClientService *m_service;
    ServiceClientModel *m_model;
    QLabel *m_introLabel;
    ErrorPanel *m_error;
    SecurityTableView *m_table;
    QLabel *m_statusLabel;
    QPushButton *m_newButton;
    QPushButton *m_rotateButton;
    QPushButton *m_revokeButton;
    QPushButton *m_refreshButton;
};
