#include "SessionManager.h"

#include "ApiClient.h"
#include "CredentialStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSysInfo>

#include <limits>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcSession, "tasklane.app.session")

namespace {

const QString ClientId = QStringLiteral("tasklane-desktop");
const QString RefreshTokenPrefix = QStringLiteral("tlr_");

// Below this lifetime the refresh comes at 80% of it; above, one minute before expiry.
constexpr qint64 ShortLifetimeMs = 5 * 60 * 1000;
constexpr qint64 RefreshMarginMs = 60 * 1000;
constexpr qint64 MinimumRefreshDelayMs = 500;
// Sign-out waits this long for the server to confirm the revocation before it reports the
// sign-out; the revocation itself goes on in the background.
constexpr int SignOutRevokeWaitMs = 5000;

// RFC 6749 answers that mean "this refresh token will never work again" (as opposed to a
// server that is down, busy or unreachable, which is worth another try later).
bool isRefusal(const QString &code)
{
    return code == QLatin1String("invalid_grant") || code == QLatin1String("invalid_client") ||
           code == QLatin1String("unauthorized_client");
}

ApiError oauthError(const QString &code, const QString &message)
{
    ApiError error;
    if (code == QLatin1String("network_error"))
        error.kind = ApiError::Kind::Network;
    else if (code == QLatin1String("cancelled"))
        error.kind = ApiError::Kind::Cancelled;
    else if (code == QLatin1String("browser_failed") || code == QLatin1String("state_mismatch"))
        error.kind = ApiError::Kind::BadResponse;
    else
        error.kind = ApiError::Kind::Http; // an RFC 6749 error from the server
    error.code = code;
    error.message = message.isEmpty() ? code : message;
    return error;
}

ApiError localError(const QString &code, const QString &message,
                    ApiError::Kind kind = ApiError::Kind::Cancelled)
{
    ApiError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    return error;
}

} // namespace

SessionManager::SessionManager(ApiClient *client, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_oauth(new OAuthSignIn(client->networkAccessManager(), this))
    , m_discovery(new ServerDiscovery(client, this))
    , m_deviceName(tr("Tasklane on %1").arg(QSysInfo::machineHostName()))
    , m_clientGuard(client)
    , m_refresher(new OAuthSignIn(client->networkAccessManager(), this))
{
    // QOAuth2AuthorizationCodeFlow (6.4) sets no timeout on its token requests; without one a
    // server that never answers would leave a refresh, and every call waiting for it, hanging.
    // ApiClient sets its own per-request timeout, so this only reaches the OAuth requests.
    QNetworkAccessManager *network = client->networkAccessManager();
    if (network->transferTimeout() == 0)
        network->setTransferTimeout(int(client->timeout().count()));

    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn && !m_patSession)
            refreshAccessToken();
    });

    connect(m_discovery, &ServerDiscovery::discovered, this, &SessionManager::onDiscovered);
    connect(m_discovery, &ServerDiscovery::failed, this, &SessionManager::onDiscoveryFailed);
    connect(m_oauth, &OAuthSignIn::waitingForBrowser, this, [this](const QUrl &link) {
        if (m_pending == Pending::Browser)
            emit waitingForBrowser(link);
    });
    connect(m_oauth, &OAuthSignIn::signedIn, this, &SessionManager::onBrowserSignedIn);
    connect(m_oauth, &OAuthSignIn::failed, this, &SessionManager::onBrowserFailed);
    connect(m_refresher, &OAuthSignIn::refreshed, this, &SessionManager::onRefreshed);
    connect(m_refresher, &OAuthSignIn::failed, this, &SessionManager::onRefreshFailed);

    client->setAccessTokenProvider([this] { return m_accessToken; });
    client->setRefreshHandler(
        [this](std::function<void(bool ok)> done) { onRefreshRequested(std::move(done)); });
}

SessionManager::~SessionManager()
{
    ++m_generation;
    m_refreshTimer.stop();
    // Calls waiting for a refresh must not wait for ever (ApiClient's contract).
    m_refreshInFlight = false;
    finishRefresh(false);
    if (m_clientGuard) {
        m_client->setAccessTokenProvider({});
        m_client->setRefreshHandler({});
    }
    if (m_meCall)
        m_meCall->disconnect(this);
}

