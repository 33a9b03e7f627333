#pragma once

#include <QString>

class HttpClient;
class OAuthTestClient;
class TestServer;

// One device signed in through the real browser flow and the code exchange, as the app does:
// the tokens the exchange gave it and the session they belong to.
struct SignedInDevice
{
    QString accessToken;
    QString refreshToken;
    QString sessionId; // empty when the sign-in failed
    QString clientId;

    // Signs in as `username` with `client` as the test set it up (scope, device name, user
    // agent), then asks GET /v1/me through `http`, not through the client, which session the
    // tokens belong to, so the device's user agent is only on the sign-in.
    static SignedInDevice signIn(OAuthTestClient &client, const QString &username,
                                 const QString &password, const TestServer &server,
                                 HttpClient &http);
};

// Fails the calling test unless the device's refresh token is refused the way an ended
// session's is (400 invalid_grant).
void verifyRefreshRefused(const TestServer &server, const SignedInDevice &device);
