// What a new password must be, and the one-time passwords administrators hand out.
#include "security/BackupCodes.h"
#include "security/PasswordPolicy.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class tst_PasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void lengthLimits_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("7") << QStringLiteral("1234567") << false;
        QTest::newRow("8") << QStringLiteral("12345678") << true;
        QTest::newRow("non-ASCII 8") << QStringLiteral("pässwörd") << true;
        QTest::newRow("max") << QString(PasswordPolicy::MaxLength, QLatin1Char('x')) << true;
        QTest::newRow("max + 1") << QString(PasswordPolicy::MaxLength + 1, QLatin1Char('x'))
                                 << false;
    }

    void lengthLimits()
    {
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        const auto problem = PasswordPolicy::problem(password);
        QCOMPARE(!problem.has_value(), acceptable);
        if (problem)
            QVERIFY(problem->contains(QStringLiteral("characters")));
    }

    void oneTimePasswordsAreGroupedFromTheUnambiguousAlphabetAndAcceptable()
    {
        const QRegularExpression shape(
            QStringLiteral("^[%1]{5}(-[%1]{5}){3}$").arg(BackupCodes::Alphabet));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString password = PasswordPolicy::newOneTimePassword();
            QVERIFY2(shape.match(password).hasMatch(), qPrintable(password));
            QVERIFY(!PasswordPolicy::problem(password));
            seen.insert(password);
        }
        QCOMPARE(seen.size(), 200);
    }
};

QTEST_GUILESS_MAIN(tst_PasswordPolicy)
#include "tst_passwordpolicy.moc"
