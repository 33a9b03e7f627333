#include "Pkce.h"

#include "Crypto.h"

#include <QRegularExpression>

namespace Pkce {

bool isValidVerifier(const QString &verifier)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return pattern.match(verifier).hasMatch();
}

bool isValidChallenge(const QString &challenge)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-_]{43}$"));
    return pattern.match(challenge).hasMatch();
}

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(Crypto::base64Url(Crypto::sha256(verifier.toLatin1())));
}

bool verify(const QString &verifier, const QString &challenge)
{
    if (!isValidVerifier(verifier))
        return false;
    return Crypto::constantTimeEquals(challengeFor(verifier).toLatin1(), challenge.toLatin1());
}

} // namespace Pkce
