#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class Database;

// A challenge the server handed to a browser for one WebAuthn ceremony, or a passkey
// registration ticket. In the database (table webauthn_challenges, migration 14), so any
// server instance on it can finish what another started; taken once.
struct WebAuthnChallenge
{
    QString id;
    QString purpose; // WebAuthnChallengeStore::Purpose
    QByteArray challenge;
    QString userId;    // the account it is for; empty for a passwordless sign-in
    QString requestId; // the authorization request (sign-in) or the ticket (registration)
    qint64 expiresAtMs = 0;
};

class WebAuthnChallengeStore
{
public:
    // What a challenge is for: one purpose's challenge is never accepted for another.
    struct Purpose
    {
        static inline const QString SignIn = QStringLiteral("sign_in");
        static inline const QString SecondFactor = QStringLiteral("second_factor");
        static inline const QString Registration = QStringLiteral("registration");
        static inline const QString RegistrationTicket = QStringLiteral("registration_ticket");
    };

    explicit WebAuthnChallengeStore(Database &db);

    // Stores a new challenge of 32 random bytes and returns it with its id (`id` when given: a
    // registration ticket is found by the hash of the secret in its link). Deletes the expired
    // ones on the way.
    WebAuthnChallenge issue(const QString &purpose, const QString &userId, const QString &requestId,
                            qint64 expiresAtMs, qint64 nowMs, const QString &id = {});
    // Deletes and returns the challenge of this id and purpose; nullopt when there is none, it
    // was taken already (by this or another instance) or it has expired.
    std::optional<WebAuthnChallenge> take(const QString &id, const QString &purpose, qint64 nowMs);
    // Reads without taking (a registration ticket is read by the page and taken by the form).
    std::optional<WebAuthnChallenge> peek(const QString &id, const QString &purpose, qint64 nowMs);

private:
    Database &m_db;
};