void SessionManager::setDeviceName(const QString &name)
{
    m_deviceName = name;
}

void SessionManager::setDeviceIdSource(std::function<QString()> source)
{
    m_deviceIdSource = std::move(source);
}

void SessionManager::setRefreshRetryInterval(std::chrono::milliseconds interval)
{
    m_refreshRetryInterval = std::max(interval, std::chrono::milliseconds(1));
}

QUrl SessionManager::signInLink() const
{
    return m_oauth->authorizationLink();
}

OAuthEndpoints SessionManager::endpoints() const
{
    OAuthEndpoints endpoints;
    endpoints.authorizationUrl = m_metadata.authorizationEndpoint;
    endpoints.tokenUrl = m_metadata.tokenEndpoint;
    endpoints.issuer = m_metadata.issuer.toString(QUrl::FullyEncoded);
    endpoints.issuerRequired = m_metadata.issParameterSupported;
    endpoints.clientId = ClientId;
    endpoints.deviceName = m_deviceName;
    return endpoints;
}

QString SessionManager::credentialServer() const
{
    // The issuer is the normalised server URL (discovery checks it), so "http://host:1/" and
    // "http://host:1" find the same entry.
    return m_metadata.issuer.toString();
}

void SessionManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcSession) << "state" << state;
    emit stateChanged(state);
}

// ---------------------------------------------------------------------------------------------
// Server

void SessionManager::connectToServer(const QUrl &url)
{
    const bool wasSignedIn = m_state == State::SignedIn;
    cancelPending();
    // Switching servers leaves the old account's keychain entry alone, so restore() can bring
    // it back later.
    clearTokens();
    m_account = {};
    m_metadata = {};
    setState(State::Discovering);
    if (wasSignedIn)
        emit signedOut(QString());
    m_discovery->discover(url);
}

void SessionManager::onDiscovered(const ServerMetadata &metadata)
{
    m_metadata = metadata;
    m_client->setBaseUrl(metadata.issuer);
    qCInfo(lcSession).noquote() << "server ready:" << metadata.issuer.toDisplayString();
    if (m_pending == Pending::Restore) {
        setState(State::SigningIn);
        emit serverReady(metadata);
        readSavedCredential();
        return;
    }
    setState(State::Ready);
    emit serverReady(metadata);
}

void SessionManager::onDiscoveryFailed(const ApiError &error)
{
    qCInfo(lcSession).noquote() << "discovery failed:" << error.debugText();
    const bool restoring = m_pending == Pending::Restore;
    m_pending = Pending::None;
    m_metadata = {};
    setState(State::SignedOut);
    // The silent sign-in's end first, the server's failure last: what the user must act on
    // (another address) is the last word.
    if (restoring)
        emit silentSignInFailed(error.userText());
    emit serverFailed(error);
}

// ---------------------------------------------------------------------------------------------
// Signing in

void SessionManager::signInWithBrowser()
{
    if (m_state == State::SignedIn) {
        emit signInFailed(localError(QStringLiteral("ALREADY_SIGNED_IN"),
                                     tr("You are already signed in. Sign out first.")));
        return;
    }
    if (!m_metadata.authorizationEndpoint.isValid() || m_state == State::Discovering) {
        emit signInFailed(ApiError::invalidUrl(tr("Connect to a server before signing in.")));
        return;
    }
    cancelPending();
    clearTokens();
    m_pending = Pending::Browser;
    setState(State::WaitingForBrowser);
    qCInfo(lcSession) << "browser sign-in started";
    OAuthEndpoints signInEndpoints = endpoints();
    if (m_deviceIdSource)
        signInEndpoints.deviceId = m_deviceIdSource();
    m_oauth->signIn(signInEndpoints); // may fail at once (no browser): onBrowserFailed
}

void SessionManager::onBrowserSignedIn(const OAuthTokens &tokens)
{
    if (m_pending != Pending::Browser)
        return;
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_accessTokenExpiresAt = tokens.expiresAt;
    m_patSession = false;
    setState(State::SigningIn);
    fetchAccount();
}

