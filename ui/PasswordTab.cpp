#include "PasswordTab.h"

#include "ApiError.h"
#include "CapsLockDetector.h"
#include "ErrorPanel.h"
#include "PageLayout.h"
#include "PasswordStrength.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit *passwordEdit(const char *objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(PasswordStrength::MaxLength + 1); // one over: "too long" is said
    return edit;
}

QLabel *noteLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PasswordTab::PasswordTab(SecurityService *service, const QString &username, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_username(username)
    , m_capsLock(new CapsLockDetector(this))
    , m_currentEdit(passwordEdit("currentPasswordEdit", tr("Current password"), this))
    , m_newEdit(passwordEdit("newPasswordEdit", tr("New password"), this))
    , m_confirmEdit(passwordEdit("confirmPasswordEdit", tr("Confirm the new password"), this))
    , m_strengthBar(new QProgressBar(this))
    , m_strengthLabel(noteLabel("passwordStrengthLabel", this))
    , m_problemLabel(noteLabel("passwordProblemLabel", this))
    , m_capsLockLabel(noteLabel("capsLockWarningLabel", this))
    , m_changeButton(new QPushButton(tr("&Change Password"), this))
    , m_progressBar(PageLayout::createBusyBar(QStringLiteral("passwordProgressBar"),
                                              tr("Changing the password"), this))
    , m_resultLabel(noteLabel("passwordResultLabel", this))
    , m_error(new ErrorPanel(QStringLiteral("passwordError"), this))
{
    setObjectName(QStringLiteral("passwordTab"));
    setAccessibleName(tr("Change your password"));

    auto *heading = new QLabel(tr("Change your password"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *explanation = noteLabel("passwordExplanationLabel", this);
    explanation->setText(
        tr("Changing your password signs out every other device and revokes every personal "
           "access token. This app stays signed in."));

    m_strengthBar->setObjectName(QStringLiteral("passwordStrengthBar"));
    m_strengthBar->setAccessibleName(tr("Password strength"));
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setFixedWidth(160);
    m_strengthBar->setMaximumHeight(12);
    m_capsLockLabel->setText(tr("Caps Lock seems to be on."));
    m_capsLockLabel->setAccessibleName(tr("Caps Lock warning"));
    m_capsLockLabel->hide();
    m_problemLabel->setAccessibleName(tr("Problem with the new password"));
    m_problemLabel->hide();
    m_resultLabel->setAccessibleName(tr("Result of the password change"));
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_resultLabel->hide();
    m_progressBar->hide();
    m_changeButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_changeButton->setAccessibleName(tr("Change the password"));
    m_changeButton->setAutoDefault(false);
    m_changeButton->setToolTip(
        tr("Set the new password; every other session and personal access token ends"));

    auto *strengthRow = new QHBoxLayout;
    strengthRow->addWidget(m_strengthBar);
    strengthRow->addWidget(m_strengthLabel, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_currentEdit);
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(tr("Strength:"), strengthRow);
    form->addRow(tr("Con&firm new password:"), m_confirmEdit);
    form->addRow(QString(), m_problemLabel);
    form->addRow(QString(), m_capsLockLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeButton);
    buttons->addWidget(m_progressBar);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_error);
    layout->addStretch();

    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit}) {
        m_capsLock->watch(edit);
        connect(edit, &QLineEdit::textChanged, this, &PasswordTab::updateState);
        connect(edit, &QLineEdit::returnPressed, this, &PasswordTab::submit);
    }
    connect(m_capsLock, &CapsLockDetector::capsLockChanged, m_capsLockLabel, &QLabel::setVisible);
    connect(m_changeButton, &QPushButton::clicked, this, &PasswordTab::submit);
    connect(m_service, &SecurityService::passwordChanged, this, &PasswordTab::showChanged);
    connect(m_service, &SecurityService::failed, this,
            [this](SecurityService::Operation operation, const ApiError &error) {
                if (operation == SecurityService::Operation::ChangePassword)
                    showFailure(error);
            });
    const auto busyChanged = [this](SecurityService::Operation operation) {
        if (operation == SecurityService::Operation::ChangePassword)
            setBusy(m_service->isBusy(operation));
    };
    connect(m_service, &SecurityService::operationStarted, this, busyChanged);
    connect(m_service, &SecurityService::operationFinished, this, busyChanged);

    setBusy(m_service->isBusy(SecurityService::Operation::ChangePassword));
}

