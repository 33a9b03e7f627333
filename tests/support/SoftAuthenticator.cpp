#include "SoftAuthenticator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

struct SoftAuthenticator::Key
{
    EVP_PKEY *pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace {

// A CBOR head (RFC 8949 section 3): major type and length, in the shortest form.
QByteArray head(int major, quint64 length)
{
    QByteArray out;
    const char type = char(major << 5);
    if (length < 24) {
        out.append(char(type | char(length)));
    } else if (length < 0x100) {
        out.append(char(type | 24)).append(char(length));
    } else if (length < 0x10000) {
        out.append(char(type | 25)).append(char(length >> 8)).append(char(length & 0xff));
    } else {
        qFatal("SoftAuthenticator writes no CBOR item of 64 KiB or more");
    }
    return out;
}

QByteArray cborText(const char *text)
{
    const QByteArray bytes(text);
    return head(3, quint64(bytes.size())) + bytes;
}

QByteArray cborBytes(const QByteArray &bytes)
{
    return head(2, quint64(bytes.size())) + bytes;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out;
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8));
    out.append(char(value));
    return out;
}

// An unsigned big-endian number parameter of the key, as COSE carries it.
QByteArray bigNumberParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *number = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &number) != 1)
        qFatal("OpenSSL could not give the key's %s", name);
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(number);
    return bytes;
}

} // namespace

SoftAuthenticator::SoftAuthenticator(QString origin_, QString rpId_, KeyType keyType, int rsaBits)
    : origin(std::move(origin_))
    , rpId(std::move(rpId_))
    , m_keyType(keyType)
    , m_key(std::make_unique<Key>())
{
    m_key->pkey = keyType == KeyType::RS256 ? EVP_RSA_gen(unsigned(rsaBits)) : EVP_EC_gen("P-256");
    if (!m_key->pkey)
        qFatal("OpenSSL could not make the authenticator's key");
    credentialId = QCryptographicHash::hash(
        QByteArray(QByteArray::number(qint64(this)) + coseKey()), QCryptographicHash::Sha256);
}

SoftAuthenticator::~SoftAuthenticator() = default;

QByteArray SoftAuthenticator::base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SoftAuthenticator::fromBase64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SoftAuthenticator::coseKey() const
{
    if (m_keyType == KeyType::RS256) {
        // {1: 3 (RSA), 3: -257 (RS256), -1: n, -2: e}
        return head(5, 4) + QByteArray::fromHex("0103") + QByteArray::fromHex("03390100") +
               QByteArray::fromHex("20") +
               cborBytes(bigNumberParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_N)) +
               QByteArray::fromHex("21") +
               cborBytes(bigNumberParam(m_key->pkey, OSSL_PKEY_PARAM_RSA_E));
    }
    unsigned char point[65];
    size_t length = 0;
    if (EVP_PKEY_get_octet_string_param(m_key->pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point,
                                        sizeof point, &length) != 1 ||
        length != 65)
        qFatal("OpenSSL could not give the public key");
    const QByteArray x(reinterpret_cast<const char *>(point + 1), 32);
    const QByteArray y(reinterpret_cast<const char *>(point + 33), 32);
    // {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}
    return head(5, 5) + QByteArray::fromHex("0102") + QByteArray::fromHex("0326") +
           QByteArray::fromHex("2001") + QByteArray::fromHex("21") + cborBytes(x) +
           QByteArray::fromHex("22") + cborBytes(y);
}

QByteArray SoftAuthenticator::clientData(const QString &type, const QByteArray &challenge) const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("challenge"), QString::fromLatin1(base64Url(challenge))},
                           {QStringLiteral("origin"), origin},
                           {QStringLiteral("crossOrigin"), false}})
        .toJson(QJsonDocument::Compact);
}

QByteArray SoftAuthenticator::authenticatorData(bool withCredential) const
{
    QByteArray data = QCryptographicHash::hash(rpId.toUtf8(), QCryptographicHash::Sha256);
    char flags = 0x01; // UP
    if (userVerified)
        flags |= 0x04;
    if (withCredential)
        flags |= 0x40;
    data.append(flags);
    data.append(bigEndian32(signCount));
    if (withCredential) {
        data.append(QByteArray(16, '\0')); // AAGUID: none
        data.append(char(credentialId.size() >> 8)).append(char(credentialId.size() & 0xff));
        data.append(credentialId);
        data.append(coseKey());
    }
    return data;
}

QByteArray SoftAuthenticator::sign(const QByteArray &data) const
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(context, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(context, nullptr, &length,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(data.constData()),
                           size_t(data.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(context);
    if (signature.isEmpty())
        qFatal("OpenSSL could not sign");
    return signature;
}

SoftAuthenticator::Created SoftAuthenticator::create(const QByteArray &challenge,
                                                     const QByteArray &userHandleToKeep)
{
    userHandle = userHandleToKeep;
    Created created;
    created.clientDataJson = clientData(QStringLiteral("webauthn.create"), challenge);
    // {"fmt": "none", "attStmt": {}, "authData": bytes}
    created.attestationObject = head(5, 3) + cborText("fmt") + cborText("none") +
                                cborText("attStmt") + head(5, 0) + cborText("authData") +
                                cborBytes(authenticatorData(true));
    return created;
}

SoftAuthenticator::Asserted SoftAuthenticator::get(const QByteArray &challenge, const QString &type)
{
    ++signCount;
    Asserted asserted;
    asserted.clientDataJson = clientData(type, challenge);
    asserted.authenticatorData = authenticatorData(false);
    asserted.signature =
        sign(asserted.authenticatorData +
             QCryptographicHash::hash(asserted.clientDataJson, QCryptographicHash::Sha256));
    return asserted;
}
