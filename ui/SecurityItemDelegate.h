#pragma once

#include <QStyledItemDelegate>

// Shows the state a security model reports in roles (the models are QtCore only, so they say
// what a row is, and this says how it looks): rows answering the emphasis role in bold (this
// device), the dim role greyed out with a clock icon (an expired token), the attention role
// with a warning icon (a failed sign-in). A role left at -1 is not looked at.
class SecurityItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SecurityItemDelegate(QObject *parent = nullptr);

    void setEmphasisRole(int role) { m_emphasisRole = role; }
    void setDimRole(int role) { m_dimRole = role; }
    void setAttentionRole(int role) { m_attentionRole = role; }
    // The column that carries the icon (the first by default).
    void setIconColumn(int column) { m_iconColumn = column; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_emphasisRole = -1;
    int m_dimRole = -1;
    int m_attentionRole = -1;
    int m_iconColumn = 0;
};
