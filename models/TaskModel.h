#pragma once

#include "Task.h"
#include "TaskPageSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

// The task list: one row per task, one column per field. Rows come from a TaskPageSource page
// by page (canFetchMore/fetchMore, so a view pulls the next page when scrolled to the end), or
// in bulk with setTasks(); services keep it current with upsert() and removeTask().
//
// Built for 100,000 rows: display strings are computed once per row (dates lazily, on first
// display), data() only hands out shared strings, and rowOf() is a hash lookup.
class TaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Status, Priority, DueDate, Labels, Updated, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TaskRole = Qt::UserRole + 1, // the whole Task (QVariant::fromValue<Task>)
        IdRole,                      // QString
        EtagRole,                    // QByteArray, for If-Match
        SearchTextRole,              // case-folded title, notes and labels, for filtering
    };
    Q_ENUM(Role)

    // Status and priority names are translated once, not per cell (sorting and painting read them
    // for many rows): after a language change this translates them again and tells the views.
    void retranslate();
    // The translated names, for views that size their columns to the longest.
    const std::array<QString, 3> &statusTexts() const { return m_statusTexts; }
    const std::array<QString, Task::LowestPriority> &priorityTexts() const
    {
        return m_priorityTexts;
    }

    // What removeTask() took out, so the caller can put it back with insertTask().
    struct Removal
    {
        Task task;
        int row = -1; // -1: there was no task with that id
        bool isValid() const { return row >= 0; }
    };

    // A 256-bit set of the character pairs in a text: a needle can only occur in a text whose
    // set contains all of the needle's pairs, which rules most rows out without scanning them.
    using BigramSet = std::array<quint64, 4>;
    static BigramSet bigramsOf(QStringView text);
    static std::array<quint64, 2> asciiCharsOf(QStringView text);
    static bool containsAll(const BigramSet &set, const BigramSet &subset)
    {
        return (set[0] & subset[0]) == subset[0] && (set[1] & subset[1]) == subset[1] &&
               (set[2] & subset[2]) == subset[2] && (set[3] & subset[3]) == subset[3];
    }

    // What filtering and sorting read for every row, kept in one contiguous array so a pass
    // over 100,000 rows stays in cache instead of visiting every Task.
    struct RowKeys
    {
        BigramSet searchBigrams{}; // bigramsOf(searchTextAt(row))
        // Bit c set when searchTextAt(row) holds the ASCII character c: a one-letter filter
        // (the first key typed, which matches most rows) is answered without reading the text.
        std::array<quint64, 2> asciiChars{};
        qint64 dueDay = 0;       // QDate::toJulianDay(), or the maximum qint64 when undated
        qint64 updatedMsecs = 0; // since the epoch, or the minimum qint64 when unset
        int priority = Task::LowestPriority;
        TaskStatus status = TaskStatus::Open;
    };

    explicit TaskModel(QObject *parent = nullptr);
    explicit TaskModel(TaskPageSource *source, QObject *parent = nullptr);
    ~TaskModel() override;

    // The source is not owned and must outlive the model (or be replaced first).
    void setPageSource(TaskPageSource *source);
    TaskPageSource *pageSource() const { return m_source; }

    // Clears the model and loads the first page of `query` from the page source.
    void setQuery(const TaskListQuery &query);
    TaskListQuery query() const { return m_query; }
    // Clears the model and loads page 1 again with the current query.
    void reload();
    // After loadFailed: asks again for the page that failed (fetchMore() does not, so a view
    // cannot hammer a failing server).
    void retry();

    // Replaces every row at once (no paging: canFetchMore() is false afterwards).
    void setTasks(QList<Task> tasks);
    void clear();

    // Updates the row with the task's id in place, or inserts the task at the top.
    // Returns the task's row.
    int upsert(const Task &task);
    // Inserts a task at `row` (clamped to 0..rowCount()); used to undo a removal. A task whose id
    // is already present is updated in place instead. Returns the task's row.
    int insertTask(int row, const Task &task);
    // Removes the task with this id; the result says what was removed and where (row -1: none).
    Removal removeTask(const QString &id);

    const Task &taskAt(int row) const;  // row must be valid
    int rowOf(const QString &id) const; // -1 when absent; O(1)
    bool contains(const QString &id) const { return m_keyOfId.contains(id); }
    // Case-folded title, notes and labels of a row: what TaskFilterProxy matches against.
    const QString &searchTextAt(int row) const;                     // row must be valid
    const RowKeys &keysAt(int row) const { return m_keys.at(row); } // row must be valid

    bool isLoading() const { return m_loading; }
    bool hasMorePages() const { return m_hasMore; }
    bool hasFailed() const { return m_failed; }
    QString lastError() const { return m_lastError; }

    // QAbstractItemModel
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // The user ticked or unticked a task's check box. The model does not change the task itself:
    // the owner saves the new status and upserts what the server returns.
    void completionChangeRequested(const QString &id, bool done);

private:
    void translateTexts();
    struct Row
    {
        Task task;
        QString searchText;          // case-folded title + notes + labels
        QString labelsText;          // labels joined for display
        mutable QString dueText;     // formatted on first display
        mutable QString updatedText; // formatted on first display
    };

    static Row makeRow(Task task, RowKeys *keys);
    void appendRow(Task task);
    void setRow(int row, Task task);
    void placeRow(int row, Task task); // inserts with begin/endInsertRows, keeps m_keyOfId right
    void resetState();
    void requestNextPage();
    void applyPage(const TaskPage &page);
    void setLoading(bool loading);
    const QString &dueTextOf(const Row &row) const;
    const QString &updatedTextOf(const Row &row) const;

    QList<Row> m_rows;
    QList<RowKeys> m_keys; // parallel to m_rows
    // id -> key, where row = key - m_keyOffset. Inserting at the top only moves the offset;
    // inserting or removing in the middle shifts the keys of the shorter side.
    QHash<QString, qint64> m_keyOfId;
    qint64 m_keyOffset = 0;

    TaskPageSource *m_source = nullptr;
    TaskListQuery m_query;
    QString m_nextCursor;
    QString m_lastError;
    quint64 m_generation = 0; // bumped on every reset; answers of older requests are dropped
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_failed = false;             // the last request failed; retry() or a reset clears it
    bool m_firstPageRequested = false; // in this generation

    std::array<QString, 3> m_statusTexts;
    std::array<QString, Task::LowestPriority> m_priorityTexts;
};

Q_DECLARE_METATYPE(Task)
