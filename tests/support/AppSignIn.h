#pragma once

#include "FormBrowser.h"
#include "SessionManager.h"

#include <QSignalSpy>
#include <QUrl>

// The app's sign-in for tests that link the app library: SessionManager against a real
// server, with FormBrowser in place of the user's browser.
namespace AppSignIn {

// Connects `session` to `server` and signs in as `username`, the way the app does; false (with
// a warning when the sign-in itself failed) when it did not get that far in `timeoutMs`.
// `twoFactorCode` answers the two-factor page, for accounts that have it on.
inline bool throughBrowser(SessionManager &session, const QUrl &server, const QString &username,
                           const QString &password, int timeoutMs,
                           std::function<QString()> twoFactorCode = {})
{
    QSignalSpy ready(&session, &SessionManager::serverReady);
    session.connectToServer(server);
    if (!ready.wait(timeoutMs))
        return false;
    FormBrowser browser(username, password);
    browser.twoFactorCode = std::move(twoFactorCode);
    session.oauth()->setBrowserLauncher(browser.launcher());
    QSignalSpy signedIn(&session, &SessionManager::signedIn);
    session.signInWithBrowser();
    if (!signedIn.wait(timeoutMs)) {
        qWarning("sign-in failed: %s", qPrintable(browser.lastError));
        return false;
    }
    return true;
}

} // namespace AppSignIn
