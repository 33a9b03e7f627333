#pragma once

#include "Task.h"

#include <QDialog>

class QLabel;
class QPushButton;

// "This task was changed elsewhere": a save met a newer version on the server (412). Nothing
// is overwritten unless the user says so: take their version, overwrite it with this edit, or
// go back to editing.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { KeepEditing = QDialog::Rejected, Reload = 10, Overwrite = 11 };

    ConflictDialog(const Task &mine, const Task &theirs, QWidget *parent = nullptr);

    // Without "Keep editing" when the edit can no longer be shown (another task is being edited).
    void setKeepEditingAvailable(bool available);

    // The fields where the two versions differ, in words ("title, due date").
    static QStringList differingFields(const Task &mine, const Task &theirs);

    // Escape means "keep editing" only when that is offered; otherwise a choice is needed.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPushButton *m_reloadButton;
    QPushButton *m_overwriteButton;
    QPushButton *m_cancelButton;
    QLabel *m_heading;
    QLabel *m_text;
    QLabel *m_details;
    QLabel *m_question;
    // The two versions, to say again what differs after a language change.
    Task m_mine;
    Task m_theirs;
};
