#include "WelcomePage.h"

#include "ApiError.h"
#include "ErrorPanel.h"
#include "PageLayout.h"
#include "ServerDiscovery.h"
#include "WrappedLabel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
// The server's rules for account names (docs/api.md 16.2), checked here so the user learns
// before the server is asked.
const QRegularExpression &usernamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern;
}
constexpr int MinimumPasswordLength = 8;
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_useLocalButton(new QPushButton(this))
    , m_serverUrlEdit(new QLineEdit(this))
    , m_connectButton(new QPushButton(this))
    , m_localGroup(new QGroupBox(this))
    , m_remoteGroup(new QGroupBox(this))
    , m_firstAccountGroup(new QGroupBox(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_emailEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_confirmEdit(new QLineEdit(this))
    , m_createAccountButton(new QPushButton(this))
    , m_progress(PageLayout::createBusyBar(QStringLiteral("welcomeProgressBar"), QString(), this))
    , m_progressLabel(new WrappedLabel(this))
    , m_error(new ErrorPanel(QStringLiteral("welcomeError"), this))
{
    setObjectName(QStringLiteral("welcomePage"));

    QLabel *title = m_title = PageLayout::createPageTitle(QString(), this);
    auto *intro = m_intro = new WrappedLabel(this);

    // On this computer.
    auto *localText = m_localText = new WrappedLabel(m_localGroup);
    m_useLocalButton->setObjectName(QStringLiteral("useLocalServerButton"));
    auto *localLayout = new QVBoxLayout(m_localGroup);
    localLayout->addWidget(localText);
    auto *localButtonRow = new QHBoxLayout;
    localButtonRow->addWidget(m_useLocalButton);
    localButtonRow->addStretch();
    localLayout->addLayout(localButtonRow);

    // Somewhere else.
    auto *remoteText = m_remoteText = new WrappedLabel(m_remoteGroup);
    m_serverUrlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    // The clear button only shows with text in the field, so it is turned on with the first
    // text instead of before the first frame: its icon would be the first image the app loads,
    // and Qt's first image load opens every image-format plugin (a good part of a cold start).
    connect(
        m_serverUrlEdit, &QLineEdit::textChanged, m_serverUrlEdit,
        [edit = m_serverUrlEdit] { edit->setClearButtonEnabled(true); }, Qt::SingleShotConnection);
    m_connectButton->setObjectName(QStringLiteral("connectServerButton"));
    auto *urlLabel = m_urlLabel = new QLabel(m_remoteGroup);
    urlLabel->setBuddy(m_serverUrlEdit);
    auto *remoteLayout = new QVBoxLayout(m_remoteGroup);
    remoteLayout->addWidget(remoteText);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_serverUrlEdit, 1);
    urlRow->addWidget(m_connectButton);
    remoteLayout->addLayout(urlRow);

    // The first account of a new local server.
    auto *firstText = m_firstText = new WrappedLabel(m_firstAccountGroup);
    m_firstAccountGroup->setObjectName(QStringLiteral("firstAccountGroup"));
    const struct
    {
        QLineEdit *edit;
        const char *name;
    } fields[] = {
        {m_usernameEdit, "firstAccountUsernameEdit"},
        {m_emailEdit, "firstAccountEmailEdit"},
        {m_passwordEdit, "firstAccountPasswordEdit"},
        {m_confirmEdit, "firstAccountConfirmEdit"},
    };
    for (const auto &field : fields) {
        field.edit->setObjectName(QLatin1String(field.name));
        connect(field.edit, &QLineEdit::textChanged, this, &WelcomePage::updateButtons);
        connect(field.edit, &QLineEdit::returnPressed, this, &WelcomePage::submitFirstAccount);
    }
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_confirmEdit->setEchoMode(QLineEdit::Password);
    m_createAccountButton->setObjectName(QStringLiteral("createFirstAccountButton"));
    auto *form = new QFormLayout;
    // The form's labels are named in retranslateUi(); a label made by addRow(QString) would not
    // be reachable there.
    m_usernameLabel = new QLabel(m_firstAccountGroup);
    m_emailLabel = new QLabel(m_firstAccountGroup);
    m_passwordLabel = new QLabel(m_firstAccountGroup);
    m_confirmLabel = new QLabel(m_firstAccountGroup);
    m_usernameLabel->setBuddy(m_usernameEdit);
    m_emailLabel->setBuddy(m_emailEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_confirmLabel->setBuddy(m_confirmEdit);
    form->addRow(m_usernameLabel, m_usernameEdit);
    form->addRow(m_emailLabel, m_emailEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_confirmLabel, m_confirmEdit);
    auto *firstLayout = new QVBoxLayout(m_firstAccountGroup);
    firstLayout->addWidget(firstText);
    firstLayout->addLayout(form);
    auto *createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_createAccountButton);
    firstLayout->addLayout(createRow);
    m_firstAccountGroup->hide();

    m_progress->hide();
    m_progressLabel->setObjectName(QStringLiteral("welcomeStatusLabel"));
    m_progressLabel->hide();

    QVBoxLayout *columnLayout = PageLayout::createCentredColumn(this);
    columnLayout->addWidget(title);
    columnLayout->addWidget(intro);
    columnLayout->addWidget(m_localGroup);
    columnLayout->addWidget(m_remoteGroup);
    columnLayout->addWidget(m_firstAccountGroup);
    columnLayout->addWidget(m_progressLabel);
    columnLayout->addWidget(m_progress);
    columnLayout->addWidget(m_error);

    connect(m_useLocalButton, &QPushButton::clicked, this, [this] {
        clearError();
        emit useLocalServerRequested();
    });
    connect(m_connectButton, &QPushButton::clicked, this, &WelcomePage::submitConnect);
    connect(m_serverUrlEdit, &QLineEdit::returnPressed, this, &WelcomePage::submitConnect);
    connect(m_serverUrlEdit, &QLineEdit::textChanged, this, &WelcomePage::updateButtons);
    connect(m_createAccountButton, &QPushButton::clicked, this, &WelcomePage::submitFirstAccount);

    setTabOrder(m_useLocalButton, m_serverUrlEdit);
    setTabOrder(m_serverUrlEdit, m_connectButton);
    setTabOrder(m_connectButton, m_usernameEdit);
    setTabOrder(m_usernameEdit, m_emailEdit);
    setTabOrder(m_emailEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_confirmEdit);
    setTabOrder(m_confirmEdit, m_createAccountButton);
    retranslateUi();
    updateButtons();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The busy line and the error come translated from the main window (setBusy(), showError()).
void WelcomePage::retranslateUi()
{
    setAccessibleName(tr("Welcome"));
    m_title->setText(tr("Welcome to Tasklane"));
    m_intro->setText(tr("Where should your tasks be kept?"));
    m_localGroup->setTitle(tr("On this computer"));
    m_localText->setText(tr("Tasklane runs its own server in the background and keeps "
                            "your tasks in a file on this computer."));
    m_useLocalButton->setText(tr("&Use a server on this computer"));
    m_useLocalButton->setAccessibleName(tr("Use a server on this computer"));
    m_remoteGroup->setTitle(tr("On a server"));
    m_remoteText->setText(tr("Connect to a Tasklane server run by you or your team."));
    m_serverUrlEdit->setAccessibleName(tr("Server address"));
    m_serverUrlEdit->setPlaceholderText(tr("https://tasks.example.org"));
    m_connectButton->setText(tr("C&onnect"));
    m_connectButton->setAccessibleName(tr("Connect to the server"));
    m_urlLabel->setText(tr("Server &address:"));
    m_firstAccountGroup->setTitle(tr("Create the first account"));
    m_firstText->setText(tr("This server has no accounts yet. The account you create now can "
                            "manage the server (it is an administrator)."));
    m_usernameEdit->setAccessibleName(tr("User name"));
    m_emailEdit->setAccessibleName(tr("Email address"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_confirmEdit->setAccessibleName(tr("Confirm password"));
    m_passwordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, MinimumPasswordLength));
    m_emailEdit->setPlaceholderText(tr("name@example.org"));
    m_createAccountButton->setText(tr("C&reate account"));
    m_createAccountButton->setAccessibleName(tr("Create the first account"));
    m_usernameLabel->setText(tr("User &name:"));
    m_emailLabel->setText(tr("&Email:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmLabel->setText(tr("Con&firm password:"));
    m_progress->setAccessibleName(tr("Progress"));
}

void WelcomePage::setServerUrl(const QUrl &url)
{
    m_serverUrlEdit->setText(url.toString());
}

QString WelcomePage::serverUrlText() const
{
    return m_serverUrlEdit->text().trimmed();
}

QUrl WelcomePage::normalizedServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(QStringLiteral("://")))
        return QUrl(trimmed, QUrl::StrictMode);
    // No scheme typed: https, except for this computer where a plain server is normal.
    const QUrl guess(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    if (guess.isValid() && ServerDiscovery::isLoopbackHost(guess.host()))
        return QUrl(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    return guess;
}

void WelcomePage::setBusy(const QString &what)
{
    m_busy = true;
    m_progressLabel->setText(what);
    m_progressLabel->show();
    m_progress->setAccessibleDescription(what);
    m_progress->show();
    updateButtons();
}

void WelcomePage::setIdle()
{
    m_busy = false;
    m_progress->hide();
    m_progressLabel->hide();
    updateButtons();
}

void WelcomePage::showError(const ApiError &error)
{
    setIdle();
    m_error->showError(error);
}

void WelcomePage::showError(const QString &message)
{
    setIdle();
    m_error->showMessage(message);
}

void WelcomePage::clearError()
{
    m_error->clear();
}

void WelcomePage::showFirstAccountForm()
{
    setIdle();
    m_firstAccountGroup->show();
    m_usernameEdit->setFocus();
    m_createAccountButton->setDefault(true);
}

void WelcomePage::hideFirstAccountForm()
{
    m_firstAccountGroup->hide();
    m_passwordEdit->clear();
    m_confirmEdit->clear();
}

bool WelcomePage::isFirstAccountFormVisible() const
{
    return m_firstAccountGroup->isVisibleTo(this);
}

void WelcomePage::submitConnect()
{
    if (m_busy)
        return;
    const QUrl url = normalizedServerUrl(m_serverUrlEdit->text());
    if (!url.isValid() || url.host().isEmpty()) {
        showError(tr("Type the address of a Tasklane server, for example "
                     "https://tasks.example.org."));
        m_serverUrlEdit->setFocus();
        return;
    }
    clearError();
    emit connectRequested(url);
}

void WelcomePage::submitFirstAccount()
{
    if (m_busy || !m_firstAccountGroup->isVisible())
        return;
    const QString username = m_usernameEdit->text().trimmed();
    const QString email = m_emailEdit->text().trimmed();
    QLineEdit *wrong = nullptr;
    QString problem;
    if (!usernamePattern().match(username).hasMatch()) {
        wrong = m_usernameEdit;
        problem = tr("A user name has 1 to 64 letters, digits, dots, dashes or underscores and "
                     "starts with a letter or digit.");
    } else if (email.count(QLatin1Char('@')) != 1 || email.startsWith(QLatin1Char('@')) ||
               email.endsWith(QLatin1Char('@')) || email.contains(QLatin1Char(' '))) {
        wrong = m_emailEdit;
        problem = tr("Type an email address like name@example.org.");
    } else if (m_passwordEdit->text().size() < MinimumPasswordLength) {
        wrong = m_passwordEdit;
        problem = tr("The password needs at least %n characters.", nullptr, MinimumPasswordLength);
    } else if (m_passwordEdit->text() != m_confirmEdit->text()) {
        wrong = m_confirmEdit;
        problem = tr("The two passwords are not the same.");
    }
    if (wrong) {
        showError(problem);
        wrong->setFocus();
        wrong->selectAll();
        return;
    }
    clearError();
    emit createFirstAccountRequested(username, email, m_passwordEdit->text());
}

void WelcomePage::updateButtons()
{
    m_useLocalButton->setEnabled(!m_busy);
    m_serverUrlEdit->setEnabled(!m_busy);
    m_connectButton->setEnabled(!m_busy && !m_serverUrlEdit->text().trimmed().isEmpty());
    m_firstAccountGroup->setEnabled(!m_busy);
    m_createAccountButton->setEnabled(!m_busy && !m_usernameEdit->text().trimmed().isEmpty() &&
                                      !m_emailEdit->text().trimmed().isEmpty() &&
                                      !m_passwordEdit->text().isEmpty() &&
                                      !m_confirmEdit->text().isEmpty());
}
