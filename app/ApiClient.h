#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

class QNetworkAccessManager;
class QNetworkReply;
class ApiClient;

// What one call to the server produced. `error` is set for every failure; otherwise `json`
// holds the parsed body (null for an empty body, e.g. 204 or the revocation endpoint).
struct ApiResult
{
    int status = 0;     // HTTP status of the last answer; 0 if there was none
    QJsonDocument json; // parsed body of a 2xx answer
    QByteArray etag;    // ETag header, quotes included, ready for If-Match
    QString requestId;  // X-Request-Id of the last answer
    int attempts = 0;   // requests sent, including 429/503 retries and the 401 replay
    std::optional<ApiError> error;

    bool ok() const { return !error.has_value(); }
    QJsonObject object() const { return json.object(); }
};
Q_DECLARE_METATYPE(ApiResult)

// The `items` array of a list answer ({"items": [...], "nextCursor": ...}). False with `error`
// set when the call failed (its own error) or the answer is not a list (a bad response).
bool itemsOf(const ApiResult &result, QJsonArray *items, ApiError *error);
// The path of one item of a collection ("/v1/me/tokens" and "tok 1" -> "/v1/me/tokens/tok%201"):
// ids come from the server and are encoded, never trusted to be path-safe.
QString itemPath(const QString &collection, const QString &id);
// Every element of a list answer's `items`, read by T::fromJson(QJsonObject).
template<typename T> QList<T> listOf(const QJsonArray &items)
{
    QList<T> list;
    list.reserve(items.size());
    for (const QJsonValue &item : items)
        list.append(T::fromJson(item.toObject()));
    return list;
}

// One request as ApiClient sends it. `url` is relative to the client's base URL ("/v1/tasks";
// a base URL with a path keeps it as a prefix) or absolute (used as is).
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;    // empty when there is no body
    QByteArray ifMatch;        // sent as If-Match when not empty
    bool authenticated = true; // send the bearer token and refresh it once on 401
};

// A call in flight. Emits finished() exactly once, always from the event loop (never inside the
// ApiClient method that created it), then deletes itself. Parented to the ApiClient.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Stops the call; finished() then reports an error of kind Cancelled.
    void abort();

signals:
    // The call will be sent again after `delayMs` because the server answered 429 or 503;
    // `attempt` counts the retries (1 for the first). Also emitted by ApiClient.
    void retryScheduled(int delayMs, int attempt, const QString &requestId);
    void finished(const ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(ApiClient *client, ApiRequest request);

    void send();
    void handleReply();
    void scheduleRetry(const ApiError &error);
    void requestRefresh(const ApiError &error);
    void finish(ApiResult result);

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QString m_sentToken; // the bearer token of the last attempt (memory only, never logged)
    ApiResult m_last;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_replayed = false;  // the 401 refresh-and-replay has been used
    bool m_cancelled = false; // abort() was called (tells it apart from the transfer timeout)
    bool m_finished = false;
};

// The app's one way to talk to a Tasklane server: owns the one QNetworkAccessManager, sends JSON
// (or the OAuth form encoding), maps every failure to ApiError, retries 429/503 honouring
// Retry-After (else exponential backoff with jitter) a bounded number of times, times out
// requests, and on a 401 of an authenticated call asks once for a fresh token and replays.
// Tokens are never logged.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    // Asked to refresh the access token; calls `done(true)` once a new token is available from
    // the token provider, `done(false)` if the refresh failed (the call then fails with the
    // original 401). Several calls that meet a 401 at the same time share one refresh.
    using RefreshHandler = std::function<void(std::function<void(bool ok)> done)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAccessTokenProvider(std::function<QString()> provider);
    void setRefreshHandler(RefreshHandler handler);

    // Retries after 429/503 (not counting the first attempt). Default 3.
    void setMaxRetries(int retries);
    int maxRetries() const { return m_maxRetries; }
    // First backoff delay when the server gives no Retry-After; doubles per retry. Default 1 s.
    void setRetryBaseDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds retryBaseDelay() const { return m_retryBaseDelay; }
    // Upper bound of any wait before a retry, Retry-After included. Default 60 s.
    void setMaxRetryDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds maxRetryDelay() const { return m_maxRetryDelay; }
    // Inactivity timeout of one request (QNetworkRequest::setTransferTimeout). Default 30 s.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QJsonObject &body);
    ApiCall *patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch = {});
    ApiCall *del(const QString &path, const QByteArray &ifMatch = {});
    // application/x-www-form-urlencoded, unauthenticated: the OAuth token/revoke endpoints.
    ApiCall *postForm(const QString &path, const QUrlQuery &form);
    ApiCall *send(const ApiRequest &request);

    // The absolute URL a request goes to (base URL prefix, path, query); invalid if none.
    QUrl resolve(const ApiRequest &request) const;
    // The delay before retry number `retry` (1-based) without Retry-After: base * 2^(retry-1),
    // with "equal jitter" (half fixed, half random), capped by maxRetryDelay().
    std::chrono::milliseconds backoffDelay(int retry) const;

signals:
    // Some call waits `delayMs` before retry number `attempt` (for a status bar).
    void retryScheduled(int delayMs, int attempt, const QString &requestId);

private:
    friend class ApiCall;

    // The shared refresh: the first caller starts it, later ones wait for the same outcome.
    void refreshAccessToken(QObject *context, std::function<void(bool ok)> done);

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    std::function<QString()> m_tokenProvider;
    RefreshHandler m_refreshHandler;
    QList<QPair<QPointer<QObject>, std::function<void(bool)>>> m_refreshWaiters;
    bool m_refreshing = false;
    int m_maxRetries = 3;
    std::chrono::milliseconds m_retryBaseDelay{1000};
    std::chrono::milliseconds m_maxRetryDelay{60000};
    std::chrono::milliseconds m_timeout{30000};
};
