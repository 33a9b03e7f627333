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
    // Gives every column room for its header and widest cell (with air between them, unless
    // `air` is Tight); `stretchColumn` takes the rest of the width, but never less than its own
    // header and cells: when the columns do not all fit, the table scrolls sideways rather than
    // eliding a header in a longer language.
    enum class Air { Padded, Tight };
    void fitColumns(int stretchColumn, Air air = Air::Padded);
    // After fitColumns(): widens (never narrows) each column whose header or cells no longer fit,
    // e.g. a row changed in place ("Active" became "Deaktiviert"), keeping widths the user chose.
    void widenToFit();

signals:
    void revokeRequested(const QModelIndex &row);
    void openRequested(const QModelIndex &row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillWidth();

    int m_stretchColumn = -1;
    int m_stretchMinimum = 0;
    int m_padding = 0; // the air fitColumns() gave each column
};
