#pragma once

#include <QString>

// Where a sign-in comes from, coarse enough that the same user on the same network and software
// is recognised again: the keys new sign-in alerts compare (widget-free, unit tested).
namespace SignInOrigin {

inline const QString Network = QStringLiteral("network");
inline const QString Software = QStringLiteral("software");

// The network of a client address: "203.0.113.0/24" for IPv4 (an IPv4-mapped IPv6 address
// counts as IPv4), "2001:db8:1::/48" for IPv6; empty when `ip` is not an address.
QString network(const QString &ip);
// The software family of a User-Agent: product and operating system without versions
// ("firefox|windows", "tasklane|linux"), so an update is not something new; "unknown|" when
// the header names no product.
QString software(const QString &userAgent);

} // namespace SignInOrigin
