#include "DevToolsSession.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// Each command and event, by name only: QT_LOGGING_RULES="tasklane.test.devtools.debug=true".
Q_LOGGING_CATEGORY(lcDevTools, "tasklane.test.devtools", QtInfoMsg)

DevToolsSession::DevToolsSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { onMessage(text); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { emit closed(); });
}

DevToolsSession::~DevToolsSession()
{
    m_socket.abort();
}

bool DevToolsSession::open(const QUrl &webSocketDebuggerUrl, int timeoutMs)
{
    m_lastError.clear();
    m_socket.open(webSocketDebuggerUrl);
    const bool settled = QTest::qWaitFor(
        [this] {
            const auto state = m_socket.state();
            return state == QAbstractSocket::ConnectedState ||
                   state == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (settled && isOpen())
        return true;
    m_lastError = QStringLiteral("could not connect to %1: %2")
                      .arg(webSocketDebuggerUrl.toString(), m_socket.errorString());
    m_socket.abort();
    return false;
}

bool DevToolsSession::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

int DevToolsSession::send(const QString &method, const QJsonObject &params)
{
    if (!isOpen())
        return -1;
    const int id = m_nextId++;
    QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    // Only the method: parameters can hold what is typed into a password field.
    qCDebug(lcDevTools) << "->" << id << method;
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    return id;
}

std::optional<QJsonObject> DevToolsSession::call(const QString &method, const QJsonObject &params,
                                                 int timeoutMs)
{
    m_lastError.clear();
    const int id = send(method, params);
    if (id < 0) {
        m_lastError = QStringLiteral("%1: not connected").arg(method);
        return std::nullopt;
    }
    m_waitingFor.append(id);
    const bool answered =
        QTest::qWaitFor([this, id] { return m_replies.contains(id) || !isOpen(); }, timeoutMs);
    m_waitingFor.removeAll(id);
    if (!answered || !m_replies.contains(id)) {
        m_lastError = isOpen() ? QStringLiteral("%1: no reply in %2 ms").arg(method).arg(timeoutMs)
                               : QStringLiteral("%1: the connection closed").arg(method);
        return std::nullopt;
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(QStringLiteral("error"))) {
        const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
        m_lastError = QStringLiteral("%1: %2 (%3)")
                          .arg(method, error.value(QStringLiteral("message")).toString())
                          .arg(error.value(QStringLiteral("code")).toInt());
        return std::nullopt;
    }
    return reply.value(QStringLiteral("result")).toObject();
}

std::optional<QJsonValue> DevToolsSession::evaluate(const QString &expression, int timeoutMs)
{
    const auto result = call(QStringLiteral("Runtime.evaluate"),
                             {{QStringLiteral("expression"), expression},
                              {QStringLiteral("returnByValue"), true},
                              {QStringLiteral("awaitPromise"), true}},
                             timeoutMs);
    if (!result)
        return std::nullopt;
    if (result->contains(QStringLiteral("exceptionDetails"))) {
        const QJsonObject details = result->value(QStringLiteral("exceptionDetails")).toObject();
        const QString description = details.value(QStringLiteral("exception"))
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        m_lastError =
            description.isEmpty() ? details.value(QStringLiteral("text")).toString() : description;
        return std::nullopt;
    }
    return result->value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
}

bool DevToolsSession::waitFor(const QString &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && isOpen()) {
        const int left = int(std::max<qint64>(1, deadline.remainingTime()));
        const auto value = evaluate(condition, std::min(left, 10000));
        if (value && value->toBool())
            return true;
        QTest::qWait(100); // the page is loading; ask again shortly
    }
    return false;
}

QString DevToolsSession::jsString(const QString &text)
{
    // A JSON string is a JavaScript string literal.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void DevToolsSession::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.contains(QStringLiteral("id"))) {
        const int id = message.value(QStringLiteral("id")).toInt();
        if (m_waitingFor.contains(id))
            m_replies.insert(id, message);
        emit replyReceived(id, message);
        return;
    }
    const QString method = message.value(QStringLiteral("method")).toString();
    qCDebug(lcDevTools) << "<-" << method;
    emit eventReceived(method, message.value(QStringLiteral("params")).toObject());
}
