#pragma once

#include <QTableView>

// The table of the security tabs: whole rows selected one at a time, read-only, sortable by a
// header click, and the keyboard contract of the Account security dialog: Delete asks to revoke
// the selected row (revokeRequested), Enter or a double click opens it (openRequested). Enter
// is taken here so that it never reaches a dialog's default button.
class SecurityTableView : public QTableView
{
    Q_OBJECT

public:
    explicit SecurityTableView(QWidget *parent = nullptr);

    // The selected row's index in column 0 of the view's model; invalid when none.
    QModelIndex currentRow() const;
    // Gives every column room for its header and widest cell; `stretchColumn` takes the rest.
    void fitColumns(int stretchColumn);

signals:
    void revokeRequested(const QModelIndex &row);
    void openRequested(const QModelIndex &row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
