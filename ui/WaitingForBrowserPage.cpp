#include "WaitingForBrowserPage.h"

#include "PageLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

WaitingForBrowserPage::WaitingForBrowserPage(QWidget *parent)
    : QWidget(parent)
    , m_progress(PageLayout::createBusyBar(QStringLiteral("waitingProgressBar"), QString(), this))
    , m_cancelButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_copiedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("waitingForBrowserPage"));

    m_title = PageLayout::createPageTitle(QString(), this);
    QLabel *title = m_title;
    m_text = new QLabel(this);
    QLabel *text = m_text;
    text->setWordWrap(true);
    m_hint = new QLabel(this);
    QLabel *hint = m_hint;
    hint->setWordWrap(true);

    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_copyButton->setObjectName(QStringLiteral("copySignInLinkButton"));
    m_copiedLabel->setObjectName(QStringLiteral("signInLinkCopiedLabel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_copiedLabel);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);

    QVBoxLayout *columnLayout = PageLayout::createCentredColumn(this);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addWidget(m_progress);
    columnLayout->addWidget(hint);
    columnLayout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &WaitingForBrowserPage::cancelRequested);
    connect(m_copyButton, &QPushButton::clicked, this, &WaitingForBrowserPage::copyLink);
    setTabOrder(m_copyButton, m_cancelButton);
    retranslateUi();
}

void WaitingForBrowserPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WaitingForBrowserPage::retranslateUi()
{
    setAccessibleName(tr("Waiting for your browser"));
    m_progress->setAccessibleName(tr("Waiting for the browser"));
    m_title->setText(tr("Waiting for your browser\u2026"));
    m_text->setText(tr("Finish signing in there, then come back."));
    m_hint->setText(tr("No browser window? Copy the sign-in link and open it in a "
                       "browser on this computer."));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel signing in"));
    m_copyButton->setText(tr("Copy sign-in &link"));
    m_copyButton->setAccessibleName(tr("Copy sign-in link"));
    m_copiedLabel->setAccessibleName(tr("Copy confirmation"));
    // "Copied" shows for three seconds only; if it shows, it follows the language too.
    if (!m_copiedLabel->text().isEmpty())
        m_copiedLabel->setText(tr("Copied"));
}

void WaitingForBrowserPage::setSignInLink(const QUrl &link)
{
    m_link = link;
    m_copyButton->setEnabled(link.isValid());
    m_copiedLabel->clear();
}

void WaitingForBrowserPage::copyLink()
{
    if (!m_link.isValid())
        return;
    QApplication::clipboard()->setText(m_link.toString(QUrl::FullyEncoded));
    m_copiedLabel->setText(tr("Copied"));
    QTimer::singleShot(3000, m_copiedLabel, [this] { m_copiedLabel->clear(); });
    emit linkCopied();
}
