#include "ApiError.h"

#include "JsonTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

namespace {

// "host:port" (or just host) for messages; never the path or query.
QString serverName(const QUrl &url)
{
    if (url.host().isEmpty())
        return ApiError::tr("the server");
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

// A sentence for an HTTP error whose body said nothing usable.
QString genericHttpMessage(int status)
{
    const QString phrase = reasonPhrase(status);
    const QString statusText = phrase.isEmpty()
                                   ? QString::number(status)
                                   : QString::number(status) + QLatin1Char(' ') + phrase;
    if (status == 401)
        return ApiError::tr("The server refused the credentials (HTTP %1). Sign in again.")
            .arg(statusText);
    if (status == 403)
        return ApiError::tr("You are not allowed to do this (HTTP %1).").arg(statusText);
    if (status == 404)
        return ApiError::tr("The server does not know this address (HTTP %1).").arg(statusText);
    if (status == 429)
        return ApiError::tr("The server is receiving too many requests (HTTP %1). Try again later.")
            .arg(statusText);
    if (status == 503)
        return ApiError::tr("The server is temporarily unavailable (HTTP %1). Try again later.")
            .arg(statusText);
    if (status >= 500)
        return ApiError::tr("The server failed to handle the request (HTTP %1).").arg(statusText);
    return ApiError::tr("The server refused the request (HTTP %1).").arg(statusText);
}

} // namespace

QString ApiError::userText() const
{
    if (requestId.isEmpty())
        return message;
    return tr("%1 (request id: %2)").arg(message, requestId);
}

QString ApiError::debugText() const
{
    QString text = kindName(kind);
    if (httpStatus)
        text += QLatin1Char(' ') + QString::number(httpStatus);
    if (!code.isEmpty())
        text += QLatin1Char(' ') + code;
    if (!requestId.isEmpty())
        text += QStringLiteral(" [") + requestId + QLatin1Char(']');
    return text + QStringLiteral(": ") + message;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::BadResponse:
        return QStringLiteral("BadResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::InvalidUrl:
        return QStringLiteral("InvalidUrl");
    }
    return QStringLiteral("Unknown");
}

ApiError ApiError::fromReply(const QNetworkReply *reply, const QByteArray &body, bool timedOut,
                             bool cancelled)
{
    const QUrl url = reply->request().url();
    if (cancelled)
        return ApiError::cancelled();
    if (timedOut)
        return timeout(url, std::chrono::milliseconds(reply->request().transferTimeout()));

    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;

    // Errors below 200 are transport failures (connection, proxy). They win even when a status
    // line had arrived: an answer cut off in the middle is not an answer.
    if (error != QNetworkReply::NoError && int(error) < 200) {
        ApiError result = fromNetworkError(error, url, reply->errorString());
        if (result.kind == Kind::Timeout)
            result = timeout(url, std::chrono::milliseconds(reply->request().transferTimeout()));
        return result;
    }
    if (status == 0) {
        return badResponse(
            tr("The server at %1 did not answer with valid HTTP.").arg(serverName(url)), 0, {},
            QString());
    }

    ApiError result =
        fromHttpResponse(status, body, reply->rawHeader("X-Request-Id"),
                         reply->rawHeader("Retry-After"), reply->rawHeader("RateLimit-Reset"));
    if (status >= 200 && status < 300) {
        // Only reached when the caller found the 2xx body unusable.
        result = badResponse(tr("The server's answer could not be read (it is not JSON)."), status,
                             result.requestId);
    }
    return result;
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray &body,
                                    const QByteArray &requestIdHeader,
                                    const QByteArray &retryAfterHeader,
                                    const QByteArray &rateLimitResetHeader)
{
    ApiError result;
    result.kind = Kind::Http;
    result.httpStatus = status;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("code")).isString()) {
            // The /v1 shape.
            result.code = object.value(QStringLiteral("code")).toString();
            result.message = object.value(QStringLiteral("message")).toString();
            result.requestId = object.value(QStringLiteral("requestId")).toString();
            result.details = object.value(QStringLiteral("details")).toArray();
            const QJsonValue attempts = object.value(QStringLiteral("attemptsRemaining"));
            if (attempts.isDouble())
                result.attemptsRemaining = qMax(0, attempts.toInt());
            result.lockedUntil = JsonTime::toDateTime(object.value(QStringLiteral("lockedUntil")));
        } else if (object.value(QStringLiteral("error")).isString()) {
            // RFC 6749 section 5.2.
            result.code = object.value(QStringLiteral("error")).toString();
            result.message = object.value(QStringLiteral("error_description")).toString();
        }
    }
    if (result.requestId.isEmpty())
        result.requestId = QString::fromLatin1(requestIdHeader.trimmed());
    if (result.message.trimmed().isEmpty())
        result.message = genericHttpMessage(status);

    // Retry-After also comes with refusals that are not about load, e.g. a two-factor lockout
    // (403 TWO_FACTOR_LOCKED); only 429 and 503 are retried (ApiClient), the rest is for people.
    int seconds = parseRetryAfter(retryAfterHeader);
    if (seconds < 0 && status == 429)
        seconds = parseRetryAfter(rateLimitResetHeader);
    result.retryAfterSeconds = qMax(0, seconds);
    return result;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError error, const QUrl &url,
                                    const QString &qtErrorString)
{
    ApiError result;
    result.kind = Kind::Network;
    const QString server = serverName(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        result.message =
            tr("Could not connect to the server at %1: the connection was refused. Check the "
               "address and that the server is running.")
                .arg(server);
        break;
    case QNetworkReply::RemoteHostClosedError:
        result.message =
            tr("The server at %1 closed the connection before it finished answering.").arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        result.message =
            tr("The server name %1 could not be found. Check the address.").arg(url.host());
        break;
    case QNetworkReply::TimeoutError:
        result.kind = Kind::Timeout;
        result.message = tr("The connection to the server at %1 timed out.").arg(server);
        break;
    case QNetworkReply::OperationCanceledError:
        return cancelled();
    case QNetworkReply::SslHandshakeFailedError:
        result.message = tr("A secure connection to the server at %1 could not be established "
                            "(TLS handshake failed). The server's certificate may not be trusted.")
                             .arg(server);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        result.message = tr("The network is not available. Check your connection and try again.");
        break;
    case QNetworkReply::TooManyRedirectsError:
        result.message = tr("The server at %1 redirected too many times.").arg(server);
        break;
    case QNetworkReply::InsecureRedirectError:
        result.message =
            tr("The server at %1 redirected to an insecure (http) address; the request was "
               "stopped.")
                .arg(server);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        result.message =
            tr("The proxy server could not be used to reach %1. Check the proxy settings.")
                .arg(server);
        break;
    default:
        result.message =
            qtErrorString.isEmpty()
                ? tr("The server at %1 could not be reached.").arg(server)
                : tr("The server at %1 could not be reached (%2).").arg(server, qtErrorString);
        break;
    }
    return result;
}

