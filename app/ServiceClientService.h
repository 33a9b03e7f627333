#pragma once

#include "ApiError.h"
#include "CallTracker.h"
#include "ServiceClient.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ServiceClientModel;

// Service accounts in the admin API (docs/api.md 12.8a) for Administration's Service accounts
// tab: lists the service clients into the model, creates one for an owner named by user name
// (looked up with GET /v1/admin/users), rotates its secret with an overlap, revokes it. A new
// secret comes once, with created() or rotated(), and is kept nowhere here. After every change
// the list is loaded again, so what is shown is the server's.
class ServiceClientService : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Load, Create, Rotate, Revoke };
    Q_ENUM(Operation)

    ServiceClientService(ApiClient *client, ServiceClientModel *model, QObject *parent = nullptr);

    void reload();
    void create(const QString &name, const QString &ownerUsername, const QStringList &scopes);
    void rotate(const QString &id, int overlapSeconds);
    void revoke(const QString &id);

    bool isBusy() const { return m_calls.isBusy(); }
    bool isBusy(Operation operation) const { return m_calls.isBusy(operation); }

signals:
    void loaded();
    void created(const ServiceClient &client, const QString &secret);
    void rotated(const ServiceClient &client, const QString &secret);
    void revoked(const ServiceClient &client);
    void failed(ServiceClientService::Operation operation, const ApiError &error);
    void operationStarted(ServiceClientService::Operation operation);
    void operationFinished(ServiceClientService::Operation operation);
    void busyChanged(bool busy);

private:
    void post(const QString &ownerId, const QString &name, const QStringList &scopes);

    ApiClient *m_client;
    QPointer<ServiceClientModel> m_model;
    CallTracker<ServiceClientService, Operation> m_calls;
};
