#pragma once

#include <QString>

class AppContext;

// The app's browser command replaced by a script that writes the URL it is given into a file and
// opens nothing, so a test sees what the app asked the browser to open (SystemBrowser appends
// the URL as the last argument). One file per instance, in `folder`.
class RecordingBrowser
{
public:
    RecordingBrowser(const QString &folder, const QString &name);

    // Makes the script and sets it as `context`'s browser command; false with a kit problem.
    bool install(AppContext &context) const;
    // The URL last opened, or an empty string while none was.
    QString openedUrl() const;

private:
    QString m_script;
    QString m_file;
};