ApiError ApiError::timeout(const QUrl &url, std::chrono::milliseconds after)
{
    ApiError result;
    result.kind = Kind::Timeout;
    const double seconds = double(after.count()) / 1000.0;
    result.message =
        after.count() > 0
            ? tr("The server at %1 did not answer within %2 seconds. Try again later.")
                  .arg(serverName(url), QLocale().toString(seconds, 'g', 3))
            : tr("The server at %1 did not answer in time. Try again later.").arg(serverName(url));
    return result;
}

ApiError ApiError::cancelled()
{
    ApiError result;
    result.kind = Kind::Cancelled;
    result.message = tr("The request was cancelled.");
    return result;
}

ApiError ApiError::badResponse(const QString &message, int status, const QString &requestId,
                               const QString &code)
{
    ApiError result;
    result.kind = Kind::BadResponse;
    result.httpStatus = status;
    result.code = code;
    result.message = message;
    result.requestId = requestId;
    return result;
}

ApiError ApiError::invalidUrl(const QString &message, const QString &code)
{
    ApiError result;
    result.kind = Kind::InvalidUrl;
    result.code = code;
    result.message = message;
    return result;
}

int ApiError::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600));
    // An HTTP-date (RFC 9110 section 5.6.7), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    // Qt's RFC 2822 parser wants a numeric zone; HTTP-dates always end in "GMT".
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return int(qBound(qint64(0), delta, qint64(24 * 3600)));
}
