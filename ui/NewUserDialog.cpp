#include "NewUserDialog.h"

#include "TextRefresh.h"

#include "ApiError.h"
#include "CreateDialogLayout.h"
#include "ErrorPanel.h"
#include "PageLayout.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {

// The server's rules for a new account (docs/api.md 12.8), checked here before sending.
constexpr int MaxUsernameLength = 64;
constexpr int MaxEmailLength = 254;
constexpr int MaxDisplayNameLength = 100;

QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Bold rather than red: readable in every theme, and it does not rely on colour alone.
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

void say(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setAccessibleName(problem);
    label->setVisible(!problem.isEmpty());
}

} // namespace

NewUserDialog::NewUserDialog(AdminService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_introLabel(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_displayNameLabel(new QLabel(this))
    , m_usernameEdit(new QLineEdit(this))
    , m_usernameProblem(problemLabel(QStringLiteral("newUserNameProblemLabel"), this))
    , m_emailEdit(new QLineEdit(this))
    , m_emailProblem(problemLabel(QStringLiteral("newUserEmailProblemLabel"), this))
    , m_displayNameEdit(new QLineEdit(this))
    , m_adminCheck(new QCheckBox(this))
    , m_error(new ErrorPanel(QStringLiteral("newUserError"), this))
    , m_progress(PageLayout::createBusyBar(QStringLiteral("newUserProgressBar"), QString(), this))
    , m_createButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("newUserDialog"));
    setModal(true);

    m_introLabel->setObjectName(QStringLiteral("newUserIntroLabel"));
    m_introLabel->setWordWrap(true);

    m_usernameEdit->setObjectName(QStringLiteral("newUserNameEdit"));
    m_usernameEdit->setMaxLength(MaxUsernameLength);
    m_emailEdit->setObjectName(QStringLiteral("newUserEmailEdit"));
    m_emailEdit->setMaxLength(MaxEmailLength);
    m_displayNameEdit->setObjectName(QStringLiteral("newUserDisplayNameEdit"));
    m_displayNameEdit->setMaxLength(MaxDisplayNameLength);
    m_adminCheck->setObjectName(QStringLiteral("newUserAdminCheck"));

    m_usernameLabel->setBuddy(m_usernameEdit);
    m_emailLabel->setBuddy(m_emailEdit);
    m_displayNameLabel->setBuddy(m_displayNameEdit);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_usernameLabel, m_usernameEdit);
    form->addRow(QString(), m_usernameProblem);
    form->addRow(m_emailLabel, m_emailEdit);
    form->addRow(QString(), m_emailProblem);
    form->addRow(m_displayNameLabel, m_displayNameEdit);
    form->addRow(QString(), m_adminCheck);

    m_createButton->setObjectName(QStringLiteral("createUserButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelNewUserButton"));
    connect(m_createButton, &QPushButton::clicked, this, &NewUserDialog::create);
    connect(m_cancelButton, &QPushButton::clicked, this, &NewUserDialog::reject);
    CreateDialogLayout::apply(this, m_introLabel, form, m_error, m_progress, m_createButton,
                              m_cancelButton);
    setMinimumWidth(480);

    connect(m_usernameEdit, &QLineEdit::textEdited, this, [this] {
        m_usernameTouched = true;
        validate();
    });
    connect(m_emailEdit, &QLineEdit::textEdited, this, [this] {
        m_emailTouched = true;
        validate();
    });
    connect(m_service, &AdminService::userCreated, this, &NewUserDialog::onCreated);
    connect(m_service, &AdminService::failed, this, &NewUserDialog::onFailed);
    retranslateUi();
    m_usernameEdit->setFocus();
}

