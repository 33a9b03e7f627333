#pragma once

#include "ApiError.h"
#include "CredentialStore.h"
#include "OAuthSignIn.h"
#include "ServerDiscovery.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class ApiCall;
class ApiClient;
class CredentialStore;

// Who is signed in, where.
struct Account
{
    QUrl serverUrl;
    QString userId;
    QString username;
    QString displayName;
    QString email;
    bool isAdmin = false;
    QStringList scopes;
    bool personalAccessToken = false; // signed in with a PAT rather than the browser
    // GET /v1/me adminRequiresTwoFactor: an administrator kept from the admin scope because the
    // server requires two-factor authentication for it and the account has it off.
    bool adminRequiresTwoFactor = false;

    // An administrator whose credential carries the `admin` scope: the administration API
    // (docs/api.md 12.8) answers them, and the app offers Administration.
    bool canAdminister() const { return isAdmin && scopes.contains(QStringLiteral("admin")); }
    // An administrator who must turn two-factor authentication on to administer.
    bool administrationNeedsTwoFactor() const
    {
        return isAdmin && !canAdminister() && adminRequiresTwoFactor;
    }
};
Q_DECLARE_METATYPE(Account)

// Who is signed in, and keeping them signed in: discovers the server (RFC 8414), signs in
// through the browser (OAuthSignIn) or with a personal access token (checked with GET /v1/me
// before it is kept), keeps the refresh token or PAT in the keychain (CredentialStore) and
// nowhere else, refreshes the access token on a timer before it expires and once on a 401
// (ApiClient's refresh handler), signs in silently from the keychain at start, and on sign-out
// revokes at the server (RFC 7009) and deletes the keychain entry. It feeds ApiClient its base
// URL, access token and refresh handler.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    enum class State {
        SignedOut,         // nothing happening; the sign-in page
        Discovering,       // fetching the server's metadata
        Ready,             // server known, nobody signed in
        WaitingForBrowser, // browser opened; waiting for the loopback redirect
        SigningIn,         // exchanging the code, checking a PAT, or restoring from the keychain
        SignedIn,
    };
    Q_ENUM(State)

    SessionManager(ApiClient *client, CredentialStore *credentials, QObject *parent = nullptr);
    ~SessionManager() override;

    State state() const { return m_state; }
    Account account() const { return m_account; }
    ServerMetadata serverMetadata() const { return m_metadata; }
    OAuthSignIn *oauth() const { return m_oauth; } // to set the browser seam
    // Shown on the server's pages and stored with the session ("Tasklane on <host name>").
    void setDeviceName(const QString &name);
    // Gives the installation's DeviceId, asked at each browser sign-in (not at start-up).
    void setDeviceIdSource(std::function<QString()> source);

    // Discovers the server at `url`; serverReady() or serverFailed() follows. Cancels any
    // sign-in in progress.
    void connectToServer(const QUrl &url);
    // Browser sign-in against the connected server; emits waitingForBrowser(link).
    void signInWithBrowser();
    QUrl signInLink() const;
    // Checks `token` with GET /v1/me, then keeps it in the keychain.
    void signInWithToken(const QString &token);
    void cancelSignIn();
    // Silent sign-in: discovers `url`, reads the keychain entry for `username`, refreshes (or
    // checks the PAT). signedIn() on success; otherwise silentSignInFailed() with a reason and
    // the state becomes Ready (or SignedOut when the server failed).
    void restore(const QUrl &url, const QString &username);
    // Revokes the refresh token (or forgets the PAT) at the server, deletes the keychain entry,
    // then signedOut(reason = empty).
    void signOut();
    // The server has already ended this session at the user's request (Account security,
    // "Revoke" on this device): forgets the tokens and the keychain entry without asking the
    // server again, then signedOut(reason).
    void endRevokedSession(const QString &reason);

    QString accessToken() const { return m_accessToken; }
    QDateTime accessTokenExpiry() const { return m_accessTokenExpiresAt; }
    // False after a keychain write or read answered "no keychain": the user signs in per run.
    bool keychainAvailable() const { return m_keychainAvailable; }

    // How long to wait before trying again when a refresh could not reach the server (the user
    // stays signed in meanwhile). Default 30 s.
    void setRefreshRetryInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshRetryInterval() const { return m_refreshRetryInterval; }

