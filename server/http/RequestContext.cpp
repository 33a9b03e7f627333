#include "RequestContext.h"

#include "ApiError.h"
#include "PageTranslator.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString ipText(const QHostAddress &address)
{
    // IPv4 clients on a dual-stack socket arrive as ::ffff:a.b.c.d; show them as a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

RequestContext::Method methodFrom(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return RequestContext::Method::Get;
    case M::Head:
        return RequestContext::Method::Head;
    case M::Post:
        return RequestContext::Method::Post;
    case M::Put:
        return RequestContext::Method::Put;
    case M::Patch:
        return RequestContext::Method::Patch;
    case M::Delete:
        return RequestContext::Method::Delete;
    case M::Options:
        return RequestContext::Method::Options;
    default:
        return RequestContext::Method::Other;
    }
}

} // namespace

RequestContext::RequestContext(const QHttpServerRequest &request, QByteArray requestId)
    : m_method(methodFrom(request.method()))
    , m_path(request.url().path())
    , m_body(request.body())
    , m_remoteAddress(request.remoteAddress())
    , m_remoteIp(ipText(m_remoteAddress))
    , m_requestId(std::move(requestId))
    , m_headers(request.headers())
{
    setQuery(request.url().query(QUrl::FullyEncoded).toLatin1());
}

RequestContext::RequestContext(Method method, const QUrl &url, QByteArray body,
                               QByteArray requestId)
    : m_method(method)
    , m_path(url.path())
    , m_body(std::move(body))
    , m_remoteAddress(QHostAddress::LocalHost)
    , m_remoteIp(ipText(m_remoteAddress))
    , m_requestId(std::move(requestId))
{
    setQuery(url.query(QUrl::FullyEncoded).toLatin1());
}

void RequestContext::setQuery(const QByteArray &encodedQuery)
{
    const auto items = decodeUrlEncoded(encodedQuery);
    m_malformedQuery = !items;
    m_queryItems = items.value_or(QList<QPair<QString, QString>>());
}

QString RequestContext::methodName() const
{
    switch (m_method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

QString RequestContext::queryValue(const QString &key) const
{
    for (const auto &[name, value] : m_queryItems) {
        if (name == key)
            return value;
    }
    return {};
}

std::optional<QList<QPair<QString, QString>>>
RequestContext::decodeUrlEncoded(const QByteArray &text)
{
    QList<QPair<QString, QString>> items;
    const auto decode = [](QByteArray raw) {
        raw.replace('+', ' ');
        const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
        const QString decoded = QString::fromUtf8(bytes);
        // A lossy round trip means the bytes were not UTF-8.
        return decoded.toUtf8() == bytes ? std::optional<QString>(decoded) : std::nullopt;
    };
    const auto pairs = text.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto name = decode(equals < 0 ? pair : pair.left(equals));
        const auto value = decode(equals < 0 ? QByteArray() : pair.mid(equals + 1));
        if (!name || !value)
            return std::nullopt;
        items.append({*name, *value});
    }
    return items;
}

QByteArray RequestContext::header(const QByteArray &name) const
{
    // A scan of the few headers a request has: cheaper than lower-casing them all into a hash
    // up front, and a request asks for only two or three. From the end: a repeated header's
    // last value wins.
    for (auto it = m_headers.crbegin(); it != m_headers.crend(); ++it) {
        if (it->first.compare(name, Qt::CaseInsensitive) == 0)
            return it->second;
    }
    return {};
}

QByteArray RequestContext::headerValues(const QByteArray &name) const
{
    QByteArray joined;
    for (const auto &[headerName, value] : m_headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isEmpty())
            joined += ", ";
        joined += value;
    }
    return joined;
}

void RequestContext::setRemoteAddress(const QHostAddress &address)
{
    m_remoteAddress = address;
    m_remoteIp = ipText(address);
}

QString RequestContext::userAgent() const
{
    return QString::fromUtf8(header("user-agent")).left(512);
}

PageLanguage RequestContext::pageLanguage() const
{
    return PageTranslator::shipped().forHeader(headerValues("accept-language"));
}

QByteArray RequestContext::mediaType() const
{
    const QByteArray value = header("content-type");
    const qsizetype semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.first(semicolon)).trimmed().toLower();
}

bool RequestContext::hasContentType(const QByteArray &mimeType) const
{
    return mediaType() == mimeType;
}

QJsonObject RequestContext::jsonBody() const
{
    const QByteArray essence = mediaType();
    // application/json and the structured "+json" types (application/merge-patch+json).
    if (essence != "application/json" &&
        !(essence.startsWith("application/") && essence.endsWith("+json"))) {
        throw ApiError(415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                       QStringLiteral("The request body must be application/json."));
    }
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw ApiError::badRequest(
            QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    if (!document.isObject())
        throw ApiError::badRequest(QStringLiteral("The request body must be a JSON object."));
    return document.object();
}

void RequestContext::expectNoFields() const
{
    if (m_body.trimmed().isEmpty())
        return;
    const QJsonObject body = jsonBody();
    QJsonArray errors;
    for (auto it = body.begin(); it != body.end(); ++it)
        errors.append(ApiError::fieldError(it.key(), QStringLiteral("Unknown field.")));
    if (!errors.isEmpty())
        throw ApiError::validation(QStringLiteral("This request takes no fields."), errors);
}

QHash<QString, QString> RequestContext::formBody() const
{
    if (!hasContentType("application/x-www-form-urlencoded")) {
        throw OAuthError(QStringLiteral("invalid_request"),
                         QStringLiteral("The body must be application/x-www-form-urlencoded."));
    }
    const auto items = decodeUrlEncoded(m_body);
    if (!items) {
        throw OAuthError(QStringLiteral("invalid_request"),
                         QStringLiteral("The form body is not valid UTF-8."));
    }
    QHash<QString, QString> form;
    for (const auto &[name, value] : *items) {
        if (value.isEmpty())
            continue; // RFC 6749 section 3.1: a parameter without a value is omitted.
        if (form.contains(name)) {
            throw OAuthError(QStringLiteral("invalid_request"),
                             QStringLiteral("The parameter \"%1\" is repeated.").arg(name));
        }
        form.insert(name, value);
    }
    return form;
}
