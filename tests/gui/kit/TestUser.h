#pragma once

#include <QString>
#include <QStringList>

// An account on the test server, with what a script needs to sign in as it: the password, and
// with two-factor authentication on, the TOTP secret (as the phone holds it) and the ten backup
// codes handed out when it was turned on. Made by UserFactory; a plain value to copy around.
struct TestUser
{
    TestUser() = default;
    // An account made some other way (e.g. the first account of the app's own server).
    TestUser(QString name, QString secret)
        : username(std::move(name))
        , password(std::move(secret))
    {}

    QString username;
    QString password;
    bool admin = false;
    QString totpSecret;      // base32; empty while two-factor authentication is off
    QStringList backupCodes; // as the server listed them ("k7mq-p2xh"), each good once
    QString confirmCode;     // the TOTP code that turned it on: accepted once, a replay after
    // With a one-time password from an administrator: what the kit's browser types on the
    // "Choose a new password" page of the first sign-in. Empty: no such page is expected.
    QString newPassword;

    bool isValid() const { return !username.isEmpty(); }
    bool hasTwoFactor() const { return !totpSecret.isEmpty(); }
    // A TOTP code the server has not seen for this account yet (Totp::fresh).
    QString freshCode() const;
};
