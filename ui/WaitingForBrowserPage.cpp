#include "WaitingForBrowserPage.h"

#include "PageLayout.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

WaitingForBrowserPage::WaitingForBrowserPage(QWidget *parent)
    : QWidget(parent)
    , m_progress(PageLayout::createBusyBar(QStringLiteral("waitingProgressBar"),
                                           tr("Waiting for the browser"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_copyButton(new QPushButton(tr("Copy sign-in &link"), this))
    , m_copiedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("waitingForBrowserPage"));
    setAccessibleName(tr("Waiting for your browser"));

    QLabel *title = PageLayout::createPageTitle(tr("Waiting for your browser\u2026"), this);
    auto *text = new QLabel(tr("Finish signing in there, then come back."), this);
    text->setWordWrap(true);
    auto *hint = new QLabel(tr("No browser window? Copy the sign-in link and open it in a "
                               "browser on this computer."),
                            this);
    hint->setWordWrap(true);

    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelButton->setAccessibleName(tr("Cancel signing in"));
    m_copyButton->setObjectName(QStringLiteral("copySignInLinkButton"));
    m_copyButton->setAccessibleName(tr("Copy sign-in link"));
    m_copiedLabel->setObjectName(QStringLiteral("signInLinkCopiedLabel"));
    m_copiedLabel->setAccessibleName(tr("Copy confirmation"));

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
