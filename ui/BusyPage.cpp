#include "BusyPage.h"

#include <QGridLayout>
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

    auto *progress = new QProgressBar(this);
    progress->setObjectName(QStringLiteral("busyProgressBar"));
    progress->setAccessibleName(tr("Progress"));
    progress->setRange(0, 0);
    progress->setTextVisible(false);

    m_cancelButton->setObjectName(QStringLiteral("cancelBusyButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));

    auto *column = new QWidget(this);
    column->setMaximumWidth(480);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_label);
    columnLayout->addWidget(progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    columnLayout->addLayout(buttons);

    auto *outer = new QGridLayout(this);
    outer->addWidget(column, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 3);
    outer->setColumnStretch(2, 1);

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
