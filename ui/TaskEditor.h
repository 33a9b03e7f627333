#pragma once

#include "Task.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// Edits one task. Keeps the version the edit started from (the base) so a save can send
// If-Match with its ETag and a change made elsewhere is noticed instead of overwritten.
// The editor never saves by itself and never drops what was typed: it asks (saveRequested),
// and the owner decides what happens to an edit when another task is chosen.
class TaskEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TaskEditor(QWidget *parent = nullptr);

    // Shows `task` as it is; it becomes the base; nothing is unsaved afterwards.
    void setTask(const Task &task);
    // Shows `edited` as unsaved edits on top of `base` (e.g. after "keep editing" in a conflict).
    void setEdits(const Task &edited, const Task &base);
    // A newer version of the same task became the base while the edits stay (after a save
    // that raced with more typing, or an overwrite).
    void rebase(const Task &base);
    // Something else in this window saved the same task (a tick in the list), so `newer` is the
    // current version while an edit is open. Fields the user has not touched follow `newer`,
    // touched ones stay as typed, and the edit goes on from `newer`. If `newer` also changed a
    // field the user changed differently, nothing moves: the save meets the conflict dialog.
    void followNewerVersion(const Task &newer);
    void clearTask();

    bool hasTask() const { return !m_base.id.isEmpty(); }
    QString taskId() const { return m_base.id; }
    Task baseTask() const { return m_base; }
    // The base with the fields as currently typed.
    Task editedTask() const;
    bool isDirty() const { return m_dirty; }
    // True when the edited fields of `a` and `b` are the same (id, times, version ignored).
    static bool sameContent(const Task &a, const Task &b);
    static QStringList parseLabels(const QString &text);

    void focusTitle();
    // While a save is on its way: no second save of the same edit.
    void setSaving(bool saving);

signals:
    void saveRequested(const Task &edited, const Task &base);
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load(const Task &shown);
    void updateDirty();
    void requestSave();

    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLineEdit *m_titleEdit;
    QPlainTextEdit *m_notesEdit;
    QComboBox *m_statusCombo;
    QComboBox *m_priorityCombo;
    QCheckBox *m_hasDueDateCheck;
    QDateEdit *m_dueDateEdit;
    QLineEdit *m_labelsEdit;
    QLabel *m_infoLabel;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QLabel *m_labelsLabel = nullptr;
    Task m_base;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_saving = false;
};
