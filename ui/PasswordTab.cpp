#include "PasswordTab.h"

#include "ApiError.h"
#include "CapsLockDetector.h"
#include "ErrorPanel.h"
#include "PageLayout.h"
#include "PasswordStrength.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit *passwordEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
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
    , m_currentEdit(passwordEdit("currentPasswordEdit", this))
    , m_newEdit(passwordEdit("newPasswordEdit", this))
    , m_confirmEdit(passwordEdit("confirmPasswordEdit", this))
    , m_strengthBar(new QProgressBar(this))
    , m_strengthLabel(noteLabel("passwordStrengthLabel", this))
    , m_problemLabel(noteLabel("passwordProblemLabel", this))
    , m_capsLockLabel(noteLabel("capsLockWarningLabel", this))
    , m_changeButton(new QPushButton(this))
    , m_progressBar(PageLayout::createBusyBar(QStringLiteral("passwordProgressBar"),
                                              tr("Changing the password"), this))
    , m_resultLabel(noteLabel("passwordResultLabel", this))
    , m_error(new ErrorPanel(QStringLiteral("passwordError"), this))
    , m_heading(new QLabel(this))
    , m_explanation(noteLabel("passwordExplanationLabel", this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("passwordTab"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_strengthBar->setObjectName(QStringLiteral("passwordStrengthBar"));
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setFixedWidth(160);
    m_strengthBar->setMaximumHeight(12);
    m_capsLockLabel->hide();
    m_problemLabel->hide();
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_resultLabel->hide();
    m_progressBar->hide();
    m_changeButton->setObjectName(QStringLiteral("changePasswordButton"));
    m_changeButton->setAutoDefault(false);

    auto *strengthRow = new QHBoxLayout;
    strengthRow->addWidget(m_strengthBar);
    strengthRow->addWidget(m_strengthLabel, 1);
    // The rows' labels get their texts in retranslateUi().
    m_form->addRow(QStringLiteral("-"), m_currentEdit);
    m_form->addRow(QStringLiteral("-"), m_newEdit);
    m_form->addRow(QStringLiteral("-"), strengthRow);
    m_form->addRow(QStringLiteral("-"), m_confirmEdit);
    m_form->addRow(QString(), m_problemLabel);
    m_form->addRow(QString(), m_capsLockLabel);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changeButton);
    buttons->addWidget(m_progressBar);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addLayout(m_form);
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
    retranslateUi();
}

void PasswordTab::retranslateUi()
{
    setAccessibleName(tr("Change your password"));
    m_heading->setText(tr("Change your password"));
    m_explanation->setText(
        tr("Changing your password signs out every other device and revokes every personal "
           "access token. This app stays signed in."));
    m_currentEdit->setAccessibleName(tr("Current password"));
    m_newEdit->setAccessibleName(tr("New password"));
    m_confirmEdit->setAccessibleName(tr("Confirm the new password"));
    m_strengthBar->setAccessibleName(tr("Password strength"));
    m_capsLockLabel->setText(tr("Caps Lock seems to be on."));
    m_capsLockLabel->setAccessibleName(tr("Caps Lock warning"));
    m_problemLabel->setAccessibleName(tr("Problem with the new password"));
    m_resultLabel->setAccessibleName(tr("Result of the password change"));
    m_changeButton->setText(tr("&Change Password"));
    m_changeButton->setAccessibleName(tr("Change the password"));
    m_changeButton->setToolTip(
        tr("Set the new password; every other session and personal access token ends"));
    m_progressBar->setAccessibleName(tr("Changing the password"));
    // The first four rows of the form, in the order the constructor added them.
    const QString rowLabels[] = {tr("C&urrent password:"), tr("&New password:"), tr("Strength:"),
                                 tr("Con&firm new password:")};
    for (int row = 0; row < 4; ++row) {
        QLayoutItem *item = m_form->itemAt(row, QFormLayout::LabelRole);
        if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr)
            label->setText(rowLabels[row]);
    }

    // The strength line and the problem line are rendered from the typed text; a result shown
    // stays shown (updateState() hides it only when a new change begins).
    const bool askedToConfirm = m_askedToConfirm;
    updateState();
    if (askedToConfirm && m_problemLabel->text().isEmpty()) {
        m_problemLabel->setText(tr("Type the new password again to confirm it."));
        m_problemLabel->setVisible(true);
        m_askedToConfirm = true;
    }
    if (!m_resultLabel->isHidden()) {
        const QString text = resultText(m_lastSessionsSignedOut, m_lastTokensRevoked);
        m_resultLabel->setText(text);
        m_resultLabel->setAccessibleDescription(text);
    }
    if (!m_error->isHidden() && m_renderError)
        m_renderError();
}

void PasswordTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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
    m_askedToConfirm = false;
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
        if (m_confirmEdit->text() != m_newEdit->text() && problem().isEmpty()) {
            m_problemLabel->setText(tr("Type the new password again to confirm it."));
            m_askedToConfirm = true;
        }
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
    m_lastSessionsSignedOut = sessionsSignedOut;
    m_lastTokensRevoked = tokensRevoked;
    const QString text = resultText(sessionsSignedOut, tokensRevoked);
    m_resultLabel->setText(text);
    m_resultLabel->setAccessibleDescription(text);
    m_resultLabel->show();
    m_currentEdit->setFocus();
}

void PasswordTab::showFailure(const ApiError &error)
{
    m_resultLabel->hide();
    m_renderError = [this, error] { showFailureMessage(error); };
    showFailureMessage(error);
    if (error.code == QLatin1String("WRONG_CURRENT_PASSWORD")) {
        m_currentEdit->setEnabled(true);
        m_currentEdit->setFocus();
        m_currentEdit->selectAll();
    }
}

void PasswordTab::showFailureMessage(const ApiError &error)
{
    if (error.code == QLatin1String("WRONG_CURRENT_PASSWORD")) {
        m_error->showMessage(tr("The current password is not right. Nothing was changed."),
                             error.requestId);
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
