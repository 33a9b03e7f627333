#include "RandomText.h"

#include <QByteArray>
#include <QRandomGenerator>

QString randomBase64Url(int byteCount)
{
    // Whole 32-bit words: every use asks for a multiple of four bytes.
    Q_ASSERT(byteCount % 4 == 0);
    QByteArray random(byteCount, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32 *>(random.data()),
        reinterpret_cast<quint32 *>(random.data() + random.size()));
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
