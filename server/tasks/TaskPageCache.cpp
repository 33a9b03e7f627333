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
        // Wrapped in an array so every JSON value, strings included, serialises unambiguously.
        const QByteArray value =
            QJsonDocument(QJsonArray{params.value(name)}).toJson(QJsonDocument::Compact);
        key += QLatin1Char('\n') + name + QLatin1Char('=') + QString::fromUtf8(value);
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
