#include "SignInAlertStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

const QString AlertColumns = QStringLiteral(
    "id, user_id, session_id, occurred_at, ip, user_agent, device_name, reasons, answered_at, "
    "answer");

SignInAlert alertFromRow(const QSqlQuery &q)
{
    SignInAlert a;
    a.id = q.value(0).toString();
    a.userId = q.value(1).toString();
    a.sessionId = q.value(2).toString();
    a.occurredAtMs = q.value(3).toLongLong();
    a.ip = q.value(4).toString();
    a.userAgent = q.value(5).toString();
    a.deviceName = q.value(6).toString();
    a.reasons = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.answeredAtMs = q.value(8).toLongLong();
    a.answer = q.value(9).toString();
    return a;
}

} // namespace

SignInAlertStore::SignInAlertStore(Database &db)
    : m_db(db)
{}

bool SignInAlertStore::hasOrigins(const QString &userId)
{
    auto &q = m_db.exec(QStringLiteral("SELECT 1 FROM sign_in_origins WHERE user_id = ? LIMIT 1"),
                        {userId});
    return q.next();
}

bool SignInAlertStore::hasOriginsOf(const QString &userId, const QString &kind)
{
    auto &q = m_db.exec(
        QStringLiteral("SELECT 1 FROM sign_in_origins WHERE user_id = ? AND kind = ? LIMIT 1"),
        {userId, kind});
    return q.next();
}

bool SignInAlertStore::knows(const QString &userId, const QString &kind, const QString &value)
{
    auto &q = m_db.exec(QStringLiteral("SELECT 1 FROM sign_in_origins "
                                       "WHERE user_id = ? AND kind = ? AND value = ?"),
                        {userId, kind, value});
    return q.next();
}

void SignInAlertStore::remember(const QString &userId, const QString &kind, const QString &value,
                                const QString &sessionId, qint64 nowMs)
{
    m_db.exec(
        QStringLiteral("INSERT INTO sign_in_origins "
                       "(user_id, kind, value, first_seen_at, session_id) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, kind, value) DO NOTHING"),
        {userId, kind, value, nowMs, sessionId});
}

int SignInAlertStore::forgetOriginsOf(const QString &userId, const QString &sessionId)
{
    auto &q = m_db.exec(
        QStringLiteral("DELETE FROM sign_in_origins WHERE user_id = ? AND session_id = ?"),
        {userId, sessionId});
    return q.numRowsAffected();
}

void SignInAlertStore::insert(const SignInAlert &a)
{
    m_db.exec(QStringLiteral("INSERT INTO sign_in_alerts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                             "NULL, NULL)")
                  .arg(AlertColumns),
              {a.id, a.userId, a.sessionId, a.occurredAtMs, a.ip, a.userAgent, a.deviceName,
               a.reasons.join(QLatin1Char(','))});
}

std::optional<SignInAlert> SignInAlertStore::find(const QString &id)
{
    auto &q = m_db.exec(
        QStringLiteral("SELECT %1 FROM sign_in_alerts WHERE id = ?").arg(AlertColumns), {id});
    if (!q.next())
        return std::nullopt;
    return alertFromRow(q);
}

QList<SignInAlert> SignInAlertStore::listOpen(const QString &userId)
{
    auto &q = m_db.exec(QStringLiteral("SELECT %1 FROM sign_in_alerts WHERE user_id = ? AND "
                                       "answered_at IS NULL ORDER BY occurred_at, id")
                            .arg(AlertColumns),
                        {userId});
    QList<SignInAlert> alerts;
    while (q.next())
        alerts.append(alertFromRow(q));
    return alerts;
}

bool SignInAlertStore::answer(const QString &id, const QString &answer, qint64 nowMs)
{
    auto &q = m_db.exec(QStringLiteral("UPDATE sign_in_alerts SET answered_at = ?, answer = ? "
                                       "WHERE id = ? AND answered_at IS NULL"),
                        {nowMs, answer, id});
    return q.numRowsAffected() > 0;
}
