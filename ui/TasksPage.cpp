#include "TasksPage.h"

#include "AppContext.h"
#include "ConflictDialog.h"
#include "ErrorPanel.h"
#include "PageLayout.h"
#include "TaskEditor.h"
#include "TaskFilterProxy.h"
#include "TaskModel.h"
#include "TaskService.h"
#include "TextRefresh.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int SearchDelayMs = 300;

struct SortChoice
{
    const char *serverSort;
    TaskModel::Column column;
    Qt::SortOrder order;
};
// The server's order for each choice, and the header indicator that shows the same order.
constexpr SortChoice SortChoices[] = {
    {"-updated", TaskModel::Updated, Qt::DescendingOrder},
    {"due", TaskModel::DueDate, Qt::AscendingOrder},
    {"priority", TaskModel::Priority, Qt::AscendingOrder},
};
} // namespace

TasksPage::TasksPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(context.taskModel())
    , m_service(context.taskService())
    , m_proxy(new TaskFilterProxy(this))
    , m_searchEdit(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_sortCombo(new QComboBox(this))
    , m_progress(PageLayout::createBusyBar(QStringLiteral("taskLoadProgressBar"), QString(), this))
    , m_loadError(new ErrorPanel(QStringLiteral("taskLoadError"), this))
    , m_retryButton(new QPushButton(this))
    , m_actionError(new ErrorPanel(QStringLiteral("taskError"), this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_editor(new TaskEditor(this))
{
    setObjectName(QStringLiteral("tasksPage"));

    m_searchEdit->setObjectName(QStringLiteral("taskSearchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    // Named in retranslateUi(), which keeps the index and data.
    m_statusCombo->addItem(QString(), -1);
    m_statusCombo->addItem(QString(), int(TaskStatus::Open));
    m_statusCombo->addItem(QString(), int(TaskStatus::InProgress));
    m_statusCombo->addItem(QString(), int(TaskStatus::Done));
    m_sortCombo->setObjectName(QStringLiteral("sortCombo"));
    for (const SortChoice &choice : SortChoices)
        m_sortCombo->addItem(QString(), QString::fromLatin1(choice.serverSort));
    auto *statusLabel = new QLabel(this);
    m_statusLabel = statusLabel;
    statusLabel->setBuddy(m_statusCombo);
    auto *sortLabel = new QLabel(this);
    m_sortLabel = sortLabel;
    sortLabel->setBuddy(m_sortCombo);

    m_progress->setFixedWidth(90);
    QSizePolicy keepSpace = m_progress->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // the filter row does not jump while loading
    m_progress->setSizePolicy(keepSpace);
    m_progress->hide();

    // The filter and sort choices keep their whole text in every language ("Mise à jour"); the
    // search field gives way first. AdjustToContents follows a language change.
    for (QComboBox *combo : {m_statusCombo, m_sortCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    }

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchEdit, 1);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusCombo);
    filterRow->addWidget(sortLabel);
    filterRow->addWidget(m_sortCombo);
    filterRow->addWidget(m_progress);

    m_retryButton->setObjectName(QStringLiteral("retryLoadButton"));
    m_loadError->addButton(m_retryButton);
    auto *dismissButton = new QPushButton;
    m_dismissButton = dismissButton;
    dismissButton->setObjectName(QStringLiteral("dismissTaskErrorButton"));
    m_actionError->addButton(dismissButton);
    connect(dismissButton, &QPushButton::clicked, m_actionError, &ErrorPanel::clear);

    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TaskModel::Title, QHeaderView::Stretch);
    header->setHighlightSections(false);
    const QFontMetrics metrics(font());
    header->setMinimumSectionSize(metrics.horizontalAdvance(QLatin1Char('m')) * 4);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    applySortToHeader();

    m_emptyLabel->setObjectName(QStringLiteral("taskEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);

    auto *listColumn = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_loadError);
    listLayout->addWidget(m_actionError);
    listLayout->addWidget(m_listStack, 1);

    m_splitter->setObjectName(QStringLiteral("taskSplitter"));
    m_splitter->addWidget(listColumn);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({680, 320});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { applyQuery(false); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        applyQuery(false);
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] { applyQuery(false); });
    connect(m_sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        applySortToHeader();
        applyQuery(false);
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_loadErrorMessage.clear();
        m_loadError->clear();
        m_model->retry();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPage::onCurrentRowChanged);
    connect(m_editor, &TaskEditor::saveRequested, this, &TasksPage::saveEdits);

    connect(m_model, &TaskModel::loadingChanged, this, [this] {
        updateBusy();
        updateEmptyState();
    });
    connect(m_model, &TaskModel::loadFailed, this, [this](const QString &message) {
        m_loadErrorMessage = message;
        showLoadError();
        updateEmptyState();
    });
    connect(m_model, &TaskModel::modelReset, this, [this] {
        m_loadErrorMessage.clear();
        m_loadError->clear();
        updateEmptyState();
    });
    connect(m_model, &TaskModel::rowsInserted, this, [this] {
        updateEmptyState();
        syncEditorFromModel();
        selectWaitingTask();
    });
    connect(m_model, &TaskModel::rowsRemoved, this, &TasksPage::updateEmptyState);
    connect(m_model, &TaskModel::dataChanged, this, &TasksPage::syncEditorFromModel);

    connect(m_service, &TaskService::busyChanged, this, &TasksPage::updateBusy);
    connect(m_service, &TaskService::created, this, [this](const Task &task) {
        m_focusTitleOf = task.id;
        selectTask(task.id);
        if (m_editor->taskId() == task.id) {
            m_editor->focusTitle();
            m_focusTitleOf.clear();
        }
    });
    connect(m_service, &TaskService::saved, this, &TasksPage::onSaved);
    connect(m_service, &TaskService::reloaded, this, [this](const Task &task) {
        if (m_editor->taskId() == task.id && !m_editor->isDirty())
            m_editor->setTask(task);
    });
    connect(m_service, &TaskService::conflict, this, &TasksPage::onConflict);
    connect(m_service, &TaskService::removed, this, [this](const Task &task) {
        m_pendingSaves.remove(task.id);
        if (m_editor->taskId() == task.id)
            m_editor->clearTask();
    });
    connect(m_service, &TaskService::failed, this, &TasksPage::onFailed);

    setTabOrder(m_searchEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_sortCombo);
    setTabOrder(m_sortCombo, m_table);
    setTabOrder(m_table, m_editor);
    retranslateUi();
}

void TasksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TasksPage::retranslateUi()
{
    setAccessibleName(tr("Tasks"));
    m_progress->setAccessibleName(tr("Loading tasks"));
    m_searchEdit->setAccessibleName(tr("Search tasks"));
    m_searchEdit->setPlaceholderText(
        tr("Search titles and notes (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    TextRefresh::fitPlaceholder(m_searchEdit);
    m_statusCombo->setAccessibleName(tr("Show tasks with status"));
    // setItemText: the current index (the filter in force) and the data stay.
    m_statusCombo->setItemText(0, tr("All"));
    m_statusCombo->setItemText(1, tr("Open"));
    m_statusCombo->setItemText(2, tr("In progress"));
    m_statusCombo->setItemText(3, tr("Done"));
    m_sortCombo->setAccessibleName(tr("Sort tasks by"));
    m_sortCombo->setItemText(0, tr("Updated"));
    m_sortCombo->setItemText(1, tr("Due date"));
    m_sortCombo->setItemText(2, tr("Priority"));
    m_statusLabel->setText(tr("S&how:"));
    m_sortLabel->setText(tr("So&rt by:"));
    m_retryButton->setText(tr("&Retry"));
    m_retryButton->setAccessibleName(tr("Retry loading tasks"));
    m_dismissButton->setText(tr("&Dismiss"));
    m_dismissButton->setAccessibleName(tr("Dismiss the error"));
    m_table->setAccessibleName(tr("Task list"));
    m_model->retranslate();
    sizeColumns();
    if (!m_loadErrorMessage.isEmpty())
        showLoadError();
    updateEmptyState();
}

void TasksPage::sizeColumns()
{
    // Narrow fixed columns leave the rest to the title; the user can still drag them wider. Each
    // holds its header (with the sort arrow) and its longest value in this language: "In
    // Bearbeitung", "Dringend", "Schlagwörter" must not be elided.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const int padding = metrics.horizontalAdvance(QLatin1Char('m'));
    const auto widest = [&](const auto &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    const QString sampleDate = QLocale().toString(QDate(2000, 12, 30), QLocale::ShortFormat);
    // The same formats as TaskModel's display texts.
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2000, 12, 30), QTime(23, 59, 59)), QLocale::ShortFormat);
    const std::array<std::pair<int, int>, 5> columns{{
        {TaskModel::Status, widest(m_model->statusTexts())},
        {TaskModel::Priority, widest(m_model->priorityTexts())},
        {TaskModel::DueDate, widest(std::array{sampleDate})},
        {TaskModel::Labels, padding * 6},
        {TaskModel::Updated, widest(std::array{sampleTime})},
    }};
    for (const auto &[column, contents] : columns)
        header->resizeSection(column, qMax(contents, header->sectionSizeHint(column)));
}

void TasksPage::showLoadError()
{
    m_loadError->showMessage(tr("The tasks could not be loaded: %1").arg(m_loadErrorMessage));
}

TasksPage::~TasksPage()
{
    // The model outlives this page; its signals must not reach a half-destroyed page.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_service, nullptr, this, nullptr);
}

void TasksPage::activate(const Account &account)
{
    m_account = account;
    m_loadError->clear();
    m_actionError->clear();
    applyQuery(true);
    m_table->setFocus();
    if (!m_draft)
        return;
    const Draft draft = *std::exchange(m_draft, std::nullopt);
    // The issuer and the user id, not the name: a name can be given to someone else later.
    if (!draft.isFor(account.serverUrl) || draft.userId != account.userId) {
        emit draftDiscarded(draft);
        return;
    }
    // Still on top of the version it started from: if the task changed meanwhile, saving meets
    // the conflict dialog instead of overwriting.
    m_editor->setEdits(draft.edited, draft.base);
    m_selectWhenListed = draft.base.id;
    selectWaitingTask();
    emit draftRestored(draft);
}

void TasksPage::reset()
{
    // Whatever ended the session, what was typed is the user's: keep it for their return. The
    // owner is the account that was signed in (the session has already forgotten it).
    if (m_editor->hasTask() && m_editor->isDirty() && !m_account.userId.isEmpty()) {
        m_draft = Draft{m_account.serverUrl, m_account.userId, m_account.username,
                        m_editor->editedTask(), m_editor->baseTask()};
    }
    m_account = {};
    m_selectWhenListed.clear();
    m_pendingSaves.clear();
    m_afterSettled = nullptr;
    m_editor->clearTask();
    m_loadError->clear();
    m_actionError->clear();
    m_searchTimer.stop();
    m_model->clear();
}

void TasksPage::createTask()
{
    Task task;
    task.title = tr("New task");
    m_service->create(task);
}

void TasksPage::deleteCurrentTask()
{
    if (!hasCurrentTask())
        return;
    const Task task = currentTask();
    if (m_editor->taskId() == task.id)
        m_editor->clearTask(); // deleting is the user's word; Undo brings the task back
    m_service->remove(task.id);
}

void TasksPage::toggleCurrentDone()
{
    if (!hasCurrentTask())
        return;
    const Task task = currentTask();
    m_service->setDone(task.id, task.status != TaskStatus::Done);
}

void TasksPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void TasksPage::focusEditor()
{
    m_editor->focusTitle();
}

void TasksPage::refresh()
{
    m_loadError->clear();
    m_searchTimer.stop();
    applyQuery(true);
}

bool TasksPage::hasCurrentTask() const
{
    return m_table->selectionModel()->currentIndex().isValid();
}

Task TasksPage::currentTask() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return m_proxy->taskAt(current.row());
}

bool TasksPage::hasUnsavedEdits() const
{
    return m_editor->isDirty() || !m_pendingSaves.isEmpty();
}

void TasksPage::whenEditsSettled(std::function<void()> proceed)
{
    if (m_editor->isDirty()) {
        switch (askAboutUnsavedEdits()) {
        case UnsavedChoice::Cancel:
            return;
        case UnsavedChoice::Discard:
            m_editor->setTask(m_editor->baseTask());
            break;
        case UnsavedChoice::Save:
            saveEditorIfDirty();
            break;
        }
    }
    if (m_pendingSaves.isEmpty()) {
        proceed();
        return;
    }
    m_afterSettled = std::move(proceed);
}

void TasksPage::finishSettling(bool ok)
{
    if (!m_afterSettled)
        return;
    if (!ok) {
        // The save did not go through: stay, so the edit can be looked after.
        m_afterSettled = nullptr;
        return;
    }
    if (m_pendingSaves.isEmpty() && !m_editor->isDirty())
        std::exchange(m_afterSettled, nullptr)();
}

TasksPage::UnsavedChoice TasksPage::askAboutUnsavedEdits()
{
    QMessageBox box(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("\u201c%1\u201d has changes that are not saved yet.").arg(m_editor->baseTask().title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesDialog"));
    box.setAccessibleName(tr("Unsaved changes"));
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Save)->setObjectName(QStringLiteral("unsavedSaveButton"));
    box.button(QMessageBox::Discard)->setObjectName(QStringLiteral("unsavedDiscardButton"));
    box.button(QMessageBox::Cancel)->setObjectName(QStringLiteral("unsavedCancelButton"));
    box.button(QMessageBox::Save)->setAccessibleName(tr("Save the changes"));
    box.button(QMessageBox::Discard)->setAccessibleName(tr("Discard the changes"));
    box.button(QMessageBox::Cancel)->setAccessibleName(tr("Keep editing"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

void TasksPage::applyQuery(bool force)
{
    TaskListQuery query = m_model->query();
    query.text = m_searchEdit->text().trimmed();
    query.statuses.clear();
    const int status = m_statusCombo->currentData().toInt();
    if (status >= 0)
        query.statuses.append(TaskStatus(status));
    query.sort = m_sortCombo->currentData().toString();
    if (force || !(query == m_model->query()) || m_model->pageSource() == nullptr)
        m_model->setQuery(query);
}

void TasksPage::applySortToHeader()
{
    const int index = std::clamp(m_sortCombo->currentIndex(), 0, int(std::size(SortChoices)) - 1);
    m_table->sortByColumn(SortChoices[index].column, SortChoices[index].order);
}

void TasksPage::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    emit currentTaskChanged(current.isValid());
    if (m_restoringSelection || !current.isValid())
        return;
    const Task task = m_proxy->taskAt(current.row());
    if (task.id == m_editor->taskId())
        return;
    if (m_editor->isDirty()) {
        switch (askAboutUnsavedEdits()) {
        case UnsavedChoice::Cancel: {
            // Back to the task being edited, without asking again.
            m_restoringSelection = true;
            const int sourceRow = m_model->rowOf(m_editor->taskId());
            const QModelIndex back =
                sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : previous;
            if (back.isValid())
                m_table->selectionModel()->setCurrentIndex(
                    back, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_restoringSelection = false;
            return;
        }
        case UnsavedChoice::Save:
            saveEditorIfDirty();
            break;
        case UnsavedChoice::Discard:
            break;
        }
    }
    m_editor->setTask(task);
    if (m_focusTitleOf == task.id) {
        m_focusTitleOf.clear();
        m_editor->focusTitle();
    }
}

void TasksPage::selectTask(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TasksPage::saveEdits(const Task &edited, const Task &base)
{
    m_pendingSaves.insert(edited.id, PendingSave{edited, base});
    if (m_editor->taskId() == edited.id)
        m_editor->setSaving(true);
    m_service->save(edited, base);
}

void TasksPage::saveEditorIfDirty()
{
    if (m_editor->isDirty())
        saveEdits(m_editor->editedTask(), m_editor->baseTask());
}

void TasksPage::onSaved(const Task &task)
{
    const bool editorsSave = m_pendingSaves.contains(task.id);
    const auto pending = m_pendingSaves.take(task.id);
    if (m_editor->taskId() == task.id && !editorsSave) {
        // Saved by something else in this window (a tick in the list): an open edit follows it
        // rather than jumping onto it, or its next save would write the old values back.
        if (m_editor->isDirty())
            m_editor->followNewerVersion(task);
        else
            m_editor->setTask(task);
    } else if (m_editor->taskId() == task.id) {
        // Typing may have gone on while the save travelled: keep that as the next edit.
        if (TaskEditor::sameContent(m_editor->editedTask(), pending.edited) ||
            TaskEditor::sameContent(m_editor->editedTask(), task))
            m_editor->setTask(task);
        else {
            m_editor->setSaving(false);
            m_editor->rebase(task);
        }
    }
    finishSettling(true);
}

void TasksPage::onConflict(const Task &mine, const Task &theirs)
{
    const PendingSave pending = m_pendingSaves.take(mine.id);
    const bool inEditor = m_editor->taskId() == mine.id;
    if (inEditor)
        m_editor->setSaving(false);
    // "Keep editing" needs the editor: free, or already on this task.
    const bool canKeepEditing = inEditor || !m_editor->isDirty();

    ConflictDialog dialog(mine, theirs, this);
    dialog.setKeepEditingAvailable(canKeepEditing);
    const int choice = dialog.exec();
    switch (choice) {
    case ConflictDialog::Reload:
        if (inEditor)
            m_editor->setTask(theirs);
        m_service->reload(mine.id);
        finishSettling(false);
        break;
    case ConflictDialog::Overwrite:
        m_pendingSaves.insert(mine.id, PendingSave{mine, theirs});
        if (inEditor) {
            m_editor->rebase(theirs);
            m_editor->setSaving(true);
        }
        m_service->saveOverwriting(mine, theirs);
        break;
    default:
        // Keep editing: the edit stays on top of the version it started from, so the next save
        // meets the same question instead of overwriting silently.
        if (!inEditor) {
            selectTask(mine.id);
            m_editor->setEdits(mine, pending.base.id.isEmpty() ? mine : pending.base);
        }
        m_editor->focusTitle();
        finishSettling(false);
        break;
    }
}

void TasksPage::onFailed(const ApiError &error)
{
    m_actionError->showError(error);
    // Which save failed is not said; the editor's edit stays either way and can be saved again.
    if (m_editor->hasTask() && m_pendingSaves.contains(m_editor->taskId())) {
        m_pendingSaves.remove(m_editor->taskId());
        m_editor->setSaving(false);
    }
    finishSettling(false);
    emit errorOccurred(error);
}

void TasksPage::syncEditorFromModel()
{
    if (!m_editor->hasTask() || m_editor->isDirty() || m_pendingSaves.contains(m_editor->taskId()))
        return;
    const int row = m_model->rowOf(m_editor->taskId());
    if (row < 0)
        return;
    const Task &task = m_model->taskAt(row);
    if (task.version != m_editor->baseTask().version || !(task == m_editor->baseTask()))
        m_editor->setTask(task);
}

void TasksPage::selectWaitingTask()
{
    if (m_selectWhenListed.isEmpty() || m_model->rowOf(m_selectWhenListed) < 0)
        return;
    // The editor already shows this task, so the row change does not ask about its edits.
    selectTask(std::exchange(m_selectWhenListed, QString()));
}

void TasksPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading() && !m_model->hasFailed();
    if (empty) {
        const bool filtered =
            !m_searchEdit->text().trimmed().isEmpty() || m_statusCombo->currentData().toInt() >= 0;
        m_emptyLabel->setText(
            filtered
                ? tr("No tasks match the search or filter.")
                : tr("No tasks yet.\nPress %1 to create one.")
                      .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    }
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_table);
}

void TasksPage::updateBusy()
{
    m_progress->setVisible(m_model->isLoading() || m_service->pendingCalls() > 0);
}

bool TasksPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            switch (key->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                focusEditor();
                return true;
            case Qt::Key_Space:
                toggleCurrentDone();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}
