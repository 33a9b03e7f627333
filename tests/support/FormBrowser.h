#pragma once

#include "HttpClient.h"

#include <QString>
#include <QUrl>

#include <functional>

// Stands in for the user's web browser in tests: opens the sign-in link the app produced,
// fills in the server's real HTML sign-in (and, for accounts with two-factor authentication,
// code) and consent forms over HTTP, and follows the final redirect to the app's loopback
// port, exactly as a browser would.
class FormBrowser
{
public:
    FormBrowser(QString username, QString password);

    QString decision = QStringLiteral("approve");
    // Lets a test tamper with the redirect before "the browser" follows it.
    std::function<QUrl(const QUrl &)> rewriteRedirect;
    // Runs between consenting and following the redirect (e.g. to stop the server).
    std::function<void()> beforeFollowingRedirect;
    // What the user types on the two-factor page (a TOTP or backup code), asked for when the
    // page appears. Unset: an account with two-factor authentication cannot sign in.
    std::function<QString()> twoFactorCode;
    // What the user types (twice) on the "Choose a new password" page that follows signing in
    // with a one-time password. Empty: such an account cannot sign in.
    QString newPassword;

    // False, with lastError set, when a step did not go as a browser would expect.
    bool complete(const QUrl &signInLink);
    // For use as a browser launcher: completes the sign-in once the caller has returned.
    std::function<bool(const QUrl &)> launcher();

    QString lastError;
    QUrl redirectFollowed;
    HttpClient::Reply loopbackPage;

private:
    QString m_username;
    QString m_password;
    HttpClient m_http;
};
