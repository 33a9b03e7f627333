#include "TokenFormat.h"

#include "Crypto.h"

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int AlphabetSize = 62;

constexpr TokenFormat::Kind AllKinds[] = {
    TokenFormat::Kind::AccessToken,       TokenFormat::Kind::RefreshToken,
    TokenFormat::Kind::AuthorizationCode, TokenFormat::Kind::PersonalAccessToken,
    TokenFormat::Kind::ClientSecret,
};

bool isBase62(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
}

} // namespace

QString TokenFormat::prefix(Kind kind)
{
    switch (kind) {
    case Kind::AccessToken:
        return QStringLiteral("tla_");
    case Kind::RefreshToken:
        return QStringLiteral("tlr_");
    case Kind::AuthorizationCode:
        return QStringLiteral("tlc_");
    case Kind::PersonalAccessToken:
        return QStringLiteral("tlp_");
    case Kind::ClientSecret:
        return QStringLiteral("tls_");
    }
    return {};
}

QString TokenFormat::base62(const QByteArray &bytes, int length)
{
    // Rejection sampling keeps every character uniform: bytes >= 248 (4 * 62) are skipped.
    QString out;
    out.reserve(length);
    QByteArray pool = bytes;
    qsizetype index = 0;
    while (out.size() < length) {
        if (index >= pool.size()) {
            pool = Crypto::randomBytes(length);
            index = 0;
        }
        const auto value = static_cast<unsigned char>(pool.at(index++));
        if (value >= 4 * AlphabetSize)
            continue;
        out.append(QLatin1Char(Alphabet[value % AlphabetSize]));
    }
    return out;
}

QString TokenFormat::checksum(const QString &prefixAndRandom)
{
    const QByteArray digest = Crypto::sha256(prefixAndRandom.toLatin1());
    quint64 value = 0;
    for (int i = 0; i < 5; ++i)
        value = (value << 8) | static_cast<unsigned char>(digest.at(i));
    QString out(ChecksumLength, QLatin1Char('0'));
    for (int i = ChecksumLength - 1; i >= 0; --i) {
        out[i] = QLatin1Char(Alphabet[value % AlphabetSize]);
        value /= AlphabetSize;
    }
    return out;
}

QString TokenFormat::generate(Kind kind)
{
    const QString body = prefix(kind) + base62(Crypto::randomBytes(RandomLength + 8), RandomLength);
    return body + checksum(body);
}

std::optional<TokenFormat::Kind> TokenFormat::recognize(const QString &token)
{
    constexpr int PrefixLength = 4;
    if (token.size() != PrefixLength + RandomLength + ChecksumLength)
        return std::nullopt;
    for (const QChar c : QStringView(token).mid(PrefixLength)) {
        if (!isBase62(c))
            return std::nullopt;
    }
    const QString body = token.left(PrefixLength + RandomLength);
    if (token.right(ChecksumLength) != checksum(body))
        return std::nullopt;
    for (Kind kind : AllKinds) {
        if (token.startsWith(prefix(kind)))
            return kind;
    }
    return std::nullopt;
}

QByteArray TokenFormat::storageHash(const QString &token)
{
    return Crypto::sha256(token.toUtf8()).toHex();
}
