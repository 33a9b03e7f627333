#include "CoseKey.h"

#include <cbor.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace {

// COSE key map labels and values (RFC 9052 section 7, RFC 9053).
constexpr int LabelKty = 1;
constexpr int LabelAlg = 3;
constexpr int LabelCrv = -1;
constexpr int LabelX = -2;
constexpr int LabelY = -3;
constexpr int KtyOkp = 1;
constexpr int KtyEc2 = 2;
constexpr int CrvP256 = 1;
constexpr int CrvEd25519 = 6;

struct CborFree
{
    void operator()(cbor_item_t *item) const { cbor_decref(&item); }
};
using CborItem = std::unique_ptr<cbor_item_t, CborFree>;

// An integer map key or value as a signed number; nullopt for anything else.
std::optional<qint64> integerOf(const cbor_item_t *item)
{
    if (cbor_isa_uint(item))
        return qint64(cbor_get_int(item));
    if (cbor_isa_negint(item))
        return -1 - qint64(cbor_get_int(item));
    return std::nullopt;
}

QByteArray bytesOf(const cbor_item_t *item)
{
    if (!cbor_isa_bytestring(item) || !cbor_bytestring_is_definite(item))
        return {};
    return QByteArray(reinterpret_cast<const char *>(cbor_bytestring_handle(item)),
                      qsizetype(cbor_bytestring_length(item)));
}

// The DER SubjectPublicKeyInfo headers of the two key types: what follows is the key itself
// (0x04 || x || y for P-256, the 32 bytes for Ed25519).
QByteArray p256Prefix()
{
    return QByteArray::fromHex("3059301306072a8648ce3d020106082a8648ce3d030107034200");
}

QByteArray ed25519Prefix()
{
    return QByteArray::fromHex("302a300506032b6570032100");
}

} // namespace

std::optional<CoseKey> CoseKey::parse(const QByteArray &cbor, qsizetype *consumed)
{
    cbor_load_result result{};
    CborItem map(
        cbor_load(reinterpret_cast<cbor_data>(cbor.constData()), size_t(cbor.size()), &result));
    if (!map || result.error.code != CBOR_ERR_NONE || !cbor_isa_map(map.get()) ||
        !cbor_map_is_definite(map.get()))
        return std::nullopt;

    std::optional<qint64> kty, alg, crv;
    QByteArray x, y;
    const cbor_pair *pairs = cbor_map_handle(map.get());
    for (size_t i = 0; i < cbor_map_size(map.get()); ++i) {
        const auto label = integerOf(pairs[i].key);
        if (!label)
            continue;
        switch (*label) {
        case LabelKty:
            kty = integerOf(pairs[i].value);
            break;
        case LabelAlg:
            alg = integerOf(pairs[i].value);
            break;
        case LabelCrv:
            crv = integerOf(pairs[i].value);
            break;
        case LabelX:
            x = bytesOf(pairs[i].value);
            break;
        case LabelY:
            y = bytesOf(pairs[i].value);
            break;
        default:
            break;
        }
    }

    CoseKey key;
    if (kty == KtyEc2 && alg == int(Algorithm::ES256) && crv == CrvP256 && x.size() == 32 &&
        y.size() == 32) {
        key.m_algorithm = Algorithm::ES256;
        key.m_subjectPublicKeyInfo = p256Prefix();
        key.m_subjectPublicKeyInfo.append(char(0x04)).append(x).append(y);
    } else if (kty == KtyOkp && alg == int(Algorithm::EdDSA) && crv == CrvEd25519 &&
               x.size() == 32) {
        key.m_algorithm = Algorithm::EdDSA;
        key.m_subjectPublicKeyInfo = ed25519Prefix();
        key.m_subjectPublicKeyInfo.append(x);
    } else {
        return std::nullopt;
    }
    // OpenSSL checks that the point is on the curve; a key it cannot read is no key.
    const auto *der =
        reinterpret_cast<const unsigned char *>(key.m_subjectPublicKeyInfo.constData());
    EVP_PKEY *pkey = d2i_PUBKEY(nullptr, &der, long(key.m_subjectPublicKeyInfo.size()));
    if (!pkey)
        return std::nullopt;
    EVP_PKEY_free(pkey);
    key.m_encoded = cbor.left(qsizetype(result.read));
    if (consumed)
        *consumed = qsizetype(result.read);
    return key;
}

bool CoseKey::verify(const QByteArray &data, const QByteArray &signature) const
{
    const auto *der = reinterpret_cast<const unsigned char *>(m_subjectPublicKeyInfo.constData());
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        d2i_PUBKEY(nullptr, &der, long(m_subjectPublicKeyInfo.size())), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    if (!pkey || !context)
        return false;
    // Ed25519 hashes internally and takes no digest; ES256 is ECDSA over SHA-256.
    const EVP_MD *digest = m_algorithm == Algorithm::ES256 ? EVP_sha256() : nullptr;
    if (EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, pkey.get()) != 1)
        return false;
    return EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size())) == 1;
}
