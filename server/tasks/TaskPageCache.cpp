#include "TaskPageCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

TaskPageCache::TaskPageCache(qsizetype maxBytes)
    : m_entries(qMax<qsizetype>(1, maxBytes / 1024))
{}

QString TaskPageCache::key(const QString &ownerId, const QHash<QString, QJsonValue> &params)
{
    QStringList names = params.keys();
    std::sort(names.begin(), names.end());
    QString key = ownerId;
    for (const QString &name : std::as_const(names)) {
        const QJsonValue value = params.value(name);
        key += QLatin1Char('\n') + name;
        if (value.isString()) {
            // Length-prefixed, so no text can pose as another parameter: the cheap case, and
            // every parameter of GET /v1/tasks is one.
            const QString text = value.toString();
            key += QLatin1String("=s") + QString::number(text.size()) + QLatin1Char(':') + text;
        } else {
            // Wrapped in an array so every other JSON value serialises unambiguously.
            key +=
                QStringLiteral("=j") +
                QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
        }
    }
    return key;
}

std::optional<QByteArray> TaskPageCache::find(const QString &key, qint64 tasksVersion) const
{
    const Entry *entry = m_entries.object(key);
    if (!entry || entry->tasksVersion != tasksVersion)
        return std::nullopt;
    return entry->body;
}

void TaskPageCache::insert(const QString &key, qint64 tasksVersion, const QByteArray &body)
{
    const auto cost = qMax<qsizetype>(1, (body.size() + key.size() * 2) / 1024);
    m_entries.insert(key, new Entry{tasksVersion, body}, cost);
}
