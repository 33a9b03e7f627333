#pragma once

#include <QDialog>

class QModelIndex;

// Everything a table row of the security screens knows, on one page: each column's header,
// its text and its tooltip (the exact time, the full user agent, what a scope allows), all
// selectable. What Enter or a double click on a token, session or log row opens.
class RowDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    // `row` is any index of the row to show.
    RowDetailsDialog(const QModelIndex &row, const QString &title, QWidget *parent = nullptr);
};
