#include "RowDetailsDialog.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RowDetailsDialog::RowDetailsDialog(const QModelIndex &row, const QString &title, QWidget *parent)
    : RowDetailsDialog(row, std::function<QString()>([title] { return title; }), parent)
{}

RowDetailsDialog::RowDetailsDialog(const QModelIndex &row, const std::function<QString()> &title,
                                   QWidget *parent)
    : QDialog(parent)
    , m_row(row)
    , m_title(title)
    , m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("rowDetailsDialog"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QAbstractItemModel *model = row.model();
    for (int column = 0; model && column < model->columnCount(row.parent()); ++column) {
        auto *header = new QLabel(this);
        auto *value = new QLabel(this);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setObjectName(QStringLiteral("rowDetailsValue%1Label").arg(column));
        header->setBuddy(value);
        form->addRow(header, value);
        m_headerLabels.append(header);
        m_valueLabels.append(value);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("rowDetailsCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    retranslateUi();
}

void RowDetailsDialog::retranslateUi()
{
    const QString title = m_title ? m_title() : QString();
    setAccessibleName(title);
    setWindowTitle(title);
    m_closeButton->setAccessibleName(tr("Close the details"));
    // The row may have gone while the dialog was open: it keeps what it showed.
    const QAbstractItemModel *model = m_row.model();
    if (!m_row.isValid() || !model)
        return;
    for (int column = 0; column < m_valueLabels.size(); ++column) {
        const QModelIndex cell = m_row.sibling(m_row.row(), column);
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        QString text = cell.data(Qt::DisplayRole).toString();
        const QString toolTip = cell.data(Qt::ToolTipRole).toString();
        // The tooltip says more than the cell (the exact time, the full header): both are shown
        // unless one already holds the other.
        if (!toolTip.isEmpty() && !text.contains(toolTip))
            text = text.isEmpty() || toolTip.contains(text) ? toolTip : text + u'\n' + toolTip;
        QLabel *value = m_valueLabels.at(column);
        value->setText(text.isEmpty() ? tr("\u2014") : text);
        value->setAccessibleName(header);
        m_headerLabels.at(column)->setText(header + QLatin1Char(':'));
    }
}

void RowDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
