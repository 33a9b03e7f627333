#pragma once

#include "HttpClient.h"

#include <QJsonObject>
#include <QString>

#include <functional>

class TestServer;

// Plays the desktop app and the user's browser against a real server: builds a PKCE request,
// signs in through the HTML sign-in, two-factor and consent forms, and exchanges the code. Each
// step is a separate call so tests can stop anywhere and misbehave on purpose.
class OAuthTestClient
{
public:
    explicit OAuthTestClient(const TestServer &server,
                             QString clientId = QStringLiteral("tasklane-desktop"));
    // For a server the test did not start itself (e.g. one the app launched).
    explicit OAuthTestClient(const QString &baseUrl,
                             QString clientId = QStringLiteral("tasklane-desktop"));

    QString clientId;
    QString redirectUri = QStringLiteral("http://127.0.0.1:49152/callback");
    QString scope = QStringLiteral("tasks:read tasks:write account");
    QString deviceName = QStringLiteral("Test device");
    // The code exchange's device_id, as the app sends it (docs/api.md 8.1); empty: none, as a
    // browser or curl.
    QString deviceId;
    QString verifier; // PKCE code_verifier (fresh per client)
    QString state;
    // The code signIn() and authorizationCode() type on the two-factor page when it appears.
    std::function<QString()> twoFactorCode;

    static QString challengeFor(const QString &verifier);
    static QString formField(const QByteArray &html, const QString &name);

    QUrl authorizeUrl() const;
    // GET /oauth2/authorize: the sign-in page (or an error page / redirect).
    HttpClient::Reply openAuthorize();
    // POST the sign-in form of `page`.
    HttpClient::Reply submitSignIn(const HttpClient::Reply &page, const QString &username,
                                   const QString &password);
    // The answer is the two-factor page (its form posts to /oauth2/authorize/two-factor).
    static bool isTwoFactorPage(const HttpClient::Reply &page);
    // POST the two-factor form of `page` with `code`.
    HttpClient::Reply submitTwoFactor(const HttpClient::Reply &page, const QString &code);
    // The answer is the "Choose a new password" page of an account with a one-time password
    // (its form posts to /oauth2/authorize/change-password).
    static bool isChangePasswordPage(const HttpClient::Reply &page);
    // POST the new-password form of `page`.
    HttpClient::Reply submitChangePassword(const HttpClient::Reply &page,
                                           const QString &newPassword, const QString &confirmation);
    // POST the consent form of `page` with decision=approve|deny.
    HttpClient::Reply submitConsent(const HttpClient::Reply &page, const QString &decision);
    // The `code` (or `error`) from a redirect Location.
    static QString redirectParam(const HttpClient::Reply &redirect, const QString &name);
    HttpClient::Reply exchangeCode(const QString &code, const QString &codeVerifier = {});
    HttpClient::Reply refresh(const QString &refreshToken);
    HttpClient::Reply revoke(const QString &token);

    // The whole dance; returns the token response JSON (empty object on failure).
    QJsonObject signIn(const QString &username, const QString &password);
    // Only as far as the code.
    QString authorizationCode(const QString &username, const QString &password);

    HttpClient http;

private:
    QString m_baseUrl;
};
