#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <chrono>

// One error type for every failure the app meets when it talks to a server: no connection, no
// answer in time, an HTTP error in the /v1 shape ({"code", "message", "requestId", "details"})
// or the RFC 6749 shape ({"error", "error_description"}), an answer that is not what was
// expected, a call the app cancelled, or a URL the app refused to use.
//
// `message` is always a human sentence fit for a status bar or a dialog; `userText()` adds the
// request id so users can quote it. Never put tokens or secrets into an ApiError.
class ApiError
{
public:
    enum class Kind {
        Network,     // no connection, connection lost, DNS, TLS: no HTTP answer
        Timeout,     // the server did not answer within the request timeout
        Http,        // the server answered with a non-2xx status
        BadResponse, // the server answered 2xx, but not with what was expected
        Cancelled,   // the app cancelled the call
        InvalidUrl,  // refused before any request: no, malformed or insecure (non-https) URL
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;        // 0 when there was no HTTP answer
    QString code;              // /v1 `code`, RFC 6749 `error`, or a client code (below)
    QString message;           // a human sentence, never empty
    QString requestId;         // body `requestId`, else the X-Request-Id header
    int retryAfterSeconds = 0; // Retry-After (or RateLimit-Reset on 429), 0 if none
    QJsonArray details;        // /v1 validation details: [{"field", "message"}]
    // Two-factor code checks (docs/api.md 12.6): the body's `attemptsRemaining` after a wrong
    // code (-1 when absent), and `lockedUntil` while code checks are locked (invalid if absent).
    int attemptsRemaining = -1;
    QDateTime lockedUntil;

    // Codes the client itself sets (server codes are upper case words like RATE_LIMITED, or
    // lower-case RFC 6749 errors like invalid_grant).
    static inline const QString InsecureUrlCode = QStringLiteral("INSECURE_URL");
    static inline const QString InvalidUrlCode = QStringLiteral("INVALID_URL");
    static inline const QString InvalidJsonCode = QStringLiteral("INVALID_JSON");
    static inline const QString InvalidMetadataCode = QStringLiteral("INVALID_METADATA");

    bool isHttp(int status) const { return kind == Kind::Http && httpStatus == status; }
    // message, plus " (request id: req-...)" when the server gave one.
    QString userText() const;
    // For logs and test failure output: kind, status, code, request id, message. No secrets.
    QString debugText() const;

    static QString kindName(Kind kind);

    // Maps a finished reply that failed, its body already read into `body`: a network error, or
    // an HTTP answer outside 2xx. `timedOut` / `cancelled` tell an OperationCanceledError apart
    // (Qt's transfer timeout aborts the reply too). For a 2xx answer it can only say that the
    // body is not what was expected (kind BadResponse); success is the caller's to decide.
    static ApiError fromReply(const QNetworkReply *reply, const QByteArray &body,
                              bool timedOut = false, bool cancelled = false);

    // The pieces of fromReply, usable on their own.
    static ApiError fromHttpResponse(int status, const QByteArray &body,
                                     const QByteArray &requestIdHeader,
                                     const QByteArray &retryAfterHeader = {},
                                     const QByteArray &rateLimitResetHeader = {});
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QUrl &url,
                                     const QString &qtErrorString = {});
    static ApiError timeout(const QUrl &url, std::chrono::milliseconds after);
    static ApiError cancelled();
    static ApiError badResponse(const QString &message, int status = 0,
                                const QString &requestId = {},
                                const QString &code = InvalidJsonCode);
    static ApiError invalidUrl(const QString &message, const QString &code = InvalidUrlCode);

    // Retry-After is either delta-seconds or an HTTP-date; -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value);

    // tr() under the context "ApiError", so lupdate finds these texts (and free functions
    // of the .cpp call ApiError::tr).
    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

Q_DECLARE_METATYPE(ApiError)
