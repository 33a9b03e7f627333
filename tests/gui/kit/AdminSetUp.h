#pragma once

#include <QString>

class AdminWindow;
class GuiSession;

// Administration's starting point, shared by the scripts of the Administration window
// (tst_gui_admin, tst_gui_language_admin, tst_gui_languages): alice an administrator with
// two-factor authentication on (the admin scope needs it), signed in through the window; bob, an
// ordinary user, signed in elsewhere over HTTP with a personal access token; the window opened
// from the File menu, a user found and opened.
class AdminSetUp
{
public:
    static inline const QString Bob = QStringLiteral("bob");
    static inline const QString BobPassword = QStringLiteral("bob's long password");
    static inline const QString BobsDevice = QStringLiteral("Bob's laptop");
    static inline const QString BobsToken = QStringLiteral("Bob's backup script");

    // Bob elsewhere: the tokens of his sign-in over HTTP and his personal access token.
    struct BobsCredentials
    {
        QString accessToken;
        QString refreshToken;
        QString personalToken;
    };

    explicit AdminSetUp(GuiSession &gui);

    // The server and the app, alice an administrator (2FA still off, not signed in); the app's
    // models exist from here on (for testers).
    bool start();
    // Creates bob with the server's CLI.
    bool createBob();
    // Turns 2FA on for alice over HTTP from a session that is then signed out (so the app's
    // session stays her only one), and signs her in through the window (signInThroughUi()
    // types her codes).
    bool signInAdministrator();
    // start(), createBob() and signInAdministrator().
    bool setUpAdministrator();
    // Bob signs in over HTTP ("Bob's laptop") and creates a personal access token ("Bob's
    // backup script").
    BobsCredentials signInBob();
    // Opens Administration from the File menu's action; null (with a warning) if it did not.
    AdminWindow *openAdministration();
    // Waits until the administration service and its models have nothing in flight.
    bool settle();
    // Types `text` into the search field and waits for the list to show `username`; selects
    // that row (opening the user) and waits for their details.
    bool findAndOpen(const QString &text, const QString &username);
    // Selects `username`'s row in the list as it is (opening the user) and waits for their
    // details.
    bool openListed(const QString &username);

private:
    GuiSession &m_gui;
};
