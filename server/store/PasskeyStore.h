#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class Database;

// A WebAuthn credential registered to an account (docs/api.md 12.11).
struct Passkey
{
    QString id; // ours, for the API
    QString userId;
    QByteArray credentialId; // the authenticator's
    QByteArray publicKey;    // COSE, as registered (CoseKey::parse)
    quint32 signCount = 0;
    QString name;
    qint64 createdAtMs = 0;
    qint64 lastUsedAtMs = 0; // 0: never used to sign in
};

// Table webauthn_credentials (migration 14).
class PasskeyStore
{
public:
    explicit PasskeyStore(Database &db);

    // False when the credential id is registered already (to this or another account).
    bool insert(const Passkey &passkey);
    std::optional<Passkey> findByCredentialId(const QByteArray &credentialId);
    QList<Passkey> listForUser(const QString &userId);
    // Removes the account's passkey with this id and returns it; nullopt when the account has
    // none with that id (another account's answers the same).
    std::optional<Passkey> remove(const QString &userId, const QString &id);
    // Stores a sign-in's new counter, only while the counter is still `seenSignCount` (compare
    // and set): false when another sign-in with the same passkey got there first.
    bool recordUse(const QString &id, quint32 seenSignCount, quint32 newSignCount, qint64 nowMs);

private:
    Database &m_db;
};
