#pragma once

#include <QByteArray>

// Thin wrappers over libsodium so the rest of the server never calls it directly.
namespace Crypto {
// Must run once before any other call; safe to call again.
bool initialize();
QByteArray randomBytes(int count);
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
QByteArray sha256(const QByteArray &data);
QByteArray base64Url(const QByteArray &data); // no padding
} // namespace Crypto
