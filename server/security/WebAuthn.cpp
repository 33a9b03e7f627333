#include "WebAuthn.h"

#include "Crypto.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cbor.h>

#include <memory>

namespace WebAuthn {

namespace {

constexpr quint8 FlagUserPresent = 0x01;
constexpr quint8 FlagUserVerified = 0x04;

struct CborFree
{
    void operator()(cbor_item_t *item) const { cbor_decref(&item); }
};
using CborItem = std::unique_ptr<cbor_item_t, CborFree>;

QString textOf(const cbor_item_t *item)
{
    if (!cbor_isa_string(item) || !cbor_string_is_definite(item))
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(cbor_string_handle(item)),
                             qsizetype(cbor_string_length(item)));
}

QByteArray bytesOf(const cbor_item_t *item)
{
    if (!cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item))
        return {};
    return QByteArray(reinterpret_cast<const char *>(cbor_bytestring_handle(item)),
                      qsizetype(cbor_bytestring_length(item)));
}

// Section 7.1 steps 7-10 / 7.2 steps 11-14: the client data names the ceremony, our
// challenge and our origin.
Failure checkClientData(const QByteArray &json, const QString &type, const Expectation &expected)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Failure::MalformedClientData;
    const QJsonObject data = document.object();
    if (data.value(QStringLiteral("type")).toString() != type)
        return Failure::WrongType;
    const QByteArray challenge = data.value(QStringLiteral("challenge")).toString().toLatin1();
    if (challenge.isEmpty() ||
        !Crypto::constantTimeEquals(challenge, Crypto::base64Url(expected.challenge)))
        return Failure::WrongChallenge;
    // A ceremony run inside another site's frame is not ours, whatever its origin says.
    if (data.value(QStringLiteral("origin")).toString() != expected.origin ||
        data.value(QStringLiteral("crossOrigin")).toBool(false))
        return Failure::WrongOrigin;
    return Failure::None;
}

Failure checkFlags(const AuthenticatorData &data, const Expectation &expected)
{
    if (!Crypto::constantTimeEquals(data.rpIdHash, Crypto::sha256(expected.rpId.toUtf8())))
        return Failure::WrongRpIdHash;
    if (!(data.flags & FlagUserPresent))
        return Failure::UserNotPresent;
    if (expected.userVerification && !(data.flags & FlagUserVerified))
        return Failure::UserNotVerified;
    return Failure::None;
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
           (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

} // namespace

QString failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("none");
    case Failure::MalformedClientData:
        return QStringLiteral("malformed_client_data");
    case Failure::WrongType:
        return QStringLiteral("wrong_type");
    case Failure::WrongChallenge:
        return QStringLiteral("wrong_challenge");
    case Failure::WrongOrigin:
        return QStringLiteral("wrong_origin");
    case Failure::MalformedAuthenticatorData:
        return QStringLiteral("malformed_authenticator_data");
    case Failure::WrongRpIdHash:
        return QStringLiteral("wrong_rp_id_hash");
    case Failure::UserNotPresent:
        return QStringLiteral("user_not_present");
    case Failure::UserNotVerified:
        return QStringLiteral("user_not_verified");
    case Failure::UnsupportedAttestation:
        return QStringLiteral("unsupported_attestation");
    case Failure::UnsupportedKey:
        return QStringLiteral("unsupported_key");
    case Failure::BadSignature:
        return QStringLiteral("bad_signature");
    case Failure::CounterWentBackwards:
        return QStringLiteral("counter_went_backwards");
    }
    return QStringLiteral("unknown");
}

std::optional<AuthenticatorData> parseAuthenticatorData(const QByteArray &bytes)
{
    // rpIdHash (32) | flags (1) | signCount (4) [| aaguid (16) | idLength (2) | id | COSE key]
    constexpr qsizetype FixedSize = 37;
    if (bytes.size() < FixedSize)
        return std::nullopt;
    AuthenticatorData data;
    data.rpIdHash = bytes.left(32);
    data.flags = quint8(bytes[32]);
    data.signCount = bigEndian32(bytes, 33);
    if (!data.hasCredential())
        return data;
    qsizetype at = FixedSize + 16;
    if (bytes.size() < at + 2)
        return std::nullopt;
    const qsizetype idLength = (qsizetype(quint8(bytes[at])) << 8) | quint8(bytes[at + 1]);
    at += 2;
    if (idLength == 0 || idLength > 1023 || bytes.size() < at + idLength)
        return std::nullopt;
    data.credentialId = bytes.mid(at, idLength);
    at += idLength;
    // A key CoseKey does not take (another algorithm, an RSA modulus under 2048 bits) leaves
    // publicKey empty, so the registration can say it was the key.
    data.publicKey = CoseKey::parse(bytes.mid(at));
    return data;
}

