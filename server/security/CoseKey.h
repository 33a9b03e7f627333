#pragma once

#include <QByteArray>

#include <optional>

// A credential public key in COSE form (RFC 9053), as an authenticator hands it out at
// registration, read with libcbor and checked with OpenSSL. Only the algorithms WebAuthn
// authenticators use in practice: ES256 (P-256), EdDSA (Ed25519) and RS256 (RSA of 2048 bits or
// more, PKCS#1 v1.5 with SHA-256: Windows Hello and some security keys).
class CoseKey
{
public:
    enum class Algorithm { ES256 = -7, EdDSA = -8, RS256 = -257 };

    // The key encoded at the start of `cbor`; nullopt when it is not a well-formed key of a
    // supported algorithm. `consumed`, when given, receives how many bytes the key took.
    static std::optional<CoseKey> parse(const QByteArray &cbor, qsizetype *consumed = nullptr);

    Algorithm algorithm() const { return m_algorithm; }
    // The key as it was encoded, for storage; parse() reads it back.
    QByteArray encoded() const { return m_encoded; }

    // Whether `signature` (DER for ES256, raw 64 bytes for EdDSA, the modulus' size for RS256)
    // signs `data` with this key.
    bool verify(const QByteArray &data, const QByteArray &signature) const;

private:
    Algorithm m_algorithm = Algorithm::ES256;
    QByteArray m_encoded;
    QByteArray m_subjectPublicKeyInfo; // DER, what OpenSSL reads
};
