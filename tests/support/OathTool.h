#pragma once

#include <QString>

// TOTP codes the way a user's authenticator app computes them, apart from the code under test:
// Debian's oathtool (RFC 6238, SHA-1, 6 digits, 30 s).
namespace OathTool {
// The code of the time step that holds `unixSeconds`; empty (with a warning) on failure.
// `base32Key` may contain spaces (they are dropped).
QString totp(const QString &base32Key, qint64 unixSeconds);
// The code for now.
QString totpNow(const QString &base32Key);
} // namespace OathTool