void SessionManager::onBrowserFailed(const QString &code, const QString &message)
{
    if (m_pending != Pending::Browser)
        return; // cancelled by cancelPending()
    qCInfo(lcSession) << "browser sign-in failed:" << code;
    failSignIn(oauthError(code, message));
}

void SessionManager::signInWithToken(const QString &token)
{
    if (m_state == State::SignedIn) {
        emit signInFailed(localError(QStringLiteral("ALREADY_SIGNED_IN"),
                                     tr("You are already signed in. Sign out first.")));
        return;
    }
    if (!m_metadata.issuer.isValid() || m_state == State::Discovering) {
        emit signInFailed(ApiError::invalidUrl(tr("Connect to a server before signing in.")));
        return;
    }
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        emit signInFailed(localError(QStringLiteral("EMPTY_TOKEN"),
                                     tr("Paste a personal access token."),
                                     ApiError::Kind::BadResponse));
        return;
    }
    cancelPending();
    clearTokens();
    m_pending = Pending::Token;
    m_patSession = true;
    m_accessToken = trimmed;
    setState(State::SigningIn);
    fetchAccount();
}

void SessionManager::cancelSignIn()
{
    if (m_state == State::SignedIn || m_state == State::SignedOut || m_state == State::Ready)
        return;
    qCInfo(lcSession) << "sign-in cancelled in state" << m_state;
    cancelPending();
    clearTokens();
    setState(m_metadata.issuer.isValid() ? State::Ready : State::SignedOut);
}

void SessionManager::restore(const QUrl &url, const QString &username)
{
    const bool wasSignedIn = m_state == State::SignedIn;
    cancelPending();
    clearTokens();
    m_account = {};
    m_metadata = {};
    m_pending = Pending::Restore;
    m_credentialUsername = username;
    setState(State::Discovering);
    if (wasSignedIn)
        emit signedOut(QString());
    m_discovery->discover(url);
}

void SessionManager::readSavedCredential()
{
    const quint64 generation = m_generation;
    QPointer<SessionManager> self(this);
    m_credentials->read(
        credentialServer(), m_credentialUsername,
        [self, generation](CredentialStore::Result result, const QString &secret,
                           const QString &error) {
            if (!self || self->m_generation != generation || self->m_pending != Pending::Restore)
                return;
            switch (result) {
            case CredentialStore::Result::Ok:
                if (secret.isEmpty())
                    break;
                if (secret.startsWith(RefreshTokenPrefix)) {
                    self->m_refreshToken = secret;
                    self->m_patSession = false;
                    self->refreshAccessToken();
                } else {
                    // Anything else is a personal access token: check it before trusting it.
                    self->m_accessToken = secret;
                    self->m_patSession = true;
                    self->fetchAccount();
                }
                return;
            case CredentialStore::Result::NotFound:
                break;
            case CredentialStore::Result::KeychainUnavailable:
            case CredentialStore::Result::Failed:
                // QtKeychain reports an unreachable Secret Service as a generic error, so both
                // mean "no keychain" here.
                self->noteKeychainResult(result, error);
                self->failRestore(tr("The saved sign-in could not be read because the keychain "
                                     "is not available (%1). Please sign in.")
                                      .arg(error),
                                  false);
                return;
            }
            self->failRestore(
                tr("No saved sign-in for %1 was found on this computer. Please sign in.")
                    .arg(self->m_credentialUsername),
                false);
        });
}