void NewUserDialog::retranslateUi()
{
    setAccessibleName(tr("New user"));
    setWindowTitle(tr("New user"));
    m_introLabel->setText(tr("The new user gets a one-time password, shown to you once. "
                             "At their first sign-in they must choose their own."));
    m_usernameLabel->setText(tr("&Username:"));
    m_emailLabel->setText(tr("&Email:"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_usernameEdit->setAccessibleName(tr("Username"));
    m_usernameEdit->setPlaceholderText(tr("For example: carol"));
    m_emailEdit->setAccessibleName(tr("Email"));
    m_emailEdit->setPlaceholderText(tr("name@example.org"));
    m_displayNameEdit->setAccessibleName(tr("Display name"));
    m_displayNameEdit->setPlaceholderText(tr("Optional: the username stands in"));
    m_adminCheck->setText(tr("&Administrator"));
    m_adminCheck->setAccessibleName(tr("Administrator"));
    m_adminCheck->setAccessibleDescription(
        tr("Administrators can manage every account, this one included."));
    m_progress->setAccessibleName(tr("Creating the account"));
    m_createButton->setText(m_busy ? tr("Creating\u2026") : tr("C&reate user"));
    m_createButton->setAccessibleName(tr("Create the user"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel without creating a user"));
    // The problems under the fields (the server's own words stay as they came) and the error.
    validate();
    if (!m_error->isHidden())
        m_error->showError(m_failure);
    // After the children have had their LanguageChange too (the button box's own buttons).
    QTimer::singleShot(0, this, [this] { TextRefresh::growToFit(this); });
}

void NewUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

NewUserDialog::~NewUserDialog()
{
    m_oneTimePassword.fill(QLatin1Char('\0'));
}

QString NewUserDialog::takeOneTimePassword()
{
    return std::exchange(m_oneTimePassword, QString());
}

void NewUserDialog::validate()
{
    static const QRegularExpression usernamePattern(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,%1}$").arg(MaxUsernameLength - 1));
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    const QString username = m_usernameEdit->text().trimmed();
    QString usernameProblem;
    if (username.isEmpty())
        usernameProblem = tr("Enter a username.");
    else if (!usernamePattern.match(username).hasMatch())
        usernameProblem = tr("Use letters, digits, '.', '_' or '-', starting with a letter or "
                             "digit.");
    else if (!m_refusedUsername.isEmpty() && username == m_refusedUsername)
        usernameProblem = m_serverUsernameProblem;
    say(m_usernameProblem, username.isEmpty() && !m_usernameTouched ? QString() : usernameProblem);

    const QString email = m_emailEdit->text().trimmed();
    QString emailProblem;
    if (email.isEmpty())
        emailProblem = tr("Enter an email address.");
    else if (!emailPattern.match(email).hasMatch())
        emailProblem = tr("Enter an address such as name@example.org.");
    else if (!m_refusedEmail.isEmpty() && email == m_refusedEmail)
        emailProblem = m_serverEmailProblem;
    say(m_emailProblem, email.isEmpty() && !m_emailTouched ? QString() : emailProblem);

    const bool valid = usernameProblem.isEmpty() && emailProblem.isEmpty();
    m_createButton->setEnabled(valid && !m_busy);
    m_createButton->setToolTip(
        valid ? QString() : (usernameProblem.isEmpty() ? emailProblem : usernameProblem));
}

void NewUserDialog::create()
{
    m_usernameTouched = true;
    m_emailTouched = true;
    validate();
    if (!m_createButton->isEnabled())
        return;
    m_error->clear();
    setBusy(true);
    m_service->createUser(m_usernameEdit->text().trimmed(), m_emailEdit->text().trimmed(),
                          m_displayNameEdit->text().trimmed(), m_adminCheck->isChecked());
}

void NewUserDialog::onCreated(const AdminUser &user, const QString &oneTimePassword)
{
    if (!m_busy)
        return; // not this dialog's request
    setBusy(false);
    m_created = user;
    m_oneTimePassword = oneTimePassword;
    accept();
}

void NewUserDialog::onFailed(AdminService::Operation operation, const ApiError &error)
{
    if (operation != AdminService::Operation::CreateUser || !m_busy)
        return;
    setBusy(false);
    // Everything typed stays; the problem is said where it belongs, and with its request id.
    if (error.code == QLatin1String("CONFLICT")) {
        m_refusedUsername = m_usernameEdit->text().trimmed();
        m_serverUsernameProblem = error.message;
    }
    for (const QJsonValue &detail : error.details) {
        const QJsonObject object = detail.toObject();
        const QString field = object.value(QStringLiteral("field")).toString();
        const QString message = object.value(QStringLiteral("message")).toString();
        if (field == QLatin1String("username")) {
            m_refusedUsername = m_usernameEdit->text().trimmed();
            m_serverUsernameProblem = message;
        } else if (field == QLatin1String("email")) {
            m_refusedEmail = m_emailEdit->text().trimmed();
            m_serverEmailProblem = message;
        }
    }
    if (!m_refusedUsername.isEmpty() && m_usernameEdit->text().trimmed() == m_refusedUsername) {
        m_usernameEdit->setFocus(Qt::OtherFocusReason);
        m_usernameEdit->selectAll();
    }
    m_failure = error;
    m_error->showError(error);
    validate();
}

void NewUserDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QLineEdit *edit : {m_usernameEdit, m_emailEdit, m_displayNameEdit})
        edit->setReadOnly(busy);
    m_adminCheck->setEnabled(!busy);
    // Once asked, the server creates the account whatever happens here; leaving now would lose
    // its one-time password.
    m_cancelButton->setEnabled(!busy);
    m_createButton->setText(busy ? tr("Creating\u2026") : tr("C&reate user"));
    validate();
}

void NewUserDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}
