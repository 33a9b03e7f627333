#include "PasskeyService.h"

#include "ApiClient.h"
#include "PasskeyModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPasskeys, "tasklane.app.passkeys")

namespace {
const QString PasskeysPath = QStringLiteral("/v1/me/passkeys");
} // namespace

PasskeyService::PasskeyService(ApiClient *client, PasskeyModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_calls(this, lcPasskeys)
{}

PasskeyService::~PasskeyService() = default;

void PasskeyService::load()
{
    m_calls.track(Operation::Load, m_client->get(PasskeysPath), [this](const ApiResult &result) {
        QJsonArray items;
        ApiError error;
        if (!itemsOf(result, &items, &error)) {
            emit failed(Operation::Load, error);
            return;
        }
        m_model->setPasskeys(listOf<Passkey>(items));
        emit loaded();
    });
}

void PasskeyService::remove(const QString &id)
{
    const int row = m_model->rowOf(id);
    const QString name = row >= 0 ? m_model->passkeyAt(row).name : QString();
    m_calls.track(Operation::Remove, m_client->del(itemPath(PasskeysPath, id)),
                  [this, id, name](const ApiResult &result) {
                      // 404: removed already (from another device): gone either way.
                      if (result.error && !result.error->isHttp(404)) {
                          emit failed(Operation::Remove, *result.error);
                          return;
                      }
                      qCInfo(lcPasskeys).noquote() << "passkey removed:" << id;
                      m_model->removePasskey(id);
                      emit removed(name);
                  });
}

void PasskeyService::add()
{
    m_calls.track(
        Operation::Add, m_client->post(PasskeysPath + QStringLiteral("/registrations"), {}),
        [this](const ApiResult &result) {
            if (result.error) {
                emit failed(Operation::Add, *result.error);
                return;
            }
            const QUrl url(result.object().value(QStringLiteral("url")).toString());
            const QString scheme = url.scheme();
            if (!url.isValid() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
                emit failed(Operation::Add,
                            ApiError::badResponse(tr("The server sent no usable link to add a "
                                                     "passkey."),
                                                  result.status, result.requestId));
                return;
            }
            // The link signs the browser in as this account for one registration: not logged.
            if (m_launcher && m_launcher(url))
                emit browserOpened(url);
            else
                emit browserFailed(url);
        });
}

void PasskeyService::reset()
{
    m_calls.dropAnswers();
    m_model->clear();
}