QString PasswordTab::resultText(int sessionsSignedOut, int tokensRevoked)
{
    const QString sessions = sessionsSignedOut == 0 ? tr("No other session was signed out")
                             : sessionsSignedOut == 1
                                 ? tr("1 other session was signed out")
                                 : tr("%1 other sessions were signed out").arg(sessionsSignedOut);
    const QString tokens = tokensRevoked == 0 ? tr("no personal access token was revoked")
                           : tokensRevoked == 1
                               ? tr("1 personal access token was revoked")
                               : tr("%1 personal access tokens were revoked").arg(tokensRevoked);
    return tr("Password changed. %1 and %2.").arg(sessions, tokens);
}

QString PasswordTab::problem() const
{
    const QString next = m_newEdit->text();
    if (!next.isEmpty() && next == m_currentEdit->text())
        return tr("The new password must differ from the current one.");
    if (!m_confirmEdit->text().isEmpty() && m_confirmEdit->text() != next)
        return tr("The two new passwords do not match.");
    return {};
}

void PasswordTab::updateState()
{
    const auto estimate = PasswordStrength::estimate(m_newEdit->text(), {m_username});
    m_strengthBar->setValue(estimate.score);
    const QString strength =
        estimate.hint.isEmpty() ? estimate.text : tr("%1. %2").arg(estimate.text, estimate.hint);
    m_strengthLabel->setText(m_newEdit->text().isEmpty() ? QString() : strength);
    m_strengthBar->setAccessibleDescription(estimate.text);

    const QString issue = problem();
    m_problemLabel->setText(issue);
    m_problemLabel->setVisible(!issue.isEmpty());

    const bool busy = m_service->isBusy(SecurityService::Operation::ChangePassword);
    m_changeButton->setEnabled(!busy && !m_currentEdit->text().isEmpty() && estimate.acceptable() &&
                               issue.isEmpty() && m_confirmEdit->text() == m_newEdit->text());
    if (!m_currentEdit->text().isEmpty() || !m_newEdit->text().isEmpty())
        m_resultLabel->hide(); // a new change begins: the last result is history
}

void PasswordTab::submit()
{
    if (!m_changeButton->isEnabled()) {
        // Enter in a field that is not ready: say what is missing, send nothing.
        if (m_confirmEdit->text() != m_newEdit->text() && problem().isEmpty())
            m_problemLabel->setText(tr("Type the new password again to confirm it."));
        m_problemLabel->setVisible(!m_problemLabel->text().isEmpty());
        return;
    }
    m_error->clear();
    m_resultLabel->hide();
    m_service->changePassword(m_currentEdit->text(), m_newEdit->text());
}

void PasswordTab::clear()
{
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        edit->clear();
    m_resultLabel->hide();
    m_error->clear();
    updateState();
}

void PasswordTab::setBusy(bool busy)
{
    m_progressBar->setVisible(busy);
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit})
        edit->setEnabled(!busy);
    updateState();
}

void PasswordTab::showChanged(int sessionsSignedOut, int tokensRevoked)
{
    m_error->clear();
    // The call ends right after this; the fields come back now so the focus can go there.
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_confirmEdit}) {
        edit->clear();
        edit->setEnabled(true);
    }
    const QString text = resultText(sessionsSignedOut, tokensRevoked);
    m_resultLabel->setText(text);
    m_resultLabel->setAccessibleDescription(text);
    m_resultLabel->show();
    m_currentEdit->setFocus();
}

void PasswordTab::showFailure(const ApiError &error)
{
    m_resultLabel->hide();
    if (error.code == QLatin1String("WRONG_CURRENT_PASSWORD")) {
        m_error->showMessage(tr("The current password is not right. Nothing was changed."),
                             error.requestId);
        m_currentEdit->setEnabled(true);
        m_currentEdit->setFocus();
        m_currentEdit->selectAll();
    } else if (error.isHttp(429)) {
        const int minutes = (qMax(error.retryAfterSeconds, 1) + 59) / 60;
        m_error->showMessage(
            minutes == 1 ? tr("Too many wrong passwords. Try again in a minute.")
                         : tr("Too many wrong passwords. Try again in %1 minutes.").arg(minutes),
            error.requestId);
    } else if (error.isHttp(422) && !error.details.isEmpty()) {
        QStringList messages;
        for (const QJsonValue &detail : error.details)
            messages.append(detail.toObject().value(QStringLiteral("message")).toString());
        m_error->showMessage(messages.join(QLatin1Char(' ')), error.requestId);
    } else {
        m_error->showError(error);
    }
}
