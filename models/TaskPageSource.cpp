#include "TaskPageSource.h"

#include <QStringList>

#include <QUrl>

#include <algorithm>

namespace {
// The server decodes the query string form-style ('+' is a space), and QUrlQuery would leave
// '+' and a literal '%' alone; percent-encode everything but the unreserved characters so a
// search for "c++ 100%" arrives as typed. QUrlQuery keeps existing %XX sequences as they are.
QString encodedValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

QUrlQuery TaskListQuery::toUrlQuery(const QString &cursor) const
{
    QUrlQuery query;
    if (!statuses.isEmpty()) {
        QStringList names;
        names.reserve(statuses.size());
        for (const TaskStatus status : statuses) {
            const QString name = taskStatusName(status);
            if (!names.contains(name))
                names.append(name);
        }
        query.addQueryItem(QStringLiteral("status"), names.join(QLatin1Char(',')));
    }
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty())
        query.addQueryItem(QStringLiteral("q"), encodedValue(trimmed));
    if (!sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), encodedValue(sort));
    query.addQueryItem(QStringLiteral("limit"),
                       QString::number(std::clamp(pageSize, 1, MaxPageSize)));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), encodedValue(cursor));
    return query;
}

TaskPage TaskPage::success(QList<Task> tasks, QString nextCursor)
{
    TaskPage page;
    page.tasks = std::move(tasks);
    page.nextCursor = std::move(nextCursor);
    return page;
}

TaskPage TaskPage::failure(QString error)
{
    TaskPage page;
    page.error = std::move(error);
    page.failed = true;
    return page;
}

TaskPageSource::~TaskPageSource() = default;
