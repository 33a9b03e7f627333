#include "ConfirmationBox.h"

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
    box.setInformativeText(consequences);
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
