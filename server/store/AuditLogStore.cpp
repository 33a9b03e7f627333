#include "AuditLogStore.h"

#include "Database.h"
#include "Ids.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

AuditLogStore::AuditLogStore(Database &db)
    : m_db(db)
{}

AuditEntry AuditLogStore::record(AuditEntry entry)
{
    if (entry.occurredAtMs == 0)
        entry.occurredAtMs = Clock::nowMs();
    // Time-ordered like the security log, so one revoke-all's entries keep their order.
    entry.id = Ids::makeTimeOrdered(entry.occurredAtMs);
    m_db.exec(QStringLiteral("INSERT INTO audit_log (id, occurred_at, admin_id, admin_username, "
                             "action, target_user_id, target_username, details, ip, user_agent) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {entry.id, entry.occurredAtMs, textOrNull(entry.adminId), entry.adminUsername,
               entry.action, entry.targetUserId, entry.targetUsername,
               QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
               textOrNull(entry.ip), textOrNull(entry.userAgent)});
    return entry;
}

QList<AuditEntry> AuditLogStore::list(int limit, qint64 beforeMs, const QString &beforeId)
{
    QString sql = QStringLiteral("SELECT id, occurred_at, admin_id, admin_username, action, "
                                 "target_user_id, target_username, details, ip, user_agent "
                                 "FROM audit_log");
    QVariantList values;
    if (beforeMs != 0) {
        sql += QStringLiteral(" WHERE occurred_at < ? OR (occurred_at = ? AND id < ?)");
        values << beforeMs << beforeMs << beforeId;
    }
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    values.append(limit);

    QList<AuditEntry> entries;
    auto &q = m_db.exec(sql, values);
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toString();
        e.occurredAtMs = q.value(1).toLongLong();
        e.adminId = q.value(2).toString();
        e.adminUsername = q.value(3).toString();
        e.action = q.value(4).toString();
        e.targetUserId = q.value(5).toString();
        e.targetUsername = q.value(6).toString();
        e.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.ip = q.value(8).toString();
        e.userAgent = q.value(9).toString();
        entries.append(e);
    }
    return entries;
}
