#pragma once

#include "ApiError.h"
#include "SessionManager.h"
#include "Task.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class AppContext;
class ErrorPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class TaskEditor;
class TaskFilterProxy;
class TaskModel;
class TaskService;

// The task list (server-side search, status filter and sort; header clicks sort what is
// loaded) beside the editor of the selected task. Owns the rules that keep edits safe: a row
// change with unsaved edits asks first, saves carry the base version, and a conflict is the
// user's decision. A session that ends under an unsaved edit does not take the edit with it:
// the edit waits in memory (the draft) for the same account to sign in again.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    // An unsaved edit kept while nobody is signed in, and whose it is. Memory only: it is never
    // written anywhere, so quitting drops it.
    struct Draft
    {
        QUrl server; // the issuer the account signed in to
        QString userId;
        QString username;
        Task edited;
        Task base; // the version the edit started from: saving it still sends its ETag

        bool isFor(const QUrl &serverUrl) const
        {
            return server.adjusted(QUrl::StripTrailingSlash) ==
                   serverUrl.adjusted(QUrl::StripTrailingSlash);
        }
    };

    explicit TasksPage(AppContext &context, QWidget *parent = nullptr);
    ~TasksPage() override;

    // After `account` signed in: loads the first page with the current search, filter and sort,
    // and puts the draft back into the editor if it is this account's on this server (another
    // account's draft is dropped: it must not see it).
    void activate(const Account &account);
    // After the session ended (signed out, or ended by the server): nothing of the account stays
    // on screen; an unsaved edit in the editor becomes the draft.
    void reset();
    const std::optional<Draft> &draft() const { return m_draft; }

    void createTask();
    void deleteCurrentTask();
    void toggleCurrentDone();
    void focusSearch();
    void focusEditor();
    void refresh();

    bool hasCurrentTask() const;
    Task currentTask() const;
    bool hasUnsavedEdits() const;
    // Runs `proceed` once no edit would be lost: at once when nothing is unsaved; otherwise
    // after asking Save / Discard / Cancel (Save: once the save went through).
    void whenEditsSettled(std::function<void()> proceed);

    QTableView *table() const { return m_table; }
    TaskEditor *editor() const { return m_editor; }
    TaskFilterProxy *proxy() const { return m_proxy; }

signals:
    void currentTaskChanged(bool hasTask);
    void errorOccurred(const ApiError &error);
    // activate() put the draft back into the editor.
    void draftRestored(const TasksPage::Draft &draft);
    // activate() dropped the draft because someone else signed in.
    void draftDiscarded(const TasksPage::Draft &draft);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Every constant text, the model's (TextRefresh) and the load error's, at start and on
    // QEvent::LanguageChange.
    void retranslateUi();
    void showLoadError();
    // Widths of the columns besides the title, for the texts of the current language.
    void sizeColumns();
    enum class UnsavedChoice { Save, Discard, Cancel };
    struct PendingSave
    {
        Task edited;
        Task base;
    };

    UnsavedChoice askAboutUnsavedEdits();
    void applyQuery(bool force);
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    void selectTask(const QString &id);
    void saveEdits(const Task &edited, const Task &base);
    void saveEditorIfDirty();
    void onSaved(const Task &task);
    void onConflict(const Task &mine, const Task &theirs);
    void onFailed(const ApiError &error);
    void syncEditorFromModel();
    void selectWaitingTask();
    void updateEmptyState();
    void updateBusy();
    void applySortToHeader();
    void finishSettling(bool ok);

    AppContext &m_context;
    TaskModel *m_model;
    TaskService *m_service;
    TaskFilterProxy *m_proxy;
    QLineEdit *m_searchEdit;
    QComboBox *m_statusCombo;
    QComboBox *m_sortCombo;
    QProgressBar *m_progress;
    ErrorPanel *m_loadError;
    QPushButton *m_retryButton;
    ErrorPanel *m_actionError;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_sortLabel = nullptr;
    QPushButton *m_dismissButton = nullptr;
    // The load error's detail as the model gave it; empty when none is shown.
    QString m_loadErrorMessage;
    QSplitter *m_splitter;
    TaskEditor *m_editor;
    QTimer m_searchTimer;
    QHash<QString, PendingSave> m_pendingSaves; // by task id
    std::function<void()> m_afterSettled;       // what waits for the pending saves
    QString m_focusTitleOf;                     // a created task whose title gets the focus
    QString m_selectWhenListed;                 // a restored draft's task, selected once listed
    Account m_account;                          // whose tasks are shown
    std::optional<Draft> m_draft;
    bool m_restoringSelection = false;
};
