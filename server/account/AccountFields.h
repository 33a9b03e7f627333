#pragma once

#include <QString>

#include <optional>

// What a new account's fields must be, wherever an account is made: the CLI's `user add` and
// the admin API's POST /v1/admin/users. Each function says, in words for the person typing,
// why the value cannot be used; nullopt when it can.
namespace AccountFields {
constexpr int MaxUsernameLength = 64;
constexpr int MaxEmailLength = 254; // RFC 5321's path limit
constexpr int MaxDisplayNameLength = 100;

// 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.
std::optional<QString> usernameProblem(const QString &username);
// Something@something, no spaces, at most 254 characters.
std::optional<QString> emailProblem(const QString &email);
// At most 100 characters, no control characters; empty is allowed (the username stands in).
std::optional<QString> displayNameProblem(const QString &displayName);
} // namespace AccountFields
