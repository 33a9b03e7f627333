#include "AdminUsersTab.h"

#include "AdminUserModel.h"
#include "AdminUserPanel.h"
#include "ApiError.h"
#include "ErrorPanel.h"
#include "NewUserDialog.h"
#include "OneTimePasswordDialog.h"
#include "RowDetailsDialog.h"
#include "SecurityItemDelegate.h"
#include "SecurityTableView.h"
#include "TextRefresh.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr int SearchDelayMs = 300;
} // namespace

AdminUsersTab::AdminUsersTab(AdminService *service, AdminUserModel *users, SessionModel *sessions,
                             PersonalTokenModel *tokens, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_users(users)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_searchLabel(new QLabel(this))
    , m_newUserButton(new QPushButton(this))
    , m_error(new ErrorPanel(QStringLiteral("userListError"), this))
    , m_retryButton(new QPushButton(this))
    , m_table(new SecurityTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_loadMoreButton(new QPushButton(this))
    , m_panel(new AdminUserPanel(service, sessions, tokens, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("adminUsersTab"));

    m_searchEdit->setObjectName(QStringLiteral("userSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_searchEdit);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_searchEdit, 1);
    m_newUserButton->setObjectName(QStringLiteral("newUserButton"));
    m_newUserButton->setAutoDefault(false);
    searchRow->addWidget(m_newUserButton);

    m_retryButton->setObjectName(QStringLiteral("retryUsersButton"));
    m_error->addButton(m_retryButton);

    // The server's order (by user name) until a header is clicked.
    m_proxy->setSourceModel(users);
    m_proxy->setSortRole(AdminUserModel::SortRole);
    m_table->setObjectName(QStringLiteral("adminUserTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    auto *delegate = new SecurityItemDelegate(m_table);
    delegate->setEmphasisRole(AdminUserModel::CurrentUserRole);
    delegate->setDimRole(AdminUserModel::DisabledRole);
    delegate->setIconColumn(-1); // greyed is enough: the expiry clock would mislead here
    m_table->setItemDelegate(delegate);
    // The name and email are in the details and the user name's tooltip, and the search finds
    // them; the list keeps its width for what tells accounts apart at a glance.
    m_table->setColumnHidden(AdminUserModel::DisplayName, true);
    m_table->setColumnHidden(AdminUserModel::Email, true);

    m_statusLabel->setObjectName(QStringLiteral("userListStatusLabel"));
    m_loadMoreButton->setObjectName(QStringLiteral("loadMoreUsersButton"));
    for (QPushButton *button : {m_retryButton, m_loadMoreButton})
        button->setAutoDefault(false);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_statusLabel, 1);
    bottomRow->addWidget(m_loadMoreButton);

    auto *list = new QWidget(this);
    list->setObjectName(QStringLiteral("adminUserList"));
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(bottomRow);

    m_splitter->setObjectName(QStringLiteral("adminSplitter"));
    m_splitter->addWidget(list);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({700, 740});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &AdminUsersTab::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        applySearch();
        // Enter in the search goes on to the results, for the keyboard.
        if (m_proxy->rowCount() > 0 || m_users->isLoading())
            m_table->setFocus();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_loadError = ApiError();
        m_error->clear();
        m_users->retry();
    });
    connect(m_loadMoreButton, &QPushButton::clicked, this, [this] { m_proxy->fetchMore({}); });
    connect(m_newUserButton, &QPushButton::clicked, this, &AdminUsersTab::newUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdminUsersTab::openCurrentRow);
    connect(m_table, &SecurityTableView::openRequested, this, [this](const QModelIndex &row) {
        RowDetailsDialog details(row, row.data().toString(), this);
        details.exec();
    });
    connect(users, &AdminUserModel::loadingChanged, this, &AdminUsersTab::updateState);
    connect(users, &QAbstractItemModel::modelReset, this, &AdminUsersTab::updateState);
    connect(users, &AdminUserModel::pageLoaded, this, [this] {
        m_loadError = ApiError();
        m_error->clear();
        if (m_users->rowCount() <= m_users->pageSize())
            fitColumns();
        updateState();
    });
    // A user changed in place (disabled, a role): "Deaktiviert" is wider than "Aktiv".
    connect(users, &QAbstractItemModel::dataChanged, m_table, &SecurityTableView::widenToFit);
    connect(service, &AdminService::failed, this, &AdminUsersTab::onFailed);
    retranslateUi();
}

void AdminUsersTab::retranslateUi()
{
    setAccessibleName(tr("Users"));
    m_searchEdit->setAccessibleName(tr("Search users"));
    m_searchEdit->setPlaceholderText(tr("User name, name or email"));
    m_searchLabel->setText(tr("&Find:"));
    m_newUserButton->setText(tr("&New user\u2026"));
    m_newUserButton->setAccessibleName(tr("Create a new user"));
    m_newUserButton->setToolTip(tr("Create an account with a one-time password"));
    m_retryButton->setText(tr("&Try again"));
    m_retryButton->setAccessibleName(tr("Try loading the users again"));
    m_table->setAccessibleName(tr("Users"));
    m_loadMoreButton->setText(tr("&Load more"));
    m_loadMoreButton->setAccessibleName(tr("Load more users"));
    // The proxy passes the source's signals on to the view.
    TextRefresh::refresh(m_users);
    updateState();
    showLoadError();
}

void AdminUsersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminUsersTab::setOwnUserId(const QString &id)
{
    m_panel->setOwnUserId(id);
}

void AdminUsersTab::refresh()
{
    m_searchTimer.stop();
    m_loadError = ApiError();
    m_error->clear();
    m_users->setSearchText(m_searchEdit->text());
    if (m_users->searchText() == m_searchEdit->text().trimmed() && m_users->isLoaded())
        m_service->reloadUsers();
    m_service->reloadOpenUser();
}

void AdminUsersTab::fitColumns()
{
    // Tighter than the security tables: seven columns share half a window, and the counts need
    // no air around them. The user name takes what is left.
    m_table->fitColumns(AdminUserModel::Username, SecurityTableView::Air::Tight);
}

void AdminUsersTab::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void AdminUsersTab::applySearch()
{
    m_loadError = ApiError();
    m_error->clear();
    m_service->searchUsers(m_searchEdit->text());
}

void AdminUsersTab::openCurrentRow()
{
    const QModelIndex row = m_table->currentIndex();
    if (!row.isValid())
        return; // the list was emptied or searched anew: the open user stays open
    const AdminUser user = row.data(AdminUserModel::AccountRole).value<AdminUser>();
    if (user.id == m_service->openUserId())
        return;
    m_service->openUser(user.id);
    m_panel->showUser(m_service->openUser());
}

void AdminUsersTab::updateState()
{
    const int loaded = m_users->rowCount();
    const QString search = m_users->searchText();
    QString status;
    if (m_users->isLoading())
        status = tr("Loading users\u2026");
    else if (!m_users->isLoaded() || m_users->hasFailed())
        status = QString();
    else if (loaded == 0)
        status = search.isEmpty() ? tr("There are no users.")
                                  : tr("No user matches \u201c%1\u201d.").arg(search);
    else if (m_users->hasMorePages())
        status = search.isEmpty()
                     ? tr("The first %1 users.").arg(loaded)
                     : tr("The first %1 users matching \u201c%2\u201d.").arg(loaded).arg(search);
    else if (search.isEmpty())
        status = loaded == 1 ? tr("1 user.") : tr("%n users.", nullptr, loaded);
    else
        status = loaded == 1 ? tr("1 user matches \u201c%1\u201d.").arg(search)
                             : tr("%n users match \u201c%1\u201d.", nullptr, loaded).arg(search);
    m_statusLabel->setText(status);
    m_statusLabel->setAccessibleName(status);
    const bool more = m_users->hasMorePages() && !m_users->hasFailed();
    m_loadMoreButton->setVisible(more);
    m_loadMoreButton->setEnabled(more && !m_users->isLoading());
}

void AdminUsersTab::onFailed(AdminService::Operation operation, const ApiError &error)
{
    if (operation != AdminService::Operation::LoadUsers || error.message.isEmpty())
        return;
    m_loadError = error;
    showLoadError();
    updateState();
}

void AdminUsersTab::showLoadError()
{
    if (m_loadError.message.isEmpty())
        return; // nothing shown, or cleared since
    m_error->showMessage(tr("The users could not be loaded: %1").arg(m_loadError.message),
                         m_loadError.requestId);
}

void AdminUsersTab::newUser()
{
    NewUserDialog dialog(m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AdminUser user = dialog.createdUser();
    OneTimePasswordDialog password(user.username, dialog.takeOneTimePassword(), this);
    password.exec();
}
