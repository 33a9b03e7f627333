#include "SessionsTab.h"

#include "ApiError.h"
#include "ErrorPanel.h"
#include "ResultLabel.h"
#include "RowDetailsDialog.h"
#include "SecurityItemDelegate.h"
#include "SecurityTableView.h"
#include "SessionModel.h"
#include "TextRefresh.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

SessionsTab::SessionsTab(SecurityService *service, SessionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_error(new ErrorPanel(QStringLiteral("sessionError"), this))
    , m_intro(new QLabel(this))
    , m_resultLabel(new ResultLabel(QStringLiteral("sessionsResultLabel"), this))
    , m_table(new SecurityTableView(this))
    , m_revokeButton(new QPushButton(this))
    , m_revokeOthersButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("sessionsTab"));

    m_intro->setWordWrap(true);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(SessionModel::SortRole);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order: most recently active
    auto *delegate = new SecurityItemDelegate(m_table);
    delegate->setEmphasisRole(SessionModel::CurrentRole);
    m_table->setItemDelegate(delegate);

    m_revokeButton->setObjectName(QStringLiteral("revokeSessionButton"));
    m_revokeOthersButton->setObjectName(QStringLiteral("revokeOtherSessionsButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshSessionsButton"));
    for (QPushButton *button : {m_revokeButton, m_revokeOthersButton, m_refreshButton})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revokeButton);
    buttons->addWidget(m_revokeOthersButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_revokeButton, &QPushButton::clicked, this,
            [this] { revokeSession(m_table->currentRow()); });
    connect(m_revokeOthersButton, &QPushButton::clicked, this, &SessionsTab::revokeOtherSessions);
    connect(m_refreshButton, &QPushButton::clicked, this, &SessionsTab::refresh);
    connect(m_table, &SecurityTableView::revokeRequested, this, &SessionsTab::revokeSession);
    connect(m_table, &SecurityTableView::openRequested, this, &SessionsTab::openSession);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsTab::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &SessionsTab::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SessionsTab::updateState);
    connect(service, &SecurityService::busyChanged, this, &SessionsTab::updateState);
    connect(service, &SecurityService::sessionsLoaded, this, [this] {
        m_error->clear();
        m_table->fitColumns(SessionModel::Software);
    });
    connect(service, &SecurityService::sessionRevoked, this, [this](const SignedInSession &s) {
        const QString name = s.displayName();
        showResult([name] { return tr("\u201c%1\u201d was signed out.").arg(name); });
    });
    connect(service, &SecurityService::otherSessionsRevoked, this, [this](int count) {
        showResult([count] {
            return count == 0   ? tr("There were no other sessions to sign out.")
                   : count == 1 ? tr("1 other session was signed out.")
                                : tr("%n other sessions were signed out.", nullptr, count);
        });
    });
    connect(service, &SecurityService::failed, this, &SessionsTab::onFailed);
    retranslateUi();
}

