// SecretBox: libsodium secretbox sealing (round trip, any changed byte or another key refused),
// the keyed hash for backup codes, and the key file in the data directory (created 0600 on
// first start, read back on the next, refused when unreadable or of the wrong size).
#include "security/Crypto.h"
#include "security/SecretBox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

namespace {
QByteArray keyOf(char fill)
{
    return QByteArray(SecretBox::KeyBytes, fill);
}
} // namespace

class tst_SecretBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize()); }

    void sealsAndOpens()
    {
        const SecretBox box(keyOf('k'));
        const QByteArray secret("12345678901234567890");
        const QByteArray sealed = box.seal(secret);
        // Nonce (24) + MAC (16) + ciphertext; the plaintext is nowhere in it.
        QCOMPARE(sealed.size(), 24 + 16 + secret.size());
        QVERIFY(!sealed.contains(secret));
        QCOMPARE(box.open(sealed), std::optional<QByteArray>(secret));
        // A fresh nonce each time: sealing twice never gives the same bytes.
        QVERIFY(box.seal(secret) != sealed);
        QCOMPARE(box.open(box.seal(QByteArray())), std::optional<QByteArray>(QByteArray()));
    }

    void anyChangedByteIsRefused()
    {
        const SecretBox box(keyOf('k'));
        const QByteArray sealed = box.seal(QByteArray("top secret"));
        for (qsizetype i = 0; i < sealed.size(); ++i) {
            QByteArray tampered = sealed;
            tampered[i] = static_cast<char>(tampered.at(i) ^ 0x01);
            QCOMPARE(box.open(tampered), std::nullopt);
        }
        QCOMPARE(box.open(sealed.chopped(1)), std::nullopt);
        QCOMPARE(box.open(sealed + 'x'), std::nullopt);
        QCOMPARE(box.open(QByteArray(39, 'x')), std::nullopt);
        QCOMPARE(box.open(QByteArray()), std::nullopt);
    }

    void anotherKeyCannotOpen()
    {
        const QByteArray sealed = SecretBox(keyOf('a')).seal(QByteArray("top secret"));
        QCOMPARE(SecretBox(keyOf('b')).open(sealed), std::nullopt);
    }

    void keyedHash()
    {
        const SecretBox box(keyOf('a'));
        const QByteArray hash = box.keyedHash(QByteArray("k7mqp2xh"));
        QCOMPARE(hash.size(), 32);
        QCOMPARE(box.keyedHash(QByteArray("k7mqp2xh")), hash);
        QVERIFY(box.keyedHash(QByteArray("k7mqp2xj")) != hash);
        // Depends on the key: without secret.key the stored hashes cannot be brute-forced.
        QVERIFY(SecretBox(keyOf('b')).keyedHash(QByteArray("k7mqp2xh")) != hash);
        // The hashing key is derived, not the sealing key itself: BLAKE2b keyed with the file's
        // key gives something else.
        QByteArray underFileKey(32, Qt::Uninitialized);
        const QByteArray fileKey = keyOf('a');
        crypto_generichash(reinterpret_cast<unsigned char *>(underFileKey.data()), 32,
                           reinterpret_cast<const unsigned char *>("k7mqp2xh"), 8,
                           reinterpret_cast<const unsigned char *>(fileKey.constData()), 32);
        QVERIFY(underFileKey != hash);
    }

    void wrongKeyLengthIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(SecretBox::KeyError, SecretBox(QByteArray(31, 'k')));
        QVERIFY_THROWS_EXCEPTION(SecretBox::KeyError, SecretBox(QByteArray(33, 'k')));
    }

    void keyFileIsCreatedOnceWithMode0600()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dataDir = dir.filePath(QStringLiteral("data/nested"));
        const SecretBox first = SecretBox::loadOrCreate(dataDir);
        const QString path = QDir(dataDir).filePath(QStringLiteral("secret.key"));
        QFile file(path);
        QVERIFY(file.exists());
        QCOMPARE(file.size(), qint64(SecretBox::KeyBytes));
        QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        // No temporary file is left beside it.
        QCOMPARE(QDir(dataDir).entryList(QDir::Files), QStringList{QStringLiteral("secret.key")});

        // The next start reads the same key: what one sealed, the other opens.
        const SecretBox second = SecretBox::loadOrCreate(dataDir);
        QCOMPARE(second.open(first.seal(QByteArray("kept"))),
                 std::optional<QByteArray>(QByteArray("kept")));
        QCOMPARE(second.keyedHash(QByteArray("x")), first.keyedHash(QByteArray("x")));
        QCOMPARE(file.size(), qint64(SecretBox::KeyBytes));
    }

    void eachDataDirectoryGetsItsOwnKey()
    {
        QTemporaryDir one, two;
        const QByteArray sealed = SecretBox::loadOrCreate(one.path()).seal(QByteArray("mine"));
        QCOMPARE(SecretBox::loadOrCreate(two.path()).open(sealed), std::nullopt);
    }

    void badKeyFilesStopTheServer_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("31 bytes") << QByteArray(31, 'k');
        QTest::newRow("33 bytes") << QByteArray(33, 'k');
        QTest::newRow("base64 text") << QByteArray(44, 'A');
    }

    void badKeyFilesStopTheServer()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("secret.key")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY_THROWS_EXCEPTION(SecretBox::KeyError, SecretBox::loadOrCreate(dir.path()));
        // Never silently replaced: secrets sealed with the old key would be lost.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void unreadableKeyFileStopsTheServer()
    {
        // A directory in its place cannot be read, whoever runs the test (root reads any file).
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("secret.key")));
        try {
            SecretBox::loadOrCreate(dir.path());
            QFAIL("an unreadable key file was accepted");
        } catch (const SecretBox::KeyError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("secret.key")),
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(tst_SecretBox)
#include "tst_secretbox.moc"
