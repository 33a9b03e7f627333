// The two-factor value types and their words: JSON mapping of GET /v1/me/2fa and POST
// /v1/me/2fa/setup (docs/api.md 12.6), the key in blocks of four, the parameters in words, and
// the backup code sheet people save or print.
#include "BackupCodeSheet.h"
#include "TwoFactorSetup.h"
#include "TwoFactorStatus.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

class tst_TwoFactorModels : public QObject
{
    Q_OBJECT

private slots:
    void statusFromTheDocumentedAnswer()
    {
        const QJsonObject json =
            QJsonDocument::fromJson(R"({"backupCodesRemaining": 10, "enabled": true,
                                        "enabledAt": "2026-11-22T04:20:00.000Z", "pending": false})")
                .object();
        const TwoFactorStatus status = TwoFactorStatus::fromJson(json);
        QVERIFY(status.enabled);
        QVERIFY(!status.pending);
        QCOMPARE(status.backupCodesRemaining, 10);
        QCOMPARE(status.enabledAt, QDateTime(QDate(2026, 11, 22), QTime(4, 20), Qt::UTC));
        QCOMPARE(TwoFactorStatus::fromJson(status.toJson()), status);
        QCOMPARE(status.toJson().value(QStringLiteral("enabledAt")).toString(),
                 QStringLiteral("2026-11-22T04:20:00.000Z"));
    }

    void statusWhileOffHasNoDate()
    {
        const TwoFactorStatus status = TwoFactorStatus::fromJson(
            QJsonDocument::fromJson(R"({"backupCodesRemaining": 0, "enabled": false,
                                        "enabledAt": null, "pending": true})")
                .object());
        QVERIFY(!status.enabled);
        QVERIFY(status.pending);
        QVERIFY(!status.enabledAt.isValid());
        QVERIFY(status.toJson().value(QStringLiteral("enabledAt")).isNull());
        // No codes while off is not a warning: there is nothing to lose.
        QVERIFY(!status.backupCodesLow());
    }

    void backupCodesLowAtThreeOrFewer_data()
    {
        QTest::addColumn<int>("remaining");
        QTest::addColumn<bool>("low");
        QTest::newRow("10") << 10 << false;
        QTest::newRow("4") << 4 << false;
        QTest::newRow("3") << 3 << true;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("0") << 0 << true;
    }

    void backupCodesLowAtThreeOrFewer()
    {
        QFETCH(int, remaining);
        QFETCH(bool, low);
        TwoFactorStatus status;
        status.enabled = true;
        status.backupCodesRemaining = remaining;
        QCOMPARE(status.backupCodesLow(), low);
    }

    void statusIgnoresGarbage()
    {
        const TwoFactorStatus status = TwoFactorStatus::fromJson(
            QJsonDocument::fromJson(R"({"backupCodesRemaining": -4, "enabled": "yes",
                                        "enabledAt": "yesterday"})")
                .object());
        QVERIFY(!status.enabled);
        QCOMPARE(status.backupCodesRemaining, 0);
        QVERIFY(!status.enabledAt.isValid());
    }

    void setupFromTheDocumentedAnswer()
    {
        // Not a raw string: moc reads "//" in one as a comment.
        const QJsonObject json{
            {QStringLiteral("algorithm"), QStringLiteral("SHA1")},
            {QStringLiteral("digits"), 6},
            {QStringLiteral("otpauthUri"),
             QStringLiteral("otpauth://totp/Tasklane:carol?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&"
                            "issuer=Tasklane&algorithm=SHA1&digits=6&period=30")},
            {QStringLiteral("period"), 30},
            {QStringLiteral("secret"), QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")},
        };
        const TwoFactorSetup setup = TwoFactorSetup::fromJson(json);
        QVERIFY(setup.isValid());
        QCOMPARE(setup.secret, QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
        QCOMPARE(setup.digits, 6);
        QCOMPARE(setup.period, 30);
        QCOMPARE(setup.algorithm, QStringLiteral("SHA1"));
        QCOMPARE(TwoFactorSetup::fromJson(setup.toJson()), setup);
        QCOMPARE(setup.groupedSecret(), QStringLiteral("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP"));
        QCOMPARE(setup.parametersInWords(),
                 QStringLiteral("Time-based, 6 digits, new code every 30 seconds, SHA-1"));
    }

    void setupWithoutSecretOrUriIsNotValid()
    {
        TwoFactorSetup setup;
        QVERIFY(!setup.isValid());
        setup.secret = QStringLiteral("JBSWY3DP");
        QVERIFY(!setup.isValid());
        setup.otpauthUri = QStringLiteral("https://example.org/");
        QVERIFY(!setup.isValid());
        setup.otpauthUri = QStringLiteral("otpauth://totp/Tasklane:x?secret=JBSWY3DP");
        QVERIFY(setup.isValid());
    }

    void groupInFours_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("short") << QStringLiteral("ABC") << QStringLiteral("ABC");
        QTest::newRow("four") << QStringLiteral("ABCD") << QStringLiteral("ABCD");
        QTest::newRow("five") << QStringLiteral("ABCDE") << QStringLiteral("ABCD E");
        QTest::newRow("32") << QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
                            << QStringLiteral("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
        QTest::newRow("lower case, spaces")
            << QStringLiteral(" jbsw y3dp\tehpk3pxp ") << QStringLiteral("JBSW Y3DP EHPK 3PXP");
    }

    void groupInFours()
    {
        QFETCH(QString, key);
        QFETCH(QString, grouped);
        QCOMPARE(TwoFactorSetup::groupInFours(key), grouped);
    }

    void parametersInWords_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("words");
        QTest::newRow("default") << QStringLiteral("SHA1") << 6 << 30
                                 << QStringLiteral("Time-based, 6 digits, new code every 30 "
                                                   "seconds, SHA-1");
        QTest::newRow("sha256") << QStringLiteral("sha256") << 8 << 60
                                << QStringLiteral("Time-based, 8 digits, new code every 60 "
                                                  "seconds, SHA-256");
        QTest::newRow("unknown") << QStringLiteral("MD5") << 6 << 30
                                 << QStringLiteral("Time-based, 6 digits, new code every 30 "
                                                   "seconds, MD5");
    }

    void parametersInWords()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(QString, words);
        TwoFactorSetup setup;
        setup.algorithm = algorithm;
        setup.digits = digits;
        setup.period = period;
        QCOMPARE(setup.parametersInWords(), words);
    }

    void sheetAsPlainText()
    {
        const BackupCodeSheet sheet = exampleSheet();
        const QString text = sheet.toPlainText();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Tasklane backup codes"));
        QVERIFY(text.contains(QStringLiteral("backup codes for two-factor authentication")));
        QVERIFY(lines.contains(QStringLiteral("Account: carol")));
        QVERIFY(lines.contains(QStringLiteral("Server: https://tasks.example.org")));
        const QString created =
            sheet.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
        QVERIFY2(lines.contains(QStringLiteral("Created: ") + created), qPrintable(text));
        QVERIFY(lines.contains(QStringLiteral(" 1. k7mq-p2xh")));
        QVERIFY(lines.contains(QStringLiteral("10. a2b3-c4d5")));
        QVERIFY(text.endsWith(QStringLiteral("10. a2b3-c4d5\n")));
        for (const QString &code : sheet.codes)
            QCOMPARE(text.count(code), 1);
    }

    void sheetAsHtmlEscapesAndListsEveryCode()
    {
        BackupCodeSheet sheet = exampleSheet();
        sheet.account = QStringLiteral("<b>carol</b>");
        const QString html = sheet.toHtml();
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;carol&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>carol")));
        for (const QString &code : sheet.codes)
            QVERIFY2(html.contains(code), qPrintable(code));
    }

    void sheetFileName_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("plain") << QStringLiteral("carol")
                               << QStringLiteral("tasklane-backup-codes-carol.txt");
        QTest::newRow("slashes") << QStringLiteral("a/b\\c d")
                                 << QStringLiteral("tasklane-backup-codes-a_b_c_d.txt");
        QTest::newRow("none") << QString() << QStringLiteral("tasklane-backup-codes.txt");
    }

    void sheetFileName()
    {
        QFETCH(QString, account);
        QFETCH(QString, fileName);
        BackupCodeSheet sheet;
        sheet.account = account;
        QCOMPARE(sheet.suggestedFileName(), fileName);
    }

private:
    static BackupCodeSheet exampleSheet()
    {
        BackupCodeSheet sheet;
        sheet.account = QStringLiteral("carol");
        sheet.server = QUrl(QStringLiteral("https://tasks.example.org"));
        sheet.createdAt = QDateTime(QDate(2026, 11, 22), QTime(4, 20), Qt::UTC);
        sheet.codes = QStringList{QStringLiteral("k7mq-p2xh"), QStringLiteral("aaaa-bbbb"),
                                  QStringLiteral("cccc-dddd"), QStringLiteral("eeee-ffff"),
                                  QStringLiteral("gggg-hhhh"), QStringLiteral("jjjj-kkkk"),
                                  QStringLiteral("mmmm-nnnn"), QStringLiteral("pppp-qqqq"),
                                  QStringLiteral("rrrr-ssss"), QStringLiteral("a2b3-c4d5")};
        return sheet;
    }
};

QTEST_GUILESS_MAIN(tst_TwoFactorModels)
#include "tst_twofactormodels.moc"
