#include "PagedTableModel.h"

#include <QPointer>

#include <algorithm>

PagedModelBase::PagedModelBase(QObject *parent)
    : QAbstractTableModel(parent)
{}

PagedModelBase::~PagedModelBase() = default;

void PagedModelBase::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

QDateTime PagedModelBase::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void PagedModelBase::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 200); // the server's range for `limit`
}

void PagedModelBase::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText && (m_loaded || m_loading))
        return;
    m_searchText = trimmed;
    reload();
}

void PagedModelBase::reload()
{
    beginResetModel();
    resetState();
    m_hasMore = hasSource();
    endResetModel();
    // A view (or QAbstractItemModelTester) reacting to modelReset may already have asked for
    // the first page; requestNextPage() does not ask twice.
    requestNextPage();
}

void PagedModelBase::retry()
{
    if (!m_failed)
        return;
    m_failed = false;
    requestNextPage();
}

void PagedModelBase::clear()
{
    beginResetModel();
    resetState();
    endResetModel();
}

void PagedModelBase::resetState()
{
    dropRows();
    m_nextCursor.clear();
    ++m_generation;
    m_hasMore = false;
    m_failed = false;
    m_loaded = false;
    setLoading(false);
}

bool PagedModelBase::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasSource() && m_hasMore && !m_loading && !m_failed;
}

void PagedModelBase::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    requestNextPage();
}

void PagedModelBase::requestNextPage()
{
    if (!hasSource() || m_loading || !m_hasMore || m_failed)
        return;
    setLoading(true);
    requestFromSource(PageRequest{m_searchText, m_nextCursor, m_pageSize}, m_generation);
}

QString PagedModelBase::defaultLoadError() const
{
    return tr("The list could not be loaded.");
}

void PagedModelBase::applyWhenCurrent(quint64 generation, std::function<void()> apply)
{
    // `this` as the context: a model deleted meanwhile never runs it.
    QMetaObject::invokeMethod(
        this,
        [this, generation, apply = std::move(apply)] {
            if (answerIsCurrent(generation))
                apply();
        },
        Qt::QueuedConnection);
}

void PagedModelBase::finishPage(const QString &nextCursor)
{
    m_loaded = true;
    m_nextCursor = nextCursor;
    m_hasMore = !m_nextCursor.isEmpty();
    // Only now: a view reacting to rowsInserted must not see canFetchMore() yet.
    setLoading(false);
    emit pageLoaded(m_hasMore);
}

void PagedModelBase::failPage(const QString &error)
{
    m_loaded = true;
    m_failed = true;
    setLoading(false);
    emit loadFailed(error.isEmpty() ? defaultLoadError() : error);
}

void PagedModelBase::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}
