#include "SignInPage.h"

#include "ApiError.h"
#include "ErrorPanel.h"
#include "PageLayout.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInPage::SignInPage(QWidget *parent)
    : QWidget(parent)
    , m_serverLabel(new QLabel(this))
    , m_changeServerButton(new QPushButton(tr("C&hange server\u2026"), this))
    , m_browserButton(new QPushButton(tr("Sign in with your &browser"), this))
    , m_tokenEdit(new QLineEdit(this))
    , m_tokenButton(new QPushButton(tr("Sign in with &token"), this))
    , m_message(new ErrorPanel(QStringLiteral("signIn"), this))
    , m_draftNotice(new ErrorPanel(QStringLiteral("signInDraft"), this))
{
    setObjectName(QStringLiteral("signInPage"));
    setAccessibleName(tr("Sign in"));

    QLabel *title = PageLayout::createPageTitle(tr("Sign in"), this);

    m_serverLabel->setObjectName(QStringLiteral("signInServerLabel"));
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->setWordWrap(true);
    m_changeServerButton->setObjectName(QStringLiteral("changeServerButton"));
    m_changeServerButton->setAccessibleName(tr("Change server"));
    m_changeServerButton->setAutoDefault(false);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverLabel, 1);
    serverRow->addWidget(m_changeServerButton);

    auto *browserGroup = new QGroupBox(tr("With your browser"), this);
    auto *browserText =
        new QLabel(tr("Tasklane opens the server's sign-in page in your web browser. Your "
                      "password is typed there, never into this app."),
                   browserGroup);
    browserText->setWordWrap(true);
    m_browserButton->setObjectName(QStringLiteral("signInBrowserButton"));
    m_browserButton->setAccessibleName(tr("Sign in with your browser"));
    m_browserButton->setDefault(true);
    auto *browserLayout = new QVBoxLayout(browserGroup);
    browserLayout->addWidget(browserText);
    auto *browserRow = new QHBoxLayout;
    browserRow->addWidget(m_browserButton);
    browserRow->addStretch();
    browserLayout->addLayout(browserRow);

    auto *tokenGroup = new QGroupBox(tr("With a personal access token"), this);
    auto *tokenText = new QLabel(tr("For computers without a browser: paste a token created in "
                                    "your account's security settings on another device."),
                                 tokenGroup);
    tokenText->setWordWrap(true);
    m_tokenEdit->setObjectName(QStringLiteral("accessTokenEdit"));
    m_tokenEdit->setAccessibleName(tr("Personal access token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("tlp_\u2026"));
    m_tokenButton->setObjectName(QStringLiteral("tokenSignInButton"));
    m_tokenButton->setAccessibleName(tr("Sign in with the token"));
    m_tokenButton->setEnabled(false);
    m_tokenButton->setAutoDefault(false);
    auto *tokenLabel = new QLabel(tr("To&ken:"), tokenGroup);
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
}

void SignInPage::setServer(const QUrl &url, bool local)
{
    const QString shown = url.toDisplayString();
    m_serverLabel->setText(local ? tr("Server: this computer (%1)").arg(shown)
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