void SessionManager::fetchAccount()
{
    const quint64 generation = m_generation;
    if (m_meCall) {
        m_meCall->disconnect(this);
        m_meCall->abort();
    }
    m_meCall = m_client->get(QStringLiteral("/v1/me"));
    connect(m_meCall, &ApiCall::finished, this, [this, generation](const ApiResult &result) {
        m_meCall = nullptr;
        if (generation != m_generation)
            return;
        if (result.error) {
            onAccountFailed(*result.error);
            return;
        }
        const QJsonObject me = result.object();
        Account account;
        account.serverUrl = m_metadata.issuer;
        account.userId = me.value(QStringLiteral("id")).toString();
        account.username = me.value(QStringLiteral("username")).toString();
        account.displayName = me.value(QStringLiteral("displayName")).toString();
        account.email = me.value(QStringLiteral("email")).toString();
        account.isAdmin = me.value(QStringLiteral("role")).toString() == QLatin1String("admin");
        const QJsonArray scopes = me.value(QStringLiteral("scopes")).toArray();
        for (const QJsonValue &scope : scopes)
            account.scopes.append(scope.toString());
        account.personalAccessToken = m_patSession;
        account.adminRequiresTwoFactor =
            me.value(QStringLiteral("adminRequiresTwoFactor")).toBool(false);
        if (account.userId.isEmpty() || account.username.isEmpty()) {
            onAccountFailed(
                ApiError::badResponse(tr("The server did not say who is signed in (GET /v1/me)."),
                                      result.status, result.requestId));
            return;
        }
        onAccountFetched(account);
    });
}

void SessionManager::onAccountFetched(const Account &account)
{
    m_account = account;
    qCInfo(lcSession).noquote() << "account" << account.username
                                << (account.personalAccessToken ? "(personal access token)" : "");
    if (m_pending == Pending::Restore) {
        // The credential came from the keychain (and a rotated refresh token went back there).
        completeSignIn();
        return;
    }
    m_credentialUsername = account.username;
    storeCredential(m_patSession ? m_accessToken : m_refreshToken, [this] { completeSignIn(); });
}

void SessionManager::onAccountFailed(const ApiError &error)
{
    qCInfo(lcSession).noquote() << "GET /v1/me failed:" << error.debugText();
    switch (m_pending) {
    case Pending::Token:
        if (error.isHttp(401)) {
            ApiError refused = error;
            refused.message = tr("The server did not accept this token (%1) Check that you "
                                 "copied all of it and that it has not expired or been revoked.")
                                  .arg(error.message);
            failSignIn(refused);
        } else {
            failSignIn(error);
        }
        return;
    case Pending::Restore:
        if (m_patSession && error.isHttp(401)) {
            failRestore(tr("Your session has ended. Please sign in again.") + QLatin1Char(' ') +
                            error.message,
                        true);
        } else {
            failRestore(error.userText(), false);
        }
        return;
    case Pending::Browser:
        // The fresh session is of no use without an account: end it at the server too.
        if (!m_refreshToken.isEmpty())
            revoke(m_refreshToken, {});
        failSignIn(error);
        return;
    case Pending::None:
        return;
    }
}

void SessionManager::completeSignIn()
{
    m_pending = Pending::None;
    setState(State::SignedIn);
    scheduleRefresh();
    qCInfo(lcSession).noquote() << "signed in as" << m_account.username;
    emit signedIn(m_account);
}

void SessionManager::failSignIn(const ApiError &error)
{
    m_pending = Pending::None;
    ++m_generation;
    clearTokens();
    m_account = {};
    setState(m_metadata.issuer.isValid() ? State::Ready : State::SignedOut);
    emit signInFailed(error);
}

void SessionManager::failRestore(const QString &reason, bool forgetCredential)
{
    qCInfo(lcSession) << "silent sign-in failed";
    m_pending = Pending::None;
    ++m_generation;
    cancelRefresh();
    clearTokens();
    m_account = {};
    if (forgetCredential)
        m_credentials->remove(credentialServer(), m_credentialUsername);
    setState(m_metadata.issuer.isValid() ? State::Ready : State::SignedOut);
    emit silentSignInFailed(reason);
}

// ---------------------------------------------------------------------------------------------
// Refreshing

void SessionManager::onRefreshRequested(std::function<void(bool ok)> done)
{
    if (m_state == State::SignedIn && m_patSession) {
        // A personal access token cannot be refreshed: the server no longer takes it.
        endSession(tr("Your session has ended. Please sign in again.") + QLatin1Char(' ') +
                   tr("The server no longer accepts your personal access token."));
        done(false);
        return;
    }
    if (m_refreshToken.isEmpty() || (m_state != State::SignedIn && m_state != State::SigningIn)) {
        done(false);
        return;
    }
    refreshAccessToken(std::move(done));
}

