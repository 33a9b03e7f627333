#include "HttpClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

QByteArray HttpClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::Reply HttpClient::send(const QByteArray &method, const QUrl &url,
                                   const QByteArray &body, const Headers &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(60000);
    if (!sslConfiguration.isNull())
        request.setSslConfiguration(sslConfiguration);
    if (!userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    if (!acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", acceptLanguage);
    for (const auto &[name, value] : defaultHeaders)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QBuffer *buffer = nullptr;
    if (!body.isNull()) {
        buffer = new QBuffer;
        buffer->setData(body);
    }
    // HEAD through head(): as a custom verb, QNetworkAccessManager would wait for the body
    // that Content-Length announces.
    QNetworkReply *reply = method == "HEAD" ? m_manager.head(request)
                                            : m_manager.sendCustomRequest(request, method, buffer);
    if (buffer)
        buffer->setParent(reply);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpClient::Reply HttpClient::get(const QUrl &url, const Headers &headers)
{
    return send("GET", url, QByteArray(), headers);
}

HttpClient::Reply HttpClient::post(const QUrl &url, const QByteArray &body,
                                   const QByteArray &contentType, const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), contentType));
    return send("POST", url, body.isNull() ? QByteArray("") : body, all);
}

HttpClient::Reply HttpClient::postJson(const QUrl &url, const QJsonObject &body,
                                       const Headers &headers)
{
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                headers);
}

HttpClient::Reply HttpClient::postForm(const QUrl &url,
                                       const QList<QPair<QString, QString>> &fields,
                                       const Headers &headers)
{
    return post(url, formEncode(fields), "application/x-www-form-urlencoded", headers);
}

HttpClient::Reply HttpClient::patchJson(const QUrl &url, const QJsonObject &body,
                                        const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("PATCH", url, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

HttpClient::Headers HttpClient::bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

QByteArray HttpClient::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}
