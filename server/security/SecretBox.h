#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <stdexcept>

// The server's key for secrets it must read back (TOTP secrets) and for keyed hashes of secrets
// it only compares (backup codes). One 32-byte key in <data-dir>/secret.key: a copy of the
// database alone reveals neither. Encryption is libsodium's crypto_secretbox (XSalsa20-Poly1305);
// the hashing key is derived from the file's key with crypto_kdf, so the two uses never share one.
class SecretBox
{
public:
    static constexpr int KeyBytes = 32;
    static constexpr auto KeyFileName = "secret.key";

    // The key file cannot be created, read, or has the wrong size. Its message names the file.
    class KeyError : public std::runtime_error
    {
    public:
        using std::runtime_error::runtime_error;
    };

    // Reads <dataDir>/secret.key, or creates it (mode 0600, random key) on first start.
    static SecretBox loadOrCreate(const QString &dataDir);

    // `key` must be KeyBytes long; for tests.
    explicit SecretBox(const QByteArray &key);
    ~SecretBox();
    SecretBox(const SecretBox &other) = default;
    SecretBox &operator=(const SecretBox &other) = default;

    // Nonce followed by the authenticated ciphertext.
    QByteArray seal(const QByteArray &plaintext) const;
    // nullopt when `sealed` was not made with this key or was changed in any byte.
    std::optional<QByteArray> open(const QByteArray &sealed) const;
    // Keyed BLAKE2b, 32 bytes: the same input always gives the same hash under this key.
    QByteArray keyedHash(const QByteArray &data) const;

private:
    std::array<unsigned char, KeyBytes> m_key{};
    std::array<unsigned char, KeyBytes> m_hashKey{};
};
