#include "AuthorizeEndpoint.h"

#include "RedirectUris.h"
#include "Scopes.h"
#include "ServerServices.h"
#include "account/SecurityLog.h"
#include "account/TwoFactorVerifier.h"
#include "http/ErrorResponses.h"
#include "http/HtmlPage.h"
#include "http/Router.h"
#include "security/Crypto.h"
#include "security/PasswordPolicy.h"
#include "security/Pkce.h"
#include "security/TokenFormat.h"
#include "store/Ids.h"

#include <QUrl>
#include <QtConcurrent>

namespace {

// An HTML page that replaces the normal answer, thrown from deep inside a handler.
struct PageError
{
    HttpResponse response;
};

// The fields of a sign-in page's form; a body that is not one is answered with an error page.
QHash<QString, QString> readForm(const RequestContext &context)
{
    try {
        return context.formBody();
    } catch (const OAuthError &error) {
        throw PageError{ErrorResponses::page(
            context, 400, QStringLiteral("The form could not be read"), error.description())};
    }
}

QString newSecret()
{
    return QString::fromLatin1(Crypto::base64Url(Crypto::randomBytes(32)));
}

QString cookieValue(const RequestContext &context, const QByteArray &name)
{
    const auto cookies = context.header("cookie").split(';');
    for (const QByteArray &cookie : cookies) {
        const QByteArray trimmed = cookie.trimmed();
        if (trimmed.startsWith(QByteArray(name + '=')))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

QString bindingFor(const QString &cookie)
{
    return QString::fromLatin1(Crypto::sha256(cookie.toLatin1()).toHex());
}

QUrl withQueryItems(const QString &base, const QList<QPair<QString, QString>> &items)
{
    QUrl url(base);
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : items) {
        if (value.isEmpty())
            continue;
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

// Every authorization response names the issuer (RFC 9207), so a client talking to several
// servers can tell whose answer it got. After a POST the redirect is 303, so the browser does not
// send the form again to the client (RFC 9700 section 4.11).
enum class After { Get, Post };

HttpResponse authorizationResponse(const QString &redirectUri, QList<QPair<QString, QString>> items,
                                   const QString &issuer, After after)
{
    items.append({QStringLiteral("iss"), issuer});
    return HttpResponse::redirect(withQueryItems(redirectUri, items),
                                  after == After::Post ? 303 : 302);
}

HttpResponse redirectError(const QString &redirectUri, const QString &state, const QString &error,
                           const QString &description, const QString &issuer,
                           After after = After::Get)
{
    return authorizationResponse(redirectUri,
                                 {{QStringLiteral("error"), error},
                                  {QStringLiteral("error_description"), description},
                                  {QStringLiteral("state"), state}},
                                 issuer, after);
}

// "21:04:05 UTC" for a time today, with the date otherwise.
QString utcTime(qint64 ms, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const bool today = at.date() == QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return at.toString(today ? QStringLiteral("HH:mm:ss 'UTC'")
                             : QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// "5 minutes", "2 hours", "30 seconds": a wait in the largest whole unit that fits.
QString waitText(qint64 seconds)
{
    if (seconds < 120)
        return seconds == 1 ? QStringLiteral("1 second")
                            : QStringLiteral("%1 seconds").arg(seconds);
    if (seconds < 2 * 3600)
        return QStringLiteral("%1 minutes").arg((seconds + 59) / 60);
    return QStringLiteral("%1 hours").arg((seconds + 3599) / 3600);
}

QString hiddenField(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
        .arg(HtmlPage::escape(name), HtmlPage::escape(value));
}

// Said on the consent page when AdminTwoFactorRule took admin out of what was asked for.
QString adminLeftOutNotice()
{
    return QStringLiteral("Administration was left out: it needs two-factor authentication on "
                          "your account. Turn it on in Account security, then sign in again.");
}

QString originOf(const QString &uri)
{
    const QUrl url(uri);
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

AuthorizeEndpoint::AuthorizeEndpoint(ServerServices &services)
    : m_services(services)
{}

void AuthorizeEndpoint::registerRoutes(Router &router)
{
    using M = RequestContext::Method;
    const auto pageErrors = [](auto handler) {
        return [handler](RequestContext &context) {
            try {
                return handler(context);
            } catch (const PageError &page) {
                return page.response;
            }
        };
    };
    router.add(M::Get, QStringLiteral("/oauth2/authorize"),
               pageErrors([this](RequestContext &c) { return start(c); }));
    router.addAsync(M::Post, QStringLiteral("/oauth2/authorize/sign-in"),
                    [this](RequestContext &c) -> QFuture<HttpResponse> {
                        try {
                            return signIn(c);
                        } catch (const PageError &page) {
                            return QtFuture::makeReadyFuture(page.response);
                        }
                    });
    router.add(M::Post, QStringLiteral("/oauth2/authorize/two-factor"),
               pageErrors([this](RequestContext &c) { return twoFactor(c); }));
    router.addAsync(M::Post, QStringLiteral("/oauth2/authorize/change-password"),
                    [this](RequestContext &c) -> QFuture<HttpResponse> {
                        try {
                            return changePassword(c);
                        } catch (const PageError &page) {
                            return QtFuture::makeReadyFuture(page.response);
                        }
                    });
    router.add(M::Post, QStringLiteral("/oauth2/authorize/consent"),
               pageErrors([this](RequestContext &c) { return consent(c); }));
}

HttpResponse AuthorizeEndpoint::start(RequestContext &context)
{
    const qint64 now = Clock::nowMs();
    const QString ip = context.remoteIp();
    // Each sign-in page stores a pending request: limited per IP before anything is written.
    const auto pages = m_services.authorizePages.hit(ip, now);
    if (!pages.allowed)
        return tooManySignIns(context, pages.resetSeconds, true);

    const auto errorPage = [&](const QString &message) {
        return ErrorResponses::page(context, 400, QStringLiteral("This sign-in link is not valid"),
                                    message);
    };
    const QString clientId = context.queryValue(QStringLiteral("client_id"));
    const QString redirectUri = context.queryValue(QStringLiteral("redirect_uri"));
    const QString state = context.queryValue(QStringLiteral("state"));

    // Until client and redirect URI are known good, errors go to the user, never to a redirect.
    const auto client = clientId.isEmpty() ? std::nullopt : m_services.clients.find(clientId);
    if (!client)
        return errorPage(
            QStringLiteral("The application that sent you here is not registered with this "
                           "server (unknown client_id)."));
    if (redirectUri.isEmpty() || !RedirectUris::matches(client->redirectUris, redirectUri))
        return errorPage(QStringLiteral("The application asked to return to an address it has not "
                                        "registered (redirect_uri)."));

    if (context.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return redirectError(redirectUri, state, QStringLiteral("unsupported_response_type"),
                             QStringLiteral("Only response_type=code is supported."),
                             m_services.issuer);
    const QString challenge = context.queryValue(QStringLiteral("code_challenge"));
    const QString method = context.queryValue(QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty())
        return redirectError(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("PKCE is required: send code_challenge with S256."),
                             m_services.issuer);
    if (method != QLatin1String("S256"))
        return redirectError(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("Only code_challenge_method=S256 is supported."),
                             m_services.issuer);
    if (!Pkce::isValidChallenge(challenge))
        return redirectError(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge must be 43 base64url characters."),
                             m_services.issuer);
    const QString requestedScope = context.queryValue(QStringLiteral("scope"));
    const auto scopes =
        Scopes::parse(requestedScope.isEmpty() ? Scopes::defaultScope() : requestedScope);
    if (!scopes || scopes->isEmpty())
        return redirectError(redirectUri, state, QStringLiteral("invalid_scope"),
                             QStringLiteral("Unknown scope requested."), m_services.issuer);

    // Expired requests go first; then the unfinished ones are bounded per IP and in total.
    m_services.authorizations.deleteExpiredRequests(now);
    const auto pending = m_services.authorizations.pendingRequests(ip);
    const bool ipFull = pending.fromIp >= m_services.config.maxPendingAuthorizationsPerIp;
    if (ipFull || pending.total >= m_services.config.maxPendingAuthorizations) {
        const qint64 freeAtMs = ipFull ? pending.firstFromIpExpiryMs : pending.firstTotalExpiryMs;
        return tooManySignIns(context, std::max<qint64>(1, (freeAtMs - now + 999) / 1000), ipFull);
    }

    QString cookie = cookieValue(context, BrowserCookie);
    const bool newCookie = cookie.size() != 43;
    if (newCookie)
        cookie = newSecret();

    AuthorizationRequest request;
    request.id = newSecret();
    request.clientId = client->id;
    request.redirectUri = redirectUri;
    request.state = state;
    request.scope = Scopes::join(*scopes);
    request.codeChallenge = challenge;
    request.deviceName = context.queryValue(QStringLiteral("device_name")).trimmed().left(100);
    if (request.deviceName.isEmpty())
        request.deviceName = client->name;
    request.csrfToken = newSecret();
    request.browserBinding = bindingFor(cookie);
    request.ip = ip;
    request.expiresAtMs =
        now + qint64(m_services.config.authorizationRequestLifetimeSeconds) * 1000;
    m_services.authorizations.insertRequest(request);

    HttpResponse page = signInPage(request, *client, {}, {});
    if (newCookie) {
        const bool secure = m_services.issuer.startsWith(QLatin1String("https:"));
        page.setHeader("Set-Cookie", QByteArray(BrowserCookie) + '=' + cookie.toLatin1() +
                                         "; Path=/oauth2/authorize; HttpOnly; SameSite=Lax" +
                                         (secure ? "; Secure" : ""));
    }
    return page;
}

HttpResponse AuthorizeEndpoint::tooManySignIns(const RequestContext &context,
                                               qint64 retryAfterSeconds, bool fromThisIp) const
{
    HttpResponse page = ErrorResponses::page(
        context, 429, QStringLiteral("Too many sign-ins"),
        (fromThisIp ? QStringLiteral("Too many sign-ins were started from your network. Try "
                                     "again in %1.")
                    : QStringLiteral("Too many sign-ins are in progress on this server. Try "
                                     "again in %1."))
            .arg(waitText(retryAfterSeconds)));
    page.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return page;
}

AuthorizationRequest AuthorizeEndpoint::requestForForm(const RequestContext &context,
                                                       const QHash<QString, QString> &form,
                                                       AuthorizationRequest::Stage expectedStage)
{
    const auto request =
        m_services.authorizations.findRequest(form.value(QStringLiteral("request_id")));
    if (!request || request->expiresAtMs < Clock::nowMs() || request->stage != expectedStage) {
        throw PageError{
            ErrorResponses::page(context, 400, QStringLiteral("This sign-in page has expired"),
                                 QStringLiteral("Return to the app and start signing in again."))};
    }
    const QString cookie = cookieValue(context, BrowserCookie);
    const bool sameBrowser =
        !cookie.isEmpty() && Crypto::constantTimeEquals(bindingFor(cookie).toLatin1(),
                                                        request->browserBinding.toLatin1());
    const bool csrfOk = Crypto::constantTimeEquals(
        form.value(QStringLiteral("csrf_token")).toLatin1(), request->csrfToken.toLatin1());
    if (!sameBrowser || !csrfOk) {
        throw PageError{ErrorResponses::page(
            context, 403, QStringLiteral("This form was not sent from this server's page"),
            QStringLiteral("For your safety the request was refused. Return to the app and start "
                           "signing in again."))};
    }
    return *request;
}

QFuture<HttpResponse> AuthorizeEndpoint::signIn(RequestContext &context)
{
    const QHash<QString, QString> form = readForm(context);
    const AuthorizationRequest request =
        requestForForm(context, form, AuthorizationRequest::Stage::SignIn);
    const auto client = m_services.clients.find(request.clientId);
    const QString username = form.value(QStringLiteral("username")).trimmed();
    const QString password = form.value(QStringLiteral("password"));
    if (!client)
        throw PageError{ErrorResponses::page(context, 400, QStringLiteral("Unknown application"),
                                             QStringLiteral("The application was removed."))};
    if (username.isEmpty() || password.isEmpty()) {
        return QtFuture::makeReadyFuture(signInPage(
            request, *client, username, QStringLiteral("Enter your username and password.")));
    }
    if (password.size() > PasswordPolicy::MaxLength) {
        return QtFuture::makeReadyFuture(
            signInPage(request, *client, username, QStringLiteral("Wrong username or password.")));
    }

    // Counted before the password is checked, so many guesses sent at once cannot all be
    // checked; a right password gives the attempt back in finishSignIn().
    const auto attempt =
        m_services.signInGuesses.take(username.toLower(), context.remoteIp(), Clock::nowMs());
    if (!attempt.allowed) {
        HttpResponse page =
            signInPage(request, *client, username,
                       QStringLiteral("Too many failed sign-in attempts. Try again in %1 minutes.")
                           .arg((attempt.retryAfterSeconds + 59) / 60),
                       429);
        page.setHeader("Retry-After", QByteArray::number(attempt.retryAfterSeconds));
        return QtFuture::makeReadyFuture(page);
    }

    const auto user = m_services.users.findByUsername(username);
    const QString storedHash = user ? m_services.users.passwordHash(user->id) : QString();
    const PasswordHasher hasher = m_services.hasher;
    // A right password whose hash was made with other Argon2id parameters is hashed again with
    // today's, here off the event loop, and stored in finishSignIn().
    auto verification =
        QtConcurrent::run(&m_services.passwordChecks, [hasher, password, storedHash]() {
            PasswordCheck check;
            if (storedHash.isEmpty()) {
                hasher.burnVerifyTime(password);
                return check;
            }
            check.ok = hasher.verify(password, storedHash);
            if (check.ok && hasher.needsRehash(storedHash)) {
                check.oldHash = storedHash;
                check.newHash = hasher.hash(password);
            }
            return check;
        });
    const QString userId = user ? user->id : QString();
    const QString requestId = request.id;
    const RequestContext contextCopy = context;
    return verification.then(&m_mainThread, [this, contextCopy, requestId, userId,
                                             username](const PasswordCheck &check) {
        try {
            return finishSignIn(contextCopy, requestId, userId, username, check);
        } catch (const PageError &page) {
            return page.response;
        }
    });
}

HttpResponse AuthorizeEndpoint::finishSignIn(const RequestContext &context,
                                             const QString &requestId, const QString &userId,
                                             const QString &username, const PasswordCheck &check)
{
    const bool passwordOk = check.ok;
    // The request may have expired or been used while the password was being checked.
    auto request = m_services.authorizations.findRequest(requestId);
    const auto client = request ? m_services.clients.find(request->clientId) : std::nullopt;
    if (!request || !client || request->stage != AuthorizationRequest::Stage::SignIn ||
        request->expiresAtMs < Clock::nowMs()) {
        return ErrorResponses::page(
            context, 400, QStringLiteral("This sign-in page has expired"),
            QStringLiteral("Return to the app and start signing in again."));
    }
    const auto user = userId.isEmpty() ? std::nullopt : m_services.users.findById(userId);
    if (!passwordOk || !user || user->disabled) {
        // Only an existing account has a log; an unknown name has no one to tell.
        if (user)
            m_services.securityEvents.record(SecurityLog::eventFor(
                context, user->id, SecurityEventType::SignInFailed,
                {{QStringLiteral("reason"),
                  passwordOk ? QStringLiteral("disabled") : QStringLiteral("wrong_password")}}));
        const QString message =
            (passwordOk && user && user->disabled)
                ? QStringLiteral("This account is disabled. Ask your administrator.")
                : QStringLiteral("Wrong username or password.");
        return signInPage(*request, *client, username, message);
    }

    m_services.signInGuesses.succeeded(username.toLower(), context.remoteIp(), Clock::nowMs());
    if (!check.newHash.isEmpty())
        m_services.users.replacePasswordHash(user->id, check.oldHash, check.newHash);
    QStringList scopes = Scopes::parse(request->scope).value_or(QStringList());
    if (!user->isAdmin())
        scopes.removeAll(Scopes::Admin);
    const bool adminLeftOut =
        scopes.contains(Scopes::Admin) && !m_services.adminTwoFactor.allowsAdminScope(*user);
    if (adminLeftOut)
        scopes.removeAll(Scopes::Admin);
    if (scopes.isEmpty()) {
        // Everything asked for needs a role this account lacks (e.g. only "admin").
        m_services.authorizations.deleteRequest(request->id);
        return redirectError(
            request->redirectUri, request->state, QStringLiteral("invalid_scope"),
            QStringLiteral("This account may not grant any of the requested scopes."),
            m_services.issuer, After::Post);
    }
    request->scope = Scopes::join(scopes);
    request->userId = user->id;
    request->csrfToken = newSecret();
    if (m_services.twoFactor.find(user->id).enabled()) {
        request->stage = AuthorizationRequest::Stage::TwoFactor;
        m_services.authorizations.updateRequest(*request);
        return twoFactorPage(*request, *client, {});
    }
    request->signInMethod = SignInMethod::Password;
    return afterIdentityProven(*request, *client, *user,
                               adminLeftOut ? adminLeftOutNotice() : QString());
}

HttpResponse AuthorizeEndpoint::afterIdentityProven(AuthorizationRequest &request,
                                                    const OAuthClient &client, const User &user,
                                                    const QString &notice)
{
    if (m_services.users.mustChangePassword(user.id)) {
        request.stage = AuthorizationRequest::Stage::ChangePassword;
        m_services.authorizations.updateRequest(request);
        return changePasswordPage(request, client, {}, notice);
    }
    request.stage = AuthorizationRequest::Stage::Consent;
    m_services.authorizations.updateRequest(request);
    return consentPage(request, client,
                       user.displayName.isEmpty() ? user.username : user.displayName, notice);
}

HttpResponse AuthorizeEndpoint::twoFactor(RequestContext &context)
{
    const QHash<QString, QString> form = readForm(context);
    AuthorizationRequest request =
        requestForForm(context, form, AuthorizationRequest::Stage::TwoFactor);
    const auto client = m_services.clients.find(request.clientId);
    const auto user = m_services.users.findById(request.userId);
    if (!client)
        return ErrorResponses::page(context, 400, QStringLiteral("Unknown application"),
                                    QStringLiteral("The application was removed."));
    if (!user || user->disabled)
        return ErrorResponses::page(
            context, 400, QStringLiteral("This sign-in page has expired"),
            QStringLiteral("Return to the app and start signing in again."));

    const QString code = form.value(QStringLiteral("code")).trimmed();
    if (code.isEmpty())
        return twoFactorPage(request, *client,
                             QStringLiteral("Enter the code from your authenticator app."));

    RequestOrigin origin;
    origin.ip = context.remoteIp();
    origin.userAgent = context.userAgent();
    using Result = TwoFactorVerifier::Outcome::Result;
    const auto outcome = m_services.twoFactorVerifier.verify(
        user->id, code, TwoFactorVerifier::Accepts::TotpOrBackupCode, origin);
    switch (outcome.result) {
    case Result::Invalid:
        return twoFactorPage(request, *client,
                             outcome.attemptsRemaining == 1
                                 ? QStringLiteral("That code is not valid. 1 attempt left.")
                                 : QStringLiteral("That code is not valid. %1 attempts left.")
                                       .arg(outcome.attemptsRemaining));
    case Result::Reused:
        return twoFactorPage(
            request, *client,
            QStringLiteral("That code was already used. Wait for the next code from your app."));
    case Result::Locked: {
        const qint64 now = Clock::nowMs();
        const qint64 wait = outcome.secondsLocked(now);
        HttpResponse page =
            twoFactorPage(request, *client,
                          QStringLiteral("Too many wrong codes. Try again after %1 (in %2).")
                              .arg(utcTime(outcome.lockedUntilMs, now), waitText(wait)),
                          429);
        page.setHeader("Retry-After", QByteArray::number(wait));
        return page;
    }
    case Result::Accepted:
    case Result::NotSetUp: // turned off from another session meanwhile: the password stands
        break;
    }

    request.csrfToken = newSecret();
    QString notice;
    if (outcome.result == Result::NotSetUp) {
        request.signInMethod = SignInMethod::Password;
        const auto scopes = Scopes::parse(request.scope).value_or(QStringList());
        const QStringList kept = m_services.adminTwoFactor.narrowed(*user, scopes);
        if (kept.isEmpty()) {
            m_services.authorizations.deleteRequest(request.id);
            return redirectError(
                request.redirectUri, request.state, QStringLiteral("invalid_scope"),
                QStringLiteral("This account may not grant any of the requested scopes."),
                m_services.issuer, After::Post);
        }
        if (kept != scopes)
            notice = adminLeftOutNotice();
        request.scope = Scopes::join(kept);
    } else if (outcome.method == TwoFactorVerifier::Outcome::Method::BackupCode) {
        request.signInMethod = SignInMethod::PasswordBackupCode;
        notice = outcome.backupCodesRemaining == 1
                     ? QStringLiteral("You used a backup code; 1 remains.")
                     : QStringLiteral("You used a backup code; %1 remain.")
                           .arg(outcome.backupCodesRemaining);
    } else {
        request.signInMethod = SignInMethod::PasswordTotp;
    }
    return afterIdentityProven(request, *client, *user, notice);
}

QFuture<HttpResponse> AuthorizeEndpoint::changePassword(RequestContext &context)
{
    const QHash<QString, QString> form = readForm(context);
    const AuthorizationRequest request =
        requestForForm(context, form, AuthorizationRequest::Stage::ChangePassword);
    const auto client = m_services.clients.find(request.clientId);
    const auto user = m_services.users.findById(request.userId);
    if (!client)
        throw PageError{ErrorResponses::page(context, 400, QStringLiteral("Unknown application"),
                                             QStringLiteral("The application was removed."))};
    if (!user || user->disabled)
        throw PageError{
            ErrorResponses::page(context, 400, QStringLiteral("This sign-in page has expired"),
                                 QStringLiteral("Return to the app and start signing in again."))};

    const QString newPassword = form.value(QStringLiteral("new_password"));
    const QString confirmation = form.value(QStringLiteral("confirm_password"));
    const auto again = [&](const QString &error) {
        return QtFuture::makeReadyFuture(changePasswordPage(request, *client, error));
    };
    if (newPassword.isEmpty())
        return again(QStringLiteral("Enter a new password."));
    if (const auto problem = PasswordPolicy::problem(newPassword))
        return again(*problem);
    if (newPassword != confirmation)
        return again(QStringLiteral("The two passwords do not match."));

    // Both Argon2id steps off the event loop: is it the one-time password again, and if not,
    // its hash. An empty result means it is the same.
    const QString storedHash = m_services.users.passwordHash(user->id);
    const PasswordHasher hasher = m_services.hasher;
    auto hashing = QtConcurrent::run(&m_services.passwordChecks,
                                     [hasher, newPassword, storedHash]() -> QString {
                                         if (hasher.verify(newPassword, storedHash))
                                             return {};
                                         return hasher.hash(newPassword);
                                     });
    const QString requestId = request.id;
    const RequestContext contextCopy = context;
    return hashing.then(&m_mainThread, [this, contextCopy, requestId](const QString &newHash) {
        try {
            return finishChangePassword(contextCopy, requestId, newHash);
        } catch (const PageError &page) {
            return page.response;
        }
    });
}

HttpResponse AuthorizeEndpoint::finishChangePassword(const RequestContext &context,
                                                     const QString &requestId,
                                                     const QString &newHash)
{
    // As in finishSignIn(): the request may have expired or moved on meanwhile.
    auto request = m_services.authorizations.findRequest(requestId);
    const auto client = request ? m_services.clients.find(request->clientId) : std::nullopt;
    const auto user = request ? m_services.users.findById(request->userId) : std::nullopt;
    if (!request || !client || !user || user->disabled ||
        request->stage != AuthorizationRequest::Stage::ChangePassword ||
        request->expiresAtMs < Clock::nowMs()) {
        return ErrorResponses::page(
            context, 400, QStringLiteral("This sign-in page has expired"),
            QStringLiteral("Return to the app and start signing in again."));
    }
    if (newHash.isEmpty())
        return changePasswordPage(
            *request, *client,
            QStringLiteral("Choose a password other than the one you were given."));

    m_services.db.transaction([&] {
        m_services.users.setPassword(user->id, newHash, false);
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, user->id, SecurityEventType::PasswordChanged,
                                  {{QStringLiteral("reason"), QStringLiteral("first_sign_in")}}));
    });
    request->csrfToken = newSecret();
    return afterIdentityProven(*request, *client, *user,
                               QStringLiteral("Your new password is set."));
}

HttpResponse AuthorizeEndpoint::consent(RequestContext &context)
{
    const QHash<QString, QString> form = readForm(context);
    const AuthorizationRequest request =
        requestForForm(context, form, AuthorizationRequest::Stage::Consent);
    m_services.authorizations.deleteRequest(request.id);

    const QString decision = form.value(QStringLiteral("decision"));
    if (decision != QLatin1String("approve")) {
        return redirectError(request.redirectUri, request.state, QStringLiteral("access_denied"),
                             QStringLiteral("The user denied access."), m_services.issuer,
                             After::Post);
    }
    const QString code = TokenFormat::generate(TokenFormat::Kind::AuthorizationCode);
    AuthorizationCode record;
    record.codeHash = QString::fromLatin1(TokenFormat::storageHash(code));
    record.clientId = request.clientId;
    record.userId = request.userId;
    record.redirectUri = request.redirectUri;
    record.scope = request.scope;
    record.codeChallenge = request.codeChallenge;
    record.deviceName = request.deviceName;
    record.signInMethod = request.signInMethod;
    record.expiresAtMs = Clock::nowMs() + qint64(m_services.config.authCodeLifetimeSeconds) * 1000;
    m_services.authorizations.insertCode(record);
    return authorizationResponse(
        request.redirectUri,
        {{QStringLiteral("code"), code}, {QStringLiteral("state"), request.state}},
        m_services.issuer, After::Post);
}

HttpResponse AuthorizeEndpoint::signInPage(const AuthorizationRequest &request,
                                           const OAuthClient &client, const QString &username,
                                           const QString &error, int status) const
{
    HtmlPage page(QStringLiteral("Sign in"));
    page.addHeading(QStringLiteral("Sign in"));
    page.addRawHtml(QStringLiteral("<p>to continue to <strong>%1</strong></p>")
                        .arg(HtmlPage::escape(client.name)));
    if (!error.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                            .arg(HtmlPage::escape(error)));
    page.addRawHtml(
        QStringLiteral("<form method=\"post\" action=\"/oauth2/authorize/sign-in\">%1%2"
                       "<label for=\"username\">Username</label>"
                       "<input id=\"username\" name=\"username\" autocomplete=\"username\" "
                       "autocapitalize=\"none\" required%3 value=\"%4\">"
                       "<label for=\"password\">Password</label>"
                       "<input id=\"password\" name=\"password\" type=\"password\" "
                       "autocomplete=\"current-password\" required%5>"
                       "<button type=\"submit\">Sign in</button></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken),
                 username.isEmpty() ? QStringLiteral(" autofocus") : QString(),
                 HtmlPage::escape(username),
                 username.isEmpty() ? QString() : QStringLiteral(" autofocus")));
    page.addSmallPrint(QStringLiteral("Signing in on: %1").arg(request.deviceName));
    return page.render(status);
}

HttpResponse AuthorizeEndpoint::twoFactorPage(const AuthorizationRequest &request,
                                              const OAuthClient &client, const QString &error,
                                              int status) const
{
    HtmlPage page(QStringLiteral("Two-factor authentication"));
    page.addHeading(QStringLiteral("Two-factor authentication"));
    page.addRawHtml(QStringLiteral("<p>to continue to <strong>%1</strong></p>")
                        .arg(HtmlPage::escape(client.name)));
    if (!error.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                            .arg(HtmlPage::escape(error)));
    // type=text, not number: backup codes have letters, and leading zeros must survive.
    page.addRawHtml(
        QStringLiteral("<form method=\"post\" action=\"/oauth2/authorize/two-factor\">%1%2"
                       "<label for=\"code\">Authentication code</label>"
                       "<input id=\"code\" name=\"code\" type=\"text\" "
                       "autocomplete=\"one-time-code\" autocapitalize=\"none\" "
                       "spellcheck=\"false\" maxlength=\"32\" "
                       "aria-describedby=\"code-help\" required autofocus>"
                       "<p id=\"code-help\" class=\"hint\">Enter the 6-digit code from your "
                       "authenticator app. If you do not have your device, a backup code "
                       "(xxxx-xxxx) works too.</p>"
                       "<button type=\"submit\">Verify</button></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken)));
    page.addSmallPrint(QStringLiteral("Signing in on: %1").arg(request.deviceName));
    return page.render(status);
}

HttpResponse AuthorizeEndpoint::changePasswordPage(const AuthorizationRequest &request,
                                                   const OAuthClient &client, const QString &error,
                                                   const QString &notice) const
{
    HtmlPage page(QStringLiteral("Choose a new password"));
    page.addHeading(QStringLiteral("Choose a new password"));
    page.addRawHtml(QStringLiteral("<p>to continue to <strong>%1</strong></p>")
                        .arg(HtmlPage::escape(client.name)));
    if (!notice.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"notice\" role=\"status\">%1</p>")
                            .arg(HtmlPage::escape(notice)));
    if (!error.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                            .arg(HtmlPage::escape(error)));
    page.addRawHtml(
        QStringLiteral(
            "<form method=\"post\" action=\"/oauth2/authorize/change-password\">%1%2"
            "<p id=\"password-help\" class=\"hint\">Your administrator gave you a one-time "
            "password. Choose your own to go on: at least %3 characters, not the one you were "
            "given.</p>"
            "<label for=\"new_password\">New password</label>"
            "<input id=\"new_password\" name=\"new_password\" type=\"password\" "
            "autocomplete=\"new-password\" minlength=\"%3\" maxlength=\"%4\" "
            "aria-describedby=\"password-help\" required autofocus>"
            "<label for=\"confirm_password\">Confirm new password</label>"
            "<input id=\"confirm_password\" name=\"confirm_password\" type=\"password\" "
            "autocomplete=\"new-password\" minlength=\"%3\" maxlength=\"%4\" required>"
            "<button type=\"submit\">Set password</button></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken))
            .arg(PasswordPolicy::MinLength)
            .arg(PasswordPolicy::MaxLength));
    page.addSmallPrint(QStringLiteral("Signing in on: %1").arg(request.deviceName));
    return page.render();
}

HttpResponse AuthorizeEndpoint::consentPage(const AuthorizationRequest &request,
                                            const OAuthClient &client, const QString &username,
                                            const QString &notice) const
{
    HtmlPage page(QStringLiteral("Allow access"));
    page.allowFormTarget(originOf(request.redirectUri));
    page.addHeading(QStringLiteral("Allow access?"));
    if (!notice.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"notice\" role=\"status\">%1</p>")
                            .arg(HtmlPage::escape(notice)));
    page.addRawHtml(QStringLiteral("<p><strong>%1</strong> on <strong>%2</strong> wants to:</p>")
                        .arg(HtmlPage::escape(client.name), HtmlPage::escape(request.deviceName)));
    QString items;
    const auto scopes = Scopes::parse(request.scope).value_or(QStringList());
    for (const QString &scope : scopes)
        items += QStringLiteral("<li>%1</li>").arg(HtmlPage::escape(Scopes::describe(scope)));
    page.addRawHtml(QStringLiteral("<ul class=\"scopes\">%1</ul>").arg(items));
    page.addRawHtml(
        QStringLiteral(
            "<form method=\"post\" action=\"/oauth2/authorize/consent\">%1%2"
            "<div class=\"actions\">"
            "<button type=\"submit\" name=\"decision\" value=\"deny\" "
            "class=\"secondary\">Deny</button>"
            "<button type=\"submit\" name=\"decision\" value=\"approve\" autofocus>Allow</button>"
            "</div></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken)));
    page.addSmallPrint(QStringLiteral("Signed in as %1. You can end this access at any time under "
                                      "Account security, Sessions.")
                           .arg(username));
    return page.render();
}
