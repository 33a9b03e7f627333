// SessionModel under QAbstractItemModelTester for its whole life: this device marked, user
// agents summarised with the full header in the tooltip, relative times against a fixed clock,
// the id, session, sort and current roles, resets, single removals and "all the others", and
// when each session ends (expiresAt).
#include "SessionModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

SignedInSession session(const QString &id, const QString &device, bool current = false)
{
    SignedInSession s;
    s.id = id;
    s.clientId = QStringLiteral("tasklane-desktop");
    s.clientName = QStringLiteral("Tasklane for desktop");
    s.deviceName = device;
    s.ip = QStringLiteral("127.0.0.1");
    s.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 "
                                 "Firefox/128.0");
    s.createdAt = Now.addDays(-2);
    s.lastActiveAt = Now.addSecs(-3 * 3600);
    s.expiresAt = Now.addDays(30);
    s.current = current;
    return s;
}

struct Fixture
{
    Fixture()
        : tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setClock([] { return Now; });
    }

    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return model.index(row, column).data(role).toString();
    }

    SessionModel model;
    QAbstractItemModelTester tester;
};

} // namespace

class tst_SessionModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<SignedInSession>(); }

    void columnsInPlainWords()
    {
        Fixture f;
        SignedInSession phone = session(QStringLiteral("p"), QStringLiteral("Carol's phone"));
        phone.userAgent.clear();
        phone.ip.clear();
        f.model.setSessions({session(QStringLiteral("me"), QStringLiteral("carol-laptop"), true),
                             phone, session(QStringLiteral("x"), QString())});

        QCOMPARE(f.text(0, SessionModel::Device), QStringLiteral("carol-laptop (this device)"));
        QVERIFY(f.text(0, SessionModel::Device, Qt::ToolTipRole)
                    .contains(QStringLiteral("signs this app out")));
        QVERIFY(f.model.index(0, SessionModel::IpAddress).data(SessionModel::CurrentRole).toBool());
        QCOMPARE(f.text(0, SessionModel::Client), QStringLiteral("Tasklane for desktop"));
        QCOMPARE(f.text(0, SessionModel::IpAddress), QStringLiteral("127.0.0.1"));
        QCOMPARE(f.text(0, SessionModel::Software), QStringLiteral("Firefox 128 on Linux"));
        QVERIFY(f.text(0, SessionModel::Software, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("Mozilla/5.0")));
        QCOMPARE(f.text(0, SessionModel::SignedIn), QStringLiteral("2 days ago"));
        QCOMPARE(f.text(0, SessionModel::LastActive), QStringLiteral("Now"));

        QCOMPARE(f.text(1, SessionModel::Device), QStringLiteral("Carol's phone"));
        QVERIFY(!f.model.index(1, 0).data(SessionModel::CurrentRole).toBool());
        QCOMPARE(f.text(1, SessionModel::IpAddress), QStringLiteral("Unknown"));
        QCOMPARE(f.text(1, SessionModel::Software), QStringLiteral("Unknown"));
        QCOMPARE(f.text(1, SessionModel::LastActive), QStringLiteral("3 hours ago"));
        // No device name: the application's name stands in.
        QCOMPARE(f.text(2, SessionModel::Device), QStringLiteral("Tasklane for desktop"));
        QCOMPARE(f.text(2, SessionModel::LastActive, Qt::AccessibleTextRole),
                 QStringLiteral("Last active: 3 hours ago"));

        QCOMPARE(f.model.currentRow(), 0);
        QCOMPARE(f.model.otherCount(), 2);
    }

    void rolesForIdSessionAndSorting()
    {
        Fixture f;
        const SignedInSession mine = session(QStringLiteral("me"), QStringLiteral("zed"), true);
        const SignedInSession other = session(QStringLiteral("o"), QStringLiteral("Alpha"));
        f.model.setSessions({other, mine});
        QCOMPARE(f.text(1, SessionModel::Client, SessionModel::IdRole), QStringLiteral("me"));
        QCOMPARE(f.model.index(0, 0).data(SessionModel::SessionRole).value<SignedInSession>(),
                 other);
        // This device sorts first by device, and as the most recently active.
        QVERIFY(f.text(1, SessionModel::Device, SessionModel::SortRole) <
                f.text(0, SessionModel::Device, SessionModel::SortRole));
        QVERIFY(
            f.model.index(1, SessionModel::LastActive).data(SessionModel::SortRole).toLongLong() >
            f.model.index(0, SessionModel::LastActive).data(SessionModel::SortRole).toLongLong());
    }

    void removalsAndResets()
    {
        Fixture f;
        f.model.setSessions({session(QStringLiteral("a"), QStringLiteral("A")),
                             session(QStringLiteral("me"), QStringLiteral("Me"), true),
                             session(QStringLiteral("b"), QStringLiteral("B")),
                             session(QStringLiteral("c"), QStringLiteral("C"))});
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(f.model.removeSession(QStringLiteral("b")));
        QVERIFY(!f.model.removeSession(QStringLiteral("b")));
        QCOMPARE(f.model.rowOf(QStringLiteral("c")), 2);
        QCOMPARE(f.model.otherCount(), 2);

        f.model.removeOthers();
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.sessionAt(0).id, QStringLiteral("me"));
        QCOMPARE(removed.count(), 3);
        QCOMPARE(f.model.otherCount(), 0);

        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.setSessions({session(QStringLiteral("x"), QStringLiteral("X"))});
        QCOMPARE(f.model.currentRow(), -1);
        QCOMPARE(f.model.otherCount(), 1);
        QVERIFY(f.model.removeSession(QStringLiteral("x")));
        f.model.setSessions({session(QStringLiteral("y"), QStringLiteral("Y"))});
        f.model.clear();
        QCOMPARE(reset.count(), 3);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.sessions().size(), 0);
    }

    void refreshTimesTouchesOnlyTheTimeColumns()
    {
        Fixture f;
        f.model.setSessions({session(QStringLiteral("a"), QStringLiteral("A"))});
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.refreshTimes();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(SessionModel::SignedIn));
        QCOMPARE(changed.first().at(1).value<QModelIndex>().column(), int(SessionModel::Ends));
    }

    void endsColumnSaysWhenTheServerEndsTheSession()
    {
        Fixture f;
        SignedInSession soon = session(QStringLiteral("s"), QStringLiteral("Old tablet"));
        soon.expiresAt = Now.addSecs(5 * 3600);
        SignedInSession unknown = session(QStringLiteral("u"), QStringLiteral("Older server"));
        unknown.expiresAt = QDateTime();
        f.model.setSessions(
            {session(QStringLiteral("me"), QStringLiteral("Me"), true), soon, unknown});

        QCOMPARE(f.model.headerData(SessionModel::Ends, Qt::Horizontal).toString(),
                 QStringLiteral("Ends"));
        QCOMPARE(f.text(0, SessionModel::Ends), QStringLiteral("in 30 days"));
        QCOMPARE(f.text(1, SessionModel::Ends), QStringLiteral("in 5 hours"));
        QCOMPARE(f.text(1, SessionModel::Ends, Qt::AccessibleTextRole),
                 QStringLiteral("Ends: in 5 hours"));
        QVERIFY(f.text(1, SessionModel::Ends, Qt::ToolTipRole)
                    .contains(QStringLiteral("if it is not used before then")));
        QCOMPARE(f.text(2, SessionModel::Ends), QStringLiteral("Unknown"));
        // Sooner ends sort first; an unknown end last.
        const auto key = [&](int row) {
            return f.model.index(row, SessionModel::Ends).data(SessionModel::SortRole).toLongLong();
        };
        QVERIFY(key(1) < key(0));
        QVERIFY(key(0) < key(2));

        // The JSON of GET /v1/me/sessions carries it, and an answer without it reads as unknown.
        QCOMPARE(SignedInSession::fromJson(soon.toJson()).expiresAt, soon.expiresAt);
        QJsonObject old = soon.toJson();
        old.remove(QStringLiteral("expiresAt"));
        QVERIFY(!SignedInSession::fromJson(old).expiresAt.isValid());
    }
};

QTEST_GUILESS_MAIN(tst_SessionModel)
#include "tst_sessionmodel.moc"
