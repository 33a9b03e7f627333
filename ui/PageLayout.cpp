#include "PageLayout.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace PageLayout {

QLabel *createPageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QVBoxLayout *createCentredColumn(QWidget *page, int maximumWidth)
{
    auto *column = new QWidget(page);
    column->setMaximumWidth(maximumWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);

    // Stretch rows and columns around the one cell: more room below than above reads as
    // "centred" to the eye.
    auto *outer = new QGridLayout(page);
    outer->addWidget(column, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(1, 4);
    outer->setColumnStretch(2, 1);
    return columnLayout;
}

QProgressBar *createBusyBar(const QString &objectName, const QString &accessibleName,
                            QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(accessibleName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    return bar;
}

} // namespace PageLayout