signals:
    void stateChanged(SessionManager::State state);
    void serverReady(const ServerMetadata &metadata);
    void serverFailed(const ApiError &error);
    void waitingForBrowser(const QUrl &link);
    void signedIn(const Account &account);
    void signInFailed(const ApiError &error);
    void silentSignInFailed(const QString &reason);
    // The session ended: sign-out (reason empty) or the server ended it (revoked, refresh
    // refused); reason is a sentence for the sign-in page.
    void signedOut(const QString &reason);
    // The keychain could not keep the credential; the user stays signed in for this run only.
    void keychainUnavailable(const QString &message);
    // A new access token arrived (timer or 401 refresh); accessToken() already returns it.
    void accessTokenRefreshed(const QDateTime &expiresAt);
    // A refresh could not reach the server; the session goes on and the refresh is tried again
    // after refreshRetryInterval(). `reason` is a sentence for a status bar.
    void refreshPostponed(const QString &reason);

private:
    // What the sign-in in progress is, so shared steps (discovery, GET /v1/me) know what follows.
    enum class Pending { None, Browser, Token, Restore };

    OAuthEndpoints endpoints() const;
    QString credentialServer() const;
    void setState(State state);
    // Drops every operation in flight (discovery, browser, /v1/me, refresh); their late answers
    // are ignored.
    void cancelPending();
    void clearTokens();
    void onDiscovered(const ServerMetadata &metadata);
    void onDiscoveryFailed(const ApiError &error);
    void onBrowserSignedIn(const OAuthTokens &tokens);
    void onBrowserFailed(const QString &code, const QString &message);
    void readSavedCredential();
    void fetchAccount();
    void onAccountFetched(const Account &account);
    void onAccountFailed(const ApiError &error);
    void completeSignIn();
    void failSignIn(const ApiError &error);
    void failRestore(const QString &reason, bool forgetCredential);
    void onRefreshRequested(std::function<void(bool ok)> done);
    void refreshAccessToken(std::function<void(bool ok)> done = {});
    void onRefreshed(const OAuthTokens &tokens);
    void onRefreshFailed(const QString &code, const QString &message);
    void cancelRefresh();
    void finishRefresh(bool ok);
    void scheduleRefresh();
    // The server refused the credential while signed in: forget it and say why.
    void endSession(const QString &reason);
    void storeCredential(const QString &secret, std::function<void()> then);
    void noteKeychainResult(CredentialStore::Result result, const QString &error);
    void revoke(const QString &refreshToken, std::function<void()> done);

    ApiClient *m_client;
    CredentialStore *m_credentials;
    OAuthSignIn *m_oauth;
    ServerDiscovery *m_discovery;
    ServerMetadata m_metadata;
    Account m_account;
    State m_state = State::SignedOut;
    QString m_accessToken;
    QString m_refreshToken; // memory only; the keychain holds the lasting copy
    QDateTime m_accessTokenExpiresAt;
    QTimer m_refreshTimer;
    QString m_deviceName;
    std::function<QString()> m_deviceIdSource;
    bool m_keychainAvailable = true;

    QPointer<ApiClient> m_clientGuard; // the client may be destroyed first
    OAuthSignIn *m_refresher;          // refreshes only, apart from the browser sign-in
    QPointer<ApiCall> m_meCall;
    Pending m_pending = Pending::None;
    quint64 m_generation = 0;     // bumped whenever in-flight answers stop mattering
    QString m_credentialUsername; // the account half of the keychain entry's key
    bool m_patSession = false;    // m_accessToken is a personal access token
    bool m_refreshInFlight = false;
    QList<std::function<void(bool)>> m_refreshWaiters;
    std::chrono::milliseconds m_refreshRetryInterval{30000};
};
