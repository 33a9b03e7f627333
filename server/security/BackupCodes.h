#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// One-time backup codes for when the authenticator is out of reach: `xxxx-xxxx` from an
// alphabet without look-alikes (no i, l, o, 0, 1), about 39.6 bits each.
namespace BackupCodes {
constexpr int Count = 10;
constexpr int Length = 8; // symbols, without the dash
inline const QString Alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");

// `Count` fresh codes written `xxxx-xxxx`, from libsodium's CSPRNG without modulo bias.
QStringList generate();
// A code as typed (any case, with or without the dash, spaces anywhere) in its canonical
// form: 8 lower-case symbols, no dash. nullopt when it cannot be a backup code.
std::optional<QString> normalize(const QString &typed);
} // namespace BackupCodes
