#pragma once

#include "http/HttpResponse.h"

#include <QJsonObject>

class PageLanguage;
class RequestContext;
class Router;
struct Passkey;
struct ServerServices;
struct User;
struct WebAuthnChallenge;

// The account's passkeys (docs/api.md 12.11):
// - GET /v1/me/passkeys and DELETE /v1/me/passkeys/{id}, for the app (`account` scope);
// - POST /v1/me/passkeys/registrations: a single-use link to the registration page, which the
//   app opens in the browser (the browser has no session of its own; the link stands for it);
// - GET|POST /passkeys/add: that page, and its form with the authenticator's answer.
class PasskeysEndpoint
{
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxPerAccount = 20;
    static constexpr qint64 TicketLifetimeMs = 10 * 60 * 1000;
    static constexpr qint64 ChallengeLifetimeMs = 5 * 60 * 1000;

    explicit PasskeysEndpoint(ServerServices &services);
    void registerRoutes(Router &router);

    static QJsonObject toJson(const Passkey &passkey);

private:
    HttpResponse list(RequestContext &context);
    HttpResponse remove(RequestContext &context);
    HttpResponse startRegistration(RequestContext &context);
    HttpResponse registrationPage(RequestContext &context);
    HttpResponse finishRegistration(RequestContext &context);

    // The page with a fresh challenge for the ticket's account.
    HttpResponse page(const RequestContext &context, const QString &ticket,
                      const WebAuthnChallenge &ticketRow, const User &user, const QString &name,
                      const QString &error, int status = 200);
    HttpResponse expiredLink(const RequestContext &context) const;

    ServerServices &m_services;
};
