#include "SecurityEventStore.h"

#include "Database.h"
#include "Ids.h"

#include <QJsonDocument>
#include <QSqlQuery>

SecurityEventStore::SecurityEventStore(Database &db)
    : m_db(db)
{}

SecurityEvent SecurityEventStore::record(SecurityEvent event)
{
    event.id = Ids::make();
    if (event.occurredAtMs == 0)
        event.occurredAtMs = Clock::nowMs();
    const auto details =
        QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    m_db.exec(QStringLiteral("INSERT INTO security_events (id, user_id, type, occurred_at, ip, "
                             "user_agent, session_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {event.id, event.userId, event.type, event.occurredAtMs, orNull(event.ip),
               orNull(event.userAgent), orNull(event.sessionId), details});
    return event;
}

QList<SecurityEvent> SecurityEventStore::listForUser(const QString &userId,
                                                     const QStringList &types, int limit,
                                                     qint64 beforeMs, const QString &beforeId)
{
    QString sql = QStringLiteral("SELECT id, user_id, type, occurred_at, ip, user_agent, "
                                 "session_id, details FROM security_events WHERE user_id = ?");
    QVariantList values{userId};
    if (!types.isEmpty()) {
        QStringList marks;
        for (const auto &type : types) {
            marks.append(QStringLiteral("?"));
            values.append(type);
        }
        sql += QStringLiteral(" AND type IN (") + marks.join(u',') + u')';
    }
    if (beforeMs != 0) {
        sql += QStringLiteral(" AND (occurred_at < ? OR (occurred_at = ? AND id < ?))");
        values << beforeMs << beforeMs << beforeId;
    }
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    values.append(limit);

    QList<SecurityEvent> events;
    auto &q = m_db.exec(sql, values);
    while (q.next()) {
        SecurityEvent e;
        e.id = q.value(0).toString();
        e.userId = q.value(1).toString();
        e.type = q.value(2).toString();
        e.occurredAtMs = q.value(3).toLongLong();
        e.ip = q.value(4).toString();
        e.userAgent = q.value(5).toString();
        e.sessionId = q.value(6).toString();
        e.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        events.append(e);
    }
    return events;
}
