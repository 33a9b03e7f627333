#include "HttpResponse.h"

#include <QJsonDocument>

HttpResponse::HttpResponse(int status, QByteArray contentType, QByteArray body)
    : m_status(status)
    , m_contentType(std::move(contentType))
    , m_body(std::move(body))
{}

HttpResponse HttpResponse::json(const QJsonObject &object, int status)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

HttpResponse HttpResponse::json(const QJsonArray &array, int status)
{
    return {status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact)};
}

HttpResponse HttpResponse::html(const QByteArray &page, int status)
{
    return {status, "text/html; charset=utf-8", page};
}

HttpResponse HttpResponse::noContent()
{
    return {204, {}, {}};
}

HttpResponse HttpResponse::redirect(const QUrl &location, int status)
{
    HttpResponse response(status, {}, {});
    response.setHeader("Location", location.toEncoded());
    return response;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    m_headers.append({name, value});
    return *this;
}
