#include "AuthorizeEndpoint.h"

#include "RedirectUris.h"
#include "Scopes.h"
#include "ServerServices.h"
#include "account/PasskeyForm.h"
#include "account/SecurityLog.h"
#include "account/TwoFactorVerifier.h"
#include "http/ErrorResponses.h"
#include "http/HtmlPage.h"
#include "http/Router.h"
#include "security/Crypto.h"
#include "security/PasswordPolicy.h"
#include "security/Pkce.h"
#include "security/TokenFormat.h"
#include "security/WebAuthn.h"
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
        const PageLanguage language = context.pageLanguage();
        throw PageError{ErrorResponses::page(
            context, 400, language.translate("AuthorizeEndpoint", "The form could not be read"),
            language
                .translate("AuthorizeEndpoint",
                           "Return to the app and start signing in again. Details: %1")
                .arg(error.description()))};
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

// A time in UTC as the page's language writes it ("9:04:05 PM UTC", "21:04:05 UTC"): the time
// alone for today, with the date otherwise.
QString utcTime(qint64 ms, qint64 nowMs, const PageLanguage &language)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const bool today = at.date() == QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    const QLocale locale = language.locale();
    return today ? locale.toString(at, locale.timeFormat(QLocale::LongFormat))
                 : locale.toString(at, QLocale::LongFormat);
}

// "5 minutes", "2 hours", "30 seconds": a wait in the largest whole unit that fits.
QString waitText(qint64 seconds, const PageLanguage &language)
{
    // The counts are worked out first: lupdate 6.4 hangs on a count like int(a / b) in the call.
    if (seconds == 1)
        return language.translate("AuthorizeEndpoint", "1 second");
    if (seconds < 120) {
        const int count = int(seconds);
        return language.translate("AuthorizeEndpoint", "%n seconds", nullptr, count);
    }
    if (seconds < 2 * 3600) {
        const int minutes = int((seconds + 59) / 60);
        return language.translate("AuthorizeEndpoint", "%n minutes", nullptr, minutes);
    }
    const int hours = int((seconds + 3599) / 3600);
    return language.translate("AuthorizeEndpoint", "%n hours", nullptr, hours);
}

QString hiddenField(const QString &name, const QString &value)
{
    return QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
        .arg(HtmlPage::escape(name), HtmlPage::escape(value));
}

// Said on the consent page when AdminTwoFactorRule took admin out of what was asked for.
QString adminLeftOutNotice(const PageLanguage &language)
{
    return language.translate("AuthorizeEndpoint",
                              "Administration was left out: it needs two-factor authentication "
                              "on your account. Turn it on in Account security, then sign in "
                              "again.");
}

// Said on every page of a sign-in whose request has expired or moved on.
HttpResponse expiredPage(const RequestContext &context)
{
    const PageLanguage language = context.pageLanguage();
    return ErrorResponses::page(
        context, 400, language.translate("AuthorizeEndpoint", "This sign-in page has expired"),
        language.translate("AuthorizeEndpoint", "Return to the app and start signing in again."));
}

HttpResponse unknownClientPage(const RequestContext &context)
{
    const PageLanguage language = context.pageLanguage();
    return ErrorResponses::page(
        context, 400, language.translate("AuthorizeEndpoint", "Unknown application"),
        language.translate("AuthorizeEndpoint", "The application was removed."));
}

// A text marked with QT_TRANSLATE_NOOP("AuthorizeEndpoint", ...), in the page's language and
// HTML-escaped, for the forms' labels, hints and buttons.
QString escapedText(const PageLanguage &language, const char *text)
{
    return HtmlPage::escape(language.translate("AuthorizeEndpoint", text));
}

// "to continue to <strong>Tasklane</strong>": the line under each page's heading.
QString continueTo(const PageLanguage &language, const QString &clientName)
{
    return QStringLiteral("<p>%1</p>")
        .arg(HtmlPage::escape(language.translate("AuthorizeEndpoint", "to continue to %1"))
                 .arg(QStringLiteral("<strong>%1</strong>").arg(HtmlPage::escape(clientName))));
}

