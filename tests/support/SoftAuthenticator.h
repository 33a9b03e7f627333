#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// A WebAuthn authenticator in software for tests: a P-256 key (or an RSA one, for RS256) made
// with OpenSSL, and the bytes
// a browser would send back from navigator.credentials.create() and .get() (attestation
// "none", CBOR written out by hand so the server's libcbor reading is checked against an
// independent writer). Its fields are what the tests bend: the origin and RP id it puts in,
// its counter, the user-verified flag.
class SoftAuthenticator
{
public:
    enum class KeyType { ES256, RS256 };

    // `rsaBits`: the modulus size of an RS256 key (the tests make too short ones too).
    SoftAuthenticator(QString origin, QString rpId, KeyType keyType = KeyType::ES256,
                      int rsaBits = 2048);
    ~SoftAuthenticator();
    SoftAuthenticator(const SoftAuthenticator &) = delete;
    SoftAuthenticator &operator=(const SoftAuthenticator &) = delete;

    QString origin;
    QString rpId;
    quint32 signCount = 0; // the next assertion sends this plus one
    bool userVerified = true;
    QByteArray credentialId;
    QByteArray userHandle; // remembered from create(), sent back by get()

    struct Created
    {
        QByteArray clientDataJson;
        QByteArray attestationObject;
    };
    Created create(const QByteArray &challenge, const QByteArray &userHandleToKeep);

    struct Asserted
    {
        QByteArray clientDataJson;
        QByteArray authenticatorData;
        QByteArray signature;
    };
    // Counts up first, as an authenticator does.
    Asserted get(const QByteArray &challenge, const QString &type = QStringLiteral("webauthn.get"));

    // The COSE key (what the attested credential data carries).
    QByteArray coseKey() const;

    static QByteArray base64Url(const QByteArray &bytes);
    static QByteArray fromBase64Url(const QString &text);

private:
    QByteArray clientData(const QString &type, const QByteArray &challenge) const;
    QByteArray authenticatorData(bool withCredential) const;
    QByteArray sign(const QByteArray &data) const;

    struct Key;
    KeyType m_keyType;
    std::unique_ptr<Key> m_key;
};
