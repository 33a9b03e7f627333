#include "PersonalTokensTab.h"

#include "ApiError.h"
#include "ErrorPanel.h"
#include "NewTokenDialog.h"
#include "PersonalTokenModel.h"
#include "ResultLabel.h"
#include "RotateTokenDialog.h"
#include "RowDetailsDialog.h"
#include "SecurityItemDelegate.h"
#include "SecurityTableView.h"
#include "TextRefresh.h"
#include "TokenSecretDialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

PersonalTokensTab::PersonalTokensTab(SecurityService *service, PersonalTokenModel *model,
                                     bool isAdmin, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_isAdmin(isAdmin)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_limitLabel(new QLabel(this))
    , m_resultLabel(new ResultLabel(QStringLiteral("tokensResultLabel"), this))
    , m_error(new ErrorPanel(QStringLiteral("tokenError"), this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new SecurityTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_rotateButton(new QPushButton(this))
    , m_revokeButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("personalTokensTab"));

    m_intro->setWordWrap(true);
    m_limitLabel->setObjectName(QStringLiteral("tokenLimitLabel"));
    m_limitLabel->setWordWrap(true);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PersonalTokenModel::SortRole);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order (newest first) at first
    auto *delegate = new SecurityItemDelegate(m_table);
    delegate->setDimRole(PersonalTokenModel::ExpiredRole);
    delegate->setIconColumn(PersonalTokenModel::Expires);
    m_table->setItemDelegate(delegate);

    m_emptyLabel->setObjectName(QStringLiteral("tokenEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);

    m_newButton->setObjectName(QStringLiteral("newTokenButton"));
    m_rotateButton->setObjectName(QStringLiteral("rotateTokenButton"));
    m_revokeButton->setObjectName(QStringLiteral("revokeTokenButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshTokensButton"));
    for (QPushButton *button : {m_newButton, m_rotateButton, m_revokeButton, m_refreshButton})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_rotateButton);
    buttons->addWidget(m_revokeButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_limitLabel);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(buttons);

    connect(m_newButton, &QPushButton::clicked, this, &PersonalTokensTab::createToken);
    connect(m_rotateButton, &QPushButton::clicked, this, [this] {
        if (const auto token = rotatableSelection())
            rotateToken(token->id);
    });
    connect(m_revokeButton, &QPushButton::clicked, this,
            [this] { revokeToken(m_table->currentRow()); });
    connect(m_refreshButton, &QPushButton::clicked, this, &PersonalTokensTab::refresh);
    connect(m_table, &SecurityTableView::revokeRequested, this, &PersonalTokensTab::revokeToken);
    connect(m_table, &SecurityTableView::openRequested, this, &PersonalTokensTab::openToken);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PersonalTokensTab::updateState);
    connect(model, &PersonalTokenModel::activeCountChanged, this, &PersonalTokensTab::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &PersonalTokensTab::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        // The first token into an empty list: the columns were sized for headers alone.
        if (m_model->rowCount() == 1)
            m_table->fitColumns(PersonalTokenModel::Name);
        updateState();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PersonalTokensTab::updateState);
    connect(service, &SecurityService::busyChanged, this, &PersonalTokensTab::updateState);
    connect(service, &SecurityService::tokensLoaded, this,
            &PersonalTokensTab::applyPendingSelection);
    connect(service, &SecurityService::tokensLoaded, this, [this] {
        m_error->clear();
        m_table->fitColumns(PersonalTokenModel::Name);
    });
    connect(service, &SecurityService::tokenRevoked, this, [this](const PersonalToken &token) {
        m_error->clear();
        const QString name = token.name;
        m_resultLabel->showResult([name] {
            return tr("The token \u201c%1\u201d was revoked: scripts and apps that use it no "
                      "longer work.")
                .arg(name);
        });
    });
    connect(service, &SecurityService::failed, this, &PersonalTokensTab::onFailed);
    retranslateUi();
}

