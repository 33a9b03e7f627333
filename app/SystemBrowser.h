#pragma once

#include <QString>
#include <QUrl>

// Opens the sign-in page in the user's browser. A browser command (from settings or the
// TASKLANE_BROWSER environment variable, the URL passed as its last argument) wins over the
// desktop's default browser; QA and kiosks use it.
class SystemBrowser
{
public:
    explicit SystemBrowser(QString configuredCommand = {});

    // The command that will be used, or empty for the desktop default.
    QString command() const;
    bool open(const QUrl &url) const;

private:
    QString m_configuredCommand;
};