Registration verifyRegistration(const QByteArray &clientDataJson,
                                const QByteArray &attestationObject, const Expectation &expected)
{
    Registration registration;
    registration.failure =
        checkClientData(clientDataJson, QStringLiteral("webauthn.create"), expected);
    if (registration.failure != Failure::None)
        return registration;

    cbor_load_result result{};
    CborItem object(cbor_load(reinterpret_cast<cbor_data>(attestationObject.constData()),
                              size_t(attestationObject.size()), &result));
    if (!object || result.error.code != CBOR_ERR_NONE || !cbor_isa_map(object.get()) ||
        !cbor_map_is_definite(object.get())) {
        registration.failure = Failure::MalformedAuthenticatorData;
        return registration;
    }
    QString format;
    QByteArray authData;
    const cbor_item_t *statement = nullptr;
    const cbor_pair *pairs = cbor_map_handle(object.get());
    for (size_t i = 0; i < cbor_map_size(object.get()); ++i) {
        const QString key = textOf(pairs[i].key);
        if (key == QLatin1String("fmt"))
            format = textOf(pairs[i].value);
        else if (key == QLatin1String("authData"))
            authData = bytesOf(pairs[i].value);
        else if (key == QLatin1String("attStmt"))
            statement = pairs[i].value;
    }
    if (format != QLatin1String("none") || !statement || !cbor_isa_map(statement) ||
        cbor_map_size(statement) != 0) {
        registration.failure = Failure::UnsupportedAttestation;
        return registration;
    }
    const auto data = parseAuthenticatorData(authData);
    if (!data || !data->hasCredential()) {
        registration.failure = Failure::MalformedAuthenticatorData;
        return registration;
    }
    if (!data->publicKey) {
        registration.failure = Failure::UnsupportedKey;
        return registration;
    }
    registration.failure = checkFlags(*data, expected);
    if (registration.failure != Failure::None)
        return registration;
    registration.credentialId = data->credentialId;
    registration.publicKey = *data->publicKey;
    registration.signCount = data->signCount;
    registration.userVerified = data->userVerified();
    return registration;
}

Assertion verifyAssertion(const QByteArray &clientDataJson, const QByteArray &authenticatorData,
                          const QByteArray &signature, const CoseKey &publicKey,
                          quint32 storedSignCount, const Expectation &expected)
{
    Assertion assertion;
    assertion.failure = checkClientData(clientDataJson, QStringLiteral("webauthn.get"), expected);
    if (assertion.failure != Failure::None)
        return assertion;
    const auto data = parseAuthenticatorData(authenticatorData);
    if (!data) {
        assertion.failure = Failure::MalformedAuthenticatorData;
        return assertion;
    }
    assertion.failure = checkFlags(*data, expected);
    if (assertion.failure != Failure::None)
        return assertion;
    // Section 7.2 step 20: the signature covers authenticatorData || SHA-256(clientDataJSON).
    QByteArray signedData = authenticatorData;
    signedData.append(Crypto::sha256(clientDataJson));
    if (!publicKey.verify(signedData, signature)) {
        assertion.failure = Failure::BadSignature;
        return assertion;
    }
    // Step 21: authenticators without a counter send 0 every time; any other must grow.
    assertion.signCount = data->signCount;
    if ((data->signCount != 0 || storedSignCount != 0) && data->signCount <= storedSignCount) {
        assertion.failure = Failure::CounterWentBackwards;
        return assertion;
    }
    assertion.userVerified = data->userVerified();
    return assertion;
}

QString rpIdForIssuer(const QString &issuer)
{
    const QString host = QUrl(issuer).host();
    if (host.isEmpty() || !QHostAddress(host).isNull())
        return {};
    return host;
}

QString originOfIssuer(const QString &issuer)
{
    return QUrl(issuer)
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

} // namespace WebAuthn
