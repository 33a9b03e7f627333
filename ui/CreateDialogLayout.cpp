#include "CreateDialogLayout.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace CreateDialogLayout {

void apply(QDialog *dialog, QWidget *intro, QLayout *form, QWidget *error, QProgressBar *progress,
           QPushButton *createButton, QPushButton *cancelButton)
{
    progress->setFixedWidth(90);
    progress->hide();
    createButton->setDefault(true);
    cancelButton->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(dialog);
    buttons->addButton(createButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancelButton, QDialogButtonBox::RejectRole);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(progress);
    buttonRow->addStretch();
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addStretch();
    layout->addLayout(buttonRow);
}

} // namespace CreateDialogLayout
