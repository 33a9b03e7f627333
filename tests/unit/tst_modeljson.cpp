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
