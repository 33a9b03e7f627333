#include "TextRefresh.h"

#include <QAbstractItemModel>
#include <QDialog>
#include <QLayout>
#include <QLineEdit>
#include <QStyle>

namespace TextRefresh {

void refresh(QAbstractItemModel *model)
{
    if (!model)
        return;
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    // Signals are public: the model's own views and proxies repaint only what is visible.
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0)
        emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    if (rows > 0 && columns > 0)
        emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

void growToFit(QDialog *dialog)
{
    if (!dialog->isVisible() || !dialog->layout())
        return;
    QSize wanted = dialog->sizeHint();
    wanted.setWidth(qMax(wanted.width(), dialog->width()));
    if (dialog->layout()->hasHeightForWidth())
        wanted.setHeight(dialog->layout()->totalHeightForWidth(wanted.width()));
    dialog->resize(dialog->size().expandedTo(wanted));
}

void fitPlaceholder(QLineEdit *edit)
{
    // What QLineEdit puts around its text: the style's frame, the text margins, and its own
    // margin of 2 px each side (QLineEditPrivate::horizontalMargin), plus the cursor.
    const int frame = edit->hasFrame()
                          ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit)
                          : 0;
    const QMargins margins = edit->textMargins();
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) +
                          2 * frame + margins.left() + margins.right() + 2 * 2 + 2);
}

} // namespace TextRefresh
