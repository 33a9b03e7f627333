#include "BusyPage.h"

#include "PageLayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BusyPage::BusyPage(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
{
    setObjectName(QStringLiteral("busyPage"));
    setAccessibleName(tr("Please wait"));

    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_label->setFont(font);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_label->setWordWrap(true);

    QProgressBar *progress =
        PageLayout::createBusyBar(QStringLiteral("busyProgressBar"), tr("Progress"), this);

    m_cancelButton->setObjectName(QStringLiteral("cancelBusyButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));

    QVBoxLayout *columnLayout = PageLayout::createCentredColumn(this, 480);
    columnLayout->addWidget(m_label);
    columnLayout->addWidget(progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    columnLayout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &BusyPage::cancelRequested);
}

void BusyPage::setText(const QString &text)
{
    m_label->setText(text);
    m_label->setAccessibleName(text);
}

QString BusyPage::text() const
{
    return m_label->text();
}
