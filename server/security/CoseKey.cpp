#include "CoseKey.h"

#include <cbor.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace {

// COSE key map labels and values (RFC 9052 section 7, RFC 9053).
constexpr int LabelKty = 1;
constexpr int LabelAlg = 3;
constexpr int LabelCrv = -1; // EC2 and OKP keys
constexpr int LabelX = -2;
constexpr int LabelY = -3;
constexpr int LabelN = -1; // RSA keys (RFC 8230 section 4)
constexpr int LabelE = -2;
constexpr int KtyOkp = 1;
constexpr int KtyEc2 = 2;
constexpr int KtyRsa = 3;
// RS256 below 2048 bits is refused (NIST SP 800-131A; what WebAuthn authenticators make); the
// upper bound keeps a hostile key from making each verification expensive.
constexpr int RsaMinBits = 2048;
constexpr int RsaMaxBits = 16384;
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

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

// The DER SubjectPublicKeyInfo of the RSA key (n, e: unsigned big-endian), empty when its
// exponent is outside 65537..2^256, OpenSSL does not take it as a public key (an even modulus,
// an even exponent, small factors: EVP_PKEY_public_check) or its size is outside the bounds
// above.
QByteArray rsaSubjectPublicKeyInfo(const QByteArray &n, const QByteArray &e)
{
    if (n.isEmpty() || e.isEmpty() || n.size() > RsaMaxBits / 8 + 1)
        return {};
    std::unique_ptr<BIGNUM, decltype(&BN_free)> modulus(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr),
        &BN_free);
    std::unique_ptr<BIGNUM, decltype(&BN_free)> exponent(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr),
        &BN_free);
    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> builder(OSSL_PARAM_BLD_new(),
                                                                            &OSSL_PARAM_BLD_free);
    // An exponent from 65537 to 2^256 (SP 800-56B 6.4.1.1): what authenticators use; OpenSSL's
    // check below takes any odd one above 1.
    if (!exponent || BN_num_bits(exponent.get()) > 256 ||
        (BN_num_bits(exponent.get()) <= 32 && BN_get_word(exponent.get()) < 65537))
        return {};
    if (!modulus || !builder ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get()) != 1)
        return {};
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(
        OSSL_PARAM_BLD_to_param(builder.get()), &OSSL_PARAM_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> fromData(
        EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *made = nullptr;
    if (!params || !fromData || EVP_PKEY_fromdata_init(fromData.get()) != 1 ||
        EVP_PKEY_fromdata(fromData.get(), &made, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    PkeyPtr pkey(made, &EVP_PKEY_free);
    const int bits = EVP_PKEY_get_bits(pkey.get()); // of n without its leading zero bytes
    if (bits < RsaMinBits || bits > RsaMaxBits)
        return {};
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> check(
        EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr), &EVP_PKEY_CTX_free);
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(pkey.get(), &der);
    if (length <= 0)
        return {};
    QByteArray info(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return info;
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

    // The labels below 0 mean different things per key type (crv or n, x or e): each is read
    // as what its key type makes of it.
    std::optional<qint64> kty, alg, crv;
    QByteArray x, y, n, e;
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
        case LabelCrv: // == LabelN
            crv = integerOf(pairs[i].value);
            n = bytesOf(pairs[i].value);
            break;
        case LabelX: // == LabelE
            x = bytesOf(pairs[i].value);
            e = x;
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
    } else if (kty == KtyRsa && alg == int(Algorithm::RS256)) {
        key.m_algorithm = Algorithm::RS256;
        key.m_subjectPublicKeyInfo = rsaSubjectPublicKeyInfo(n, e);
        if (key.m_subjectPublicKeyInfo.isEmpty())
            return std::nullopt;
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
    PkeyPtr pkey(d2i_PUBKEY(nullptr, &der, long(m_subjectPublicKeyInfo.size())), &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    if (!pkey || !context)
        return false;
    // Ed25519 hashes internally and takes no digest; ES256 is ECDSA over SHA-256, RS256
    // RSASSA-PKCS1-v1_5 over SHA-256 (RFC 8812 section 2).
    const EVP_MD *digest = m_algorithm == Algorithm::EdDSA ? nullptr : EVP_sha256();
    EVP_PKEY_CTX *keyContext = nullptr; // owned by `context`
    if (EVP_DigestVerifyInit(context.get(), &keyContext, digest, nullptr, pkey.get()) != 1)
        return false;
    // PKCS#1 v1.5 is OpenSSL's default for RSA; said here so no default can turn it into PSS.
    if (m_algorithm == Algorithm::RS256 &&
        EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) != 1)
        return false;
    return EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size())) == 1;
}