QByteArray fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// How long the passkey button of a page works (and never longer than the sign-in).
constexpr qint64 PasskeyChallengeLifetimeMs = 5 * 60 * 1000;

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
    router.add(M::Post, QStringLiteral("/oauth2/authorize/passkey"),
               pageErrors([this](RequestContext &c) { return passkey(c); }));
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

    const PageLanguage language = context.pageLanguage();
    const auto errorPage = [&](const QString &message) {
        return ErrorResponses::page(
            context, 400, language.translate("AuthorizeEndpoint", "This sign-in link is not valid"),
            message);
    };
    const QString clientId = context.queryValue(QStringLiteral("client_id"));
    const QString redirectUri = context.queryValue(QStringLiteral("redirect_uri"));
    const QString state = context.queryValue(QStringLiteral("state"));

    // Until client and redirect URI are known good, errors go to the user, never to a redirect.
    const auto client = clientId.isEmpty() ? std::nullopt : m_services.clients.find(clientId);
    if (!client)
        return errorPage(language.translate(
            "AuthorizeEndpoint", "The application that sent you here is not registered with this "
                                 "server (unknown client_id)."));
    if (redirectUri.isEmpty() || !RedirectUris::matches(client->redirectUris, redirectUri))
        return errorPage(language.translate("AuthorizeEndpoint",
                                            "The application asked to return to an address it "
                                            "has not registered (redirect_uri)."));

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

    HttpResponse page = signInPage(language, request, *client, {}, {});
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
    const PageLanguage language = context.pageLanguage();
    HttpResponse page = ErrorResponses::page(
        context, 429, language.translate("AuthorizeEndpoint", "Too many sign-ins"),
        (fromThisIp ? language.translate("AuthorizeEndpoint",
                                         "Too many sign-ins were started from your network. Try "
                                         "again in %1.")
                    : language.translate("AuthorizeEndpoint",
                                         "Too many sign-ins are in progress on this server. Try "
                                         "again in %1."))
            .arg(waitText(retryAfterSeconds, language)));
    page.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return page;
}

