#pragma once

#include <QString>
#include <QStringList>

class GuiSession;

// The test server reached and named by its host name, http://localhost:<port> (WebAuthn refuses
// an IP address as relying party id, so passkeys need this): a free port picked at construction,
// the server arguments that listen there with that issuer (GuiTestCase::m_serverArguments), and
// the app signed in to it from its welcome page.
class HostNameServer
{
public:
    HostNameServer();

    quint16 port() const { return m_port; }
    QString origin() const;
    QStringList serverArguments() const;

    // Welcome page -> the origin typed and connected -> sign-in through the browser as `gui`'s
    // user. The app checks that the address it was given is the issuer's (RFC 8414), so the
    // kit's usual sign-in, by IP address, would be refused here. False with a kit problem.
    bool signIn(GuiSession &gui) const;
    // signIn(), then `gui`'s user signs in again from a phone (Chrome on Android, "Pixel")
    // behind the app's back, and the app is told to look for notices now: a new sign-in alert
    // is on its way to NoticeTray. False with a kit problem.
    bool signInFromPhone(GuiSession &gui) const;

private:
    quint16 m_port = 0;
};