void PersonalTokensTab::retranslateUi()
{
    setAccessibleName(tr("Personal access tokens"));
    m_intro->setText(tr("Personal access tokens let scripts and other apps use your "
                        "tasks without your password. Revoke a token as soon as you no "
                        "longer need it."));
    m_table->setAccessibleName(tr("Personal access tokens"));
    m_emptyLabel->setText(tr("You have no personal access tokens. Create one when a script or "
                             "another app needs your tasks."));
    m_newButton->setText(tr("&New token\u2026"));
    m_newButton->setAccessibleName(tr("Create a new token"));
    m_rotateButton->setText(tr("R&otate\u2026"));
    m_rotateButton->setAccessibleName(tr("Rotate the selected token"));
    m_revokeButton->setText(tr("&Revoke\u2026"));
    m_revokeButton->setAccessibleName(tr("Revoke the selected token"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Load the tokens again"));
    TextRefresh::refresh(m_model); // the proxy passes the source's changes on
    updateState();                 // the limit line and the tooltips
    if (!m_error->isHidden() && m_renderError)
        m_renderError();
}

void PersonalTokensTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PersonalTokensTab::refresh()
{
    m_error->clear();
    m_resultLabel->hide();
    m_service->loadTokens();
}

QString PersonalTokensTab::limitText(int active) const
{
    const int max = PersonalToken::MaxActive;
    QString text = active >= max
                       ? tr("%1 of %2 tokens in use: the most an account can have. Revoke one "
                            "before you create another.")
                             .arg(active)
                             .arg(max)
                       : tr("%1 of %2 tokens in use.").arg(active).arg(max);
    // Rotated tokens do not count either, but they go by themselves: only expired ones need
    // tidying up.
    int rotated = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rotated += m_model->tokenAt(row).isRotated() ? 1 : 0;
    if (active + rotated < m_model->rowCount())
        text += QLatin1Char(' ') + tr("Expired tokens do not count; revoke them to tidy up.");
    return text;
}

void PersonalTokensTab::updateState()
{
    const int active = m_model->activeCount();
    const bool atLimit = m_model->limitReached();
    const bool busy = m_service->isBusy();
    m_limitLabel->setText(limitText(active));
    m_limitLabel->setAccessibleName(m_limitLabel->text());
    m_newButton->setEnabled(!atLimit && !busy);
    m_newButton->setToolTip(
        atLimit ? tr("You have %1 active tokens, the most an account can have. Revoke one to "
                     "create a new one.")
                      .arg(PersonalToken::MaxActive)
                : tr("Create a token for a script or another app"));
    const bool selected = m_table->currentRow().isValid();
    const bool rotatable = rotatableSelection().has_value();
    m_rotateButton->setEnabled(rotatable && !busy);
    m_rotateButton->setToolTip(rotatable ? tr("Replace the selected token's secret with a new one")
                               : selected
                                   ? tr("Only a token that has neither expired nor been rotated "
                                        "can be rotated")
                                   : tr("Select a token to rotate it"));
    m_revokeButton->setEnabled(selected && !busy);
    m_revokeButton->setToolTip(selected ? tr("Revoke the selected token (Delete)")
                                        : tr("Select a token to revoke it"));
    m_refreshButton->setEnabled(!busy);
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyLabel)
                                                           : m_table);
}