AuthorizationRequest AuthorizeEndpoint::requestForForm(const RequestContext &context,
                                                       const QHash<QString, QString> &form,
                                                       AuthorizationRequest::Stage expectedStage)
{
    const auto request =
        m_services.authorizations.findRequest(form.value(QStringLiteral("request_id")));
    if (!request || request->expiresAtMs < Clock::nowMs() || request->stage != expectedStage)
        throw PageError{expiredPage(context)};
    const QString cookie = cookieValue(context, BrowserCookie);
    const bool sameBrowser =
        !cookie.isEmpty() && Crypto::constantTimeEquals(bindingFor(cookie).toLatin1(),
                                                        request->browserBinding.toLatin1());
    const bool csrfOk = Crypto::constantTimeEquals(
        form.value(QStringLiteral("csrf_token")).toLatin1(), request->csrfToken.toLatin1());
    if (!sameBrowser || !csrfOk) {
        const PageLanguage language = context.pageLanguage();
        throw PageError{ErrorResponses::page(
            context, 403,
            language.translate("AuthorizeEndpoint",
                               "This form was not sent from this server's page"),
            language.translate("AuthorizeEndpoint",
                               "For your safety the request was refused. Return to the app and "
                               "start signing in again."))};
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
    const PageLanguage language = context.pageLanguage();
    if (!client)
        throw PageError{unknownClientPage(context)};
    if (username.isEmpty() || password.isEmpty()) {
        return QtFuture::makeReadyFuture(signInPage(
            language, request, *client, username,
            language.translate("AuthorizeEndpoint", "Enter your username and password.")));
    }
    if (password.size() > PasswordPolicy::MaxLength) {
        return QtFuture::makeReadyFuture(
            signInPage(language, request, *client, username,
                       language.translate("AuthorizeEndpoint", "Wrong username or password.")));
    }

    // Counted before the password is checked, so many guesses sent at once cannot all be
    // checked; a right password gives the attempt back in finishSignIn().
    const auto attempt =
        m_services.signInGuesses.take(username.toLower(), context.remoteIp(), Clock::nowMs());
    if (!attempt.allowed) {
        const int minutes = int((attempt.retryAfterSeconds + 59) / 60);
        HttpResponse page = signInPage(
            language, request, *client, username,
            minutes == 1 ? language.translate("AuthorizeEndpoint",
                                              "Too many failed sign-in attempts. Try again in 1 "
                                              "minute.")
                         : language.translate("AuthorizeEndpoint",
                                              "Too many failed sign-in attempts. Try again in %n "
                                              "minutes.",
                                              nullptr, minutes),
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
    return verification.then(&m_workerThread, [this, contextCopy, requestId, userId,
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
        return expiredPage(context);
    }
    const PageLanguage language = context.pageLanguage();
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
                ? language.translate("AuthorizeEndpoint",
                                     "This account is disabled. Ask your administrator.")
                : language.translate("AuthorizeEndpoint", "Wrong username or password.");
        return signInPage(language, *request, *client, username, message);
    }

    m_services.signInGuesses.succeeded(username.toLower(), context.remoteIp(), Clock::nowMs());
    if (!check.newHash.isEmpty())
        m_services.users.replacePasswordHash(user->id, check.oldHash, check.newHash);
    bool adminLeftOut = false;
    if (!narrowScopes(*request, *user, &adminLeftOut)) {
        // Everything asked for needs a role this account lacks (e.g. only "admin").
        m_services.authorizations.deleteRequest(request->id);
        return redirectError(
            request->redirectUri, request->state, QStringLiteral("invalid_scope"),
            QStringLiteral("This account may not grant any of the requested scopes."),
            m_services.issuer, After::Post);
    }
    request->userId = user->id;
    request->csrfToken = newSecret();
    if (m_services.twoFactor.find(user->id).enabled()) {
        request->stage = AuthorizationRequest::Stage::TwoFactor;
        m_services.authorizations.updateRequest(*request);
        return twoFactorPage(language, *request, *client, {});
    }
    request->signInMethod = SignInMethod::Password;
    return afterIdentityProven(language, *request, *client, *user,
                               adminLeftOut ? adminLeftOutNotice(language) : QString());
}

bool AuthorizeEndpoint::narrowScopes(AuthorizationRequest &request, const User &user,
                                     bool *adminLeftOut) const
{
    QStringList scopes = Scopes::parse(request.scope).value_or(QStringList());
    if (!user.isAdmin())
        scopes.removeAll(Scopes::Admin);
    *adminLeftOut =
        scopes.contains(Scopes::Admin) && !m_services.adminTwoFactor.allowsAdminScope(user);
    if (*adminLeftOut)
        scopes.removeAll(Scopes::Admin);
    if (scopes.isEmpty())
        return false;
    request.scope = Scopes::join(scopes);
    return true;
}

HttpResponse AuthorizeEndpoint::afterIdentityProven(const PageLanguage &language,
                                                    AuthorizationRequest &request,
                                                    const OAuthClient &client, const User &user,
                                                    const QString &notice)
{
    if (m_services.users.mustChangePassword(user.id)) {
        request.stage = AuthorizationRequest::Stage::ChangePassword;
        m_services.authorizations.updateRequest(request);
        return changePasswordPage(language, request, client, {}, notice);
    }
    request.stage = AuthorizationRequest::Stage::Consent;
    m_services.authorizations.updateRequest(request);
    return consentPage(language, request, client,
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
        return unknownClientPage(context);
    if (!user || user->disabled)
        return expiredPage(context);

    const PageLanguage language = context.pageLanguage();
    const QString code = form.value(QStringLiteral("code")).trimmed();
    if (code.isEmpty())
        return twoFactorPage(
            language, request, *client,
            language.translate("AuthorizeEndpoint", "Enter the code from your authenticator app."));

    RequestOrigin origin;
    origin.ip = context.remoteIp();
    origin.userAgent = context.userAgent();
    using Result = TwoFactorVerifier::Outcome::Result;
    const auto outcome = m_services.twoFactorVerifier.verify(
        user->id, code, TwoFactorVerifier::Accepts::TotpOrBackupCode, origin);
    switch (outcome.result) {
    case Result::Invalid:
        return twoFactorPage(
            language, request, *client,
            outcome.attemptsRemaining == 1
                ? language.translate("AuthorizeEndpoint", "That code is not valid. 1 attempt left.")
                : language.translate("AuthorizeEndpoint",
                                     "That code is not valid. %n attempts left.", nullptr,
                                     outcome.attemptsRemaining));
    case Result::Reused:
        return twoFactorPage(language, request, *client,
                             language.translate("AuthorizeEndpoint",
                                                "That code was already used. Wait for the next "
                                                "code from your app."));
    case Result::Locked: {
        const qint64 now = Clock::nowMs();
        const qint64 wait = outcome.secondsLocked(now);
        HttpResponse page = twoFactorPage(
            language, request, *client,
            language
                .translate("AuthorizeEndpoint", "Too many wrong codes. Try again after %1 (in %2).")
                .arg(utcTime(outcome.lockedUntilMs, now, language), waitText(wait, language)),
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
            notice = adminLeftOutNotice(language);
        request.scope = Scopes::join(kept);
    } else if (outcome.method == TwoFactorVerifier::Outcome::Method::BackupCode) {
        request.signInMethod = SignInMethod::PasswordBackupCode;
        notice = outcome.backupCodesRemaining == 1
                     ? language.translate("AuthorizeEndpoint", "You used a backup code; 1 remains.")
                     : language.translate("AuthorizeEndpoint", "You used a backup code; %n remain.",
                                          nullptr, outcome.backupCodesRemaining);
    } else {
        request.signInMethod = SignInMethod::PasswordTotp;
    }
    return afterIdentityProven(language, request, *client, *user, notice);
}

QFuture<HttpResponse> AuthorizeEndpoint::changePassword(RequestContext &context)
{
    const QHash<QString, QString> form = readForm(context);
    const AuthorizationRequest request =
        requestForForm(context, form, AuthorizationRequest::Stage::ChangePassword);
    const auto client = m_services.clients.find(request.clientId);
    const auto user = m_services.users.findById(request.userId);
    if (!client)
        throw PageError{unknownClientPage(context)};
    if (!user || user->disabled)
        throw PageError{expiredPage(context)};

    const PageLanguage language = context.pageLanguage();
    const QString newPassword = form.value(QStringLiteral("new_password"));
    const QString confirmation = form.value(QStringLiteral("confirm_password"));
    const auto again = [&](const QString &error) {
        return QtFuture::makeReadyFuture(changePasswordPage(language, request, *client, error));
    };
    if (newPassword.isEmpty())
        return again(language.translate("AuthorizeEndpoint", "Enter a new password."));
    if (const auto problem = PasswordPolicy::check(newPassword))
        return again(language.translate("PasswordPolicy", problem->text).arg(problem->limit));
    if (newPassword != confirmation)
        return again(language.translate("AuthorizeEndpoint", "The two passwords do not match."));

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
    return hashing.then(&m_workerThread, [this, contextCopy, requestId](const QString &newHash) {
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
        return expiredPage(context);
    }
    const PageLanguage language = context.pageLanguage();
    if (newHash.isEmpty())
        return changePasswordPage(language, *request, *client,
                                  language.translate("AuthorizeEndpoint",
                                                     "Choose a password other than the one you "
                                                     "were given."));

    m_services.db.transaction([&] {
        m_services.users.setPassword(user->id, newHash, false);
        m_services.securityEvents.record(
            SecurityLog::eventFor(context, user->id, SecurityEventType::PasswordChanged,
                                  {{QStringLiteral("reason"), QStringLiteral("first_sign_in")}}));
    });
    request->csrfToken = newSecret();
    return afterIdentityProven(
        language, *request, *client, *user,
        language.translate("AuthorizeEndpoint", "Your new password is set."));
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

HttpResponse AuthorizeEndpoint::signInPage(const PageLanguage &language,
                                           const AuthorizationRequest &request,
                                           const OAuthClient &client, const QString &username,
                                           const QString &error, int status)
{
    HtmlPage page(language, language.translate("AuthorizeEndpoint", "Sign in"));
    page.addHeading(language.translate("AuthorizeEndpoint", "Sign in"));
    page.addRawHtml(continueTo(language, client.name));
    if (!error.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                            .arg(HtmlPage::escape(error)));
    page.addRawHtml(
        QStringLiteral("<form method=\"post\" action=\"/oauth2/authorize/sign-in\">%1%2"
                       "<label for=\"username\">%6</label>"
                       "<input id=\"username\" name=\"username\" autocomplete=\"username\" "
                       "autocapitalize=\"none\" required%3 value=\"%4\">"
                       "<label for=\"password\">%7</label>"
                       "<input id=\"password\" name=\"password\" type=\"password\" "
                       "autocomplete=\"current-password\" required%5>"
                       "<button type=\"submit\">%8</button></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken),
                 username.isEmpty() ? QStringLiteral(" autofocus") : QString(),
                 HtmlPage::escape(username),
                 username.isEmpty() ? QString() : QStringLiteral(" autofocus"),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Username")),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Password")),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Sign in"))));
    addPasskeyForm(page, language, request);
    page.addSmallPrint(
        language.translate("AuthorizeEndpoint", "Signing in on: %1").arg(request.deviceName));
    return page.render(status);
}

HttpResponse AuthorizeEndpoint::twoFactorPage(const PageLanguage &language,
                                              const AuthorizationRequest &request,
                                              const OAuthClient &client, const QString &error,
                                              int status)
{
    HtmlPage page(language, language.translate("AuthorizeEndpoint", "Two-factor authentication"));
    page.addHeading(language.translate("AuthorizeEndpoint", "Two-factor authentication"));
    page.addRawHtml(continueTo(language, client.name));
    if (!error.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                            .arg(HtmlPage::escape(error)));
    // type=text, not number: backup codes have letters, and leading zeros must survive.
    page.addRawHtml(
        QStringLiteral("<form method=\"post\" action=\"/oauth2/authorize/two-factor\">%1%2"
                       "<label for=\"code\">%3</label>"
                       "<input id=\"code\" name=\"code\" type=\"text\" "
                       "autocomplete=\"one-time-code\" autocapitalize=\"none\" "
                       "spellcheck=\"false\" maxlength=\"32\" "
                       "aria-describedby=\"code-help\" required autofocus>"
                       "<p id=\"code-help\" class=\"hint\">%4</p>"
                       "<button type=\"submit\">%5</button></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken),
                 escapedText(language,
                             QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Authentication code")),
                 escapedText(
                     language,
                     QT_TRANSLATE_NOOP("AuthorizeEndpoint",
                                       "Enter the 6-digit code from your authenticator app. If you "
                                       "do not have your device, a backup code (xxxx-xxxx) works "
                                       "too.")),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Verify"))));
    addPasskeyForm(page, language, request);
    page.addSmallPrint(
        language.translate("AuthorizeEndpoint", "Signing in on: %1").arg(request.deviceName));
    return page.render(status);
}

HttpResponse AuthorizeEndpoint::changePasswordPage(const PageLanguage &language,
                                                   const AuthorizationRequest &request,
                                                   const OAuthClient &client, const QString &error,
                                                   const QString &notice) const
{
    HtmlPage page(language, language.translate("AuthorizeEndpoint", "Choose a new password"));
    page.addHeading(language.translate("AuthorizeEndpoint", "Choose a new password"));
    page.addRawHtml(continueTo(language, client.name));
    if (!notice.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"notice\" role=\"status\">%1</p>")
                            .arg(HtmlPage::escape(notice)));
    if (!error.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                            .arg(HtmlPage::escape(error)));
    page.addRawHtml(
        QStringLiteral("<form method=\"post\" action=\"/oauth2/authorize/change-password\">%1%2"
                       "<p id=\"password-help\" class=\"hint\">%3</p>"
                       "<label for=\"new_password\">%4</label>"
                       "<input id=\"new_password\" name=\"new_password\" type=\"password\" "
                       "autocomplete=\"new-password\" minlength=\"%7\" maxlength=\"%8\" "
                       "aria-describedby=\"password-help\" required autofocus>"
                       "<label for=\"confirm_password\">%5</label>"
                       "<input id=\"confirm_password\" name=\"confirm_password\" type=\"password\" "
                       "autocomplete=\"new-password\" minlength=\"%7\" maxlength=\"%8\" required>"
                       "<button type=\"submit\">%6</button></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken),
                 HtmlPage::escape(language
                                      .translate("AuthorizeEndpoint",
                                                 "Your administrator gave you a one-time "
                                                 "password. Choose your own to go on: at least "
                                                 "%1 characters, not the one you were given.")
                                      .arg(PasswordPolicy::MinLength)),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "New password")),
                 escapedText(language,
                             QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Confirm new password")),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Set password")),
                 QString::number(PasswordPolicy::MinLength),
                 QString::number(PasswordPolicy::MaxLength)));
    page.addSmallPrint(
        language.translate("AuthorizeEndpoint", "Signing in on: %1").arg(request.deviceName));
    return page.render();
}

HttpResponse AuthorizeEndpoint::consentPage(const PageLanguage &language,
                                            const AuthorizationRequest &request,
                                            const OAuthClient &client, const QString &username,
                                            const QString &notice) const
{
    HtmlPage page(language, language.translate("AuthorizeEndpoint", "Allow access"));
    page.allowFormTarget(originOf(request.redirectUri));
    page.addHeading(language.translate("AuthorizeEndpoint", "Allow access?"));
    if (!notice.isEmpty())
        page.addRawHtml(QStringLiteral("<p class=\"notice\" role=\"status\">%1</p>")
                            .arg(HtmlPage::escape(notice)));
    const auto strong = [](const QString &text) {
        return QStringLiteral("<strong>%1</strong>").arg(HtmlPage::escape(text));
    };
    page.addRawHtml(
        QStringLiteral("<p>%1</p>")
            .arg(escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "%1 on %2 wants to:"))
                     .arg(strong(client.name), strong(request.deviceName))));
    QString items;
    const auto scopes = Scopes::parse(request.scope).value_or(QStringList());
    for (const QString &scope : scopes) {
        const char *description = Scopes::describe(scope);
        items += QStringLiteral("<li>%1</li>")
                     .arg(HtmlPage::escape(description ? language.translate("Scopes", description)
                                                       : scope));
    }
    page.addRawHtml(QStringLiteral("<ul class=\"scopes\">%1</ul>").arg(items));
    page.addRawHtml(
        QStringLiteral("<form method=\"post\" action=\"/oauth2/authorize/consent\">%1%2"
                       "<div class=\"actions\">"
                       "<button type=\"submit\" name=\"decision\" value=\"deny\" "
                       "class=\"secondary\">%3</button>"
                       "<button type=\"submit\" name=\"decision\" value=\"approve\" "
                       "autofocus>%4</button>"
                       "</div></form>")
            .arg(hiddenField(QStringLiteral("request_id"), request.id),
                 hiddenField(QStringLiteral("csrf_token"), request.csrfToken),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Deny")),
                 escapedText(language, QT_TRANSLATE_NOOP("AuthorizeEndpoint", "Allow"))));
    page.addSmallPrint(language
                           .translate("AuthorizeEndpoint",
                                      "Signed in as %1. You can end this access at any time "
                                      "under Account security, Sessions.")
                           .arg(username));
    return page.render();
}

void AuthorizeEndpoint::addPasskeyForm(HtmlPage &page, const PageLanguage &language,
                                       const AuthorizationRequest &request)
{
    const bool secondFactor = request.stage == AuthorizationRequest::Stage::TwoFactor;
    PasskeyForm form;
    form.mode = PasskeyForm::Mode::Get;
    form.action = QStringLiteral("/oauth2/authorize/passkey");
    form.rpId = WebAuthn::rpIdForIssuer(m_services.issuer);
    if (secondFactor) {
        // Only the account's own passkeys are offered, and only when it has some.
        const auto passkeys = m_services.passkeys.listForUser(request.userId);
        if (passkeys.isEmpty())
            return;
        for (const Passkey &passkey : passkeys)
            form.credentialIds.append(QString::fromLatin1(Crypto::base64Url(passkey.credentialId)));
    }
    if (!form.rpId.isEmpty()) {
        const qint64 now = Clock::nowMs();
        const WebAuthnChallenge challenge = m_services.webAuthnChallenges.issue(
            secondFactor ? WebAuthnChallengeStore::Purpose::SecondFactor
                         : WebAuthnChallengeStore::Purpose::SignIn,
            secondFactor ? request.userId : QString(), request.id,
            std::min(now + PasskeyChallengeLifetimeMs, request.expiresAtMs), now);
        form.challenge = challenge.challenge;
        form.hiddenFields = {{QStringLiteral("request_id"), request.id},
                             {QStringLiteral("csrf_token"), request.csrfToken},
                             {QStringLiteral("challenge_id"), challenge.id}};
    }
    // Passwordless needs the device to check who holds it (fingerprint, PIN): that is the
    // second factor the password would otherwise be part of.
    form.userVerification = !secondFactor;
    form.buttonText = secondFactor
                          ? language.translate("AuthorizeEndpoint", "Use a passkey instead")
                          : language.translate("AuthorizeEndpoint", "Sign in with a passkey");
    form.addTo(page, language);
}

HttpResponse AuthorizeEndpoint::passkey(RequestContext &context)
{
    const QHash<QString, QString> form = readForm(context);
    const auto pending =
        m_services.authorizations.findRequest(form.value(QStringLiteral("request_id")));
    const bool secondFactor = pending && pending->stage == AuthorizationRequest::Stage::TwoFactor;
    AuthorizationRequest request =
        requestForForm(context, form,
                       secondFactor ? AuthorizationRequest::Stage::TwoFactor
                                    : AuthorizationRequest::Stage::SignIn);
    const auto client = m_services.clients.find(request.clientId);
    if (!client)
        return unknownClientPage(context);

    const PageLanguage language = context.pageLanguage();
    const qint64 now = Clock::nowMs();
    // Taken first, whatever happens next: a challenge answers one attempt only.
    const auto challenge = m_services.webAuthnChallenges.take(
        form.value(QStringLiteral("challenge_id")),
        secondFactor ? WebAuthnChallengeStore::Purpose::SecondFactor
                     : WebAuthnChallengeStore::Purpose::SignIn,
        now);
    const QByteArray credentialId = fromBase64Url(form.value(QStringLiteral("credential_id")));
    const auto passkey = credentialId.isEmpty()
                             ? std::nullopt
                             : m_services.passkeys.findByCredentialId(credentialId);
    // Whose log hears of a failure: the account of the password on the two-factor page, the
    // passkey's owner on the sign-in page.
    const QString logUserId =
        secondFactor ? request.userId : (passkey ? passkey->userId : QString());
    const auto refuse = [&](const QString &reason, const QString &message) {
        if (!logUserId.isEmpty())
            m_services.securityEvents.record(SecurityLog::eventFor(
                context, logUserId,
                secondFactor ? SecurityEventType::TwoFactorFailed : SecurityEventType::SignInFailed,
                {{QStringLiteral("reason"), reason},
                 {QStringLiteral("method"), QStringLiteral("passkey")}}));
        return secondFactor ? twoFactorPage(language, request, *client, message, 400)
                            : signInPage(language, request, *client, {}, message, 400);
    };
    const QString notAccepted = language.translate(
        "AuthorizeEndpoint", "That passkey was not accepted. Try again, or sign in another way.");
    if (!challenge || challenge->requestId != request.id ||
        (secondFactor && challenge->userId != request.userId))
        return refuse(
            QStringLiteral("passkey_challenge"),
            language.translate("AuthorizeEndpoint", "The passkey prompt has expired. Try again."));
    if (!passkey)
        return refuse(QStringLiteral("passkey_unknown"), notAccepted);
    if (secondFactor && passkey->userId != request.userId)
        return refuse(QStringLiteral("passkey_other_account"), notAccepted);
    // A discoverable credential names its account: it must be the passkey's.
    const QByteArray userHandle = fromBase64Url(form.value(QStringLiteral("user_handle")));
    if (!userHandle.isEmpty() && userHandle != passkey->userId.toUtf8())
        return refuse(QStringLiteral("passkey_user_handle"), notAccepted);
    const auto user = m_services.users.findById(passkey->userId);
    if (!user || user->disabled)
        return refuse(QStringLiteral("disabled"),
                      language.translate("AuthorizeEndpoint",
                                         "This account is disabled. Ask your administrator."));
    const auto key = CoseKey::parse(passkey->publicKey);
    if (!key)
        return refuse(QStringLiteral("passkey_unsupported_key"), notAccepted);

    WebAuthn::Expectation expected;
    expected.challenge = challenge->challenge;
    expected.origin = WebAuthn::originOfIssuer(m_services.issuer);
    expected.rpId = WebAuthn::rpIdForIssuer(m_services.issuer);
    expected.userVerification = !secondFactor;
    const WebAuthn::Assertion assertion = WebAuthn::verifyAssertion(
        fromBase64Url(form.value(QStringLiteral("client_data"))),
        fromBase64Url(form.value(QStringLiteral("authenticator_data"))),
        fromBase64Url(form.value(QStringLiteral("signature"))), *key, passkey->signCount, expected);
    if (assertion.failure == WebAuthn::Failure::CounterWentBackwards) {
        // A copy of the authenticator may be in use: the owner hears of it in the log.
        m_services.securityEvents.record(SecurityLog::eventFor(
            context, passkey->userId, SecurityEventType::PasskeyCounterWentBackwards,
            {{QStringLiteral("passkeyId"), passkey->id},
             {QStringLiteral("passkeyName"), passkey->name},
             {QStringLiteral("storedCount"), qint64(passkey->signCount)},
             {QStringLiteral("receivedCount"), qint64(assertion.signCount)}}));
    }
    if (assertion.failure != WebAuthn::Failure::None)
        return refuse(QStringLiteral("passkey_") + WebAuthn::failureName(assertion.failure),
                      notAccepted);
    // Compare and set: two sign-ins with one counter value (a cloned authenticator, or a
    // race between instances) cannot both pass.
    if (!m_services.passkeys.recordUse(passkey->id, passkey->signCount, assertion.signCount, now))
        return refuse(QStringLiteral("passkey_counter_race"), notAccepted);

    request.csrfToken = newSecret();
    if (secondFactor) {
        request.signInMethod = SignInMethod::PasswordPasskey;
        return afterIdentityProven(language, request, *client, *user);
    }
    bool adminLeftOut = false;
    if (!narrowScopes(request, *user, &adminLeftOut)) {
        m_services.authorizations.deleteRequest(request.id);
        return redirectError(
            request.redirectUri, request.state, QStringLiteral("invalid_scope"),
            QStringLiteral("This account may not grant any of the requested scopes."),
            m_services.issuer, After::Post);
    }
    request.userId = user->id;
    request.signInMethod = SignInMethod::Passkey;
    return afterIdentityProven(language, request, *client, *user,
                               adminLeftOut ? adminLeftOutNotice(language) : QString());
}
