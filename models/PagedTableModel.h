#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <utility>

// What a paged listing asks its source for: the server-side search text (`q`, empty: none),
// where to go on (`cursor`, empty: the first page) and how many items (`limit`).
struct PageRequest
{
    QString text;
    QString cursor;
    int pageSize = 50;
};

// One answer of a page source: a page of items in the listing's order, or a failure.
template<typename Item> struct Page
{
    QList<Item> items;
    QString nextCursor; // empty: this was the last page
    QString error;      // non-empty when failed: a sentence for the user
    bool failed = false;

    static Page success(QList<Item> items, QString nextCursor)
    {
        Page page;
        page.items = std::move(items);
        page.nextCursor = std::move(nextCursor);
        return page;
    }
    static Page failure(QString error)
    {
        Page page;
        page.error = std::move(error);
        page.failed = true;
        return page;
    }
};

// Where a PagedTableModel gets its pages from, so the model has no network code (AdminService
// in the app; tests use one in memory). The contract is SecurityLogPageSource's: `done` is
// called exactly once, before requestPage() returns or later from the event loop.
template<typename Item> class PageSource
{
public:
    using PageCallback = std::function<void(const Page<Item> &page)>;

    PageSource() = default;
    virtual ~PageSource() = default;
    PageSource(const PageSource &) = delete;
    PageSource &operator=(const PageSource &) = delete;

    virtual void requestPage(const PageRequest &request, PageCallback done) = 0;
};

// The paging state machine the paged tables share (SecurityLogModel and the administration
// tables): reload() starts again from the first page, a view pulls the next page when
// scrolled to the end (canFetchMore/fetchMore), a "Load more" button calls fetchMore() too, a
// failed page is asked again only on retry(), and answers to a listing that was reloaded or
// searched anew meanwhile are dropped. The rows themselves live in PagedTableModel<Item>.
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 50; // the server's default `limit`
    using Clock = std::function<QDateTime()>;

    explicit PagedModelBase(QObject *parent = nullptr);
    ~PagedModelBase() override;

    // What "now" is for relative times; the system clock unless a test sets one.
    void setClock(Clock clock);
    QDateTime now() const;

    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    // The server-side search (`q`). A different text reloads from the first page.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Clears the model and loads the first page.
    void reload();
    // After loadFailed: asks again for the page that failed (fetchMore() does not, so a view
    // cannot hammer a failing server).
    void retry();
    // Empties the model without loading anything (signed out).
    void clear();

    bool isLoading() const { return m_loading; }
    bool hasMorePages() const { return m_hasMore; }
    bool hasFailed() const { return m_failed; }
    // True once the first page of the current reload has arrived (or failed).
    bool isLoaded() const { return m_loaded; }

    // Tells views that the time columns changed as the clock moved on.
    virtual void refreshTimes() = 0;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // A page arrived; `more` says whether another one can be fetched.
    void pageLoaded(bool more);

protected:
    virtual bool hasSource() const = 0;
    // Asks the source for the page at `request`; the answer goes to applyItems() (or
    // applyFailure()) only while answerIsCurrent(generation).
    virtual void requestFromSource(const PageRequest &request, quint64 generation) = 0;
    // Drops every row (inside a model reset).
    virtual void dropRows() = 0;
    // The sentence for a failed page whose source said nothing.
    virtual QString defaultLoadError() const;

    bool answerIsCurrent(quint64 generation) const
    {
        return generation == m_generation && m_loading;
    }
    // Runs `apply` from the event loop, and only while the answer for `generation` is still
    // current. Even when the source answers at once: fetchMore() is often called from another
    // change's notification, where inserting rows would nest one change inside another.
    void applyWhenCurrent(quint64 generation, std::function<void()> apply);
    // After the rows of a page went in: the paging state moves on.
    void finishPage(const QString &nextCursor);
    void failPage(const QString &error);

private:
    void resetState();
    void requestNextPage();
    void setLoading(bool loading);

    Clock m_clock;
    QString m_searchText;
    QString m_nextCursor;
    int m_pageSize = DefaultPageSize;
    quint64 m_generation = 0; // bumped on every reset; answers of older requests are dropped
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_failed = false;
    bool m_loaded = false;
};

// A PagedModelBase whose rows are `Item`s (each with a QString `id`) from a PageSource<Item>.
// Subclasses say what the columns show.
template<typename Item> class PagedTableModel : public PagedModelBase
{
public:
    using PagedModelBase::PagedModelBase;

    // The source is not owned and must outlive the model (or be replaced first).
    void setPageSource(PageSource<Item> *source)
    {
        m_source = source;
        clear();
    }
    PageSource<Item> *pageSource() const { return m_source; }

    const Item &itemAt(int row) const
    {
        Q_ASSERT(row >= 0 && row < m_items.size());
        return m_items.at(row);
    }
    int rowOf(const QString &id) const { return m_rowOfId.value(id, -1); }
    QList<Item> items() const { return m_items; }

    // Puts a fresher copy of a listed item in its place (after a change); false if not listed.
    bool replaceItem(const Item &item)
    {
        const int row = rowOf(item.id);
        if (row < 0)
            return false;
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }

protected:
    bool hasSource() const override { return m_source != nullptr; }

    void dropRows() override
    {
        m_items.clear();
        m_rowOfId.clear();
    }

    void requestFromSource(const PageRequest &request, quint64 generation) override
    {
        QPointer<PagedModelBase> self(this);
        m_source->requestPage(request, [self, generation](const Page<Item> &page) {
            if (auto *model = static_cast<PagedTableModel *>(self.data()))
                model->applyWhenCurrent(generation, [model, page] { model->applyPage(page); });
        });
    }

private:
    void applyPage(const Page<Item> &page)
    {
        if (page.failed) {
            failPage(page.error);
            return;
        }
        // Keyset paging does not repeat items, but a change between two pages could; an item
        // that is already listed is not listed twice.
        QList<Item> fresh;
        QHash<QString, int> seen;
        for (const Item &item : page.items) {
            if (m_rowOfId.contains(item.id) || seen.contains(item.id))
                continue;
            seen.insert(item.id, 1);
            fresh.append(item);
        }
        if (!fresh.isEmpty()) {
            const int first = int(m_items.size());
            beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
            for (Item &item : fresh) {
                m_rowOfId.insert(item.id, int(m_items.size()));
                m_items.append(std::move(item));
            }
            endInsertRows();
        }
        finishPage(page.nextCursor);
    }

    PageSource<Item> *m_source = nullptr;
    QList<Item> m_items;
    QHash<QString, int> m_rowOfId;
};
