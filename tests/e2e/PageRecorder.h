#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class DevToolsSession;

// What a tab reports while the test drives it: the documents it received (status and response
// headers, from Network.responseReceived) and every error a developer would see in the console:
// console.error calls (Runtime.consoleAPICalled), uncaught exceptions (Runtime.exceptionThrown)
// and browser-side errors such as CSP violations or failed loads (Log.entryAdded).
class PageRecorder : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        QUrl url;
        QString resourceType; // "Document", "Stylesheet", ...
        int status = 0;
        QMap<QString, QString> headers; // names in lower case

        QString header(const QString &name) const { return headers.value(name.toLower()); }
    };

    struct ConsoleError
    {
        QString source; // "console", "exception", or Log.entryAdded's source ("security", ...)
        QString text;
        QUrl url;
    };

    explicit PageRecorder(DevToolsSession *session, QObject *parent = nullptr);

    // Enables the Runtime, Log, Network and Page domains; false (with a QWARN) if one failed.
    // Log.enable also reports what was logged before it (the page may have loaded already).
    bool start();

    QList<Response> responses() const { return m_responses; }
    // The last document received from `url`'s scheme, host, port and path.
    std::optional<Response> document(const QUrl &url) const;
    QList<ConsoleError> consoleErrors() const { return m_errors; }
    // One line per error, for failure messages.
    QString describeErrors() const;
    // Forgets errors recorded so far, so the next page is judged on its own.
    void clearErrors() { m_errors.clear(); }

private:
    void onEvent(const QString &method, const QJsonObject &params);

    DevToolsSession *m_session;
    QList<Response> m_responses;
    QList<ConsoleError> m_errors;
};
