#include "Pkce.h"

#include "RandomText.h"

#include <QCryptographicHash>

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

PkcePair PkcePair::generate()
{
    PkcePair pair;
    pair.verifier = randomBase64Url(32);
    pair.challenge = challengeFor(pair.verifier);
    return pair;
}

QString PkcePair::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}
