#include "OAuthSignIn.h"

#include "Pkce.h"
#include "RandomText.h"
#include "SystemBrowser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>

Q_LOGGING_CATEGORY(lcOAuth, "tasklane.app.oauth")

namespace {

const QString CallbackPage =
    QStringLiteral("Signed in to Tasklane. You can close this tab and return to the Tasklane app.");

} // namespace

OAuthSignIn::OAuthSignIn(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_launcher([](const QUrl &url) { return SystemBrowser().open(url); })
{}

OAuthSignIn::~OAuthSignIn()
{
    finish();
}

void OAuthSignIn::setBrowserLauncher(BrowserLauncher launcher)
{
    m_launcher = std::move(launcher);
}

QString OAuthSignIn::redirectUri() const
{
    return m_replyHandler ? m_replyHandler->callback() : QString();
}

void OAuthSignIn::signIn(const OAuthEndpoints &endpoints)
{
    startFlow(endpoints, Operation::SignIn);
    if (!m_flow)
        return;
    m_flow->grant();
}

void OAuthSignIn::refresh(const OAuthEndpoints &endpoints, const QString &refreshToken)
{
    startFlow(endpoints, Operation::Refresh);
    if (!m_flow)
        return;
    m_flow->setRefreshToken(refreshToken);
    m_flow->refreshAccessToken();
}

void OAuthSignIn::cancel()
{
    if (!m_flow)
        return;
    fail(QStringLiteral("cancelled"), tr("Sign-in was cancelled."));
}

void OAuthSignIn::startFlow(const OAuthEndpoints &endpoints, Operation operation)
{
    finish();
    m_endpoints = endpoints;
    m_operation = operation;
    m_authorizationLink.clear();

    auto *flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow = flow;
    flow->setAuthorizationUrl(endpoints.authorizationUrl);
    flow->setAccessTokenUrl(endpoints.tokenUrl);
    flow->setClientIdentifier(endpoints.clientId);
    // 6.4 keeps scope and state from the previous grant; both are set fresh every time.
    flow->setScope(endpoints.scope);
    m_expectedState = randomBase64Url(24);
    flow->setState(m_expectedState);

    if (operation == Operation::SignIn) {
        // Loopback only (the default listens on every interface), on a port the OS picks.
        auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, flow);
        if (!handler->isListening()) {
            fail(QStringLiteral("network_error"),
                 tr("Could not open a local port to receive the sign-in result."));
            return;
        }
        handler->setCallbackText(CallbackPage);
        // 6.4's handler takes a request for any path as the callback, so a browser asking the
        // callback page's origin for /favicon.ico ended the sign-in with a state mismatch. With
        // a path of its own, other requests are turned away. (The built-in client registers
        // http://127.0.0.1/callback.)
        handler->setCallbackPath(QStringLiteral("callback"));
        m_replyHandler = handler;
        // Connected before the flow is given the handler, so this runs first and a refused
        // answer's code is never sent to the token endpoint (finish() cuts the flow off).
        connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
                [this](const QVariantMap &values) {
                    // 6.4 ignores a wrong state silently; the user must hear about it.
                    if (values.value(QStringLiteral("state")).toString() != m_expectedState) {
                        fail(QStringLiteral("state_mismatch"),
                             tr("The browser returned an answer that does not belong to this "
                                "sign-in. Please try again."));
                        return;
                    }
                    if (!issuerMatches(values))
                        return;
                    const QString error = values.value(QStringLiteral("error")).toString();
                    if (!error.isEmpty()) {
                        const QString description =
                            values.value(QStringLiteral("error_description")).toString();
                        fail(error, error == QLatin1String("access_denied")
                                        ? tr("Access was denied in the browser.")
                                    : description.isEmpty() ? error
                                                            : description);
                    }
                });
        flow->setReplyHandler(handler);
    } else {
        // A flow without a reply handler never parses the token reply; refreshing needs one
        // that only reads tokens, not a listening port.
        flow->setReplyHandler(new QOAuthOobReplyHandler(flow));
    }

    const PkcePair pkce = PkcePair::generate();
    m_codeVerifier = pkce.verifier;
    const QString deviceName = endpoints.deviceName;
    const QString deviceId = endpoints.deviceId;
    flow->setModifyParametersFunction([verifier = pkce.verifier, challenge = pkce.challenge,
                                       deviceName,
                                       deviceId](QAbstractOAuth::Stage stage,
                                                 QMultiMap<QString, QVariant> *parameters) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            parameters->insert(QStringLiteral("code_challenge"), challenge);
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!deviceName.isEmpty())
                parameters->insert(QStringLiteral("device_name"), deviceName);
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken: {
            // QTBUG-81624: 6.4 percent-encodes the code once too often.
            const QString code = parameters->value(QStringLiteral("code")).toString();
            parameters->replace(QStringLiteral("code"),
                                QUrl::toPercentEncoding(QUrl::fromPercentEncoding(code.toUtf8())));
            parameters->insert(QStringLiteral("code_verifier"), verifier);
            // The exchange makes the session: where the server learns which device it is on.
            if (!deviceId.isEmpty())
                parameters->insert(QStringLiteral("device_id"), deviceId);
            break;
        }
        case QAbstractOAuth::Stage::RefreshingAccessToken:
            // A public client sends neither a redirect URI nor an empty secret here.
            parameters->remove(QStringLiteral("redirect_uri"));
            if (parameters->value(QStringLiteral("client_secret")).toString().isEmpty())
                parameters->remove(QStringLiteral("client_secret"));
            // A refresh keeps what the sign-in granted (RFC 6749 section 6). Asking again for
            // the scope string would ask a non-administrator's session for `admin`, which the
            // server refuses to add on a refresh.
            parameters->remove(QStringLiteral("scope"));
            break;
        case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
            break;
        }
    });

    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationLink = url;
        emit waitingForBrowser(url);
        if (!m_launcher || !m_launcher(url)) {
            fail(QStringLiteral("browser_failed"),
                 tr("Could not open a web browser. Copy the sign-in link and open it yourself."));
        }
    });
    connect(flow, &QAbstractOAuth::statusChanged, this, [this](QAbstractOAuth::Status status) {
        if (status == QAbstractOAuth::Status::Granted)
            onGranted();
    });
    connect(flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(error.isEmpty() ? QStringLiteral("server_error") : error,
                     description.isEmpty() ? error : description);
            });
    // 6.4 drops non-2xx token replies without a signal; catch them on the way past.
    m_networkWatch = connect(m_network, &QNetworkAccessManager::finished, this,
                             [this](QNetworkReply *reply) { onTokenReply(reply); });
}

