#pragma once

#include <QString>

// RFC 7636 Proof Key for Code Exchange, S256 only ("plain" is refused by the server).
namespace Pkce {
// 43..128 characters of [A-Z a-z 0-9 - . _ ~] (RFC 7636 section 4.1).
bool isValidVerifier(const QString &verifier);
// A challenge is a base64url SHA-256: exactly 43 characters of the base64url alphabet.
bool isValidChallenge(const QString &challenge);
QString challengeFor(const QString &verifier); // BASE64URL(SHA256(ASCII(verifier)))
bool verify(const QString &verifier, const QString &challenge);
} // namespace Pkce
