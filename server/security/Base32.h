#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// RFC 4648 base32 (the alphabet A-Z 2-7), the form authenticator apps expect TOTP secrets in.
namespace Base32 {
// Upper case, without "=" padding.
QString encode(const QByteArray &data);
// Accepts lower case, spaces and trailing "=" padding, as people copy secrets around; nullopt
// for any other character or a length no encoder produces.
std::optional<QByteArray> decode(const QString &text);
} // namespace Base32
