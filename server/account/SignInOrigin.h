#pragma once

#include <QString>

// Where a sign-in comes from, coarse enough that the same user on the same network and software
// is recognised again: the keys new sign-in alerts compare (widget-free, unit tested).
namespace SignInOrigin {

inline const QString Network = QStringLiteral("network");
inline const QString Software = QStringLiteral("software");
inline const QString Device = QStringLiteral("device");

// The network of a client address: "203.0.113.0/24" for IPv4 (an IPv4-mapped IPv6 address
// counts as IPv4), "2001:db8:1::/48" for IPv6; empty when `ip` is not an address.
QString network(const QString &ip);
// The software family of a User-Agent: product and operating system without versions
// ("firefox|windows", "tasklane|linux"), so an update is not something new; "unknown|" when
// the header names no product.
QString software(const QString &userAgent);

// Whether `deviceId` has the form of the token request's `device_id` (docs/api.md 8.1): 22 to 64
// base64url characters (the app sends 128 random bits, 22 characters).
bool isDeviceId(const QString &deviceId);
// What the account keeps of a device id: base64url SHA-256 of the id under the account's id.
// Keyed per account so the database cannot tell that two accounts were used from one device,
// and holds no id a client could be recognised by elsewhere.
QString deviceKey(const QString &userId, const QString &deviceId);

} // namespace SignInOrigin
