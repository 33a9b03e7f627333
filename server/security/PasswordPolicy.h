#pragma once

#include <QString>

#include <optional>

// What a new password must be, wherever one is set: the CLI, the admin API, a user changing
// their own, the sign-in page's forced change. Lengths count UTF-16 code units, as typed.
namespace PasswordPolicy {
constexpr int MinLength = 8;
constexpr int MaxLength = 1024; // Argon2id takes any length; this bounds the work per request

// Why the password cannot be used: an English text marked for translation (context
// "PasswordPolicy", so the server's pages show it in the browser's language) with "%1" for the
// length limit broken; nullopt when it can be used.
struct Problem
{
    const char *text;
    int limit;
};
std::optional<Problem> check(const QString &password);

// check()'s answer in English words for the person choosing it (the API and the CLI).
std::optional<QString> problem(const QString &password);

// A one-time password for an account an administrator made or reset: 4 groups of 5 symbols
// from BackupCodes' alphabet (no look-alikes), about 99 bits, from libsodium's CSPRNG.
QString newOneTimePassword();
} // namespace PasswordPolicy
