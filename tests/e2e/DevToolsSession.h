#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcDevTools)

// A Chrome DevTools Protocol connection to one target (a tab), over the target's
// webSocketDebuggerUrl. Commands carry an id and get exactly one reply with that id; everything
// else the browser sends is an event, passed on as eventReceived(). No chromedriver: the
// protocol is JSON over a WebSocket.
class DevToolsSession : public QObject
{
    Q_OBJECT

public:
    explicit DevToolsSession(QObject *parent = nullptr);
    ~DevToolsSession() override;

    // Connects and waits; false (with lastError()) when it did not connect in time.
    bool open(const QUrl &webSocketDebuggerUrl, int timeoutMs = 30000);
    bool isOpen() const;

    // Sends a command; its reply arrives as replyReceived(id, ...). -1 when not connected.
    int send(const QString &method, const QJsonObject &params = {});
    // Sends a command and waits for its reply: the reply's "result", or nullopt (with
    // lastError()) on a protocol error, a closed connection or a timeout.
    std::optional<QJsonObject> call(const QString &method, const QJsonObject &params = {},
                                    int timeoutMs = 30000);
    // Runtime.evaluate in the page, the value returned by value (promises awaited); nullopt
    // (with lastError()) when it threw or the page was navigating away.
    std::optional<QJsonValue> evaluate(const QString &expression, int timeoutMs = 30000);
    // Evaluates `condition` until it is true; false when the time ran out. Evaluation errors
    // (e.g. while a form submission replaces the page) count as "not yet".
    bool waitFor(const QString &condition, int timeoutMs);

    // A JavaScript string literal holding `text`, for building expressions.
    static QString jsString(const QString &text);

    QString lastError() const { return m_lastError; }

signals:
    void eventReceived(const QString &method, const QJsonObject &params);
    void replyReceived(int id, const QJsonObject &message);
    void closed();

private:
    void onMessage(const QString &text);

    QWebSocket m_socket;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies; // replies waited for in call(), until taken
    QList<int> m_waitingFor;
    QString m_lastError;
};
