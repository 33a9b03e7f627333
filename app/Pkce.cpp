#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

PkcePair PkcePair::generate()
{
    // QRandomGenerator::system() is the operating system's CSPRNG.
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(random.data()),
        reinterpret_cast<quint32 *>(random.data() + random.size()));
    PkcePair pair;
    pair.verifier = QString::fromLatin1(base64Url(random));
    pair.challenge = challengeFor(pair.verifier);
    return pair;
}

QString PkcePair::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}
