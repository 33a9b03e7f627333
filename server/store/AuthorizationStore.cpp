#include "AuthorizationStore.h"

#include "Database.h"

#include <QSqlQuery>

AuthorizationStore::AuthorizationStore(Database &db)
    : m_db(db)
{}

namespace {

QString stageName(AuthorizationRequest::Stage stage)
{
    switch (stage) {
    case AuthorizationRequest::Stage::TwoFactor:
        return QStringLiteral("two_factor");
    case AuthorizationRequest::Stage::ChangePassword:
        return QStringLiteral("change_password");
    case AuthorizationRequest::Stage::Consent:
        return QStringLiteral("consent");
    case AuthorizationRequest::Stage::SignIn:
        break;
    }
    return QStringLiteral("sign_in");
}

AuthorizationRequest::Stage stageFromName(const QString &name)
{
    if (name == QLatin1String("two_factor"))
        return AuthorizationRequest::Stage::TwoFactor;
    if (name == QLatin1String("change_password"))
        return AuthorizationRequest::Stage::ChangePassword;
    if (name == QLatin1String("consent"))
        return AuthorizationRequest::Stage::Consent;
    return AuthorizationRequest::Stage::SignIn;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Qt binds a null QString as SQL NULL: an absent (optional) parameter must be stored as ''.
QVariant textNotNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace

void AuthorizationStore::insertRequest(const AuthorizationRequest &r)
{
    m_db.exec(
        QStringLiteral("INSERT INTO authorization_requests (id, client_id, redirect_uri, state, "
                       "scope, code_challenge, device_name, csrf_token, browser_binding, "
                       "user_id, stage, expires_at, sign_in_method, ip) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.clientId, r.redirectUri, textNotNull(r.state), r.scope, r.codeChallenge,
         r.deviceName, r.csrfToken, r.browserBinding,
         r.userId.isEmpty() ? QVariant() : QVariant(r.userId), stageName(r.stage), r.expiresAtMs,
         textOrNull(r.signInMethod), textOrNull(r.ip)});
}

AuthorizationStore::Pending AuthorizationStore::pendingRequests(const QString &ip)
{
    Pending pending;
    auto &all =
        m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(expires_at) FROM authorization_requests"));
    if (all.next()) {
        pending.total = all.value(0).toInt();
        pending.firstTotalExpiryMs = all.value(1).toLongLong();
    }
    auto &fromIp = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(expires_at) FROM "
                                            "authorization_requests WHERE ip = ?"),
                             {ip});
    if (fromIp.next()) {
        pending.fromIp = fromIp.value(0).toInt();
        pending.firstFromIpExpiryMs = fromIp.value(1).toLongLong();
    }
    return pending;
}

std::optional<AuthorizationRequest> AuthorizationStore::findRequest(const QString &id)
{
    auto &q = m_db.exec(
        QStringLiteral("SELECT id, client_id, redirect_uri, state, scope, code_challenge, "
                       "device_name, csrf_token, browser_binding, user_id, stage, "
                       "expires_at, sign_in_method FROM authorization_requests WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    AuthorizationRequest r;
    r.id = q.value(0).toString();
    r.clientId = q.value(1).toString();
    r.redirectUri = q.value(2).toString();
    r.state = q.value(3).toString();
    r.scope = q.value(4).toString();
    r.codeChallenge = q.value(5).toString();
    r.deviceName = q.value(6).toString();
    r.csrfToken = q.value(7).toString();
    r.browserBinding = q.value(8).toString();
    r.userId = q.value(9).toString();
    r.stage = stageFromName(q.value(10).toString());
    r.expiresAtMs = q.value(11).toLongLong();
    r.signInMethod = q.value(12).toString();
    return r;
}

void AuthorizationStore::updateRequest(const AuthorizationRequest &r)
{
    m_db.exec(
        QStringLiteral("UPDATE authorization_requests SET user_id = ?, stage = ?, csrf_token = ?, "
                       "scope = ?, sign_in_method = ? WHERE id = ?"),
        {r.userId.isEmpty() ? QVariant() : QVariant(r.userId), stageName(r.stage), r.csrfToken,
         r.scope, textOrNull(r.signInMethod), r.id});
}

void AuthorizationStore::deleteRequest(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM authorization_requests WHERE id = ?"), {id});
}

void AuthorizationStore::deleteExpiredRequests(qint64 nowMs)
{
    m_db.exec(QStringLiteral("DELETE FROM authorization_requests WHERE expires_at < ?"), {nowMs});
}

void AuthorizationStore::insertCode(const AuthorizationCode &c)
{
    m_db.exec(QStringLiteral(
                  "INSERT INTO authorization_codes (code_hash, client_id, user_id, redirect_uri, "
                  "scope, code_challenge, device_name, expires_at, sign_in_method) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {c.codeHash, c.clientId, c.userId, c.redirectUri, c.scope, c.codeChallenge,
               c.deviceName, c.expiresAtMs, c.signInMethod});
}

std::optional<AuthorizationCode> AuthorizationStore::findCode(const QString &codeHash)
{
    auto &q =
        m_db.exec(QStringLiteral("SELECT code_hash, client_id, user_id, redirect_uri, scope, "
                                 "code_challenge, device_name, expires_at, used_at, session_id, "
                                 "sign_in_method FROM authorization_codes WHERE code_hash = ?"),
                  {codeHash});
    if (!q.next())
        return std::nullopt;
    AuthorizationCode c;
    c.codeHash = q.value(0).toString();
    c.clientId = q.value(1).toString();
    c.userId = q.value(2).toString();
    c.redirectUri = q.value(3).toString();
    c.scope = q.value(4).toString();
    c.codeChallenge = q.value(5).toString();
    c.deviceName = q.value(6).toString();
    c.expiresAtMs = q.value(7).toLongLong();
    c.usedAtMs = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    c.sessionId = q.value(9).toString();
    c.signInMethod = q.value(10).toString();
    return c;
}

bool AuthorizationStore::markCodeUsed(const QString &codeHash, qint64 nowMs)
{
    auto &q = m_db.exec(QStringLiteral("UPDATE authorization_codes SET used_at = ? "
                                       "WHERE code_hash = ? AND used_at IS NULL"),
                        {nowMs, codeHash});
    return q.numRowsAffected() == 1;
}

void AuthorizationStore::attachSession(const QString &codeHash, const QString &sessionId)
{
    m_db.exec(QStringLiteral("UPDATE authorization_codes SET session_id = ? WHERE code_hash = ?"),
              {sessionId, codeHash});
}
