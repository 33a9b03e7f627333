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

    void hashesOfOtherParametersNeedRehashing()
    {
        const PasswordHasher interactive(PasswordHasher::Cost::Interactive);
        const PasswordHasher moderate(PasswordHasher::Cost::Moderate);
        const QString cheap = interactive.hash(QStringLiteral("re-hash me"));
        QVERIFY(!interactive.needsRehash(cheap));
        QVERIFY(moderate.needsRehash(cheap));
        // A hash made with other parameters still verifies: it is replaced, not refused.
        QVERIFY(moderate.verify(QStringLiteral("re-hash me"), cheap));
        // Not an Argon2id string at all (argon2i, garbage, empty): replace it.
        QVERIFY(
            interactive.needsRehash(QStringLiteral("$argon2i$v=19$m=32768,t=4,p=1$c29tZXNhbHQ$"
                                                   "iWh06vD8Fy27wf9npn6FXWiCX4K6pW6Ue1Bnzz07Z8A")));
        QVERIFY(interactive.needsRehash(QStringLiteral("$argon2id$garbage")));
        QVERIFY(interactive.needsRehash(QString()));
        // Weaker parameters than today's need it too, not only stronger ones.
        const QString weak = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$"
                                            "Bu5gSw9ZKr0EWz2yVkVFdqx2QI9dBbq1KvSuAfEcfJM");
        QVERIFY(interactive.needsRehash(weak));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