void SessionManager::refreshAccessToken(std::function<void(bool ok)> done)
{
    if (done)
        m_refreshWaiters.append(std::move(done));
    // One refresh at a time: a second one would present a token the first has rotated, and the
    // server would revoke the whole session for the reuse.
    if (m_refreshInFlight)
        return;
    if (m_refreshToken.isEmpty() || !m_metadata.tokenEndpoint.isValid()) {
        finishRefresh(false);
        return;
    }
    m_refreshInFlight = true;
    m_refreshTimer.stop();
    qCInfo(lcSession) << "refreshing the access token";
    m_refresher->refresh(endpoints(), m_refreshToken);
}

void SessionManager::onRefreshed(const OAuthTokens &tokens)
{
    if (!m_refreshInFlight)
        return;
    m_refreshInFlight = false;
    m_accessToken = tokens.accessToken;
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    m_accessTokenExpiresAt = tokens.expiresAt;
    qCInfo(lcSession) << "access token refreshed; expires" << m_accessTokenExpiresAt;
    // The old refresh token is spent: only the new one can bring the session back next time.
    // (During a browser sign-in the account, and so the entry's name, is not known yet; the
    // token is stored once it is.)
    if (m_pending != Pending::Browser)
        storeCredential(m_refreshToken, {});
    if (m_state == State::SignedIn)
        scheduleRefresh();
    emit accessTokenRefreshed(m_accessTokenExpiresAt);
    if (m_pending == Pending::Restore)
        fetchAccount();
    finishRefresh(true);
}

void SessionManager::onRefreshFailed(const QString &code, const QString &message)
{
    if (!m_refreshInFlight)
        return; // cancelled on purpose
    m_refreshInFlight = false;
    qCInfo(lcSession) << "refresh failed:" << code;
    if (isRefusal(code)) {
        const QString reason =
            tr("Your session has ended. Please sign in again.") + QLatin1Char(' ') + message;
        if (m_pending == Pending::Restore)
            failRestore(reason, true);
        else if (m_state == State::SignedIn)
            endSession(reason);
        finishRefresh(false);
        return;
    }
    // The server is down, busy or unreachable: the refresh token is still good, keep it.
    const QString reason = tr("Could not renew the sign-in: %1").arg(message);
    if (m_pending == Pending::Restore) {
        failRestore(reason, false);
    } else if (m_state == State::SignedIn) {
        m_refreshTimer.start(m_refreshRetryInterval);
        emit refreshPostponed(reason);
    }
    finishRefresh(false);
}

void SessionManager::cancelRefresh()
{
    if (!m_refreshInFlight)
        return;
    m_refreshInFlight = false; // onRefreshFailed ignores the "cancelled" that follows
    m_refresher->cancel();
    finishRefresh(false);
}

void SessionManager::finishRefresh(bool ok)
{
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &done : waiters)
        done(ok);
}

void SessionManager::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (m_patSession || m_refreshToken.isEmpty() || !m_accessTokenExpiresAt.isValid())
        return;
    const qint64 lifetime = QDateTime::currentDateTimeUtc().msecsTo(m_accessTokenExpiresAt);
    qint64 delay = lifetime >= ShortLifetimeMs ? lifetime - RefreshMarginMs : lifetime * 8 / 10;
    delay = std::clamp<qint64>(delay, MinimumRefreshDelayMs, std::numeric_limits<int>::max());
    m_refreshTimer.start(int(delay));
}

// ---------------------------------------------------------------------------------------------
// Ending a session

void SessionManager::endSession(const QString &reason)
{
    qCInfo(lcSession) << "the server ended the session";
    const QString server = credentialServer();
    const QString username = m_credentialUsername;
    cancelPending();
    clearTokens();
    m_account = {};
    m_credentials->remove(server, username);
    setState(m_metadata.issuer.isValid() ? State::Ready : State::SignedOut);
    emit signedOut(reason);
}

