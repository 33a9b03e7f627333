#pragma once

#include "CoseKey.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The relying party's checks of WebAuthn Level 2 (sections 7.1 and 7.2) on what the browser
// sends back from navigator.credentials.create() and .get(). Pure functions of their input, so
// they are unit tested with fixed vectors; the endpoints look up challenges and credentials
// and store the results.
namespace WebAuthn {

// What the server expects of a ceremony it started.
struct Expectation
{
    QByteArray challenge;          // the raw bytes the server handed out
    QString origin;                // e.g. "http://localhost:8080": the issuer's origin
    QString rpId;                  // e.g. "localhost": the issuer's host
    bool userVerification = false; // UV flag required (passwordless sign-in)
};

// Why a ceremony was refused. Each is checked and named, so the log and the tests can tell
// them apart.
enum class Failure {
    None,
    MalformedClientData,
    WrongType,
    WrongChallenge,
    WrongOrigin,
    MalformedAuthenticatorData,
    WrongRpIdHash,
    UserNotPresent,
    UserNotVerified,
    UnsupportedAttestation,
    UnsupportedKey,
    BadSignature,
    CounterWentBackwards,
};
// A short English name for the security log ("wrong_origin", ...).
QString failureName(Failure failure);

// The fixed part of authenticator data (section 6.1), and the credential when it has one.
struct AuthenticatorData
{
    QByteArray rpIdHash;
    quint8 flags = 0;
    quint32 signCount = 0;
    QByteArray credentialId;          // registration only
    std::optional<CoseKey> publicKey; // registration only; empty when CoseKey refused it

    bool userPresent() const { return flags & 0x01; }
    bool userVerified() const { return flags & 0x04; }
    bool hasCredential() const { return flags & 0x40; }
};
std::optional<AuthenticatorData> parseAuthenticatorData(const QByteArray &bytes);

struct Registration
{
    Failure failure = Failure::None;
    QByteArray credentialId;
    CoseKey publicKey;
    quint32 signCount = 0;
    bool userVerified = false;
};
// A navigator.credentials.create() answer: clientDataJSON and attestationObject as sent.
// Attestation "none" only: the server asks for none and trusts no authenticator vendor.
Registration verifyRegistration(const QByteArray &clientDataJson,
                                const QByteArray &attestationObject, const Expectation &expected);

struct Assertion
{
    Failure failure = Failure::None;
    quint32 signCount = 0; // the authenticator's counter (to be stored when accepted)
    bool userVerified = false;
};
// A navigator.credentials.get() answer for the credential with `publicKey`, whose counter was
// `storedSignCount`. A counter that does not grow (while either is not zero) means a cloned
// authenticator: CounterWentBackwards.
Assertion verifyAssertion(const QByteArray &clientDataJson, const QByteArray &authenticatorData,
                          const QByteArray &signature, const CoseKey &publicKey,
                          quint32 storedSignCount, const Expectation &expected);

// The RP id for an issuer URL: its host; empty when the host is an IP address, which WebAuthn
// refuses as an RP id.
QString rpIdForIssuer(const QString &issuer);
QString originOfIssuer(const QString &issuer);

} // namespace WebAuthn
