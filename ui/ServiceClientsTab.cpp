#include "ServiceClientsTab.h"

#include "ConfirmationBox.h"
#include "ErrorPanel.h"
#include "NewServiceClientDialog.h"
#include "RotateServiceClientDialog.h"
#include "SecurityTableView.h"
#include "ServiceClientModel.h"
#include "ServiceSecretDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ServiceClientsTab::ServiceClientsTab(ServiceClientService *service, ServiceClientModel *model,
                                     QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_introLabel(new QLabel(this))
    , m_error(new ErrorPanel(QStringLiteral("serviceClientsError"), this))
    , m_table(new SecurityTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_rotateButton(new QPushButton(this))
    , m_revokeButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("serviceClientsTab"));
    m_introLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("serviceClientsTable"));
    m_table->setModel(model);
    m_statusLabel->setObjectName(QStringLiteral("serviceClientsStatusLabel"));
    m_newButton->setObjectName(QStringLiteral("newServiceClientButton"));
    m_rotateButton->setObjectName(QStringLiteral("rotateServiceClientButton"));
    m_revokeButton->setObjectName(QStringLiteral("revokeServiceClientButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshServiceClientsButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_newButton, m_rotateButton, m_revokeButton}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addWidget(m_statusLabel, 1);
    m_refreshButton->setAutoDefault(false);
    buttons->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_newButton, &QPushButton::clicked, this, &ServiceClientsTab::newClient);
    connect(m_rotateButton, &QPushButton::clicked, this, &ServiceClientsTab::rotateSelected);
    connect(m_revokeButton, &QPushButton::clicked, this, &ServiceClientsTab::revokeSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &ServiceClientsTab::refresh);
    connect(m_table, &SecurityTableView::revokeRequested, this,
            [this](const QModelIndex &) { revokeSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ServiceClientsTab::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->fitColumns(ServiceClientModel::Secret);
        updateState();
    });
    connect(service, &ServiceClientService::busyChanged, this, &ServiceClientsTab::updateState);
    connect(service, &ServiceClientService::loaded, this, [this] { m_error->clear(); });
    connect(service, &ServiceClientService::failed, this, &ServiceClientsTab::onFailed);
    connect(service, &ServiceClientService::created, this,
            [this](const ServiceClient &client, const QString &secret) {
                ServiceSecretDialog(client.name, client.id, secret, this).exec();
            });
    connect(service, &ServiceClientService::rotated, this,
            [this](const ServiceClient &client, const QString &secret) {
                ServiceSecretDialog(client.name, client.id, secret, this).exec();
            });
    retranslateUi();
}

void ServiceClientsTab::refresh()
{
    m_error->clear();
    m_service->reload();
}

const ServiceClient *ServiceClientsTab::selectedActive() const
{
    const QModelIndex row = m_table->currentRow();
    if (!row.isValid() || row.row() >= m_model->rowCount())
        return nullptr;
    const ServiceClient &client = m_model->clientAt(row.row());
    return client.isRevoked() ? nullptr : &client;
}

void ServiceClientsTab::newClient()
{
    NewServiceClientDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->clear();
    m_service->create(dialog.name(), dialog.ownerUsername(), dialog.scopes());
}

void ServiceClientsTab::rotateSelected()
{
    const ServiceClient *client = selectedActive();
    if (!client)
        return;
    RotateServiceClientDialog dialog(client->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->clear();
    m_service->rotate(client->id, dialog.overlapSeconds());
}

void ServiceClientsTab::revokeSelected()
{
    const ServiceClient *client = selectedActive();
    if (!client)
        return;
    const QString id = client->id;
    const QString name = client->name;
    const auto box = [name] {
        return ConfirmationBox{
            QStringLiteral("revokeServiceClient"),
            tr("Revoke service account"),
            tr("Revoke \u201c%1\u201d?").arg(name),
            {tr("Its secret stops working, and so do the tokens it has now, from their next "
                "request."),
             tr("This cannot be undone: the service needs a new service account.")},
            tr("&Revoke"),
            tr("Keep \u201c%1\u201d").arg(name)};
    };
    if (!box().ask(this, box))
        return;
    m_error->clear();
    m_service->revoke(id);
}

void ServiceClientsTab::onFailed(ServiceClientService::Operation operation, const ApiError &error)
{
    QString text;
    switch (operation) {
    case ServiceClientService::Operation::Load:
        text = tr("The service accounts could not be loaded: %1");
        break;
    case ServiceClientService::Operation::Create:
        text = tr("The service account could not be created: %1");
        break;
    case ServiceClientService::Operation::Rotate:
        text = tr("The secret could not be rotated: %1");
        break;
    case ServiceClientService::Operation::Revoke:
        text = tr("The service account could not be revoked: %1");
        break;
    }
    QString message = error.message;
    for (const QJsonValue &detail : error.details)
        message += QLatin1Char(' ') + detail.toObject().value(QStringLiteral("message")).toString();
    m_error->showMessage(text.arg(message), error.requestId);
}

void ServiceClientsTab::updateState()
{
    const bool busy = m_service->isBusy();
    const bool active = selectedActive() != nullptr;
    m_newButton->setEnabled(!busy);
    m_rotateButton->setEnabled(!busy && active);
    m_revokeButton->setEnabled(!busy && active);
    m_refreshButton->setEnabled(!m_service->isBusy(ServiceClientService::Operation::Load));
    QString status;
    if (m_service->isBusy(ServiceClientService::Operation::Load))
        status = tr("Loading the service accounts\u2026");
    else if (m_model->rowCount() == 0)
        status = tr("No service accounts yet.");
    else
        status = m_model->rowCount() == 1 ? tr("1 service account.")
                                          : tr("%1 service accounts.").arg(m_model->rowCount());
    m_statusLabel->setText(status);
    m_statusLabel->setAccessibleName(status);
}

void ServiceClientsTab::retranslateUi()
{
    setAccessibleName(tr("Service accounts"));
    m_introLabel->setText(tr("Programs that use one user's tasks without anyone signing in "
                             "(OAuth client credentials). Each has a secret, shown once."));
    m_table->setAccessibleName(tr("Service accounts"));
    m_newButton->setText(tr("&New\u2026"));
    m_newButton->setAccessibleName(tr("Create a service account"));
    m_rotateButton->setText(tr("R&otate secret\u2026"));
    m_rotateButton->setAccessibleName(tr("Give the selected service account a new secret"));
    m_revokeButton->setText(tr("Re&voke\u2026"));
    m_revokeButton->setAccessibleName(tr("Revoke the selected service account"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Load the service accounts again"));
    m_model->refreshTexts();
    updateState();
}

void ServiceClientsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
