#include "SignInPage.h"

#include "ApiError.h"
#include "ErrorPanel.h"
#include "PageLayout.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
    , m_serverLabel(new QLabel(this))
    , m_changeServerButton(new QPushButton(this))
    , m_browserButton(new QPushButton(this))
    , m_tokenEdit(new QLineEdit(this))
    , m_tokenButton(new QPushButton(this))
    , m_message(new ErrorPanel(QStringLiteral("signIn"), this))
    , m_draftNotice(new ErrorPanel(QStringLiteral("signInDraft"), this))
{
    setObjectName(QStringLiteral("signInPage"));

    m_title = PageLayout::createPageTitle(QString(), this);
    QLabel *title = m_title;

    m_serverLabel->setObjectName(QStringLiteral("signInServerLabel"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->setWordWrap(true);
    m_changeServerButton->setObjectName(QStringLiteral("changeServerButton"));
    m_changeServerButton->setAutoDefault(false);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverLabel, 1);
    serverRow->addWidget(m_changeServerButton);

    auto *browserGroup = new QGroupBox(this);
    m_browserGroup = browserGroup;
    auto *browserText = new QLabel(browserGroup);
    m_browserText = browserText;
    browserText->setWordWrap(true);
    m_browserButton->setObjectName(QStringLiteral("signInBrowserButton"));
    m_browserButton->setDefault(true);
    auto *browserLayout = new QVBoxLayout(browserGroup);
    browserLayout->addWidget(browserText);
    auto *browserRow = new QHBoxLayout;
    browserRow->addWidget(m_browserButton);
    browserRow->addStretch();
    browserLayout->addLayout(browserRow);

    auto *tokenGroup = new QGroupBox(this);
    m_tokenGroup = tokenGroup;
    auto *tokenText = new QLabel(tokenGroup);
    m_tokenText = tokenText;
    tokenText->setWordWrap(true);
    m_tokenEdit->setObjectName(QStringLiteral("accessTokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenButton->setObjectName(QStringLiteral("tokenSignInButton"));
    m_tokenButton->setEnabled(false);
    m_tokenButton->setAutoDefault(false);
    auto *tokenLabel = new QLabel(tokenGroup);
    m_tokenLabel = tokenLabel;
    tokenLabel->setBuddy(m_tokenEdit);
    auto *tokenLayout = new QVBoxLayout(tokenGroup);
    tokenLayout->addWidget(tokenText);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(tokenLabel);
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_tokenButton);
    tokenLayout->addLayout(tokenRow);

    QVBoxLayout *columnLayout = PageLayout::createCentredColumn(this);
    columnLayout->addWidget(title);
    columnLayout->addLayout(serverRow);
    columnLayout->addWidget(m_message);
    columnLayout->addWidget(m_draftNotice);
    columnLayout->addWidget(browserGroup);
    columnLayout->addWidget(tokenGroup);

    connect(m_browserButton, &QPushButton::clicked, this, [this] {
        clearMessage();
        emit browserSignInRequested();
    });
    connect(m_tokenButton, &QPushButton::clicked, this, &SignInPage::submitToken);
    connect(m_tokenEdit, &QLineEdit::returnPressed, this, &SignInPage::submitToken);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tokenButton->setEnabled(!m_busy && !text.trimmed().isEmpty());
    });
    connect(m_changeServerButton, &QPushButton::clicked, this, &SignInPage::changeServerRequested);

    setTabOrder(m_browserButton, m_tokenEdit);
    setTabOrder(m_tokenEdit, m_tokenButton);
    setTabOrder(m_tokenButton, m_changeServerButton);
    retranslateUi();
}

void SignInPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignInPage::retranslateUi()
{
    setAccessibleName(tr("Sign in"));
    m_title->setText(tr("Sign in"));
    m_changeServerButton->setText(tr("C&hange server\u2026"));
    m_changeServerButton->setAccessibleName(tr("Change server"));
    m_browserGroup->setTitle(tr("With your browser"));
    m_browserText->setText(tr("Tasklane opens the server's sign-in page in your web browser. Your "
                              "password is typed there, never into this app."));
    m_browserButton->setText(tr("Sign in with your &browser"));
    m_browserButton->setAccessibleName(tr("Sign in with your browser"));
    m_tokenGroup->setTitle(tr("With a personal access token"));
    m_tokenText->setText(tr("For computers without a browser: paste a token created in "
                            "your account's security settings on another device."));
    m_tokenEdit->setAccessibleName(tr("Personal access token"));
    m_tokenEdit->setPlaceholderText(tr("tlp_\u2026"));
    m_tokenButton->setText(tr("Sign in with &token"));
    m_tokenButton->setAccessibleName(tr("Sign in with the token"));
    m_tokenLabel->setText(tr("To&ken:"));
    if (m_serverUrl.isValid())
        showServer();
}

void SignInPage::setServer(const QUrl &url, bool local)
{
    m_serverUrl = url;
    m_serverIsLocal = local;
    showServer();
}

void SignInPage::showServer()
{
    const QString shown = m_serverUrl.toDisplayString();
    m_serverLabel->setText(m_serverIsLocal ? tr("Server: this computer (%1)").arg(shown)
                                           : tr("Server: %1").arg(shown));
}

void SignInPage::showReason(const QString &reason)
{
    m_message->showNotice(reason);
}

void SignInPage::showError(const ApiError &error)
{
    m_message->showError(error);
}

void SignInPage::showDraftNotice(const QString &notice)
{
    m_draftNotice->showNotice(notice);
}

void SignInPage::clearMessage()
{
    m_message->clear();
}

void SignInPage::setBusy(bool busy)
{
    m_busy = busy;
    m_browserButton->setEnabled(!busy);
    m_tokenEdit->setEnabled(!busy);
    m_tokenButton->setEnabled(!busy && !m_tokenEdit->text().trimmed().isEmpty());
}

void SignInPage::focusDefault()
{
    m_browserButton->setFocus();
}

void SignInPage::submitToken()
{
    const QString token = m_tokenEdit->text().trimmed();
    if (m_busy || token.isEmpty())
        return;
    clearMessage();
    // The secret leaves the widget at once: it must not linger in an edit's undo history.
    m_tokenEdit->clear();
    emit tokenSignInRequested(token);
}