void SessionManager::signOut()
{
    const bool signedIn = m_state == State::SignedIn;
    const QString refreshToken = m_patSession ? QString() : m_refreshToken;
    const QString server = credentialServer();
    const QString username = m_credentialUsername;
    cancelPending();
    clearTokens();
    m_account = {};
    setState(m_metadata.issuer.isValid() ? State::Ready : State::SignedOut);
    if (!signedIn) {
        emit signedOut(QString());
        return;
    }
    qCInfo(lcSession) << "signing out";

    // Done locally already (no token left in memory); report the sign-out once the keychain
    // entry is gone and the server confirmed the revocation, or gave up on it.
    const quint64 generation = m_generation;
    QPointer<SessionManager> self(this);
    auto remaining = std::make_shared<int>(refreshToken.isEmpty() ? 1 : 2);
    auto stepDone = [self, generation, remaining] {
        if (--*remaining != 0 || !self || self->m_generation != generation)
            return;
        emit self->signedOut(QString());
    };
    m_credentials->remove(
        server, username, [self, stepDone](CredentialStore::Result result, const QString &error) {
            if (self && result != CredentialStore::Result::Ok)
                qCWarning(lcSession).noquote() << "could not delete the keychain entry:" << error;
            stepDone();
        });
    if (!refreshToken.isEmpty()) {
        auto revoked = std::make_shared<bool>(false);
        auto revokeDone = [revoked, stepDone] {
            if (std::exchange(*revoked, true))
                return;
            stepDone();
        };
        revoke(refreshToken, revokeDone);
        QTimer::singleShot(SignOutRevokeWaitMs, this, revokeDone);
    }
}

void SessionManager::endRevokedSession(const QString &reason)
{
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcSession) << "this session was revoked from the app";
    endSession(reason);
}

void SessionManager::revoke(const QString &refreshToken, std::function<void()> done)
{
    if (!m_metadata.revocationEndpoint.isValid()) {
        if (done)
            done();
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), refreshToken);
    form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), ClientId);
    ApiCall *call = m_client->postForm(m_metadata.revocationEndpoint.toString(), form);
    // Not tied to this object's generation: a revocation is worth finishing whatever follows.
    connect(call, &ApiCall::finished, this, [done](const ApiResult &result) {
        if (result.error)
            qCInfo(lcSession).noquote() << "revocation failed:" << result.error->debugText();
        else
            qCInfo(lcSession) << "refresh token revoked at the server";
        if (done)
            done();
    });
}

void SessionManager::cancelPending()
{
    ++m_generation;
    m_pending = Pending::None;
    m_refreshTimer.stop();
    m_discovery->cancel();
    m_oauth->cancel(); // its "cancelled" is ignored: m_pending is None
    cancelRefresh();
    if (m_meCall) {
        m_meCall->disconnect(this);
        m_meCall->abort();
        m_meCall = nullptr;
    }
}

void SessionManager::clearTokens()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessTokenExpiresAt = {};
    m_patSession = false;
    m_refreshTimer.stop();
}

// ---------------------------------------------------------------------------------------------
// Keychain

void SessionManager::storeCredential(const QString &secret, std::function<void()> then)
{
    const quint64 generation = m_generation;
    QPointer<SessionManager> self(this);
    m_credentials->write(
        credentialServer(), m_credentialUsername, secret,
        [self, generation, then](CredentialStore::Result result, const QString &error) {
            if (!self)
                return;
            self->noteKeychainResult(result, error);
            if (then && self->m_generation == generation)
                then();
        });
}

void SessionManager::noteKeychainResult(CredentialStore::Result result, const QString &error)
{
    if (result == CredentialStore::Result::Ok) {
        m_keychainAvailable = true;
        return;
    }
    if (result == CredentialStore::Result::NotFound)
        return;
    qCWarning(lcSession).noquote() << "keychain unavailable:" << error;
    const bool wasAvailable = std::exchange(m_keychainAvailable, false);
    // Said once per run, and again for every new sign-in it affects (not for every refresh).
    if (wasAvailable || m_pending == Pending::Browser || m_pending == Pending::Token) {
        emit keychainUnavailable(
            tr("Tasklane cannot use the system keychain (%1), so this sign-in will not be "
               "remembered: you will need to sign in again next time you start Tasklane.")
                .arg(error));
    }
}
