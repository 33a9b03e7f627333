#pragma once

#include <QString>

// TOTP codes from Debian's oathtool, an implementation independent of the server's, for tests
// that turn two-factor authentication on the way a user with an authenticator app would.
namespace Oathtool {

// The code for `base32Secret` now, or at the Unix time `atSeconds` when it is not negative;
// empty (with a warning) when oathtool fails.
QString totp(const QString &base32Secret, qint64 atSeconds = -1);

} // namespace Oathtool
