// JSON mapping of the value types both sides of the wire share.
#include "JsonTime.h"
#include "Task.h"
#include "User.h"

#include <QJsonArray>
#include <QTest>

class tst_ModelJson : public QObject
{
    Q_OBJECT

private slots:
    void taskRoundTrip()
    {
        Task task;
        task.id = QStringLiteral("0d6c5f0e-1");
        task.title = QStringLiteral("Pay the invoice");
        task.notes = QStringLiteral("Before Friday");
        task.status = TaskStatus::InProgress;
        task.priority = 2;
        task.dueDate = QDate(2026, 12, 1);
        task.labels = {QStringLiteral("work"), QStringLiteral("money")};
        task.createdAt = QDateTime(QDate(2026, 11, 22), QTime(4, 16, 9, 123), Qt::UTC);
        task.updatedAt = task.createdAt.addSecs(60);
        task.version = 7;

        const QJsonObject json = task.toJson();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(json.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(json.value(QStringLiteral("createdAt")).toString(),
                 QStringLiteral("2026-11-22T04:16:09.123Z"));
        QCOMPARE(json.value(QStringLiteral("labels")).toArray().size(), 2);
        QCOMPARE(Task::fromJson(json), task);
        QCOMPARE(task.etag(), QByteArray("\"0d6c5f0e-1.7\""));
    }

    void taskWithoutDueDateIsNull()
    {
        Task task;
        task.title = QStringLiteral("x");
        QVERIFY(task.toJson().value(QStringLiteral("dueDate")).isNull());
        QVERIFY(!Task::fromJson(task.toJson()).dueDate.isValid());
    }

    void statusNames()
    {
        QCOMPARE(taskStatusFromName(QStringLiteral("done")), std::optional(TaskStatus::Done));
        QCOMPARE(taskStatusFromName(QStringLiteral("open")), std::optional(TaskStatus::Open));
        QVERIFY(!taskStatusFromName(QStringLiteral("Done")));
        QVERIFY(!taskStatusFromName(QString()));
    }

    void instantsAreUtcWithMilliseconds_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("epoch") << qint64(0) << QStringLiteral("1970-01-01T00:00:00.000Z");
        QTest::newRow("last ms before epoch")
            << qint64(-1) << QStringLiteral("1969-12-31T23:59:59.999Z");
        QTest::newRow("last ms of a year")
            << qint64(1'798'761'599'999) << QStringLiteral("2026-12-31T23:59:59.999Z");
        QTest::newRow("first ms of a year")
            << qint64(1'798'761'600'000) << QStringLiteral("2027-01-01T00:00:00.000Z");
        QTest::newRow("leap day") << qint64(1'709'210'096'007)
                                  << QStringLiteral("2024-02-29T12:34:56.007Z");
        QTest::newRow("century, not leap")
            << qint64(4'107'542'400'000) << QStringLiteral("2100-03-01T00:00:00.000Z");
        QTest::newRow("first formatted")
            << qint64(-62'135'596'800'000) << QStringLiteral("0001-01-01T00:00:00.000Z");
        QTest::newRow("last formatted")
            << qint64(253'402'300'799'999) << QStringLiteral("9999-12-31T23:59:59.999Z");
    }

    void instantsAreUtcWithMilliseconds()
    {
        QFETCH(qint64, msecs);
        QFETCH(QString, expected);
        const QDateTime instant = JsonTime::fromMsecs(msecs);
        QCOMPARE(JsonTime::fromDateTime(instant).toString(), expected);
        // The hand-written formatter agrees with Qt's, and reads back to the same instant.
        QCOMPARE(expected, instant.toString(Qt::ISODateWithMs));
        QCOMPARE(JsonTime::toDateTime(expected), instant);
    }

    void instantsMatchQtAcrossTheRange()
    {
        // About a thousand samples from year 1 to year 9999; days, hours and milliseconds all
        // change between them.
        for (qint64 msecs = -62'135'596'800'000; msecs < 253'402'300'799'999;
             msecs += 86'400'000LL * 3659 + 3'723'457) {
            const QDateTime instant = JsonTime::fromMsecs(msecs);
            QCOMPARE(JsonTime::fromDateTime(instant).toString(),
                     instant.toString(Qt::ISODateWithMs));
        }
        // Beyond the four-digit years Qt's own formatting still decides.
        for (qint64 msecs : {-62'135'596'800'001LL, 253'402'300'800'000LL}) {
            const QDateTime instant = JsonTime::fromMsecs(msecs);
            QCOMPARE(JsonTime::fromDateTime(instant).toString(),
                     instant.toString(Qt::ISODateWithMs));
        }
    }

    void instantsInOtherZonesAreWrittenInUtc()
    {
        const QDateTime berlinSummer(QDate(2026, 7, 1), QTime(2, 30, 0, 5), Qt::OffsetFromUTC,
                                     2 * 3600);
        QCOMPARE(JsonTime::fromDateTime(berlinSummer).toString(),
                 QStringLiteral("2026-07-01T00:30:00.005Z"));
        QVERIFY(JsonTime::fromDateTime(QDateTime()).isNull());
    }

    void datesAreIsoDates()
    {
        QCOMPARE(JsonTime::fromDate(QDate(2026, 1, 9)).toString(), QStringLiteral("2026-01-09"));
        QCOMPARE(JsonTime::fromDate(QDate(1, 1, 1)).toString(), QStringLiteral("0001-01-01"));
        QCOMPARE(JsonTime::fromDate(QDate(9999, 12, 31)).toString(), QStringLiteral("9999-12-31"));
        QVERIFY(JsonTime::fromDate(QDate()).isNull());
        QCOMPARE(JsonTime::toDate(JsonTime::fromDate(QDate(2024, 2, 29))), QDate(2024, 2, 29));
    }

    void userRoundTrip()
    {
        User user;
        user.id = QStringLiteral("u1");
        user.username = QStringLiteral("alice");
        user.email = QStringLiteral("alice@example.org");
        user.displayName = QStringLiteral("Alice");
        user.role = UserRole::Admin;
        user.createdAt = JsonTime::fromMsecs(1'700'000'000'000);
        const User back = User::fromJson(user.toJson());
        QCOMPARE(back.username, user.username);
        QCOMPARE(back.role, UserRole::Admin);
        QCOMPARE(back.createdAt, user.createdAt);
        QCOMPARE(user.toJson().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(tst_ModelJson)
#include "tst_modeljson.moc"
