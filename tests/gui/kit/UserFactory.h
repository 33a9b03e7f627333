#pragma once

#include "HttpClient.h"
#include "TestUser.h"

#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

class TestServer;

// The accounts of a test server and their access to it over HTTP, apart from the app: creates
// users with the server's CLI (`user add`), turns two-factor authentication on through the real
// API (setup, then confirm with oathtool's code), signs users in as "another device" to call the
// API on their behalf, and mints personal access tokens.
class UserFactory
{
public:
    enum class Option { Admin = 0x1, TwoFactor = 0x2 };
    Q_DECLARE_FLAGS(Options, Option)

    explicit UserFactory(const TestServer &server);

    // Creates the account (password: passwordFor(username)); with TwoFactor, turns it on. An
    // invalid user (with a kit problem) on failure.
    TestUser create(const QString &username, Options options = {});
    static QString passwordFor(const QString &username);

    // Turns two-factor authentication on over the API as `user`: fills in totpSecret,
    // backupCodes and confirmCode. False (with a kit problem) on failure.
    bool enableTwoFactor(TestUser &user);

    // An access token of `user` from an OAuth sign-in over HTTP (the device "Other device"), with
    // a fresh TOTP code if the account asks for one. Signed in once, then kept; empty on failure.
    QString accessToken(const TestUser &user);
    // `method path` with `body` as JSON, as `user` (accessToken()).
    HttpClient::Reply api(const TestUser &user, const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    // POST /v1/me/tokens as `user`: the secret (tlp_...), shown once; empty on failure.
    QString createPersonalToken(const TestUser &user, const QString &name,
                                const QStringList &scopes = {QStringLiteral("tasks:read"),
                                                             QStringLiteral("tasks:write")});

private:
    const TestServer &m_server;
    HttpClient m_http;
    QHash<QString, QString> m_accessTokens; // username -> access token
};

Q_DECLARE_OPERATORS_FOR_FLAGS(UserFactory::Options)
