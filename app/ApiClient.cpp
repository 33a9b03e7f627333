#include "ApiClient.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSysInfo>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcApi, "tasklane.app.api")

namespace {

// Percent-encodes keys and values completely. QUrlQuery leaves '+' alone, which the server (like
// every form decoder) reads as a space, so "a+b" would arrive as "a b".
QByteArray formEncode(const QUrlQuery &query)
{
    QByteArray encoded;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

// "Tasklane/0.1.0 (Linux)": what the server records for the sessions and the security log, so
// the account's session list can say what signed in.
QByteArray userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    const QString kernel = QSysInfo::kernelType();
    QByteArray system = kernel.toUtf8();
    if (kernel == QLatin1String("linux"))
        system = "Linux";
    else if (kernel == QLatin1String("darwin"))
        system = "macOS";
    else if (kernel == QLatin1String("winnt"))
        system = "Windows";
    return "Tasklane/" + (version.isEmpty() ? QByteArray("0") : version.toUtf8()) + " (" + system +
           ')';
}

// Puts the app's User-Agent on every request that has none, the OAuth sign-in and refresh
// requests of QOAuth2AuthorizationCodeFlow included (Qt's default, "Mozilla/5.0", says nothing
// about who signed in).
class IdentifyingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *body) override
    {
        if (request.header(QNetworkRequest::UserAgentHeader).isValid())
            return QNetworkAccessManager::createRequest(operation, request, body);
        QNetworkRequest identified(request);
        identified.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        return QNetworkAccessManager::createRequest(operation, identified, body);
    }
};

} // namespace

QString itemPath(const QString &collection, const QString &id)
{
    return collection + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

bool itemsOf(const ApiResult &result, QJsonArray *items, ApiError *error)
{
    if (result.error) {
        *error = *result.error;
        return false;
    }
    const QJsonValue value = result.object().value(QStringLiteral("items"));
    if (!result.json.isObject() || !value.isArray()) {
        *error = ApiError::badResponse(
            QCoreApplication::translate("ApiResult",
                                        "The server answered with something that is not a list."),
            result.status, result.requestId);
        return false;
    }
    *items = value.toArray();
    return true;
}

// ---------------------------------------------------------------------------------------------
// ApiCall

ApiCall::ApiCall(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::send);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort(); // finished() -> handleReply() -> finish(Cancelled)
    if (!m_finished) {
        ApiResult result = m_last;
        result.error = ApiError::cancelled();
        finish(std::move(result));
    }
}

void ApiCall::send()
{
    if (m_finished)
        return;
    const QUrl url = m_client->resolve(m_request);
    if (!url.isValid()) {
        ApiResult result;
        result.error = ApiError::invalidUrl(
            QCoreApplication::translate("ApiClient", "No valid server address is set."));
        finish(std::move(result));
        return;
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_client->m_timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (!m_request.ifMatch.isEmpty())
        request.setRawHeader("If-Match", m_request.ifMatch);
    if (m_request.authenticated && m_client->m_tokenProvider) {
        m_sentToken = m_client->m_tokenProvider();
        if (!m_sentToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_sentToken.toUtf8());
    }

    ++m_attempts;
    qCDebug(lcApi).noquote() << m_request.method << url.path() << "attempt" << m_attempts;
    m_reply = m_client->m_manager->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::handleReply);
}

void ApiCall::handleReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError networkError = reply->error();

    ApiResult result;
    result.status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    result.etag = reply->rawHeader("ETag");
    result.requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
    result.attempts = m_attempts;
    m_last = result;

    const bool transportFailure = networkError != QNetworkReply::NoError && int(networkError) < 200;
    if (!transportFailure && result.status >= 200 && result.status < 300) {
        if (!body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            result.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                result.json = {};
                result.error = ApiError::fromReply(reply, body);
            }
        }
        qCDebug(lcApi).noquote() << m_request.method << reply->url().path() << result.status
                                 << result.requestId;
        finish(std::move(result));
        return;
    }

    const bool timedOut = networkError == QNetworkReply::OperationCanceledError && !m_cancelled;
    const ApiError error = ApiError::fromReply(reply, body, timedOut, m_cancelled);
    // Refusals (4xx) are routine; transport failures and server errors are worth a line.
    if (error.kind == ApiError::Kind::Http && error.httpStatus < 500)
        qCDebug(lcApi).noquote() << m_request.method << reply->url().path()
                                 << "failed:" << error.debugText();
    else
        qCInfo(lcApi).noquote() << m_request.method << reply->url().path()
                                << "failed:" << error.debugText();

    if (error.kind == ApiError::Kind::Http &&
        (error.httpStatus == 429 || error.httpStatus == 503) &&
        m_retries < m_client->m_maxRetries) {
        scheduleRetry(error);
        return;
    }
    if (error.isHttp(401) && m_request.authenticated && !m_replayed && m_client->m_refreshHandler) {
        requestRefresh(error);
        return;
    }
    result.error = error;
    finish(std::move(result));
}

