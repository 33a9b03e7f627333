// The widget-free parts of the Password tab: PasswordStrength's estimate (levels, the words
// for them, the server's length limits) and CapsLockDetector's reading of typed keys.
#include "CapsLockDetector.h"
#include "PasswordStrength.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using Level = PasswordStrength::Level;

class tst_PasswordStrength : public QObject
{
    Q_OBJECT

private slots:
    void levels_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString() << Level::Empty
                               << QStringLiteral("Enter a new password");
        QTest::newRow("7 characters") << QStringLiteral("abcdefg") << Level::TooShort
                                      << QStringLiteral("Too short: 1 more character");
        QTest::newRow("3 characters") << QStringLiteral("x9!") << Level::TooShort
                                      << QStringLiteral("Too short: 5 more characters");
        QTest::newRow("1025 characters") << QString(1025, QLatin1Char('x')) << Level::TooLong
                                         << QStringLiteral("Too long: at most 1024 characters");
        QTest::newRow("well-known with digits")
            << QStringLiteral("Password123!") << Level::Weak << QStringLiteral("Weak");
        QTest::newRow("keyboard row")
            << QStringLiteral("qwertyuiop") << Level::Weak << QStringLiteral("Weak");
        QTest::newRow("a sequence")
            << QStringLiteral("12345678") << Level::Weak << QStringLiteral("Weak");
        QTest::newRow("one letter repeated")
            << QStringLiteral("aaaaaaaaaaaaaaaaaaaa") << Level::Weak << QStringLiteral("Weak");
        QTest::newRow("8 lower-case letters")
            << QStringLiteral("kdjfuwnz") << Level::Fair << QStringLiteral("Fair");
        QTest::newRow("mixed, 11")
            << QStringLiteral("Tr0ub4dor&3") << Level::Good << QStringLiteral("Good");
        QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple")
                                    << Level::Strong << QStringLiteral("Strong");
        QTest::newRow("exactly 1024")
            << QString(1024, QLatin1Char('x')) << Level::Weak << QStringLiteral("Weak");
    }

    void levels()
    {
        QFETCH(QString, password);
        QFETCH(Level, level);
        QFETCH(QString, text);
        const auto estimate = PasswordStrength::estimate(password);
        QCOMPARE(estimate.level, level);
        QCOMPARE(estimate.text, text);
        QCOMPARE(estimate.acceptable(), level >= Level::Weak);
        QVERIFY(estimate.score >= 0 && estimate.score <= 4);
    }

    void scoresGrowWithStrength()
    {
        int last = -1;
        for (const char *password :
             {"abc", "password1", "kdjfuwnz", "Tr0ub4dor&3", "correct horse battery staple"}) {
            const int score = PasswordStrength::estimate(QString::fromLatin1(password)).score;
            QVERIFY2(score > last, password);
            last = score;
        }
    }

    void theUserNameIsWeak()
    {
        QCOMPARE(PasswordStrength::estimate(QStringLiteral("Margarethe1977"), {}).level,
                 Level::Good);
        const auto estimate = PasswordStrength::estimate(QStringLiteral("Margarethe1977"),
                                                         {QStringLiteral("margarethe")});
        QCOMPARE(estimate.level, Level::Weak);
        QVERIFY(!estimate.hint.isEmpty());
        // An empty context word matches nothing.
        QCOMPARE(PasswordStrength::estimate(QStringLiteral("Tr0ub4dor&3"), {QString()}).level,
                 Level::Good);
    }

    void capsLockFromTypedLetters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("shift");
        QTest::addColumn<bool>("on");
        QTest::addColumn<int>("emitted");
        QTest::newRow("upper without shift") << QStringLiteral("A") << false << true << 1;
        QTest::newRow("lower with shift") << QStringLiteral("a") << true << true << 1;
        QTest::newRow("lower without shift") << QStringLiteral("a") << false << false << 0;
        QTest::newRow("upper with shift") << QStringLiteral("A") << true << false << 0;
        QTest::newRow("a digit tells nothing") << QStringLiteral("1") << false << false << 0;
        QTest::newRow("non-ASCII upper") << QStringLiteral("\u00c4") << false << true << 1;
    }

    void capsLockFromTypedLetters()
    {
        QFETCH(QString, text);
        QFETCH(bool, shift);
        QFETCH(bool, on);
        QFETCH(int, emitted);
        QObject field;
        CapsLockDetector detector;
        detector.watch(&field);
        QSignalSpy changed(&detector, &CapsLockDetector::capsLockChanged);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, shift ? Qt::ShiftModifier : Qt::NoModifier,
                        text);
        QCoreApplication::sendEvent(&field, &press);
        QCOMPARE(detector.isOn(), on);
        QCOMPARE(changed.size(), emitted);
    }

    void capsLockKeyFlipsAKnownState()
    {
        QObject field;
        CapsLockDetector detector;
        detector.watch(&field);
        QSignalSpy changed(&detector, &CapsLockDetector::capsLockChanged);
        QKeyEvent capsLock(QEvent::KeyPress, Qt::Key_CapsLock, Qt::NoModifier);
        // Unknown before a letter: the key alone says nothing.
        QCoreApplication::sendEvent(&field, &capsLock);
        QVERIFY(!detector.isOn());
        QCOMPARE(changed.size(), 0);
        QKeyEvent lower(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
        QCoreApplication::sendEvent(&field, &lower);
        QVERIFY(!detector.isOn());
        QCoreApplication::sendEvent(&field, &capsLock);
        QVERIFY(detector.isOn());
        QCoreApplication::sendEvent(&field, &capsLock);
        QVERIFY(!detector.isOn());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(tst_PasswordStrength)
#include "tst_passwordstrength.moc"