bool OAuthSignIn::issuerMatches(const QVariantMap &values)
{
    // RFC 9207 section 2.4: compared as strings. 6.4's handler may leave the value
    // percent-encoded (as it does the code), so it is decoded first.
    const bool present = values.contains(QStringLiteral("iss"));
    const QString iss =
        QUrl::fromPercentEncoding(values.value(QStringLiteral("iss")).toString().toUtf8());
    if (m_endpoints.issuer.isEmpty() || (!present && !m_endpoints.issuerRequired))
        return true;
    if (present && iss == m_endpoints.issuer)
        return true;
    qCWarning(lcOAuth).noquote() << "authorization response from issuer"
                                 << (present ? iss : QStringLiteral("(none)")) << "expected"
                                 << m_endpoints.issuer;
    fail(QStringLiteral("issuer_mismatch"),
         present ? tr("The sign-in answer came from %1, not from the server you chose (%2). "
                      "For your safety it was refused. Please try again.")
                       .arg(iss, m_endpoints.issuer)
                 : tr("The sign-in answer does not say which server it came from, though %1 "
                      "always says so. For your safety it was refused. Please try again.")
                       .arg(m_endpoints.issuer));
    return false;
}

void OAuthSignIn::onTokenReply(QNetworkReply *reply)
{
    if (!m_flow || reply->url() != m_endpoints.tokenUrl)
        return;
    if (reply->error() == QNetworkReply::NoError)
        return; // the flow reads it and reports Granted
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = body.value(QStringLiteral("error")).toString();
    const QString description = body.value(QStringLiteral("error_description")).toString();
    if (status == 0) {
        fail(QStringLiteral("network_error"),
             tr("The server could not be reached: %1").arg(reply->errorString()));
    } else if (!error.isEmpty()) {
        fail(error, description.isEmpty() ? error : description);
    } else {
        fail(QStringLiteral("server_error"),
             tr("The server answered the token request with HTTP %1.").arg(status));
    }
}

void OAuthSignIn::onGranted()
{
    if (!m_flow)
        return;
    OAuthTokens tokens;
    tokens.accessToken = m_flow->token();
    tokens.refreshToken = m_flow->refreshToken();
    tokens.scope = m_flow->scope();
    tokens.expiresAt = m_flow->expirationAt();
    const Operation operation = m_operation;
    finish();
    if (operation == Operation::SignIn)
        emit signedIn(tokens);
    else
        emit refreshed(tokens);
}

void OAuthSignIn::fail(const QString &code, const QString &message)
{
    if (!m_flow)
        return;
    qCInfo(lcOAuth) << "sign-in step failed:" << code;
    finish();
    emit failed(code, message);
}

void OAuthSignIn::finish()
{
    disconnect(m_networkWatch);
    if (m_replyHandler) {
        m_replyHandler->close();
        // Also when this runs inside the handler's callbackReceived: the flow, connected after
        // this object, then never sees the answer.
        m_replyHandler->disconnect();
    }
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    m_flow.clear();
    m_replyHandler.clear();
    m_codeVerifier.clear();
}
