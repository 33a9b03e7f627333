#include "WebAuthnChallengeStore.h"

#include "Database.h"
#include "Ids.h"
#include "security/Crypto.h"

#include <QSqlQuery>

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

WebAuthnChallengeStore::WebAuthnChallengeStore(Database &db)
    : m_db(db)
{}

WebAuthnChallenge WebAuthnChallengeStore::issue(const QString &purpose, const QString &userId,
                                                const QString &requestId, qint64 expiresAtMs,
                                                qint64 nowMs, const QString &id)
{
    WebAuthnChallenge c;
    c.id = id.isEmpty() ? Ids::make() : id;
    c.purpose = purpose;
    c.challenge = Crypto::randomBytes(32);
    c.userId = userId;
    c.requestId = requestId;
    c.expiresAtMs = expiresAtMs;
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("DELETE FROM webauthn_challenges WHERE expires_at < ?"), {nowMs});
        m_db.exec(QStringLiteral("INSERT INTO webauthn_challenges (id, purpose, challenge, "
                                 "user_id, request_id, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {c.id, purpose, QString::fromLatin1(Crypto::base64Url(c.challenge)),
                   textOrNull(userId), textOrNull(requestId), expiresAtMs});
    });
    return c;
}

std::optional<WebAuthnChallenge> WebAuthnChallengeStore::peek(const QString &id,
                                                              const QString &purpose, qint64 nowMs)
{
    auto &q = m_db.exec(QStringLiteral("SELECT challenge, user_id, request_id, expires_at FROM "
                                       "webauthn_challenges WHERE id = ? AND purpose = ?"),
                        {id, purpose});
    if (!q.next())
        return std::nullopt;
    WebAuthnChallenge c;
    c.id = id;
    c.purpose = purpose;
    c.challenge =
        QByteArray::fromBase64(q.value(0).toString().toLatin1(), QByteArray::Base64UrlEncoding);
    c.userId = q.value(1).toString();
    c.requestId = q.value(2).toString();
    c.expiresAtMs = q.value(3).toLongLong();
    if (c.expiresAtMs < nowMs)
        return std::nullopt;
    return c;
}

std::optional<WebAuthnChallenge> WebAuthnChallengeStore::take(const QString &id,
                                                              const QString &purpose, qint64 nowMs)
{
    return m_db.transaction([&]() -> std::optional<WebAuthnChallenge> {
        auto found = peek(id, purpose, nowMs);
        // The DELETE decides: of two instances taking the same challenge, one deletes the row.
        auto &q = m_db.exec(
            QStringLiteral("DELETE FROM webauthn_challenges WHERE id = ? AND purpose = ?"),
            {id, purpose});
        if (q.numRowsAffected() != 1)
            return std::nullopt;
        return found;
    });
}
