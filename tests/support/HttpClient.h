#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

// Synchronous HTTP for tests: each call runs a nested event loop until the reply is complete.
// Redirects are not followed, so tests see 302s and their Location. Cookies are kept.
class HttpClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no HTTP answer (connection failed)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        QByteArray header(const QByteArray &name) const;
        QJsonObject json() const;
    };

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Reply get(const QUrl &url, const Headers &headers = {});
    Reply post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
               const Headers &headers = {});
    Reply postJson(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
    Reply postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields,
                   const Headers &headers = {});
    Reply patchJson(const QUrl &url, const QJsonObject &body, const Headers &headers = {});
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const Headers &headers = {});

    static Headers bearer(const QString &token);
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

    QNetworkAccessManager &manager() { return m_manager; }

    // Sent as User-Agent on every request when not empty (a header given to a call wins).
    QByteArray userAgent;
    // Sent as Accept-Language on every request (a header given to a call wins). English, so the
    // server's pages do not follow the locale of the machine running the tests, which
    // QNetworkAccessManager would send otherwise.
    QByteArray acceptLanguage = "en";
    // Sent on every request (a header of the same name given to a call wins).
    Headers defaultHeaders;
    // Used for every request when not null (e.g. TestProxy's: trust the test CA only).
    QSslConfiguration sslConfiguration;

private:
    QNetworkAccessManager m_manager;
};
