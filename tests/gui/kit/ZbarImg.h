#pragma once

#include <QImage>
#include <QString>

// Reads a QR code the way a phone would, apart from the code that drew it: the image is saved as
// a PNG and decoded by Debian's zbarimg (zbar-tools).
namespace ZbarImg {
// The decoded text, or an empty string with `error` set (no code found, zbarimg missing).
QString decode(const QImage &image, QString *error = nullptr);
} // namespace ZbarImg
