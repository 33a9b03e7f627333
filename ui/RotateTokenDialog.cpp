#include "RotateTokenDialog.h"

#include "ApiError.h"
#include "CreateDialogLayout.h"
#include "ErrorPanel.h"
#include "PageLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

#include <utility>

RotateTokenDialog::RotateTokenDialog(SecurityService *service, const PersonalToken &token,
                                     QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_token(token)
    , m_intro(new QLabel(this))
    , m_overlapLabel(new QLabel(this))
    , m_overlapCombo(new QComboBox(this))
    , m_overlapHint(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_codeEdit(new QLineEdit(this))
    , m_error(new ErrorPanel(QStringLiteral("rotateTokenError"), this))
    , m_progress(
          PageLayout::createBusyBar(QStringLiteral("rotateTokenProgressBar"), QString(), this))
    , m_rotateButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("rotateTokenDialog"));
    setModal(true);

    m_intro->setObjectName(QStringLiteral("rotateTokenIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_overlapCombo->setObjectName(QStringLiteral("rotateOverlapCombo"));
    // The items' texts come in retranslateUi(), which keeps the current index and data.
    for (const int seconds : OverlapChoices)
        m_overlapCombo->addItem(QString(), seconds);
    m_overlapCombo->setCurrentIndex(m_overlapCombo->findData(DefaultOverlapSeconds));
    m_overlapLabel->setBuddy(m_overlapCombo);
    m_overlapHint->setObjectName(QStringLiteral("rotateOverlapHintLabel"));
    m_overlapHint->setWordWrap(true);

    // Shown when the server asks for a code (admin-scoped tokens with two-factor on).
    m_codeEdit->setObjectName(QStringLiteral("rotateTwoFactorCodeEdit"));
    m_codeEdit->setMaxLength(20);
    m_codeLabel->setBuddy(m_codeEdit);
    m_codeLabel->hide();
    m_codeEdit->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_overlapLabel, m_overlapCombo);
    form->addRow(QString(), m_overlapHint);
    form->addRow(m_codeLabel, m_codeEdit);

    m_rotateButton->setObjectName(QStringLiteral("confirmRotateTokenButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRotateTokenButton"));
    connect(m_rotateButton, &QPushButton::clicked, this, &RotateTokenDialog::rotate);
    connect(m_cancelButton, &QPushButton::clicked, this, &RotateTokenDialog::reject);
    CreateDialogLayout::apply(this, m_intro, form, m_error, m_progress, m_rotateButton,
                              m_cancelButton);
    setMinimumWidth(520);

    connect(m_overlapCombo, &QComboBox::currentIndexChanged, this,
            &RotateTokenDialog::updateOverlapHint);
    connect(m_service, &SecurityService::tokenRotated, this, &RotateTokenDialog::onRotated);
    connect(m_service, &SecurityService::failed, this, &RotateTokenDialog::onFailed);

    retranslateUi();
    m_overlapCombo->setFocus();
}

RotateTokenDialog::~RotateTokenDialog()
{
    m_secret.fill(QLatin1Char('\0'));
}

void RotateTokenDialog::retranslateUi()
{
    setWindowTitle(tr("Rotate token"));
    setAccessibleName(tr("Rotate token"));
    m_intro->setText(tr("Rotate the token \u201c%1\u201d? You get a new secret with the same "
                        "name, access and lifetime (counted from today), shown once. Put it where "
                        "the old one is used; "
                        "the old secret then stops working.")
                         .arg(m_token.name));
    m_overlapLabel->setText(tr("Old secret &works for:"));
    m_overlapCombo->setAccessibleName(tr("How long the old secret keeps working"));
    for (int index = 0; index < m_overlapCombo->count(); ++index) {
        const int seconds = m_overlapCombo->itemData(index).toInt();
        QString text;
        if (seconds == 0)
            text = tr("No time: it stops at once");
        else if (seconds == 60 * 60)
            text = tr("1 hour");
        else if (seconds == 24 * 60 * 60)
            text = tr("1 day");
        else
            text = tr("%n days", nullptr, seconds / (24 * 60 * 60));
        m_overlapCombo->setItemText(index, text);
    }
    m_codeLabel->setText(tr("Two-factor &code:"));
    m_codeEdit->setAccessibleName(tr("Two-factor code"));
    m_codeEdit->setPlaceholderText(tr("The 6-digit code from your authenticator app"));
    m_progress->setAccessibleName(tr("Rotating the token"));
    m_rotateButton->setText(m_busy ? tr("Rotating\u2026") : tr("&Rotate token"));
    m_rotateButton->setAccessibleName(tr("Rotate the token"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel without rotating the token"));
    updateOverlapHint();
    if (isVisible())
        resize(size().expandedTo(sizeHint()));
}

void RotateTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

int RotateTokenDialog::overlapSeconds() const
{
    return m_overlapCombo->currentData().toInt();
}

QString RotateTokenDialog::takeSecret()
{
    return std::exchange(m_secret, QString());
}

void RotateTokenDialog::updateOverlapHint()
{
    const QString hint =
        overlapSeconds() == 0
            ? tr("Scripts and apps that use the old secret stop working at once. Choose this "
                 "when the old secret may have leaked.")
            : tr("Scripts and apps can go on using the old secret until then, which gives you "
                 "time to put the new one in place.");
    m_overlapHint->setText(hint);
    m_overlapHint->setAccessibleName(hint);
}

void RotateTokenDialog::rotate()
{
    if (m_busy)
        return;
    m_error->clear();
    setBusy(true);
    m_service->rotateToken(m_token.id, overlapSeconds(),
                           m_codeEdit->isVisible() ? m_codeEdit->text() : QString());
}

void RotateTokenDialog::onRotated(const QString &oldId, const PersonalToken &token,
                                  const QString &secret)
{
    if (!m_busy || oldId != m_token.id)
        return; // not this dialog's request
    setBusy(false);
    m_rotated = token;
    m_secret = secret;
    m_codeEdit->clear();
    accept();
}

void RotateTokenDialog::onFailed(SecurityService::Operation operation, const ApiError &error)
{
    if (operation != SecurityService::Operation::RotateToken || !m_busy)
        return;
    setBusy(false);
    if (error.code.startsWith(QLatin1String("TWO_FACTOR_")) &&
        error.code != QLatin1String("TWO_FACTOR_SETUP_REQUIRED")) {
        // An admin-scoped token needs a current code when two-factor authentication is on.
        m_codeLabel->show();
        m_codeEdit->show();
        m_codeEdit->clear();
        m_codeEdit->setFocus();
    }
    m_error->showError(error);
    resize(size().expandedTo(sizeHint()));
}

void RotateTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_overlapCombo->setEnabled(!busy);
    m_codeEdit->setReadOnly(busy);
    // Once asked, the server rotates whatever happens here; leaving now would lose the new
    // secret for good.
    m_cancelButton->setEnabled(!busy);
    m_rotateButton->setEnabled(!busy);
    m_rotateButton->setText(busy ? tr("Rotating\u2026") : tr("&Rotate token"));
}

void RotateTokenDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}
