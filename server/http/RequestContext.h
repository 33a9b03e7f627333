#pragma once

#include "PageLanguage.h"
#include "User.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <optional>

class QHttpServerRequest;

enum class CredentialKind { AccessToken, PersonalAccessToken };

// Who made an authenticated request, as the bearer credential proved it.
struct Principal
{
    User user;
    CredentialKind kind = CredentialKind::AccessToken;
    QString credentialId; // access token id or personal access token id
    QString sessionId;    // empty for personal access tokens
    QStringList scopes;
    // The user's users.tasks_version as of this request's authentication (TaskPageCache).
    qint64 tasksVersion = -1;

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

// One request as the endpoints see it: parsed once, independent of QHttpServer's types.
class RequestContext
{
public:
    enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

    RequestContext(const QHttpServerRequest &request, QByteArray requestId);
    // For tests and benchmarks that build a request by hand.
    RequestContext(Method method, const QUrl &url, QByteArray body, QByteArray requestId);

    Method method() const { return m_method; }
    QString methodName() const;
    const QString &path() const { return m_path; }
    // Query parameters decoded as application/x-www-form-urlencoded ("+" is a space).
    const QList<QPair<QString, QString>> &queryItems() const { return m_queryItems; }
    bool hasMalformedQuery() const { return m_malformedQuery; }
    QString queryValue(const QString &key) const;
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    // The client's address as text, IPv4 clients as a.b.c.d.
    const QString &remoteIp() const { return m_remoteIp; }
    // The client behind a trusted proxy (HttpServer, TrustedProxies): every later use of the
    // address (rate limits, sessions, logs) sees this one.
    void setRemoteAddress(const QHostAddress &address);
    const QByteArray &requestId() const { return m_requestId; }
    QByteArray header(const QByteArray &name) const;
    // Every line of a repeatable list header joined with ", ", in the order received.
    QByteArray headerValues(const QByteArray &name) const;
    QString userAgent() const;
    // The language of an HTML page answering this request, chosen by its Accept-Language header
    // among the server's catalogues (PageTranslator::shipped()).
    PageLanguage pageLanguage() const;
    bool hasContentType(const QByteArray &mimeType) const;
    QByteArray mediaType() const; // Content-Type without parameters, lower case

    // JSON body as an object; throws ApiError (415, 400) when it is not one.
    QJsonObject jsonBody() const;
    // For actions that take no parameters: no body, or an empty JSON object. Anything else
    // throws ApiError (415, 400, or 422 with "Unknown field." per field), so a typo does not
    // pass silently.
    void expectNoFields() const;
    // application/x-www-form-urlencoded body; throws OAuthError invalid_request when malformed
    // or when a parameter repeats (RFC 6749 section 3.2).
    QHash<QString, QString> formBody() const;

    // Splits and decodes application/x-www-form-urlencoded text; nullopt when not UTF-8.
    static std::optional<QList<QPair<QString, QString>>> decodeUrlEncoded(const QByteArray &text);

    QString pathParam(const QString &name) const { return m_pathParams.value(name); }
    void setPathParams(QHash<QString, QString> params) { m_pathParams = std::move(params); }

    // Headers the adapter adds to whatever response this request ends with (rate limits).
    void addResponseHeader(const QByteArray &name, const QByteArray &value)
    {
        m_extraResponseHeaders.append({name, value});
    }
    const QList<QPair<QByteArray, QByteArray>> &extraResponseHeaders() const
    {
        return m_extraResponseHeaders;
    }

    const std::optional<Principal> &principal() const { return m_principal; }
    void setPrincipal(Principal principal) { m_principal = std::move(principal); }

private:
    void setQuery(const QByteArray &encodedQuery);

    Method m_method = Method::Other;
    QString m_path;
    QList<QPair<QString, QString>> m_queryItems;
    bool m_malformedQuery = false;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
    QString m_remoteIp;
    QByteArray m_requestId;
    QList<QPair<QByteArray, QByteArray>> m_headers; // as received
    QHash<QString, QString> m_pathParams;
    std::optional<Principal> m_principal;
    QList<QPair<QByteArray, QByteArray>> m_extraResponseHeaders;
};
