#include "PageRecorder.h"

#include "DevToolsSession.h"

#include <QJsonArray>

PageRecorder::PageRecorder(DevToolsSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &DevToolsSession::eventReceived, this,
            [this](const QString &method, const QJsonObject &params) { onEvent(method, params); });
}

bool PageRecorder::start()
{
    const QStringList domains{QStringLiteral("Runtime"), QStringLiteral("Log"),
                              QStringLiteral("Network"), QStringLiteral("Page")};
    for (const QString &domain : domains) {
        if (!m_session->call(domain + QStringLiteral(".enable"))) {
            qWarning("%s", qPrintable(m_session->lastError()));
            return false;
        }
    }
    return true;
}

std::optional<PageRecorder::Response> PageRecorder::document(const QUrl &url) const
{
    const QUrl wanted = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    for (auto it = m_responses.crbegin(); it != m_responses.crend(); ++it) {
        if (it->resourceType == QLatin1String("Document") &&
            it->url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) == wanted)
            return *it;
    }
    return std::nullopt;
}

QString PageRecorder::describeErrors() const
{
    QStringList lines;
    for (const ConsoleError &error : m_errors)
        lines.append(
            QStringLiteral("[%1] %2 (%3)").arg(error.source, error.text, error.url.toString()));
    return lines.join(QLatin1Char('\n'));
}

void PageRecorder::onEvent(const QString &method, const QJsonObject &params)
{
    if (method == QLatin1String("Network.responseReceived")) {
        const QJsonObject response = params.value(QStringLiteral("response")).toObject();
        Response recorded;
        recorded.url = QUrl(response.value(QStringLiteral("url")).toString());
        recorded.resourceType = params.value(QStringLiteral("type")).toString();
        recorded.status = response.value(QStringLiteral("status")).toInt();
        const QJsonObject headers = response.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
            recorded.headers.insert(it.key().toLower(), it.value().toString());
        m_responses.append(recorded);
    } else if (method == QLatin1String("Runtime.consoleAPICalled")) {
        if (params.value(QStringLiteral("type")).toString() != QLatin1String("error"))
            return;
        QStringList parts;
        const QJsonArray args = params.value(QStringLiteral("args")).toArray();
        for (const QJsonValue &arg : args) {
            const QJsonObject object = arg.toObject();
            parts.append(object.contains(QStringLiteral("value"))
                             ? object.value(QStringLiteral("value")).toVariant().toString()
                             : object.value(QStringLiteral("description")).toString());
        }
        m_errors.append({QStringLiteral("console"), parts.join(QLatin1Char(' ')), QUrl()});
    } else if (method == QLatin1String("Runtime.exceptionThrown")) {
        const QJsonObject details = params.value(QStringLiteral("exceptionDetails")).toObject();
        const QString description = details.value(QStringLiteral("exception"))
                                        .toObject()
                                        .value(QStringLiteral("description"))
                                        .toString();
        m_errors.append(
            {QStringLiteral("exception"),
             description.isEmpty() ? details.value(QStringLiteral("text")).toString() : description,
             QUrl(details.value(QStringLiteral("url")).toString())});
    } else if (method == QLatin1String("Log.entryAdded")) {
        const QJsonObject entry = params.value(QStringLiteral("entry")).toObject();
        if (entry.value(QStringLiteral("level")).toString() != QLatin1String("error"))
            return;
        m_errors.append({entry.value(QStringLiteral("source")).toString(),
                         entry.value(QStringLiteral("text")).toString(),
                         QUrl(entry.value(QStringLiteral("url")).toString())});
    }
}
