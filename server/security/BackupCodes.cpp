#include "BackupCodes.h"

#include <sodium.h>

namespace BackupCodes {

QStringList generate()
{
    QStringList codes;
    while (codes.size() < Count) {
        QString code;
        for (int s = 0; s < Length; ++s) {
            if (s == Length / 2)
                code.append(QLatin1Char('-'));
            code.append(Alphabet.at(randombytes_uniform(static_cast<uint32_t>(Alphabet.size()))));
        }
        // Two equal codes in one set would be one code that works twice.
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

std::optional<QString> normalize(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar lower = c.toLower();
        if (!Alphabet.contains(lower))
            return std::nullopt;
        code.append(lower);
    }
    if (code.size() != Length)
        return std::nullopt;
    return code;
}

} // namespace BackupCodes
