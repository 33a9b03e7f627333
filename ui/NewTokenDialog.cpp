#include "NewTokenDialog.h"

#include "ApiError.h"
#include "CreateDialogLayout.h"
#include "ErrorPanel.h"
#include "PageLayout.h"
#include "PersonalTokenModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr int MaxNameLength = 100; // docs/api.md 12.1
constexpr int DefaultExpiryDays = 30;

QString objectNameOfScope(const QString &scope)
{
    if (scope == QLatin1String("tasks:read"))
        return QStringLiteral("scopeTasksReadCheck");
    if (scope == QLatin1String("tasks:write"))
        return QStringLiteral("scopeTasksWriteCheck");
    if (scope == QLatin1String("admin"))
        return QStringLiteral("scopeAdminCheck");
    return QStringLiteral("scopeCheck");
}

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

NewTokenDialog::NewTokenDialog(SecurityService *service, const PersonalTokenModel *tokens,
                               bool isAdmin, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_tokens(tokens)
    , m_intro(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_nameHint(new QLabel(this))
    , m_scopesGroup(new QGroupBox(this))
    , m_expiryLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_nameProblem(problemLabel(QStringLiteral("tokenNameProblemLabel"), this))
    , m_scopeProblem(problemLabel(QStringLiteral("tokenScopeProblemLabel"), this))
    , m_expiryCombo(new QComboBox(this))
    , m_expiryHint(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_codeEdit(new QLineEdit(this))
    , m_error(new ErrorPanel(QStringLiteral("newTokenError"), this))
    , m_progress(PageLayout::createBusyBar(QStringLiteral("newTokenProgressBar"), QString(), this))
    , m_createButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("newTokenDialog"));
    setModal(true);

    QLabel *intro = m_intro;
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("newTokenIntroLabel"));

    m_nameEdit->setObjectName(QStringLiteral("tokenNameEdit"));
    m_nameEdit->setMaxLength(MaxNameLength);
    m_nameEdit->setClearButtonEnabled(true);
    QLabel *nameHint = m_nameHint;
    nameHint->setWordWrap(true);

    QGroupBox *scopes = m_scopesGroup;
    scopes->setObjectName(QStringLiteral("tokenScopesGroup"));
    auto *scopeLayout = new QVBoxLayout(scopes);
    for (const QString &scope : PersonalToken::grantableScopes()) {
        if (scope == QLatin1String("admin") && !isAdmin)
            continue; // the server refuses it to anyone else
        auto *check = new QCheckBox(scopes);
        check->setObjectName(objectNameOfScope(scope));
        check->setChecked(scope == QLatin1String("tasks:read"));
        auto *description = new QLabel(scopes);
        m_scopeDescriptions.insert(scope, description);
        description->setWordWrap(true);
        description->setIndent(24);
        description->setBuddy(check);
        scopeLayout->addWidget(check);
        scopeLayout->addWidget(description);
        m_scopeChecks.insert(scope, check);
        connect(check, &QCheckBox::toggled, this, &NewTokenDialog::validate);
    }
    scopeLayout->addWidget(m_scopeProblem);

    m_expiryCombo->setObjectName(QStringLiteral("tokenExpiryCombo"));
    // The items' texts come in retranslateUi(), which keeps the current index and data.
    for (const int days : PersonalToken::ExpiryChoices)
        m_expiryCombo->addItem(QString(), days);
    m_expiryCombo->setCurrentIndex(m_expiryCombo->findData(DefaultExpiryDays));
    m_expiryHint->setObjectName(QStringLiteral("tokenExpiryHintLabel"));
    m_expiryHint->setWordWrap(true);

    m_codeEdit->setObjectName(QStringLiteral("twoFactorCodeEdit"));
    m_codeEdit->setMaxLength(20);
    m_codeLabel->setBuddy(m_codeEdit);
    m_codeLabel->hide();
    m_codeEdit->hide();

    QLabel *nameLabel = m_nameLabel;
    nameLabel->setBuddy(m_nameEdit);
    QLabel *expiryLabel = m_expiryLabel;
    expiryLabel->setBuddy(m_expiryCombo);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameProblem);
    form->addRow(QString(), nameHint);
    form->addRow(scopes);
    form->addRow(expiryLabel, m_expiryCombo);
    form->addRow(QString(), m_expiryHint);
    form->addRow(m_codeLabel, m_codeEdit);

    m_createButton->setObjectName(QStringLiteral("createTokenButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelNewTokenButton"));
    connect(m_createButton, &QPushButton::clicked, this, &NewTokenDialog::create);
    connect(m_cancelButton, &QPushButton::clicked, this, &NewTokenDialog::reject);
    CreateDialogLayout::apply(this, intro, form, m_error, m_progress, m_createButton,
                              m_cancelButton);
    setMinimumWidth(560);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_nameEdit, &QLineEdit::returnPressed, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_expiryCombo, &QComboBox::currentIndexChanged, this,
            &NewTokenDialog::updateExpiryHint);
    connect(m_service, &SecurityService::tokenCreated, this, &NewTokenDialog::onCreated);
    connect(m_service, &SecurityService::failed, this, &NewTokenDialog::onFailed);

    retranslateUi(); // also renders the expiry hint and the problems
    m_nameEdit->setFocus();
}

