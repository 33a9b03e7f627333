#include "SecurityItemDelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

SecurityItemDelegate::SecurityItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void SecurityItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Any column of the row decides for the whole row: the roles are per row.
    const QModelIndex first = index.siblingAtColumn(0);
    QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    if (m_emphasisRole >= 0 && first.data(m_emphasisRole).toBool())
        option->font.setBold(true);
    if (m_dimRole >= 0 && first.data(m_dimRole).toBool()) {
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
        if (index.column() == m_iconColumn) {
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->icon = QIcon::fromTheme(QStringLiteral("appointment-missed"),
                                            style->standardIcon(QStyle::SP_MessageBoxInformation));
        }
    }
    if (m_attentionRole >= 0 && first.data(m_attentionRole).toBool() &&
        index.column() == m_iconColumn) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
}
