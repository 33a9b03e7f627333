#include "Base32.h"

namespace Base32 {

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(QChar c)
{
    // ASCII only: toUpper() would also map the dotless i or the long s onto letters.
    if (c.unicode() > 0x7f)
        return -1;
    const char16_t u = c.toUpper().unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'2' && u <= u'7')
        return u - u'2' + 26;
    return -1;
}

} // namespace

QString encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

std::optional<QByteArray> decode(const QString &text)
{
    QString symbols;
    symbols.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            symbols.append(c);
    }
    while (symbols.endsWith(QLatin1Char('=')))
        symbols.chop(1);

    // 8 symbols carry 5 bytes; a final group of 1, 3 or 6 symbols cannot come from whole bytes.
    const qsizetype rest = symbols.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return std::nullopt;

    QByteArray out;
    out.reserve(symbols.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : std::as_const(symbols)) {
        const int value = valueOf(c);
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    return out;
}

} // namespace Base32
