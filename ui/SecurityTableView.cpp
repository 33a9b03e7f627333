#include "SecurityTableView.h"

#include <QHeaderView>
#include <QKeyEvent>

SecurityTableView::SecurityTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(true);
    setTabKeyNavigation(false); // Tab leaves the table for the buttons
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openRequested(index.siblingAtColumn(0));
    });
}

QModelIndex SecurityTableView::currentRow() const
{
    if (!selectionModel())
        return {};
    const QModelIndexList rows = selectionModel()->selectedRows(0);
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

void SecurityTableView::fitColumns(int stretchColumn, Air air)
{
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    resizeColumnsToContents();
    // A little air between columns, so "127.0.0.1" does not run into the next one.
    m_padding = air == Air::Padded ? fontMetrics().horizontalAdvance(QLatin1Char('m')) : 0;
    if (m_padding > 0) {
        for (int column = 0; column < header->count(); ++column)
            header->resizeSection(column, header->sectionSize(column) + m_padding);
    }
    m_stretchColumn = stretchColumn;
    m_stretchMinimum = header->sectionSize(stretchColumn);
    fillWidth();
}

void SecurityTableView::widenToFit()
{
    if (m_stretchColumn < 0)
        return; // never fitted: the widths are Qt's defaults
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        // What resizeColumnsToContents() gives a column, with fitColumns()' air.
        const int wanted =
            qMax(sizeHintForColumn(column), header->sectionSizeHint(column)) + m_padding;
        if (column == m_stretchColumn)
            m_stretchMinimum = qMax(m_stretchMinimum, wanted);
        else if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
    fillWidth();
}

void SecurityTableView::fillWidth()
{
    // Not QHeaderView::Stretch, which squeezes the column down to a few pixels when the others
    // take the width ("Software" in Spanish became "ftwa").
    QHeaderView *header = horizontalHeader();
    if (m_stretchColumn < 0 || m_stretchColumn >= header->count())
        return;
    const int others = header->length() - header->sectionSize(m_stretchColumn);
    header->resizeSection(m_stretchColumn, qMax(m_stretchMinimum, viewport()->width() - others));
}

void SecurityTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fillWidth();
}

void SecurityTableView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (currentRow().isValid()) {
            emit revokeRequested(currentRow());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentRow().isValid())
            emit openRequested(currentRow());
        event->accept(); // never the dialog's default button
        return;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}
