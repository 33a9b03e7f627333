#pragma once

#include <QString>

// `byteCount` bytes from the operating system's CSPRNG (QRandomGenerator::system()), as
// unpadded base64url: PKCE verifiers, OAuth state values and the installation's device id.
QString randomBase64Url(int byteCount);
