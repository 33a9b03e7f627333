#include "BusyPage.h"

#include "PageLayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

BusyPage::BusyPage(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("busyPage"));

    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_label->setFont(font);
    m_label->setObjectName(QStringLiteral("busyLabel"));
    m_label->setWordWrap(true);

    m_progress = PageLayout::createBusyBar(QStringLiteral("busyProgressBar"), QString(), this);
    QProgressBar *progress = m_progress;

    m_cancelButton->setObjectName(QStringLiteral("cancelBusyButton"));

    QVBoxLayout *columnLayout = PageLayout::createCentredColumn(this, 480);
    columnLayout->addWidget(m_label);
    columnLayout->addWidget(progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    columnLayout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &BusyPage::cancelRequested);
    retranslateUi();
}

void BusyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// The busy text itself comes translated from the main window (setText()).
void BusyPage::retranslateUi()
{
    setAccessibleName(tr("Please wait"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
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
