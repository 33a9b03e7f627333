#include "PasswordHasher.h"

#include "Crypto.h"

#include <sodium.h>

#include <stdexcept>

PasswordHasher::PasswordHasher(Cost cost)
    : m_opsLimit(cost == Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                        : crypto_pwhash_OPSLIMIT_INTERACTIVE)
    , m_memLimit(cost == Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                        : crypto_pwhash_MEMLIMIT_INTERACTIVE)
{
    Crypto::initialize();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              m_opsLimit, m_memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("Argon2id hashing ran out of memory");
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &storedHash) const
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return true;
    // 0: same algorithm and parameters; 1: other parameters; -1: not an Argon2id string.
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, m_memLimit) != 0;
}

void PasswordHasher::burnVerifyTime(const QString &password) const
{
    // A hash made with the same parameters; verifying against it costs what a real check does.
    static const QString dummy = PasswordHasher().hash(QStringLiteral("tasklane-dummy"));
    (void)verify(password, dummy);
}