void NewTokenDialog::retranslateUi()
{
    setAccessibleName(tr("New personal access token"));
    setWindowTitle(tr("New personal access token"));
    m_intro->setText(tr("A personal access token lets a script or another app use "
                        "Tasklane as you, without your password. Give it only the "
                        "access it needs. It cannot change your security settings."));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setAccessibleName(tr("Token name"));
    m_nameEdit->setPlaceholderText(tr("For example: Backup script"));
    m_nameHint->setText(tr("So you can tell your tokens apart later."));
    m_scopesGroup->setTitle(tr("Access"));
    for (auto it = m_scopeChecks.cbegin(); it != m_scopeChecks.cend(); ++it) {
        it.value()->setText(PersonalToken::scopeLabel(it.key()));
        it.value()->setAccessibleName(PersonalToken::scopeLabel(it.key()));
        it.value()->setAccessibleDescription(PersonalToken::scopeDescription(it.key()));
        m_scopeDescriptions.value(it.key())->setText(PersonalToken::scopeDescription(it.key()));
    }
    m_expiryLabel->setText(tr("E&xpires after:"));
    m_expiryCombo->setAccessibleName(tr("Token expires after"));
    for (int index = 0; index < m_expiryCombo->count(); ++index) {
        const int days = m_expiryCombo->itemData(index).toInt();
        m_expiryCombo->setItemText(index, days == 0     ? tr("Never")
                                          : days == 365 ? tr("1 year")
                                                        : tr("%n days", nullptr, days));
    }
    m_codeLabel->setText(tr("Two-factor &code:"));
    m_codeEdit->setAccessibleName(tr("Two-factor code"));
    m_codeEdit->setPlaceholderText(tr("The 6-digit code from your authenticator app"));
    m_progress->setAccessibleName(tr("Creating the token"));
    m_createButton->setText(m_busy ? tr("Creating\u2026") : tr("C&reate token"));
    m_createButton->setAccessibleName(tr("Create the token"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel without creating a token"));
    // The hint and the problems under the fields are rendered from what is chosen and typed
    // (what the server said stays in its words).
    updateExpiryHint();
    validate();
    // Longer texts (German, the pseudo-locale) need more room than the dialog opened with.
    if (isVisible())
        resize(size().expandedTo(sizeHint()));
}

void NewTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

NewTokenDialog::~NewTokenDialog()
{
    m_secret.fill(QLatin1Char('\0'));
}

QString NewTokenDialog::takeSecret()
{
    return std::exchange(m_secret, QString());
}

QStringList NewTokenDialog::chosenScopes() const
{
    QStringList scopes;
    for (const QString &scope : PersonalToken::grantableScopes()) {
        const QCheckBox *check = m_scopeChecks.value(scope);
        if (check && check->isChecked())
            scopes.append(scope);
    }
    return scopes;
}

void NewTokenDialog::validate()
{
    const QString name = m_nameEdit->text().trimmed();
    QString nameProblem;
    if (name.isEmpty())
        nameProblem = tr("Give the token a name.");
    else if (m_tokens && m_tokens->containsName(name))
        nameProblem =
            tr("You already have a token called \u201c%1\u201d. Choose another name.").arg(name);
    else if (!m_refusedName.isEmpty() && name == m_refusedName)
        nameProblem = m_serverNameProblem;
    // An empty name is only a problem once the user has had a go at it.
    say(m_nameProblem, name.isEmpty() && !m_nameTouched ? QString() : nameProblem);
    QString scopeProblem;
    if (chosenScopes().isEmpty())
        scopeProblem = tr("Choose at least one kind of access.");
    else if (!m_refusedScopes.isEmpty() && chosenScopes() == m_refusedScopes)
        scopeProblem = m_serverScopeProblem;
    say(m_scopeProblem, scopeProblem);
    const bool valid = nameProblem.isEmpty() && scopeProblem.isEmpty();
    m_createButton->setEnabled(valid && !m_busy);
    m_createButton->setToolTip(valid ? QString()
                                     : (nameProblem.isEmpty() ? scopeProblem : nameProblem));
}

void NewTokenDialog::updateExpiryHint()
{
    const int days = m_expiryCombo->currentData().toInt();
    QString hint;
    if (days == 0) {
        hint = tr("The token works until you revoke it. Prefer an expiry date unless a script "
                  "must run unattended for years.");
    } else {
        const QDate until = QDate::currentDate().addDays(days);
        hint = tr("The token stops working on %1.")
                   .arg(QLocale().toString(until, QLocale::LongFormat));
    }
    m_expiryHint->setText(hint);
    m_expiryHint->setAccessibleName(hint);
}

void NewTokenDialog::create()
{
    m_nameTouched = true;
    validate();
    if (!m_createButton->isEnabled())
        return;
    SecurityService::NewToken request;
    request.name = m_nameEdit->text().trimmed();
    request.scopes = chosenScopes();
    request.expiresInDays = m_expiryCombo->currentData().toInt();
    request.twoFactorCode = m_codeEdit->isVisible() ? m_codeEdit->text() : QString();
    m_error->clear();
    setBusy(true);
    m_service->createToken(request);
}

void NewTokenDialog::onCreated(const PersonalToken &token, const QString &secret)
{
    if (!m_busy)
        return; // not this dialog's request
    setBusy(false);
    m_created = token;
    m_secret = secret;
    m_codeEdit->clear();
    accept();
}

void NewTokenDialog::onFailed(SecurityService::Operation operation, const ApiError &error)
{
    if (operation != SecurityService::Operation::CreateToken || !m_busy)
        return;
    setBusy(false);
    // Everything typed stays; the problem is said where it belongs, and with its request id.
    if (error.code == QLatin1String("TOKEN_NAME_TAKEN")) {
        m_refusedName = m_nameEdit->text().trimmed();
        m_serverNameProblem = error.message;
    }
    for (const QJsonValue &detail : error.details) {
        const QJsonObject object = detail.toObject();
        const QString field = object.value(QStringLiteral("field")).toString();
        const QString message = object.value(QStringLiteral("message")).toString();
        if (field == QLatin1String("name")) {
            m_refusedName = m_nameEdit->text().trimmed();
            m_serverNameProblem = message;
        } else if (field == QLatin1String("scopes")) {
            m_refusedScopes = chosenScopes();
            m_serverScopeProblem = message;
        } else if (field == QLatin1String("expiresInDays")) {
            m_expiryHint->setText(message);
        }
    }
    if (!m_refusedName.isEmpty() && m_nameEdit->text().trimmed() == m_refusedName) {
        // The name is what has to change: ready to be typed over.
        m_nameEdit->setFocus(Qt::OtherFocusReason);
        m_nameEdit->selectAll();
    }
    if (error.code == QLatin1String("TWO_FACTOR_SETUP_REQUIRED")) {
        // The server gives admin tokens only to accounts with two-factor authentication on: no
        // code helps, the scopes have to change (or 2FA be turned on first).
        m_refusedScopes = chosenScopes();
        m_serverScopeProblem = error.message;
    } else if (error.code.startsWith(QLatin1String("TWO_FACTOR_"))) {
        // Admin tokens need a current code when two-factor authentication is on.
        m_codeLabel->show();
        m_codeEdit->show();
        m_codeEdit->clear();
        m_codeEdit->setFocus();
    }
    m_error->showError(error);
    validate();
    // The error panel and a problem under the scopes take room the dialog did not have.
    resize(size().expandedTo(sizeHint()));
}

void NewTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_nameEdit->setReadOnly(busy);
    for (QCheckBox *check : std::as_const(m_scopeChecks))
        check->setEnabled(!busy);
    m_expiryCombo->setEnabled(!busy);
    m_codeEdit->setReadOnly(busy);
    // Once asked, the server creates the token whatever happens here; leaving now would lose
    // its secret for good.
    m_cancelButton->setEnabled(!busy);
    m_createButton->setText(busy ? tr("Creating\u2026") : tr("C&reate token"));
    validate();
}

void NewTokenDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}
