#include "ServiceClientService.h"

#include "ApiClient.h"
#include "ServiceClientModel.h"

#include <QJsonArray>

Q_LOGGING_CATEGORY(lcServiceClients, "tasklane.app.serviceclients")

namespace {
const QString CollectionPath = QStringLiteral("/v1/admin/service-clients");
} // namespace

ServiceClientService::ServiceClientService(ApiClient *client, ServiceClientModel *model,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_calls(this, lcServiceClients)
{}

void ServiceClientService::reload()
{
    m_calls.track(Operation::Load, m_client->get(CollectionPath), [this](const ApiResult &result) {
        QJsonArray items;
        ApiError error;
        if (!itemsOf(result, &items, &error)) {
            emit failed(Operation::Load, error);
            return;
        }
        if (m_model)
            m_model->setClients(listOf<ServiceClient>(items));
        emit loaded();
    });
}

void ServiceClientService::create(const QString &name, const QString &ownerUsername,
                                  const QStringList &scopes)
{
    // The API takes the owner's id: the user name is looked up first, exactly (ignoring case).
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), ownerUsername.trimmed());
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    m_calls.track(Operation::Create, m_client->get(QStringLiteral("/v1/admin/users"), query),
                  [this, name, ownerUsername, scopes](const ApiResult &result) {
                      QJsonArray items;
                      ApiError error;
                      if (!itemsOf(result, &items, &error)) {
                          emit failed(Operation::Create, error);
                          return;
                      }
                      for (const QJsonValue &item : items) {
                          const QJsonObject user = item.toObject();
                          if (user.value(QStringLiteral("username"))
                                  .toString()
                                  .compare(ownerUsername.trimmed(), Qt::CaseInsensitive) == 0) {
                              post(user.value(QStringLiteral("id")).toString(), name, scopes);
                              return;
                          }
                      }
                      ApiError unknown;
                      unknown.message = tr("There is no user named %1.").arg(ownerUsername);
                      emit failed(Operation::Create, unknown);
                  });
}

void ServiceClientService::post(const QString &ownerId, const QString &name,
                                const QStringList &scopes)
{
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                           {QStringLiteral("ownerId"), ownerId}};
    m_calls.track(Operation::Create, m_client->post(CollectionPath, body),
                  [this](const ApiResult &result) {
                      if (result.error) {
                          emit failed(Operation::Create, *result.error);
                          return;
                      }
                      const QJsonObject json = result.object();
                      emit created(ServiceClient::fromJson(json),
                                   json.value(QStringLiteral("clientSecret")).toString());
                      reload();
                  });
}

void ServiceClientService::rotate(const QString &id, int overlapSeconds)
{
    const QString path = itemPath(CollectionPath, id) + QStringLiteral("/rotate");
    m_calls.track(
        Operation::Rotate,
        m_client->post(path, QJsonObject{{QStringLiteral("overlapSeconds"), overlapSeconds}}),
        [this](const ApiResult &result) {
            if (result.error) {
                emit failed(Operation::Rotate, *result.error);
                return;
            }
            const QJsonObject json = result.object();
            emit rotated(ServiceClient::fromJson(json),
                         json.value(QStringLiteral("clientSecret")).toString());
            reload();
        });
}

void ServiceClientService::revoke(const QString &id)
{
    ServiceClient known;
    known.id = id;
    if (m_model && m_model->rowOf(id) >= 0)
        known = m_model->clientAt(m_model->rowOf(id));
    m_calls.track(Operation::Revoke, m_client->del(itemPath(CollectionPath, id)),
                  [this, known](const ApiResult &result) {
                      if (result.error && !result.error->isHttp(404)) {
                          emit failed(Operation::Revoke, *result.error);
                          return;
                      }
                      emit revoked(known);
                      reload();
                  });
}
