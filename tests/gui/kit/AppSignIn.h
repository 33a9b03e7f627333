#pragma once

#include "TestUser.h"

#include <QString>

#include <memory>

class AppFixture;
class FormBrowser;
class TestServer;
class UserFactory;

// Signs the app in the ways a user does, without a browser window: the sign-in page's "Sign in
// with your browser" with FormBrowser as the browser (it fills in the server's real HTML sign-in,
// two-factor and consent pages and follows the redirect to the app), or a pasted personal access
// token. Every call ends where a user would see the result (the tasks page) or returns false
// with a kit problem saying where it stopped and why.
class AppSignIn
{
public:
    static constexpr int SlowMs = 30000; // sign-ins hash passwords (Argon2id)

    AppSignIn(AppFixture &app, const TestServer &server, UserFactory &users);
    ~AppSignIn();

    // Welcome page -> sign-in page: types the server's URL and connects.
    bool connectToServer();
    // (Welcome page ->) sign-in page -> the browser -> tasks page. On the two-factor page the
    // browser types `twoFactorCode`, or when that is empty and the user has 2FA a fresh TOTP
    // code (TestUser::freshCode()).
    bool withBrowser(const TestUser &user, const QString &twoFactorCode = {});
    // (Welcome page ->) sign-in page -> pasted token -> tasks page. Without a token, one is
    // created for the user over the API (tasks:read and tasks:write).
    bool withToken(const TestUser &user, QString token = {});
    // actionSignOut -> sign-in page.
    bool signOut();

    // Whether the server's sign-in asked for a two-factor code in the last withBrowser().
    bool twoFactorCodeAsked() const { return m_codeAsked; }
    // The browser of the last withBrowser() (its lastError, the redirect it followed).
    const FormBrowser *browser() const { return m_browser.get(); }

private:
    bool reachSignInPage();
    bool waitForTasksPage(const QString &how);

    AppFixture &m_app;
    const TestServer &m_server;
    UserFactory &m_users;
    std::unique_ptr<FormBrowser> m_browser;
    bool m_codeAsked = false;
};
