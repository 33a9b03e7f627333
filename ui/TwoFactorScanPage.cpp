#include "TwoFactorScanPage.h"

#include "ErrorPanel.h"
#include "PageLayout.h"
#include "QrCodeWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

TwoFactorScanPage::TwoFactorScanPage(TwoFactorService *service, bool resumed, QWidget *parent)
    : QWizardPage(parent)
    , m_service(service)
    , m_progressBar(PageLayout::createBusyBar(QStringLiteral("setupProgressBar"), QString(), this))
    , m_errorPanel(new ErrorPanel(QStringLiteral("setupError"), this))
    , m_content(new QWidget(this))
    , m_qrCode(new QrCodeWidget(m_content))
    , m_keyLabel(new QLabel(m_content))
    , m_copyKeyButton(new QPushButton(m_content))
    , m_parametersLabel(new QLabel(m_content))
    , m_instructions(new QLabel(m_content))
    , m_resumedLabel(new QLabel(m_content))
    , m_keyCaption(new QLabel(m_content))
    , m_retryButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("twoFactorScanPage"));

    QLabel *instructions = m_instructions;
    instructions->setObjectName(QStringLiteral("twoFactorInstructionsLabel"));
    instructions->setTextFormat(Qt::RichText);
    instructions->setWordWrap(true);

    QLabel *resumedLabel = m_resumedLabel;
    resumedLabel->setObjectName(QStringLiteral("twoFactorResumedLabel"));
    resumedLabel->setWordWrap(true);
    resumedLabel->setVisible(resumed);
    QFont resumedFont = resumedLabel->font();
    resumedFont.setBold(true);
    resumedLabel->setFont(resumedFont);

    m_qrCode->setObjectName(QStringLiteral("twoFactorQrCode"));

    QLabel *keyCaption = m_keyCaption;
    m_keyLabel->setObjectName(QStringLiteral("twoFactorKeyLabel"));
    m_keyLabel->setTextFormat(Qt::PlainText);
    // One line, never wrapped inside a group or across groups: the reader keeps their place. The
    // wizard grows to fit it instead.
    m_keyLabel->setWordWrap(false);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keyLabel->setFocusPolicy(Qt::StrongFocus);
    // Monospace and larger, so 0/O and 1/I are never in doubt (base32 has no 0, 1, 8 or 9, but
    // the reader does not know that) and a long key keeps its place while typed.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_keyLabel->setFont(mono);
    keyCaption->setBuddy(m_keyLabel);

    m_copyKeyButton->setObjectName(QStringLiteral("copyTwoFactorKeyButton"));
    m_copyKeyButton->setAutoDefault(false);
    connect(m_copyKeyButton, &QPushButton::clicked, this, &TwoFactorScanPage::copyKey);

    m_parametersLabel->setObjectName(QStringLiteral("twoFactorParametersLabel"));
    m_parametersLabel->setWordWrap(true);
    m_parametersLabel->setTextFormat(Qt::PlainText);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyLabel);
    keyRow->addStretch();
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyKeyButton);
    copyRow->addStretch();

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(resumedLabel);
    textColumn->addWidget(instructions);
    textColumn->addSpacing(6);
    textColumn->addWidget(keyCaption);
    textColumn->addLayout(keyRow);
    textColumn->addLayout(copyRow);
    textColumn->addWidget(m_parametersLabel);
    textColumn->addStretch();

    auto *contentLayout = new QHBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_qrCode, 0, Qt::AlignTop);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(textColumn, 1);
    m_content->hide();

    QPushButton *retryButton = m_retryButton;
    retryButton->setObjectName(QStringLiteral("retrySetupButton"));
    connect(retryButton, &QPushButton::clicked, this, &TwoFactorScanPage::requestSetup);
    m_errorPanel->addButton(retryButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_content, 1);

    connect(m_service, &TwoFactorService::setupStarted, this, [this](const TwoFactorSetup &setup) {
        if (m_requested)
            showSetup(setup);
    });
    connect(m_service, &TwoFactorService::failed, this,
            [this](TwoFactorService::Action action, const ApiError &error) {
                if (!m_requested || action != TwoFactorService::Action::StartSetup)
                    return;
                m_requested = false;
                m_progressBar->hide();
                m_renderError = [this, error] {
                    m_errorPanel->showMessage(TwoFactorService::describeError(error),
                                              error.requestId);
                };
                m_renderError();
            });
    retranslateUi();
}

void TwoFactorScanPage::retranslateUi()
{
    setTitle(tr("Add Tasklane to your authenticator app"));
    m_progressBar->setAccessibleName(tr("Getting a key from the server"));
    m_instructions->setText(
        tr("<ol style=\"margin-left: 0; -qt-list-indent: 1;\">"
           "<li>Open an authenticator app on your phone, such as Aegis, FreeOTP, Google "
           "Authenticator or your password manager.</li>"
           "<li>Add an account and scan this QR code.</li>"
           "<li>Cannot scan? Choose to enter a key instead, type the key below, and pick the "
           "settings shown under it.</li></ol>"));
    m_resumedLabel->setText(
        tr("You started this setup earlier without finishing it. The key has not changed: if your "
           "app already shows codes for Tasklane, go straight to the next step."));
    m_keyCaption->setText(tr("Key:"));
    m_copyKeyButton->setText(m_copied ? tr("Copied") : tr("&Copy Key"));
    m_copyKeyButton->setAccessibleName(tr("Copy the key"));
    m_copyKeyButton->setToolTip(tr("Copy the key (without spaces) to the clipboard"));
    m_retryButton->setText(tr("&Try Again"));
    m_retryButton->setAccessibleName(tr("Ask the server for the key again"));
    if (m_setup.isValid()) {
        m_keyLabel->setAccessibleName(tr("Key: %1").arg(m_setup.groupedSecret()));
        m_parametersLabel->setText(tr("Settings: %1").arg(m_setup.parametersInWords()));
    }
    if (!m_errorPanel->isHidden() && m_renderError)
        m_renderError();
}

void TwoFactorScanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void TwoFactorScanPage::initializePage()
{
    if (!m_setup.isValid() && !m_requested)
        requestSetup();
}

bool TwoFactorScanPage::isComplete() const
{
    return m_setup.isValid();
}

void TwoFactorScanPage::requestSetup()
{
    m_requested = true;
    m_errorPanel->clear();
    m_progressBar->show();
    m_service->startSetup();
}

void TwoFactorScanPage::showSetup(const TwoFactorSetup &setup)
{
    m_requested = false;
    m_setup = setup;
    m_progressBar->hide();
    m_errorPanel->clear();
    m_qrCode->setText(setup.otpauthUri);
    const QString grouped = setup.groupedSecret();
    m_keyLabel->setText(grouped);
    // Read out in groups by screen readers too, rather than as one long word.
    m_keyLabel->setAccessibleName(tr("Key: %1").arg(grouped));
    m_parametersLabel->setText(tr("Settings: %1").arg(setup.parametersInWords()));
    m_content->show();
    emit completeChanged();
}

void TwoFactorScanPage::copyKey()
{
    // Without the spaces: some apps refuse them in a pasted key.
    QApplication::clipboard()->setText(m_setup.secret);
    m_copied = true;
    m_copyKeyButton->setText(tr("Copied"));
    QTimer::singleShot(2000, this, [this] {
        m_copied = false;
        m_copyKeyButton->setText(tr("&Copy Key"));
    });
}
