#include "WaitingForBrowserPage.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

WaitingForBrowserPage::WaitingForBrowserPage(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_copyButton(new QPushButton(tr("Copy sign-in &link"), this))
    , m_copiedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("waitingForBrowserPage"));
    setAccessibleName(tr("Waiting for your browser"));

    auto *title = new QLabel(tr("Waiting for your browser\u2026"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Finish signing in there, then come back."), this);
    text->setWordWrap(true);
    auto *hint = new QLabel(tr("No browser window? Copy the sign-in link and open it in a "
                               "browser on this computer."),
                            this);
    hint->setWordWrap(true);

    m_progress->setObjectName(QStringLiteral("waitingProgressBar"));
    m_progress->setAccessibleName(tr("Waiting for the browser"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);

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

    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(title);
    columnLayout->addWidget(text);
    columnLayout->addWidget(m_progress);
    columnLayout->addWidget(hint);
    columnLayout->addLayout(buttons);

    auto *outer = new QGridLayout(this);
    outer->addWidget(column, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 4);
    outer->setColumnStretch(2, 1);

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
