#include "TwoFactorCodeDialog.h"

#include "ErrorPanel.h"
#include "PageLayout.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QVBoxLayout>

namespace {

const QRegularExpression TotpShape(QStringLiteral("^[0-9]{6}$"));
// docs/api.md 12.6: 8 characters of abcdefghjkmnpqrstuvwxyz23456789, any case, dash optional.
const QRegularExpression
    BackupCodeShape(QStringLiteral("^[a-hj-km-np-z2-9]{4}-?[a-hj-km-np-z2-9]{4}$"),
                    QRegularExpression::CaseInsensitiveOption);

} // namespace

TwoFactorCodeDialog::TwoFactorCodeDialog(TwoFactorService *service, Purpose purpose,
                                         QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_purpose(purpose)
    , m_explanation(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_codeEdit(new QLineEdit(this))
    , m_errorPanel(new ErrorPanel(QStringLiteral("twoFactorCodeError"), this))
    , m_progressBar(
          PageLayout::createBusyBar(QStringLiteral("twoFactorCodeProgressBar"), QString(), this))
    , m_buttons(new QDialogButtonBox(this))
{
    const bool disabling = purpose == Purpose::Disable;
    setObjectName(disabling ? QStringLiteral("disableTwoFactorDialog")
                            : QStringLiteral("regenerateBackupCodesDialog"));

    QLabel *explanation = m_explanation;
    explanation->setObjectName(QStringLiteral("twoFactorCodeExplanationLabel"));
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);

    m_codeEdit->setObjectName(QStringLiteral("twoFactorCodeEdit"));
    m_codeEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(disabling ? QStringLiteral("[A-Za-z0-9 -]{0,12}")
                                     : QStringLiteral("[0-9 ]{0,8}")),
        m_codeEdit));
    m_codeEdit->setInputMethodHints(disabling ? Qt::ImhNoPredictiveText
                                              : Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_codeEdit->setFont(mono);
    QLabel *codeLabel = m_codeLabel;
    codeLabel->setBuddy(m_codeEdit);

    m_progressBar->hide();

    m_confirmButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("twoFactorCodeConfirmButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("twoFactorCodeCancelButton"));
    // The dialog stays open while the server checks; accepted() only starts the check.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TwoFactorCodeDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TwoFactorCodeDialog::reject);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &TwoFactorCodeDialog::updateButtons);

    connect(m_service, &TwoFactorService::failed, this, &TwoFactorCodeDialog::onFailed);
    if (disabling) {
        connect(m_service, &TwoFactorService::disabled, this, [this] {
            if (!m_busy)
                return;
            setBusy(false);
            emit twoFactorDisabled();
            accept();
        });
    } else {
        connect(m_service, &TwoFactorService::backupCodesRegenerated, this,
                [this](const QStringList &codes) {
                    if (!m_busy)
                        return;
                    setBusy(false);
                    emit backupCodesRegenerated(codes);
                    accept();
                });
    }

    auto *form = new QFormLayout;
    form->addRow(codeLabel, m_codeEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_progressBar);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setMinimumWidth(480);
    m_codeEdit->setFocus();
    updateButtons();
    retranslateUi();
}

void TwoFactorCodeDialog::retranslateUi()
{
    const bool disabling = m_purpose == Purpose::Disable;
    setWindowTitle(disabling ? tr("Disable Two-Factor Authentication") : tr("New Backup Codes"));
    setAccessibleName(windowTitle());
    m_explanation->setText(
        disabling
            ? tr("Signing in will need only your password again, and your backup codes will stop "
                 "working. To confirm that it is you, enter the current code from your "
                 "authenticator app. If you lost the device, one of your backup codes works too.")
            : tr("You get ten new backup codes, and the ones you have now stop working at once. "
                 "To confirm that it is you, enter the current code from your authenticator "
                 "app."));
    m_codeEdit->setAccessibleName(disabling ? tr("Authentication code or backup code")
                                            : tr("Authentication code"));
    m_codeEdit->setPlaceholderText(disabling ? tr("123456 or a backup code") : tr("123456"));
    m_codeLabel->setText(disabling ? tr("&Code:") : tr("&Authentication code:"));
    m_progressBar->setAccessibleName(tr("Checking the code"));
    m_confirmButton->setText(disabling ? tr("&Disable") : tr("&Make New Codes"));
    m_confirmButton->setAccessibleName(disabling ? tr("Disable two-factor authentication")
                                                 : tr("Make new backup codes"));
    // QDialogButtonBox retranslates the Cancel text itself.
    m_cancelButton->setAccessibleName(tr("Cancel"));
    if (!m_errorPanel->isHidden() && m_renderError)
        m_renderError();
    if (isVisible())
        fitToContents(); // the new texts may wrap to more lines
}

void TwoFactorCodeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TwoFactorCodeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToContents();
}

void TwoFactorCodeDialog::fitToContents()
{
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed <= 0)
        return;
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

bool TwoFactorCodeDialog::looksLikeCode(const QString &typed, Purpose purpose)
{
    const QString code = TwoFactorService::normalizedCode(typed);
    if (TotpShape.match(code).hasMatch())
        return true;
    return purpose == Purpose::Disable && BackupCodeShape.match(code).hasMatch();
}

TwoFactorService::Action TwoFactorCodeDialog::action() const
{
    return m_purpose == Purpose::Disable ? TwoFactorService::Action::Disable
                                         : TwoFactorService::Action::RegenerateBackupCodes;
}

void TwoFactorCodeDialog::submit()
{
    if (m_busy || !looksLikeCode(m_codeEdit->text(), m_purpose))
        return;
    setBusy(true);
    m_errorPanel->clear();
    if (m_purpose == Purpose::Disable)
        m_service->disable(m_codeEdit->text());
    else
        m_service->regenerateBackupCodes(m_codeEdit->text());
}

void TwoFactorCodeDialog::onFailed(TwoFactorService::Action failedAction, const ApiError &error)
{
    if (!m_busy || failedAction != action())
        return;
    setBusy(false);
    m_renderError = [this, error] {
        m_errorPanel->showMessage(TwoFactorService::describeError(error), error.requestId);
    };
    m_renderError();
    fitToContents();
    // A refused code is of no further use; the next one is typed fresh.
    m_codeEdit->clear();
    m_codeEdit->setFocus();
}

void TwoFactorCodeDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void TwoFactorCodeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progressBar->setVisible(busy);
    m_cancelButton->setEnabled(!busy);
    fitToContents();
    m_codeEdit->setReadOnly(busy);
    updateButtons();
}

void TwoFactorCodeDialog::updateButtons()
{
    m_confirmButton->setEnabled(!m_busy && looksLikeCode(m_codeEdit->text(), m_purpose));
}
