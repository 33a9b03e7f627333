// Argon2id password hashing through libsodium.
#include "security/PasswordHasher.h"

#include <QTest>

class tst_PasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2idAndVerifies()
    {
        const PasswordHasher hasher;
        const QString hash = hasher.hash(QStringLiteral("correct horse battery staple"));
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$v=19$")));
        QVERIFY(hasher.verify(QStringLiteral("correct horse battery staple"), hash));
        QVERIFY(!hasher.verify(QStringLiteral("correct horse battery stapler"), hash));
        QVERIFY(!hasher.verify(QString(), hash));
    }

    void saltMakesEveryHashDifferent()
    {
        const PasswordHasher hasher;
        QVERIFY(hasher.hash(QStringLiteral("same")) != hasher.hash(QStringLiteral("same")));
    }

    void unicodePasswords()
    {
        const PasswordHasher hasher;
        const QString password = QStringLiteral("pässwörd-密码-🔑");
        const QString hash = hasher.hash(password);
        QVERIFY(hasher.verify(password, hash));
        QVERIFY(!hasher.verify(QStringLiteral("passwort-密码-🔑"), hash));
    }

    void malformedStoredHashIsRejected()
    {
        const PasswordHasher hasher;
        QVERIFY(!hasher.verify(QStringLiteral("x"), QString()));
        QVERIFY(!hasher.verify(QStringLiteral("x"), QStringLiteral("$argon2id$garbage")));
        QVERIFY(!hasher.verify(QStringLiteral("x"), QString(500, QLatin1Char('a'))));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
