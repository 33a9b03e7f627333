#pragma once

#include <QByteArray>
#include <QString>

// Argon2id through libsodium's crypto_pwhash_str, which encodes algorithm, parameters and
// salt in the stored string, so parameters can be raised later without a migration.
class PasswordHasher
{
public:
    enum class Cost { Interactive, Moderate };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    QString hash(const QString &password) const;
    bool verify(const QString &password, const QString &storedHash) const;
    // True when `storedHash` was made with other parameters (or another algorithm) than this
    // hasher's, so it should be replaced by hash() at the next successful sign-in.
    bool needsRehash(const QString &storedHash) const;
    // Spends the same time as verify() for unknown accounts, so timing does not reveal them.
    void burnVerifyTime(const QString &password) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};
