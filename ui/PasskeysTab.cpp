#include "PasskeysTab.h"

#include "ApiError.h"
#include "ConfirmationBox.h"
#include "ErrorPanel.h"
#include "PasskeyModel.h"
#include "ResultLabel.h"
#include "SecurityTableView.h"
#include "TextRefresh.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QVBoxLayout>

PasskeysTab::PasskeysTab(PasskeyService *service, PasskeyModel *model, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_intro(new QLabel(this))
    , m_resultLabel(new ResultLabel(QStringLiteral("passkeysResultLabel"), this))
    , m_error(new ErrorPanel(QStringLiteral("passkeyError"), this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new SecurityTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("passkeysTab"));
    m_intro->setObjectName(QStringLiteral("passkeysIntroLabel"));
    m_intro->setWordWrap(true);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PasskeyModel::SortRole);
    m_table->setObjectName(QStringLiteral("passkeyTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order: oldest first

    m_emptyLabel->setObjectName(QStringLiteral("passkeysEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);

    m_addButton->setObjectName(QStringLiteral("addPasskeyButton"));
    m_removeButton->setObjectName(QStringLiteral("removePasskeyButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshPasskeysButton"));
    for (QPushButton *button : {m_addButton, m_removeButton, m_refreshButton})
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &PasskeysTab::addPasskey);
    connect(m_removeButton, &QPushButton::clicked, this,
            [this] { removePasskey(m_table->currentRow()); });
    connect(m_refreshButton, &QPushButton::clicked, this, &PasskeysTab::refresh);
    connect(m_table, &SecurityTableView::revokeRequested, this, &PasskeysTab::removePasskey);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PasskeysTab::updateState);
    const auto rowsChanged = [this] {
        updateState();
        updateList();
    };
    connect(model, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(service, &PasskeyService::busyChanged, this, &PasskeysTab::updateState);
    connect(service, &PasskeyService::loaded, this, [this] {
        m_error->clear();
        m_needsHostName = false;
        m_listKnown = true;
        updateList();
        m_table->fitColumns(PasskeyModel::Name);
    });
    connect(service, &PasskeyService::removed, this, [this](const QString &name) {
        showResult([name] { return tr("The passkey \u201c%1\u201d was removed.").arg(name); });
    });
    connect(service, &PasskeyService::browserOpened, this, [this] {
        m_waitingForBrowser = true;
        showResult([] {
            return tr("The page to add a passkey is open in your browser. Follow it there, then "
                      "come back: the list updates by itself.");
        });
    });
    connect(service, &PasskeyService::browserFailed, this, [this](const QUrl &url) {
        m_waitingForBrowser = true;
        const QString link = url.toString();
        showResult([link] {
            return tr("Could not open a web browser. Open this link yourself within 10 minutes: "
                      "%1")
                .arg(link);
        });
    });
    connect(service, &PasskeyService::failed, this, &PasskeysTab::onFailed);
    // Back from the browser: the passkey added there shows up.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state == Qt::ApplicationActive && m_waitingForBrowser && isVisible()) {
                    m_waitingForBrowser = false;
                    m_service->load();
                }
            });
    retranslateUi();
}

void PasskeysTab::retranslateUi()
{
    setAccessibleName(tr("Passkeys"));
    m_intro->setText(tr("A passkey signs you in with your fingerprint, face, screen lock or "
                        "security key instead of a password or a code. It is kept by your "
                        "device or password manager; the server knows only its public key."));
    m_table->setAccessibleName(tr("Passkeys"));
    m_addButton->setText(tr("&Add a passkey\u2026"));
    m_addButton->setAccessibleName(tr("Add a passkey in the browser"));
    m_addButton->setToolTip(tr("Opens a page in your browser where you create the passkey"));
    m_removeButton->setText(tr("&Remove\u2026"));
    m_removeButton->setAccessibleName(tr("Remove the selected passkey"));
    m_refreshButton->setText(tr("Re&fresh"));
    m_refreshButton->setAccessibleName(tr("Load the passkeys again"));
    // "\u201c" ends its literal: lupdate would read the "Add" after it as more hex digits.
    m_emptyLabel->setText(tr("You have no passkeys yet. With one you sign in to this server "
                             "without typing a password or a code: \u201c"
                             "Add a passkey\u2026\u201d makes one in your browser."));
    TextRefresh::refresh(m_model);
    updateState();
    if (!m_error->isHidden() && m_renderError)
        m_renderError();
}

void PasskeysTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PasskeysTab::refresh()
{
    m_error->clear();
    m_resultLabel->hide();
    m_waitingForBrowser = false;
    m_service->load();
}

void PasskeysTab::addPasskey()
{
    if (m_service->isBusy())
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->add();
}

void PasskeysTab::showResult(std::function<QString()> text)
{
    m_error->clear();
    m_resultLabel->showResult(std::move(text));
}

void PasskeysTab::updateState()
{
    const bool busy = m_service->isBusy();
    const QModelIndex row = m_table->currentRow();
    m_addButton->setEnabled(!busy);
    m_removeButton->setEnabled(row.isValid() && !busy);
    m_removeButton->setToolTip(row.isValid() ? tr("Remove the selected passkey (Delete)")
                                             : tr("Select a passkey to remove it"));
    m_refreshButton->setEnabled(!busy);
}

void PasskeysTab::updateList()
{
    const bool none = m_listKnown && m_model->rowCount() == 0 && !m_needsHostName;
    m_listStack->setCurrentWidget(none ? static_cast<QWidget *>(m_emptyLabel) : m_table);
}

void PasskeysTab::removePasskey(const QModelIndex &row)
{
    if (!row.isValid() || m_service->isBusy())
        return;
    const QString id = row.data(PasskeyModel::IdRole).toString();
    const QString name = row.data(PasskeyModel::PasskeyRole).value<Passkey>().name;
    const auto box = [name] {
        ConfirmationBox confirmation;
        confirmation.name = QStringLiteral("removePasskey");
        confirmation.title = tr("Remove passkey");
        confirmation.question = tr("Remove the passkey \u201c%1\u201d?").arg(name);
        confirmation.consequences = {
            tr("It no longer signs you in to this server."),
            tr("The key stays on your device or in your password manager; delete it there "
               "too if you no longer need it.")};
        confirmation.confirmText = tr("&Remove passkey");
        confirmation.keepText = tr("Keep the passkey");
        return confirmation;
    };
    if (!box().ask(this, box))
        return;
    m_error->clear();
    m_resultLabel->hide();
    m_service->remove(id);
}

void PasskeysTab::onFailed(PasskeyService::Operation operation, const ApiError &error)
{
    const QString code = error.code;
    const QString message = error.message;
    const QString requestId = error.requestId;
    m_renderError = [this, operation, code, message, requestId] {
        if (code == PasskeyService::NeedHostName) {
            m_error->showMessage(
                tr("Passkeys need the server to be reached by a host name, not an IP address: "
                   "browsers refuse passkeys for an address like 127.0.0.1. Ask your "
                   "administrator to start the server with --issuer and its host name (for "
                   "example http://localhost:8080)."),
                requestId);
            return;
        }
        if (code == PasskeyService::LimitReached) {
            m_error->showMessage(tr("This account has the most passkeys allowed (20). Remove "
                                    "one you no longer use, then add the new one."),
                                 requestId);
            return;
        }
        QString what;
        switch (operation) {
        case PasskeyService::Operation::Load:
            what = tr("The passkeys could not be loaded: %1");
            break;
        case PasskeyService::Operation::Remove:
            what = tr("The passkey was not removed: %1");
            break;
        case PasskeyService::Operation::Add:
            what = tr("The page to add a passkey could not be opened: %1");
            break;
        }
        m_error->showMessage(what.arg(message), requestId);
    };
    if (operation == PasskeyService::Operation::Load)
        m_listKnown = false;
    m_needsHostName = code == PasskeyService::NeedHostName;
    m_resultLabel->hide();
    m_renderError();
    updateList();
}
