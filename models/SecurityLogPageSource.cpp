#include "SecurityLogPageSource.h"

SecurityLogPage SecurityLogPage::success(QList<SecurityLogEntry> entries, QString nextCursor)
{
    SecurityLogPage page;
    page.entries = std::move(entries);
    page.nextCursor = std::move(nextCursor);
    return page;
}

SecurityLogPage SecurityLogPage::failure(QString error)
{
    SecurityLogPage page;
    page.error = std::move(error);
    page.failed = true;
    return page;
}

SecurityLogPageSource::~SecurityLogPageSource() = default;
