#include "ConfirmationBox.h"

#include <QGridLayout>
#include <QMessageBox>
#include <QPushButton>

bool ConfirmationBox::ask(QWidget *parent) const
{
    QString capitalised = name;
    if (!capitalised.isEmpty())
        capitalised[0] = capitalised.at(0).toUpper();
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(name + QStringLiteral("ConfirmDialog"));
    box.setAccessibleName(title);
    box.setTextFormat(Qt::PlainText);
    QStringList lines = consequences;
    if (lines.size() > 1) {
        for (QString &line : lines)
            line.prepend(QStringLiteral("\u2022 "));
    }
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    // QMessageBox sizes itself to its shortest line; a few sentences read better on wider lines
    // than wrapped after four words.
    if (auto *grid = qobject_cast<QGridLayout *>(box.layout())) {
        const int width = box.fontMetrics().averageCharWidth() * 64;
        grid->addItem(new QSpacerItem(width, 0, QSizePolicy::Minimum, QSizePolicy::Expanding),
                      grid->rowCount(), 0, 1, grid->columnCount());
    }
    QPushButton *confirm = box.addButton(confirmText, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirm") + capitalised + QStringLiteral("Button"));
    confirm->setAccessibleName(QString(confirmText).remove(QLatin1Char('&')));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel") + capitalised + QStringLiteral("Button"));
    cancel->setAccessibleName(keepText.isEmpty() ? cancel->text().remove(QLatin1Char('&'))
                                                 : keepText);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}