void ApiCall::scheduleRetry(const ApiError &error)
{
    ++m_retries;
    std::chrono::milliseconds delay = m_client->backoffDelay(m_retries);
    if (error.retryAfterSeconds > 0) {
        delay = std::min<std::chrono::milliseconds>(std::chrono::seconds(error.retryAfterSeconds),
                                                    m_client->m_maxRetryDelay);
    }
    const int delayMs = int(delay.count());
    qCInfo(lcApi).noquote() << "retry" << m_retries << "of" << m_client->m_maxRetries << "in"
                            << delayMs << "ms after" << error.httpStatus << error.requestId;
    emit retryScheduled(delayMs, m_retries, error.requestId);
    emit m_client->retryScheduled(delayMs, m_retries, error.requestId);
    if (!m_finished) // a slot may have aborted the call
        m_retryTimer.start(delay);
}

void ApiCall::requestRefresh(const ApiError &error)
{
    m_replayed = true;
    // Another call refreshed the token while this one was on the way: just replay. (A second
    // refresh would present a rotated refresh token, which revokes the session.)
    const QString current = m_client->m_tokenProvider ? m_client->m_tokenProvider() : QString();
    if (!current.isEmpty() && current != m_sentToken && !m_client->m_refreshing) {
        qCDebug(lcApi) << "access token changed since the request was sent; replaying";
        send();
        return;
    }
    qCInfo(lcApi).noquote() << "access token refused; asking for a fresh one" << error.requestId;
    m_client->refreshAccessToken(this, [this, error](bool ok) {
        if (m_finished)
            return;
        if (ok) {
            send();
            return;
        }
        ApiResult result = m_last;
        result.error = error;
        finish(std::move(result));
    });
}

void ApiCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    result.attempts = m_attempts;
    emit finished(result);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// ApiClient

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_manager(new IdentifyingNetworkAccessManager(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ApiClient::setAccessTokenProvider(std::function<QString()> provider)
{
    m_tokenProvider = std::move(provider);
}

void ApiClient::setRefreshHandler(RefreshHandler handler)
{
    m_refreshHandler = std::move(handler);
}

void ApiClient::setMaxRetries(int retries)
{
    m_maxRetries = qMax(0, retries);
}

void ApiClient::setRetryBaseDelay(std::chrono::milliseconds delay)
{
    m_retryBaseDelay = std::max(delay, std::chrono::milliseconds(0));
}

void ApiClient::setMaxRetryDelay(std::chrono::milliseconds delay)
{
    m_maxRetryDelay = std::max(delay, std::chrono::milliseconds(0));
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

ApiCall *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.url = QUrl(path);
    request.query = query;
    return send(request);
}

ApiCall *ApiClient::post(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.url = QUrl(path);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return send(request);
}

ApiCall *ApiClient::patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    ApiRequest request;
    request.method = "PATCH";
    request.url = QUrl(path);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.ifMatch = ifMatch;
    return send(request);
}

ApiCall *ApiClient::del(const QString &path, const QByteArray &ifMatch)
{
    ApiRequest request;
    request.method = "DELETE";
    request.url = QUrl(path);
    request.ifMatch = ifMatch;
    return send(request);
}

ApiCall *ApiClient::postForm(const QString &path, const QUrlQuery &form)
{
    ApiRequest request;
    request.method = "POST";
    request.url = QUrl(path);
    request.body = formEncode(form);
    request.contentType = "application/x-www-form-urlencoded";
    request.authenticated = false;
    return send(request);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this, request);
    // Sent from the event loop so callers can connect to the call first.
    QMetaObject::invokeMethod(call, &ApiCall::send, Qt::QueuedConnection);
    return call;
}

QUrl ApiClient::resolve(const ApiRequest &request) const
{
    QUrl url = request.url;
    if (url.isRelative()) {
        if (!m_baseUrl.isValid() || m_baseUrl.isRelative() || m_baseUrl.host().isEmpty())
            return {};
        QUrl resolved = m_baseUrl;
        QString prefix = m_baseUrl.path();
        while (prefix.endsWith(QLatin1Char('/')))
            prefix.chop(1);
        QString path = url.path();
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        resolved.setPath(prefix + path);
        resolved.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        resolved.setFragment({});
        url = resolved;
    }
    if (!request.query.isEmpty()) {
        QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
        if (!query.isEmpty())
            query += '&';
        query += formEncode(request.query);
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    return url.isValid() ? url : QUrl();
}

std::chrono::milliseconds ApiClient::backoffDelay(int retry) const
{
    const int exponent = qBound(0, retry - 1, 20);
    const qint64 cap = m_maxRetryDelay.count();
    const qint64 full = qMin<qint64>(m_retryBaseDelay.count() << exponent, cap);
    const qint64 half = full / 2;
    const qint64 jitter =
        half > 0 ? qint64(QRandomGenerator::global()->bounded(quint64(half) + 1)) : 0;
    return std::chrono::milliseconds(qMin<qint64>(full - half + jitter, cap));
}

void ApiClient::refreshAccessToken(QObject *context, std::function<void(bool ok)> done)
{
    m_refreshWaiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    auto called = std::make_shared<bool>(false);
    QPointer<ApiClient> self(this);
    m_refreshHandler([self, called](bool ok) {
        if (*called || !self)
            return;
        *called = true;
        qCInfo(lcApi) << "token refresh" << (ok ? "succeeded" : "failed");
        self->m_refreshing = false;
        const auto waiters = std::exchange(self->m_refreshWaiters, {});
        for (const auto &[waiterContext, callback] : waiters) {
            if (waiterContext)
                callback(ok);
        }
    });
}
