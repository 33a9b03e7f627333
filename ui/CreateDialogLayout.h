#pragma once

class QDialog;
class QLayout;
class QProgressBar;
class QPushButton;
class QWidget;

// What the dialogs that create something (a user, a personal access token) share, so they look
// and behave alike: the introduction, the form, the error line, and at the bottom a busy bar
// left of the Create (default) and Cancel buttons.
namespace CreateDialogLayout {

void apply(QDialog *dialog, QWidget *intro, QLayout *form, QWidget *error, QProgressBar *progress,
           QPushButton *createButton, QPushButton *cancelButton);

} // namespace CreateDialogLayout
