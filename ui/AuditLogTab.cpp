#include "AuditLogTab.h"

#include "ApiError.h"
#include "AuditLogModel.h"
#include "ErrorPanel.h"
#include "RowDetailsDialog.h"
#include "SecurityTableView.h"
#include "TextRefresh.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

AuditLogTab::AuditLogTab(AdminService *service, AuditLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_introLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_error(new ErrorPanel(QStringLiteral("auditLogError"), this))
    , m_retryButton(new QPushButton(this))
    , m_table(new SecurityTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_loadMoreButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditLogTab"));

    m_introLabel->setWordWrap(true);
    m_refreshButton->setObjectName(QStringLiteral("refreshAuditLogButton"));
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_introLabel, 1);
    topRow->addWidget(m_refreshButton, 0, Qt::AlignTop);

    m_retryButton->setObjectName(QStringLiteral("retryAuditLogButton"));
    m_error->addButton(m_retryButton);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(AuditLogModel::SortRole);
    m_table->setObjectName(QStringLiteral("auditLogTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::DescendingOrder); // the server's order: newest first

    m_statusLabel->setObjectName(QStringLiteral("auditLogStatusLabel"));
    m_loadMoreButton->setObjectName(QStringLiteral("loadMoreAuditLogButton"));
    for (QPushButton *button : {m_refreshButton, m_retryButton, m_loadMoreButton})
        button->setAutoDefault(false);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_statusLabel, 1);
    bottomRow->addWidget(m_loadMoreButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottomRow);

    connect(m_refreshButton, &QPushButton::clicked, this, &AuditLogTab::refresh);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_loadError = ApiError();
        m_error->clear();
        m_model->retry();
    });
    connect(m_loadMoreButton, &QPushButton::clicked, this, [this] { m_proxy->fetchMore({}); });
    connect(m_table, &SecurityTableView::openRequested, this, [this](const QModelIndex &row) {
        const QModelIndex action = row.siblingAtColumn(AuditLogModel::Action);
        // The action is the model's text, in the language of the moment.
        const QPersistentModelIndex shown(action);
        RowDetailsDialog details(
            action, [shown] { return shown.data().toString(); }, this);
        details.exec();
    });
    connect(model, &AuditLogModel::loadingChanged, this, &AuditLogTab::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &AuditLogTab::updateState);
    connect(model, &AuditLogModel::pageLoaded, this, [this] {
        m_loadError = ApiError();
        m_error->clear();
        // The first page sizes the columns; later ones keep what the user may have dragged.
        if (m_model->rowCount() <= m_model->pageSize())
            m_table->fitColumns(AuditLogModel::Details);
        updateState();
    });
    connect(service, &AdminService::failed, this, &AuditLogTab::onFailed);
    retranslateUi();
}

void AuditLogTab::retranslateUi()
{
    setAccessibleName(tr("Audit log"));
    m_introLabel->setText(tr("Everything administrators did to accounts, newest first. The "
                             "users concerned see the same in their own security log."));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Load the audit log again"));
    m_retryButton->setText(tr("&Try again"));
    m_retryButton->setAccessibleName(tr("Try loading the audit log again"));
    m_table->setAccessibleName(tr("Audit log"));
    m_loadMoreButton->setText(tr("&Load more"));
    m_loadMoreButton->setAccessibleName(tr("Load older entries"));
    // The proxy passes the source's signals on to the view.
    TextRefresh::refresh(m_model);
    updateState();
    showLoadError();
}

void AuditLogTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditLogTab::refresh()
{
    m_loadError = ApiError();
    m_error->clear();
    m_service->reloadAudit();
}

void AuditLogTab::updateState()
{
    const int loaded = m_model->rowCount();
    QString status;
    if (m_model->isLoading())
        status = tr("Loading the audit log\u2026");
    else if (!m_model->isLoaded() || m_model->hasFailed())
        status = QString();
    else if (loaded == 0)
        status = tr("No administrator has changed an account yet.");
    else if (m_model->hasMorePages())
        status = tr("The %1 most recent entries.").arg(loaded);
    else
        status = loaded == 1 ? tr("1 entry.") : tr("All %1 entries.").arg(loaded);
    m_statusLabel->setText(status);
    m_statusLabel->setAccessibleName(status);
    const bool more = m_model->hasMorePages() && !m_model->hasFailed();
    m_loadMoreButton->setVisible(more);
    m_loadMoreButton->setEnabled(more && !m_model->isLoading());
    m_refreshButton->setEnabled(!m_model->isLoading());
}

void AuditLogTab::onFailed(AdminService::Operation operation, const ApiError &error)
{
    if (operation != AdminService::Operation::LoadAudit || error.message.isEmpty())
        return;
    m_loadError = error;
    showLoadError();
    updateState();
}

void AuditLogTab::showLoadError()
{
    if (m_loadError.message.isEmpty())
        return; // nothing shown, or cleared since
    m_error->showMessage(tr("The audit log could not be loaded: %1").arg(m_loadError.message),
                         m_loadError.requestId);
}
