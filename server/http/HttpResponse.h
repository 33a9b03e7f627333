#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

// What an endpoint answers. The adapter (HttpServer) adds the headers every response carries.
class HttpResponse
{
public:
    HttpResponse() = default;
    HttpResponse(int status, QByteArray contentType, QByteArray body);

    static HttpResponse json(const QJsonObject &object, int status = 200);
    static HttpResponse json(const QJsonArray &array, int status = 200);
    static HttpResponse html(const QByteArray &page, int status = 200);
    static HttpResponse noContent();
    // 302 Found; 303 See Other where a POST ends in a redirect (RFC 9700 section 4.11).
    static HttpResponse redirect(const QUrl &location, int status = 302);

    int status() const { return m_status; }
    const QByteArray &contentType() const { return m_contentType; }
    const QByteArray &body() const { return m_body; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);

private:
    int m_status = 200;
    QByteArray m_contentType;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
