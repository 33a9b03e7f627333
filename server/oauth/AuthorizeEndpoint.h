#pragma once

#include "http/HttpResponse.h"
#include "http/PageLanguage.h"
#include "http/RequestContext.h"
#include "store/AuthorizationStore.h"
#include "store/ClientStore.h"

#include <QFuture>
#include <QObject>

class HtmlPage;
class Router;
struct User;
struct ServerServices;

// The browser half of the authorization code flow (RFC 6749 section 4.1 with RFC 7636 PKCE):
// GET /oauth2/authorize validates the request and shows the sign-in page; the sign-in form
// posts to /oauth2/authorize/sign-in (password checked off the event loop); with two-factor
// authentication on, the code form posts to /oauth2/authorize/two-factor; for an account with a
// one-time password an administrator handed out, the new-password form posts to
// /oauth2/authorize/change-password (no code before it is changed); the consent form posts to
// /oauth2/authorize/consent, which redirects to the client with a single-use code.
class AuthorizeEndpoint
{
public:
    explicit AuthorizeEndpoint(ServerServices &services);

    void registerRoutes(Router &router);

    static constexpr auto BrowserCookie = "tasklane_browser";

private:
    HttpResponse start(RequestContext &context);
    QFuture<HttpResponse> signIn(RequestContext &context);
    HttpResponse twoFactor(RequestContext &context);
    QFuture<HttpResponse> changePassword(RequestContext &context);
    HttpResponse finishChangePassword(const RequestContext &context, const QString &requestId,
                                      const QString &newHash);
    HttpResponse consent(RequestContext &context);
    // POST /oauth2/authorize/passkey: a WebAuthn assertion from the sign-in page (passwordless,
    // user verification required) or from the two-factor page (instead of a code).
    HttpResponse passkey(RequestContext &context);

    // The pages of the flow, in the browser's language (RequestContext::pageLanguage()).
    HttpResponse signInPage(const PageLanguage &language, const AuthorizationRequest &request,
                            const OAuthClient &client, const QString &username,
                            const QString &error, int status = 200);
    HttpResponse twoFactorPage(const PageLanguage &language, const AuthorizationRequest &request,
                               const OAuthClient &client, const QString &error, int status = 200);
    // The passkey button of those two pages, with a fresh challenge bound to the request.
    void addPasskeyForm(HtmlPage &page, const PageLanguage &language,
                        const AuthorizationRequest &request);
    // Narrows the request's scopes to what `user` may grant; false when nothing is left.
    bool narrowScopes(AuthorizationRequest &request, const User &user, bool *adminLeftOut) const;
    HttpResponse changePasswordPage(const PageLanguage &language,
                                    const AuthorizationRequest &request, const OAuthClient &client,
                                    const QString &error, const QString &notice = {}) const;
    // Once the user has proven who they are (password, and the code when two-factor is on):
    // the new-password page when the account must change its password, consent otherwise.
    // Stores the request at its new stage.
    HttpResponse afterIdentityProven(const PageLanguage &language, AuthorizationRequest &request,
                                     const OAuthClient &client, const User &user,
                                     const QString &notice = {});
    // `notice`: a line above the scopes, e.g. that a backup code was used.
    HttpResponse consentPage(const PageLanguage &language, const AuthorizationRequest &request,
                             const OAuthClient &client, const QString &username,
                             const QString &notice = {}) const;
    // 429 page: too many sign-in pages or unfinished sign-ins from this IP (or in total).
    HttpResponse tooManySignIns(const RequestContext &context, qint64 retryAfterSeconds,
                                bool fromThisIp) const;
    struct PasswordCheck
    {
        bool ok = false;
        QString oldHash; // set with newHash when the stored hash is to be replaced
        QString newHash; // the password hashed with today's parameters
    };
    HttpResponse finishSignIn(const RequestContext &context, const QString &requestId,
                              const QString &userId, const QString &username,
                              const PasswordCheck &check);

    // The pending request a form post refers to, checked against its CSRF token and the
    // browser cookie; throws a ready error page when anything is off.
    AuthorizationRequest requestForForm(const RequestContext &context,
                                        const QHash<QString, QString> &form,
                                        AuthorizationRequest::Stage expectedStage);

    ServerServices &m_services;
    // Context of the continuations of password checks: they run on the worker thread this
    // endpoint was made on, the only thread that may use its database connection.
    QObject m_workerThread;
};
