#pragma once

#include <QDialog>
#include <QList>
#include <QPersistentModelIndex>

#include <functional>

class QLabel;
class QModelIndex;
class QPushButton;

// Everything a table row of the security screens knows, on one page: each column's header,
// its text and its tooltip (the exact time, the full user agent, what a scope allows), all
// selectable. What Enter or a double click on a token, session or log row opens.
class RowDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    // `row` is any index of the row to show.
    RowDetailsDialog(const QModelIndex &row, const QString &title, QWidget *parent = nullptr);
    // `title` is asked again after a language change, so a title built with tr() follows it.
    RowDetailsDialog(const QModelIndex &row, const std::function<QString()> &title,
                     QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The title, the headers and the cells (the model's texts are in the new language too).
    void retranslateUi();

    QPersistentModelIndex m_row;
    std::function<QString()> m_title;
    QList<QLabel *> m_headerLabels;
    QList<QLabel *> m_valueLabels;
    QPushButton *m_closeButton;
};
