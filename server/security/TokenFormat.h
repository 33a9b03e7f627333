#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Bearer secrets look like `tla_<40 base62 chars><6 base62 checksum chars>`. The prefix names
// the kind, so a leaked token is recognisable (and a scanner can check the checksum offline);
// the checksum lets the server refuse garbage without a database look-up. The random part
// carries 238 bits from the CSPRNG. Only the SHA-256 of a token is ever stored.
class TokenFormat
{
public:
    enum class Kind {
        AccessToken,
        RefreshToken,
        AuthorizationCode,
        PersonalAccessToken,
        ClientSecret
    };

    static QString prefix(Kind kind);
    static QString generate(Kind kind);
    // The kind when the token is well formed (prefix, length, alphabet and checksum).
    static std::optional<Kind> recognize(const QString &token);
    static QByteArray storageHash(const QString &token); // hex SHA-256

    static QString base62(const QByteArray &bytes, int length);

    static constexpr int RandomLength = 40;
    static constexpr int ChecksumLength = 6;

private:
    static QString checksum(const QString &prefixAndRandom);
};
