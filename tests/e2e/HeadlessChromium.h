#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>

// Debian's Chromium for a test, with a fresh profile (user-data-dir) of its own. It is not
// started here: command() is a browser command for the app (AppContext::setBrowserCommand), so
// the app itself opens the sign-in link in it, exactly as it opens a user's browser. The command
// runs launch-chromium.sh, which records the browser's process id and ends the browser should
// this process die; the destructor ends that browser and every other process of its profile,
// whether or not the test passed.
class HeadlessChromium
{
public:
    struct Target
    {
        QString id;
        QString type; // "page" for tabs
        QUrl url;
        QUrl webSocketDebuggerUrl;
    };

    HeadlessChromium();
    ~HeadlessChromium();
    HeadlessChromium(const HeadlessChromium &) = delete;
    HeadlessChromium &operator=(const HeadlessChromium &) = delete;

    // The Chromium executable on PATH, empty when it is not installed.
    static QString executable();

    // False (with error()) when the profile folder could not be made or Chromium is missing.
    bool isValid() const;
    QString error() const { return m_error; }

    // The browser command: launcher, Chromium and its flags. The URL goes last, as the app's
    // SystemBrowser appends it.
    QString command() const;
    QString profileDir() const;

    // True once the app has run the command (the launcher wrote the browser's process id).
    bool wasLaunched() const;
    // Waits for Chromium to write the DevTools port into its profile; false on timeout.
    bool waitForDevTools(int timeoutMs);
    quint16 devToolsPort() const { return m_port; }
    // The targets (tabs and the like) Chromium lists on its DevTools port.
    QList<Target> targets();
    // Waits for a tab whose URL satisfies `matches`; an invalid Target on timeout.
    Target waitForPage(const std::function<bool(const QUrl &)> &matches, int timeoutMs);

    // The end of Chromium's own log, for failure messages.
    QString logTail(int lines = 20) const;

    // Ends the browser (SIGTERM, then SIGKILL for whatever of its profile is left).
    void stop();
    // True while any process of this profile runs.
    bool isRunning() const { return !profileProcesses().isEmpty(); }

private:
    QList<qint64> profileProcesses() const;
    qint64 browserPid() const;

    QTemporaryDir m_state; // profile/, pid, browser.log
    QString m_executable;
    QString m_error;
    quint16 m_port = 0;
};
