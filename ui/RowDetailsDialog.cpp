#include "RowDetailsDialog.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RowDetailsDialog::RowDetailsDialog(const QModelIndex &row, const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rowDetailsDialog"));
    setAccessibleName(title);
    setWindowTitle(title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QAbstractItemModel *model = row.model();
    for (int column = 0; model && column < model->columnCount(row.parent()); ++column) {
        const QModelIndex cell = row.siblingAtColumn(column);
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        QString text = cell.data(Qt::DisplayRole).toString();
        const QString toolTip = cell.data(Qt::ToolTipRole).toString();
        // The tooltip says more than the cell (the exact time, the full header): both are shown
        // unless one already holds the other.
        if (!toolTip.isEmpty() && !text.contains(toolTip))
            text = text.isEmpty() || toolTip.contains(text) ? toolTip : text + u'\n' + toolTip;
        auto *value = new QLabel(text.isEmpty() ? tr("\u2014") : text, this);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setObjectName(QStringLiteral("rowDetailsValue%1Label").arg(column));
        value->setAccessibleName(header);
        form->addRow(header + QLatin1Char(':'), value);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("rowDetailsCloseButton"));
    close->setAccessibleName(tr("Close the details"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
}
