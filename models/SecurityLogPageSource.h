#pragma once

#include "SecurityLogEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One answer of a security log page source: a page of entries, newest first, or a failure.
struct SecurityLogPage
{
    QList<SecurityLogEntry> entries;
    QString nextCursor; // empty: this was the last page
    QString error;      // non-empty when failed: a sentence for the user
    bool failed = false;

    static SecurityLogPage success(QList<SecurityLogEntry> entries, QString nextCursor);
    static SecurityLogPage failure(QString error);
};

// Where SecurityLogModel gets its pages from, so the model has no network code
// (SecurityService in the app; tests use one in memory). The contract is TaskPageSource's:
// `done` is called exactly once, before requestPage() returns or later from the event loop.
class SecurityLogPageSource
{
public:
    using PageCallback = std::function<void(const SecurityLogPage &page)>;
    static constexpr int DefaultPageSize = 50; // the server's default `limit`

    SecurityLogPageSource() = default;
    virtual ~SecurityLogPageSource();
    SecurityLogPageSource(const SecurityLogPageSource &) = delete;
    SecurityLogPageSource &operator=(const SecurityLogPageSource &) = delete;

    // An empty cursor asks for the newest page; empty `types` ask for every type (the
    // server's `type` filter, docs/api.md 12.7).
    virtual void requestLogPage(const QString &cursor, int pageSize, const QStringList &types,
                                PageCallback done) = 0;
};
