#include "TaskEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int MaxTitleLength = 500; // the server's limit (docs/api.md 13.1)
}

TaskEditor::TaskEditor(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_titleEdit(new QLineEdit(this))
    , m_notesEdit(new QPlainTextEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_priorityCombo(new QComboBox(this))
    , m_hasDueDateCheck(new QCheckBox(this))
    , m_dueDateEdit(new QDateEdit(this))
    , m_labelsEdit(new QLineEdit(this))
    , m_infoLabel(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("taskEditor"));

    m_emptyLabel->setObjectName(QStringLiteral("taskEditorEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_titleEdit->setObjectName(QStringLiteral("taskTitleEdit"));
    m_titleEdit->setMaxLength(MaxTitleLength);
    m_notesEdit->setObjectName(QStringLiteral("taskNotesEdit"));
    m_notesEdit->setTabChangesFocus(true); // Tab moves on; notes rarely need a tab character
    m_statusCombo->setObjectName(QStringLiteral("taskStatusCombo"));
    // Items named in retranslateUi(), which keeps the index and data.
    m_statusCombo->addItem(QString(), int(TaskStatus::Open));
    m_statusCombo->addItem(QString(), int(TaskStatus::InProgress));
    m_statusCombo->addItem(QString(), int(TaskStatus::Done));
    m_priorityCombo->setObjectName(QStringLiteral("taskPriorityCombo"));
    for (int priority = 1; priority <= 4; ++priority)
        m_priorityCombo->addItem(QString(), priority);
    m_hasDueDateCheck->setObjectName(QStringLiteral("taskHasDueDateCheck"));
    m_dueDateEdit->setObjectName(QStringLiteral("taskDueDateEdit"));
    m_dueDateEdit->setCalendarPopup(true);
    m_dueDateEdit->setDate(QDate::currentDate());
    m_dueDateEdit->setEnabled(false);
    m_labelsEdit->setObjectName(QStringLiteral("taskLabelsEdit"));
    m_infoLabel->setObjectName(QStringLiteral("taskInfoLabel"));
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveButton->setObjectName(QStringLiteral("saveTaskButton"));
    m_revertButton->setObjectName(QStringLiteral("revertTaskButton"));
    m_revertButton->setAutoDefault(false);
    m_saveButton->setAutoDefault(false);

    auto *titleLabel = m_titleLabel = new QLabel(this);
    titleLabel->setBuddy(m_titleEdit);
    auto *notesLabel = m_notesLabel = new QLabel(this);
    notesLabel->setBuddy(m_notesEdit);
    auto *statusLabel = m_statusLabel = new QLabel(this);
    statusLabel->setBuddy(m_statusCombo);
    auto *priorityLabel = m_priorityLabel = new QLabel(this);
    priorityLabel->setBuddy(m_priorityCombo);
    auto *labelsLabel = m_labelsLabel = new QLabel(this);
    labelsLabel->setBuddy(m_labelsEdit);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(titleLabel, m_titleEdit);
    form->addRow(statusLabel, m_statusCombo);
    form->addRow(priorityLabel, m_priorityCombo);
    form->addRow(m_hasDueDateCheck, m_dueDateEdit);
    form->addRow(labelsLabel, m_labelsEdit);
    form->addRow(notesLabel, m_notesEdit);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form, 1);
    formLayout->addWidget(m_infoLabel);
    formLayout->addLayout(buttons);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(formPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    for (QLineEdit *edit : {m_titleEdit, m_labelsEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &TaskEditor::updateDirty);
        connect(edit, &QLineEdit::returnPressed, this, &TaskEditor::requestSave);
    }
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, &TaskEditor::updateDirty);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &TaskEditor::updateDirty);
    connect(m_priorityCombo, &QComboBox::currentIndexChanged, this, &TaskEditor::updateDirty);
    connect(m_dueDateEdit, &QDateEdit::dateChanged, this, &TaskEditor::updateDirty);
    connect(m_hasDueDateCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_dueDateEdit->setEnabled(checked);
        updateDirty();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &TaskEditor::requestSave);
    connect(m_revertButton, &QPushButton::clicked, this, [this] { setTask(m_base); });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &TaskEditor::requestSave);

    setTabOrder(m_titleEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_priorityCombo);
    setTabOrder(m_priorityCombo, m_hasDueDateCheck);
    setTabOrder(m_hasDueDateCheck, m_dueDateEdit);
    setTabOrder(m_dueDateEdit, m_labelsEdit);
    setTabOrder(m_labelsEdit, m_notesEdit);
    setTabOrder(m_notesEdit, m_revertButton);
    setTabOrder(m_revertButton, m_saveButton);

    retranslateUi();
    clearTask();
}

void TaskEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TaskEditor::retranslateUi()
{
    setAccessibleName(tr("Task details"));
    m_emptyLabel->setText(tr("Select a task to see and edit its details."));
    m_titleEdit->setAccessibleName(tr("Title"));
    m_notesEdit->setAccessibleName(tr("Notes"));
    m_notesEdit->setPlaceholderText(tr("Notes"));
    m_statusCombo->setAccessibleName(tr("Status"));
    // setItemText keeps the current index: neither the edit nor the dirty state changes.
    m_statusCombo->setItemText(0, tr("Open"));
    m_statusCombo->setItemText(1, tr("In progress"));
    m_statusCombo->setItemText(2, tr("Done"));
    m_priorityCombo->setAccessibleName(tr("Priority"));
    m_priorityCombo->setItemText(0, tr("Urgent"));
    m_priorityCombo->setItemText(1, tr("High"));
    m_priorityCombo->setItemText(2, tr("Medium"));
    m_priorityCombo->setItemText(3, tr("Low"));
    m_hasDueDateCheck->setText(tr("Du&e date:"));
    m_hasDueDateCheck->setAccessibleName(tr("Has a due date"));
    m_dueDateEdit->setAccessibleName(tr("Due date"));
    // The language's locale is the default now (Translations::install); the date stays.
    m_dueDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_labelsEdit->setAccessibleName(tr("Labels"));
    m_labelsEdit->setPlaceholderText(tr("home, errands"));
    m_labelsEdit->setToolTip(tr("Labels, separated by commas"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save the task"));
    m_saveButton->setToolTip(
        tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertButton->setText(tr("Re&vert"));
    m_revertButton->setAccessibleName(tr("Revert the task"));
    m_revertButton->setToolTip(tr("Throw away the unsaved changes"));
    m_titleLabel->setText(tr("&Title:"));
    m_notesLabel->setText(tr("&Notes:"));
    m_statusLabel->setText(tr("St&atus:"));
    m_priorityLabel->setText(tr("&Priority:"));
    m_labelsLabel->setText(tr("&Labels:"));
    // "Last changed %1", "Unsaved changes": rendered again from the edit's state.
    updateDirty();
}

void TaskEditor::setTask(const Task &task)
{
    m_base = task;
    load(task);
}

void TaskEditor::setEdits(const Task &edited, const Task &base)
{
    m_base = base;
    load(edited);
}

void TaskEditor::rebase(const Task &base)
{
    if (base.id != m_base.id)
        return;
    m_base = base;
    updateDirty();
}

void TaskEditor::followNewerVersion(const Task &newer)
{
    if (newer.id != m_base.id)
        return;
    const Task mine = editedTask();
    Task shown = mine;
    bool clash = false;
    const auto follow = [&](auto Task::*field) {
        if (mine.*field == m_base.*field)
            shown.*field = newer.*field;
        else if (newer.*field != m_base.*field && newer.*field != mine.*field)
            clash = true;
    };
    follow(&Task::title);
    follow(&Task::notes);
    follow(&Task::status);
    follow(&Task::priority);
    follow(&Task::dueDate);
    follow(&Task::labels);
    if (clash)
        return;
    m_base = newer;
    load(shown);
}

void TaskEditor::clearTask()
{
    m_base = Task{};
    m_stack->setCurrentIndex(0);
    m_saving = false;
    if (m_dirty) {
        m_dirty = false;
        emit dirtyChanged(false);
    }
}

void TaskEditor::load(const Task &shown)
{
    m_loading = true;
    // Only what differs: setting a text moves the cursor and drops the undo history of the
    // field, which would disturb someone typing there (followNewerVersion).
    if (m_titleEdit->text() != shown.title)
        m_titleEdit->setText(shown.title);
    if (m_notesEdit->toPlainText() != shown.notes)
        m_notesEdit->setPlainText(shown.notes);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(shown.status)));
    m_priorityCombo->setCurrentIndex(
        m_priorityCombo->findData(std::clamp(shown.priority, 1, Task::LowestPriority)));
    m_hasDueDateCheck->setChecked(shown.dueDate.isValid());
    m_dueDateEdit->setEnabled(shown.dueDate.isValid());
    m_dueDateEdit->setDate(shown.dueDate.isValid() ? shown.dueDate : QDate::currentDate());
    if (parseLabels(m_labelsEdit->text()) != shown.labels)
        m_labelsEdit->setText(shown.labels.join(QStringLiteral(", ")));
    m_loading = false;
    m_saving = false;
    m_stack->setCurrentIndex(1);
    updateDirty();
}

Task TaskEditor::editedTask() const
{
    Task task = m_base;
    task.title = m_titleEdit->text().trimmed();
    task.notes = m_notesEdit->toPlainText();
    task.status = TaskStatus(m_statusCombo->currentData().toInt());
    task.priority = m_priorityCombo->currentData().toInt();
    task.dueDate = m_hasDueDateCheck->isChecked() ? m_dueDateEdit->date() : QDate();
    task.labels = parseLabels(m_labelsEdit->text());
    return task;
}

bool TaskEditor::sameContent(const Task &a, const Task &b)
{
    return a.title == b.title && a.notes == b.notes && a.status == b.status &&
           a.priority == b.priority && a.dueDate == b.dueDate && a.labels == b.labels;
}

QStringList TaskEditor::parseLabels(const QString &text)
{
    QStringList labels;
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString label = part.trimmed();
        if (!label.isEmpty() && !labels.contains(label))
            labels.append(label);
    }
    return labels;
}

void TaskEditor::focusTitle()
{
    if (!hasTask())
        return;
    m_titleEdit->setFocus(Qt::OtherFocusReason);
    m_titleEdit->selectAll();
}

void TaskEditor::setSaving(bool saving)
{
    m_saving = saving;
    updateDirty();
}

void TaskEditor::updateDirty()
{
    if (m_loading)
        return;
    const bool dirty = hasTask() && !sameContent(editedTask(), m_base);
    m_saveButton->setEnabled(dirty && !m_saving && !m_titleEdit->text().trimmed().isEmpty());
    m_revertButton->setEnabled(dirty);
    QString info;
    if (hasTask() && m_base.updatedAt.isValid())
        info = tr("Last changed %1")
                   .arg(QLocale().toString(m_base.updatedAt.toLocalTime(), QLocale::ShortFormat));
    if (m_saving)
        info = tr("Saving\u2026");
    else if (dirty)
        info = tr("Unsaved changes");
    m_infoLabel->setText(info);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void TaskEditor::requestSave()
{
    if (!m_dirty || m_saving)
        return;
    if (m_titleEdit->text().trimmed().isEmpty()) {
        m_titleEdit->setFocus();
        return;
    }
    emit saveRequested(editedTask(), m_base);
}