void SessionsTab::retranslateUi()
{
    setAccessibleName(tr("Signed-in sessions"));
    m_intro->setText(tr("These devices are signed in to your account. If you do not "
                        "recognise one, revoke it: it is signed out at once and must "
                        "sign in with your password again."));
    m_table->setAccessibleName(tr("Signed-in sessions"));
    m_revokeButton->setText(tr("&Revoke\u2026"));
    m_revokeButton->setAccessibleName(tr("Revoke the selected session"));
    m_revokeOthersButton->setText(tr("Sign out &all other sessions\u2026"));
    m_revokeOthersButton->setAccessibleName(tr("Sign out all other sessions"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Load the sessions again"));
    TextRefresh::refresh(m_model); // the proxy passes the source's changes on
    updateState();                 // the tooltips
    if (!m_error->isHidden() && m_renderError)
        m_renderError();
}

void SessionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SessionsTab::refresh()
{
    m_error->clear();
    m_resultLabel->hide();
    m_service->loadSessions();
}

void SessionsTab::showResult(std::function<QString()> text)
{
    m_error->clear();
    m_resultLabel->showResult(std::move(text));
}

void SessionsTab::updateState()
{
    const bool busy = m_service->isBusy();
    const QModelIndex row = m_table->currentRow();
    m_revokeButton->setEnabled(row.isValid() && !busy);
    m_revokeButton->setToolTip(!row.isValid() ? tr("Select a session to revoke it")
                               : row.data(SessionModel::CurrentRole).toBool()
                                   ? tr("Sign this app out (Delete)")
                                   : tr("Sign the selected device out (Delete)"));
    const int others = m_model->otherCount();
    m_revokeOthersButton->setEnabled(others > 0 && !busy);
    m_revokeOthersButton->setToolTip(others > 0 ? tr("Sign out every device except this one")
                                                : tr("No other device is signed in"));
    m_refreshButton->setEnabled(!busy);
}

void SessionsTab::revokeSession(const QModelIndex &row)
{
    if (!row.isValid() || m_service->isBusy())
        return;
    const SignedInSession session = row.data(SessionModel::SessionRole).value<SignedInSession>();
    QMessageBox box(QMessageBox::Warning, tr("Revoke session"), QString(), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("revokeSessionConfirmDialog"));
    box.setAccessibleName(tr("Revoke session"));
    QPushButton *revoke = nullptr;
    if (session.current) {
        box.setText(tr("Sign this app out?"));
        box.setInformativeText(
            tr("\u201c%1\u201d is this device. Revoking its session signs Tasklane out here at "
               "once; you will need your password to sign in again.")
                .arg(session.displayName()));
        revoke = box.addButton(tr("&Sign out this app"), QMessageBox::DestructiveRole);
    } else {
        box.setText(tr("Sign out \u201c%1\u201d?").arg(session.displayName()));
        box.setInformativeText(tr("That device is signed out at once and needs the password "
                                  "to sign in again."));
        revoke = box.addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    }
    revoke->setObjectName(QStringLiteral("confirmRevokeSessionButton"));
    revoke->setAccessibleName(revoke->text().remove(QLatin1Char('&')));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRevokeSessionButton"));
    cancel->setAccessibleName(tr("Keep the session"));
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != revoke)
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->revokeSession(session.id);
}

void SessionsTab::revokeOtherSessions()
{
    const int others = m_model->otherCount();
    if (others == 0 || m_service->isBusy())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Sign out all other sessions"),
                    others == 1 ? tr("Sign out the other signed-in device?")
                                : tr("Sign out the %1 other signed-in devices?").arg(others),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("revokeOtherSessionsConfirmDialog"));
    box.setAccessibleName(tr("Sign out all other sessions"));
    box.setInformativeText(tr("Every device except this one is signed out at once. Personal "
                              "access tokens are not affected; revoke them on the Tokens tab."));
    QPushButton *confirm = box.addButton(tr("Sign &out others"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRevokeOtherSessionsButton"));
    confirm->setAccessibleName(tr("Sign out all other sessions"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRevokeOtherSessionsButton"));
    cancel->setAccessibleName(tr("Keep the other sessions"));
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->revokeOtherSessions();
}

void SessionsTab::openSession(const QModelIndex &row)
{
    if (!row.isValid())
        return;
    RowDetailsDialog details(row, tr("Session of \u201c%1\u201d").arg(row.data().toString()), this);
    details.exec();
}

void SessionsTab::onFailed(SecurityService::Operation operation, const ApiError &error)
{
    switch (operation) {
    case SecurityService::Operation::LoadSessions:
    case SecurityService::Operation::RevokeSession:
    case SecurityService::Operation::RevokeOtherSessions:
        break;
    default:
        return;
    }
    // The server's message stays as it came; the sentence around it follows the language.
    const QString message = error.message;
    const QString requestId = error.requestId;
    m_renderError = [this, operation, message, requestId] {
        QString what;
        switch (operation) {
        case SecurityService::Operation::LoadSessions:
            what = tr("The sessions could not be loaded: %1");
            break;
        case SecurityService::Operation::RevokeSession:
            what = tr("The session was not revoked: %1");
            break;
        default:
            what = tr("The other sessions were not signed out: %1");
            break;
        }
        m_error->showMessage(what.arg(message), requestId);
    };
    m_resultLabel->hide();
    m_renderError();
}