void PersonalTokensTab::createToken()
{
    if (m_model->limitReached() || m_service->isBusy())
        return;
    NewTokenDialog dialog(m_service, m_model, m_isAdmin, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_resultLabel->hide(); // the last revocation is history
    const PersonalToken token = dialog.createdToken();
    {
        TokenSecretDialog secret(token.name, dialog.takeSecret(), this);
        secret.exec();
    }
    const int row = m_model->rowOf(token.id);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
    m_table->setFocus();
}

std::optional<PersonalToken> PersonalTokensTab::rotatableSelection() const
{
    const QModelIndex row = m_table->currentRow();
    if (!row.isValid())
        return std::nullopt;
    const PersonalToken token = row.data(PersonalTokenModel::TokenRole).value<PersonalToken>();
    if (token.isRotated() || token.isExpired(QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    return token;
}

bool PersonalTokensTab::selectTokenRow(const QString &tokenId)
{
    const int row = m_model->rowOf(tokenId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void PersonalTokensTab::rotateToken(const QString &tokenId)
{
    if (m_service->isBusy())
        return;
    selectTokenRow(tokenId);
    const auto token = rotatableSelection();
    if (!token || token->id != tokenId)
        return;
    RotateTokenDialog dialog(m_service, *token, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_resultLabel->hide();
    const PersonalToken rotated = dialog.rotatedToken();
    {
        TokenSecretDialog secret(rotated.name, dialog.takeSecret(), this);
        secret.exec();
    }
    // "Valid until …" is wider than what the Expires column was sized for.
    m_table->fitColumns(PersonalTokenModel::Name);
    selectTokenRow(rotated.id);
    m_table->setFocus();
}

void PersonalTokensTab::revokeToken(const QModelIndex &row)
{
    if (!row.isValid() || m_service->isBusy())
        return;
    const PersonalToken token = row.data(PersonalTokenModel::TokenRole).value<PersonalToken>();
    QMessageBox box(QMessageBox::Warning, tr("Revoke token"),
                    tr("Revoke the token \u201c%1\u201d?").arg(token.name), QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("revokeTokenConfirmDialog"));
    box.setAccessibleName(tr("Revoke token"));
    box.setInformativeText(
        token.wasUsed()
            ? tr("Scripts and apps that use it stop working at once. It was last used %1. "
                 "This cannot be undone.")
                  .arg(row.siblingAtColumn(PersonalTokenModel::LastUsed).data().toString())
            : tr("Scripts and apps that use it stop working at once. This cannot be undone."));
    QPushButton *revoke = box.addButton(tr("&Revoke"), QMessageBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevokeTokenButton"));
    revoke->setAccessibleName(tr("Revoke the token"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRevokeTokenButton"));
    cancel->setAccessibleName(tr("Keep the token"));
    box.setDefaultButton(cancel); // Enter never revokes by accident
    box.exec();
    if (box.clickedButton() != revoke)
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->revokeToken(token.id);
}

void PersonalTokensTab::openToken(const QModelIndex &row)
{
    if (!row.isValid())
        return;
    RowDetailsDialog details(row, tr("Token \u201c%1\u201d").arg(row.data().toString()), this);
    details.exec();
}

void PersonalTokensTab::onFailed(SecurityService::Operation operation, const ApiError &error)
{
    // Creation problems are the NewTokenDialog's to show, next to what the user typed.
    if (operation != SecurityService::Operation::LoadTokens &&
        operation != SecurityService::Operation::RevokeToken)
        return;
    const QString message = error.message;
    const QString requestId = error.requestId;
    m_renderError = [this, operation, message, requestId] {
        m_error->showMessage(operation == SecurityService::Operation::LoadTokens
                                 ? tr("The tokens could not be loaded: %1").arg(message)
                                 : tr("The token was not revoked: %1").arg(message),
                             requestId);
    };
    m_resultLabel->hide();
    m_renderError();
}

void PersonalTokensTab::selectToken(const QString &id, bool rotate)
{
    m_pendingSelection = id;
    m_rotatePending = rotate;
    applyPendingSelection();
}

void PersonalTokensTab::applyPendingSelection()
{
    if (m_pendingSelection.isEmpty() || !selectTokenRow(m_pendingSelection))
        return;
    const QString id = std::exchange(m_pendingSelection, QString());
    m_table->setFocus(Qt::OtherFocusReason);
    // Not from inside the list's signal: the rotation runs a dialog of its own.
    if (std::exchange(m_rotatePending, false))
        QTimer::singleShot(0, this, [this, id] { rotateToken(id); });
}
