#include "SecretBox.h"

#include "OwnerOnlyFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcSecretBox, "tasklane.server.security")

namespace {

// crypto_kdf contexts are 8 bytes; this one names what the derived keys are for.
constexpr char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "tlsecret";
constexpr quint64 BackupCodeHashKeyId = 1;

SecretBox::KeyError keyError(const QString &path, const QString &problem)
{
    return SecretBox::KeyError(
        QStringLiteral("the secret key file %1 %2").arg(path, problem).toStdString());
}

QByteArray readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw keyError(path, QStringLiteral("cannot be read: %1").arg(file.errorString()));
    const QByteArray key = file.read(SecretBox::KeyBytes + 1);
    if (key.size() != SecretBox::KeyBytes)
        throw keyError(path, QStringLiteral("must hold exactly %1 bytes").arg(SecretBox::KeyBytes));
    if (!OwnerOnlyFile::isOwnerOnly(path))
        qCWarning(lcSecretBox) << path
                               << "is readable by other users; make it readable by its owner only "
                                  "(chmod 0600)";
    return key;
}

} // namespace

SecretBox SecretBox::loadOrCreate(const QString &dataDir)
{
    static_assert(KeyBytes == crypto_secretbox_KEYBYTES && KeyBytes == crypto_kdf_KEYBYTES);
    QDir dir(dataDir);
    if (!OwnerOnlyFile::createDirectory(dataDir))
        throw keyError(dir.filePath(QLatin1String(KeyFileName)),
                       QStringLiteral("cannot be created: no directory"));
    const QString path = dir.filePath(QLatin1String(KeyFileName));
    if (QFile::exists(path))
        return SecretBox(readKey(path));

    // Written under a temporary name and renamed into place, which never replaces an existing
    // file: a half-written key is never read, and of two servers starting at once one key wins.
    QByteArray key(KeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), KeyBytes);
    QByteArray suffix(8, Qt::Uninitialized);
    randombytes_buf(suffix.data(), static_cast<size_t>(suffix.size()));
    const QString temporary = path + QLatin1Char('.') + QString::fromLatin1(suffix.toHex());
    QString error;
    if (!OwnerOnlyFile::createNew(temporary, key, &error)) {
        sodium_memzero(key.data(), static_cast<size_t>(key.size()));
        throw keyError(path, QStringLiteral("cannot be created: %1").arg(error));
    }
    const bool placed = QFile::rename(temporary, path);
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    if (!placed)
        QFile::remove(temporary);
    return SecretBox(readKey(path));
}

SecretBox::SecretBox(const QByteArray &key)
{
    if (key.size() != KeyBytes)
        throw KeyError("a secret box key must be 32 bytes");
    std::copy(key.begin(), key.end(), m_key.begin());
    crypto_kdf_derive_from_key(m_hashKey.data(), m_hashKey.size(), BackupCodeHashKeyId, KdfContext,
                               m_key.data());
}

SecretBox::~SecretBox()
{
    sodium_memzero(m_key.data(), m_key.size());
    sodium_memzero(m_hashKey.data(), m_hashKey.size());
}

QByteArray SecretBox::seal(const QByteArray &plaintext) const
{
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plaintext.size(),
                      Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plaintext.constData()),
                          static_cast<unsigned long long>(plaintext.size()), nonce, m_key.data());
    return sealed;
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed) const
{
    constexpr qsizetype Overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < Overhead)
        return std::nullopt;
    QByteArray plaintext(sealed.size() - Overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(
            reinterpret_cast<unsigned char *>(plaintext.data()),
            nonce + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(sealed.size() - crypto_secretbox_NONCEBYTES), nonce,
            m_key.data()) != 0)
        return std::nullopt;
    return plaintext;
}

QByteArray SecretBox::keyedHash(const QByteArray &data) const
{
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), hash.size(),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()), m_hashKey.data(),
                       m_hashKey.size());
    return hash;
}
