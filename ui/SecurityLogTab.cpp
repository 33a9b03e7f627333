#include "SecurityLogTab.h"

#include "ApiError.h"
#include "ErrorPanel.h"
#include "RowDetailsDialog.h"
#include "SecurityItemDelegate.h"
#include "SecurityLogEntry.h"
#include "SecurityLogFilterProxy.h"
#include "SecurityLogModel.h"
#include "SecurityTableView.h"
#include "TextRefresh.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The kinds of event the filter offers after "All events", in the combo box's order.
constexpr SecurityLogEntry::Category LogCategories[] = {
    SecurityLogEntry::Category::SignIn, SecurityLogEntry::Category::Session,
    SecurityLogEntry::Category::Token, SecurityLogEntry::Category::TwoFactor};

const auto &logCategories()
{
    return LogCategories;
}

} // namespace

SecurityLogTab::SecurityLogTab(SecurityService *service, SecurityLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_proxy(new SecurityLogFilterProxy(this))
    , m_typeLabel(new QLabel(this))
    , m_typeCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_refreshButton(new QPushButton(this))
    , m_error(new ErrorPanel(QStringLiteral("securityLogError"), this))
    , m_retryButton(new QPushButton(this))
    , m_table(new SecurityTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_loadMoreButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("securityLogTab"));

    m_typeCombo->setObjectName(QStringLiteral("securityLogTypeCombo"));
    // The items' texts come in retranslateUi(), which keeps the current index and data.
    m_typeCombo->addItem(QString(), QStringList());
    for (const auto category : logCategories())
        m_typeCombo->addItem(QString(), SecurityLogEntry::typesOf(category));
    m_typeLabel->setBuddy(m_typeCombo);
    m_searchEdit->setObjectName(QStringLiteral("securityLogSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_refreshButton->setObjectName(QStringLiteral("refreshSecurityLogButton"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_typeLabel);
    filterRow->addWidget(m_typeCombo);
    filterRow->addWidget(m_searchEdit, 1);
    filterRow->addWidget(m_refreshButton);

    m_retryButton->setObjectName(QStringLiteral("retrySecurityLogButton"));
    m_error->addButton(m_retryButton);

    m_proxy->setSourceModel(model);
    m_table->setObjectName(QStringLiteral("securityLogTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::DescendingOrder); // the server's order: newest first
    auto *delegate = new SecurityItemDelegate(m_table);
    delegate->setAttentionRole(SecurityLogModel::AttentionRole);
    delegate->setIconColumn(SecurityLogModel::Event);
    m_table->setItemDelegate(delegate);

    m_statusLabel->setObjectName(QStringLiteral("securityLogStatusLabel"));
    m_loadMoreButton->setObjectName(QStringLiteral("loadMoreSecurityLogButton"));
    for (QPushButton *button : {m_refreshButton, m_retryButton, m_loadMoreButton})
        button->setAutoDefault(false);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_statusLabel, 1);
    bottomRow->addWidget(m_loadMoreButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottomRow);

    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &SecurityLogTab::applyTypeFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateState();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &SecurityLogTab::refresh);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_error->clear();
        m_model->retry();
    });
    connect(m_loadMoreButton, &QPushButton::clicked, this, &SecurityLogTab::loadMore);
    connect(m_table, &SecurityTableView::openRequested, this, &SecurityLogTab::openEntry);
    connect(model, &SecurityLogModel::loadingChanged, this, &SecurityLogTab::updateState);
    connect(model, &SecurityLogModel::pageLoaded, this, [this] {
        m_error->clear();
        // The first page sizes the columns; later ones keep what the user may have dragged.
        if (m_model->rowCount() <= m_model->pageSize())
            m_table->fitColumns(SecurityLogModel::Details);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SecurityLogTab::updateState);
    connect(service, &SecurityService::failed, this, &SecurityLogTab::onFailed);
    retranslateUi();
}

void SecurityLogTab::retranslateUi()
{
    setAccessibleName(tr("Security log"));
    m_typeCombo->setAccessibleName(tr("Show events of kind"));
    m_typeCombo->setItemText(0, tr("All events"));
    int item = 1;
    for (const auto category : logCategories())
        m_typeCombo->setItemText(item++, SecurityLogEntry::categoryLabel(category));
    m_typeLabel->setText(tr("S&how:"));
    m_searchEdit->setAccessibleName(tr("Search the security log"));
    m_searchEdit->setPlaceholderText(tr("Search events, names and addresses"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Load the security log again"));
    m_retryButton->setText(tr("&Try again"));
    m_retryButton->setAccessibleName(tr("Try loading the security log again"));
    m_table->setAccessibleName(tr("Security log"));
    m_loadMoreButton->setText(tr("&Load more"));
    m_loadMoreButton->setAccessibleName(tr("Load older events"));
    TextRefresh::refresh(m_model); // the filter proxy passes the source's changes on
    updateState();                 // the status line
    if (!m_error->isHidden() && !m_errorMessage.isEmpty())
        showErrorMessage();
}

void SecurityLogTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SecurityLogTab::showErrorMessage()
{
    m_error->showMessage(tr("The security log could not be loaded: %1").arg(m_errorMessage),
                         m_errorRequestId);
}

void SecurityLogTab::refresh()
{
    m_error->clear();
    m_service->reloadLog();
}

void SecurityLogTab::loadMore()
{
    m_proxy->fetchMore({});
}

void SecurityLogTab::applyTypeFilter()
{
    m_error->clear();
    m_model->setTypeFilter(m_typeCombo->currentData().toStringList());
    updateState();
}

void SecurityLogTab::updateState()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool ofOneKind = !m_model->typeFilter().isEmpty();
    QString status;
    if (m_model->isLoading())
        status = tr("Loading events\u2026");
    else if (!m_model->isLoaded())
        status = QString();
    else if (loaded == 0)
        status = ofOneKind ? tr("No events of this kind.")
                           : tr("Nothing has happened to this account yet.");
    else if (m_proxy->isFiltering())
        status = shown == 0 ? tr("No events match among the %1 loaded.").arg(loaded)
                            : tr("%1 of %2 loaded events match.").arg(shown).arg(loaded);
    else if (m_model->hasMorePages())
        status = ofOneKind ? tr("The %1 most recent events of this kind.").arg(loaded)
                           : tr("The %1 most recent events.").arg(loaded);
    else
        status = ofOneKind ? tr("All %1 events of this kind.").arg(loaded)
                           : tr("All %1 events.").arg(loaded);
    m_statusLabel->setText(status);
    m_statusLabel->setAccessibleName(status);
    const bool more = m_model->hasMorePages() && !m_model->hasFailed();
    m_loadMoreButton->setVisible(more);
    m_loadMoreButton->setEnabled(more && !m_model->isLoading());
    m_refreshButton->setEnabled(!m_model->isLoading());
}

void SecurityLogTab::openEntry(const QModelIndex &row)
{
    if (!row.isValid())
        return;
    RowDetailsDialog details(row.siblingAtColumn(SecurityLogModel::Event),
                             row.siblingAtColumn(SecurityLogModel::Event).data().toString(), this);
    details.exec();
}

void SecurityLogTab::onFailed(SecurityService::Operation operation, const ApiError &error)
{
    if (operation != SecurityService::Operation::LoadLog || error.message.isEmpty())
        return;
    m_errorMessage = error.message;
    m_errorRequestId = error.requestId;
    showErrorMessage();
    updateState();
}
