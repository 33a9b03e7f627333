#include "TwoFactorVerifyPage.h"

#include "ErrorPanel.h"
#include "PageLayout.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QWizard>

#include <algorithm>

TwoFactorVerifyPage::TwoFactorVerifyPage(TwoFactorService *service, QWidget *parent)
    : QWizardPage(parent)
    , m_service(service)
    , m_codeEdit(new QLineEdit(this))
    , m_progressBar(PageLayout::createBusyBar(QStringLiteral("verifyProgressBar"), QString(), this))
    , m_checkingLabel(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_errorPanel(new ErrorPanel(QStringLiteral("verifyError"), this))
{
    setObjectName(QStringLiteral("twoFactorVerifyPage"));
    // Once the code is accepted two-factor authentication is on; Back would lead to a setup that
    // no longer exists.
    setCommitPage(true);

    QLabel *intro = m_intro;
    intro->setObjectName(QStringLiteral("verifyIntroLabel"));
    intro->setWordWrap(true);

    m_codeEdit->setObjectName(QStringLiteral("verifyCodeEdit"));
    m_codeEdit->setPlaceholderText(QStringLiteral("123456"));
    m_codeEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    m_codeEdit->setFont(mono);
    m_codeEdit->setMaxLength(12);
    m_codeEdit->setMaximumWidth(QFontMetrics(mono).horizontalAdvance(QStringLiteral("0000 0000")) +
                                24);
    setDigits(6);
    m_codeLabel->setBuddy(m_codeEdit);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &TwoFactorVerifyPage::completeChanged);

    m_checkingLabel->setObjectName(QStringLiteral("verifyCheckingLabel"));
    m_progressBar->hide();
    m_checkingLabel->hide();

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_codeLabel);
    codeRow->addWidget(m_codeEdit);
    codeRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(codeRow);
    layout->addWidget(m_checkingLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_errorPanel);
    layout->addStretch();

    connect(m_service, &TwoFactorService::confirmed, this,
            [this](const QStringList &codes, const QDateTime &enabledAt) {
                if (!m_checking)
                    return;
                m_confirmed = true;
                setChecking(false);
                emit confirmed(codes, enabledAt);
                if (wizard() && wizard()->currentPage() == this)
                    wizard()->next();
            });
    connect(m_service, &TwoFactorService::failed, this,
            [this](TwoFactorService::Action action, const ApiError &error) {
                if (!m_checking || action != TwoFactorService::Action::Confirm)
                    return;
                setChecking(false);
                m_renderError = [this, error] {
                    m_errorPanel->showMessage(TwoFactorService::describeError(error),
                                              error.requestId);
                };
                m_renderError();
                m_codeEdit->clear();
                m_codeEdit->setFocus();
            });
    retranslateUi();
}

void TwoFactorVerifyPage::retranslateUi()
{
    setTitle(tr("Enter a code from the app"));
    setButtonText(QWizard::CommitButton, tr("&Verify"));
    m_intro->setText(
        tr("Your authenticator app now shows a code for Tasklane that changes every 30 seconds. "
           "Type the code it shows now, then choose Verify. Two-factor authentication is turned "
           "on only when the code is right."));
    m_codeEdit->setAccessibleName(tr("Authentication code"));
    m_codeLabel->setText(tr("&Code:"));
    m_progressBar->setAccessibleName(tr("Checking the code"));
    m_checkingLabel->setText(tr("Checking the code with the server\u2026"));
    // describeError() says the lockout's end and the attempts left in the new language too.
    if (!m_errorPanel->isHidden() && m_renderError)
        m_renderError();
}

void TwoFactorVerifyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void TwoFactorVerifyPage::setDigits(int digits)
{
    m_digits = qBound(6, digits, 10);
    m_codeEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9 ]{0,%1}").arg(m_digits + 2)), m_codeEdit));
}

void TwoFactorVerifyPage::initializePage()
{
    m_codeEdit->setFocus();
}

QString TwoFactorVerifyPage::code() const
{
    return TwoFactorService::normalizedCode(m_codeEdit->text());
}

bool TwoFactorVerifyPage::isComplete() const
{
    if (m_confirmed)
        return true;
    const QString typed = code();
    return !m_checking && typed.size() == m_digits &&
           std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); });
}

bool TwoFactorVerifyPage::validatePage()
{
    if (m_confirmed)
        return true;
    if (m_checking || !isComplete())
        return false;
    // The wizard stays here until the server answers; the answer moves it on (see above).
    setChecking(true);
    m_errorPanel->clear();
    m_service->confirm(code());
    return false;
}

void TwoFactorVerifyPage::setChecking(bool checking)
{
    m_checking = checking;
    m_progressBar->setVisible(checking);
    m_checkingLabel->setVisible(checking);
    m_codeEdit->setReadOnly(checking);
    // A cancelled wizard would drop backup codes that may still arrive.
    if (wizard())
        wizard()->button(QWizard::CancelButton)->setEnabled(!checking);
    emit completeChanged();
}
