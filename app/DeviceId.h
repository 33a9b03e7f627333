#pragma once

#include <QString>

class QSettings;

// The id this installation sends when it signs in (the token request's `device_id`, docs/api.md
// 8.1), so the server can tell a new device from a known one on the same network with the same
// software (new sign-in alerts, 12.10). Not a secret, so it lives in QSettings and not in the
// keychain: it proves nothing (any client may send any id; network and software are compared
// too), it only lets the server recognise this installation again, and the server keeps only
// a per-account hash of it.
class DeviceId
{
public:
    // The installation's id: made the first time (128 CSPRNG bits, base64url, 22 characters)
    // and kept in `settings`; a stored one that is not of that form is replaced.
    static QString of(QSettings &settings);
    static bool isWellFormed(const QString &id);
};
