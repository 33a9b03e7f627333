#include "PasswordPolicy.h"

#include "BackupCodes.h"

#include <sodium.h>

namespace PasswordPolicy {

std::optional<Problem> check(const QString &password)
{
    if (password.size() < MinLength)
        return Problem{
            QT_TRANSLATE_NOOP("PasswordPolicy", "The password must have at least %1 characters."),
            MinLength};
    if (password.size() > MaxLength)
        return Problem{
            QT_TRANSLATE_NOOP("PasswordPolicy", "The password must have at most %1 characters."),
            MaxLength};
    return std::nullopt;
}

std::optional<QString> problem(const QString &password)
{
    const auto found = check(password);
    if (!found)
        return std::nullopt;
    return QString::fromUtf8(found->text).arg(found->limit);
}

QString newOneTimePassword()
{
    constexpr int Groups = 4;
    constexpr int GroupLength = 5;
    const QString &alphabet = BackupCodes::Alphabet;
    QString password;
    for (int group = 0; group < Groups; ++group) {
        if (group > 0)
            password.append(QLatin1Char('-'));
        for (int i = 0; i < GroupLength; ++i)
            password.append(
                alphabet.at(randombytes_uniform(static_cast<uint32_t>(alphabet.size()))));
    }
    return password;
}

} // namespace PasswordPolicy
