#pragma once

#include <QDateTime>
#include <QLoggingCategory>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcOAuth)

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken;
    QString scope;
    QDateTime expiresAt;
};

Q_DECLARE_METATYPE(OAuthTokens)

struct OAuthEndpoints
{
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString clientId = QStringLiteral("tasklane-desktop");
    // `admin` too: the server grants it only to administrators and drops it for everyone else
    // (docs/api.md 4.3), so one scope string serves both.
    QString scope = QStringLiteral("tasks:read tasks:write account admin");
    QString deviceName;
    // Sent as `device_id` on the code exchange (DeviceId); empty: not sent.
    QString deviceId;
    // RFC 9207: the authorization response's `iss` must be this issuer when present, and must be
    // present when the server's metadata says it sends it (issuerRequired). Empty: not checked.
    QString issuer;
    bool issuerRequired = false;
};

// Authorization Code + PKCE (S256) through QOAuth2AuthorizationCodeFlow, in the system browser,
// redirected to a loopback port on 127.0.0.1. Carries the Qt 6.4 fixes (DESIGN.md section 7):
// PKCE added through the modify-parameters hook, the code re-decoded, a CSPRNG state and the
// scope set before every grant, token replies watched here because 6.4 drops error replies
// silently, and a fresh flow object for every operation because a failed refresh leaves 6.4's
// flow stuck in RefreshingToken.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    using BrowserLauncher = std::function<bool(const QUrl &)>;

    explicit OAuthSignIn(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    void setBrowserLauncher(BrowserLauncher launcher);

    // Starts a sign-in: listens on the loopback port and opens the browser.
    void signIn(const OAuthEndpoints &endpoints);
    // Exchanges a refresh token for a new pair (rotated by the server).
    void refresh(const OAuthEndpoints &endpoints, const QString &refreshToken);
    void cancel();

    bool isBusy() const { return m_flow != nullptr; }
    // The page the browser was sent to, for "Copy sign-in link".
    QUrl authorizationLink() const { return m_authorizationLink; }
    // The loopback address the browser returns to, e.g. http://127.0.0.1:43123/
    QString redirectUri() const;

signals:
    void waitingForBrowser(const QUrl &authorizationLink);
    void signedIn(const OAuthTokens &tokens);
    void refreshed(const OAuthTokens &tokens);
    // code: an RFC 6749 error ("access_denied", "invalid_grant", ...), "state_mismatch",
    // "issuer_mismatch", "browser_failed", "network_error" or "cancelled"; message: for people.
    void failed(const QString &code, const QString &message);

private:
    enum class Operation { SignIn, Refresh };

    void startFlow(const OAuthEndpoints &endpoints, Operation operation);
    void finish();
    void fail(const QString &code, const QString &message);
    void onTokenReply(QNetworkReply *reply);
    void onGranted();
    // Checks the callback's `iss`; on a mismatch fails and returns false.
    bool issuerMatches(const QVariantMap &values);

    QNetworkAccessManager *m_network;
    BrowserLauncher m_launcher;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    Operation m_operation = Operation::SignIn;
    OAuthEndpoints m_endpoints;
    QString m_codeVerifier;
    QString m_expectedState;
    QUrl m_authorizationLink;
    QMetaObject::Connection m_networkWatch;
};
