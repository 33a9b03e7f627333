// PersonalTokenModel under QAbstractItemModelTester for its whole life: plain-word cells against
// a fixed clock (never used, expired, never expires), the id, token, sort and expired roles,
// resets, inserts at the top, updates in place, removals, and the active count behind the
// 5-token limit.
#include "PersonalTokenModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

PersonalToken token(const QString &id, const QString &name, int ageDays = 1, int expiresInDays = 0)
{
    PersonalToken t;
    t.id = id;
    t.name = name;
    t.scopes = {QStringLiteral("tasks:read")};
    t.createdAt = Now.addDays(-ageDays);
    if (expiresInDays > 0)
        t.expiresAt = t.createdAt.addDays(expiresInDays);
    return t;
}

// The model and its tester, made and destroyed together.
struct Fixture
{
    Fixture()
        : tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setClock([this] { return now; });
    }

    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return model.index(row, column).data(role).toString();
    }

    QDateTime now = Now;
    PersonalTokenModel model;
    QAbstractItemModelTester tester;
};

} // namespace

class tst_PersonalTokenModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<PersonalToken>(); }

    void columnsInPlainWords()
    {
        Fixture f;
        PersonalToken used = token(QStringLiteral("a"), QStringLiteral("Backup script"), 3, 30);
        used.scopes = {QStringLiteral("tasks:read"), QStringLiteral("tasks:write")};
        used.lastUsedAt = Now.addSecs(-5 * 60);
        used.lastUsedIp = QStringLiteral("10.0.0.7");
        used.lastUsedUserAgent = QStringLiteral("curl/7.88.1");
        const PersonalToken fresh = token(QStringLiteral("b"), QStringLiteral("CI"), 0);
        const PersonalToken expired = token(QStringLiteral("c"), QStringLiteral("Old"), 10, 7);
        f.model.setTokens({used, fresh, expired});

        QCOMPARE(f.model.columnCount(), int(PersonalTokenModel::ColumnCount));
        QCOMPARE(f.model.headerData(PersonalTokenModel::LastUsed, Qt::Horizontal).toString(),
                 QStringLiteral("Last used"));
        QCOMPARE(f.text(0, PersonalTokenModel::Name), QStringLiteral("Backup script"));
        QCOMPARE(f.text(0, PersonalTokenModel::Scopes), QStringLiteral("Read tasks, Change tasks"));
        QCOMPARE(f.text(0, PersonalTokenModel::Created), QStringLiteral("3 days ago"));
        QCOMPARE(f.text(0, PersonalTokenModel::LastUsed),
                 QStringLiteral("5 minutes ago from 10.0.0.7"));
        QCOMPARE(f.text(0, PersonalTokenModel::Expires), QStringLiteral("in 27 days"));
        QVERIFY(f.text(0, PersonalTokenModel::LastUsed, Qt::ToolTipRole)
                    .contains(QStringLiteral("curl/7.88.1")));
        QVERIFY(f.text(0, PersonalTokenModel::Scopes, Qt::ToolTipRole)
                    .contains(PersonalToken::scopeDescription(QStringLiteral("tasks:write"))));
        QVERIFY(f.text(0, PersonalTokenModel::Created, Qt::ToolTipRole)
                    .contains(QString::number(used.createdAt.toLocalTime().date().year())));

        QCOMPARE(f.text(1, PersonalTokenModel::Created), QStringLiteral("just now"));
        QCOMPARE(f.text(1, PersonalTokenModel::LastUsed), QStringLiteral("Never used"));
        QCOMPARE(f.text(1, PersonalTokenModel::Expires), QStringLiteral("Never"));
        QVERIFY(!f.model.index(1, 0).data(PersonalTokenModel::ExpiredRole).toBool());

        QCOMPARE(f.text(2, PersonalTokenModel::Expires), QStringLiteral("Expired 3 days ago"));
        QVERIFY(f.model.index(2, 0).data(PersonalTokenModel::ExpiredRole).toBool());
        QVERIFY(f.text(2, PersonalTokenModel::Name, Qt::ToolTipRole)
                    .contains(QStringLiteral("no longer works")));
        QCOMPARE(f.text(2, PersonalTokenModel::Name, Qt::AccessibleTextRole),
                 QStringLiteral("Name: Old"));
    }

    void rolesForIdTokenAndSorting()
    {
        Fixture f;
        PersonalToken used = token(QStringLiteral("a"), QStringLiteral("beta"), 2, 30);
        used.lastUsedAt = Now;
        const PersonalToken never = token(QStringLiteral("b"), QStringLiteral("Alpha"), 1);
        f.model.setTokens({used, never});
        QCOMPARE(f.text(1, PersonalTokenModel::Expires, PersonalTokenModel::IdRole),
                 QStringLiteral("b"));
        QCOMPARE(f.model.index(0, 0).data(PersonalTokenModel::TokenRole).value<PersonalToken>(),
                 used);
        const auto sortKey = [&f](int row, int column) {
            return f.model.index(row, column).data(PersonalTokenModel::SortRole);
        };
        QVERIFY(sortKey(1, PersonalTokenModel::Name).toString() <
                sortKey(0, PersonalTokenModel::Name).toString()); // case-insensitive
        QVERIFY(sortKey(0, PersonalTokenModel::Created).toLongLong() <
                sortKey(1, PersonalTokenModel::Created).toLongLong());
        // Never used sorts as the oldest use; never expiring after every date.
        QVERIFY(sortKey(1, PersonalTokenModel::LastUsed).toLongLong() <
                sortKey(0, PersonalTokenModel::LastUsed).toLongLong());
        QVERIFY(sortKey(0, PersonalTokenModel::Expires).toLongLong() <
                sortKey(1, PersonalTokenModel::Expires).toLongLong());
        QVERIFY(f.model.roleNames().contains(PersonalTokenModel::IdRole));
    }

    void upsertInsertsAtTheTopAndUpdatesInPlace()
    {
        Fixture f;
        f.model.setTokens({token(QStringLiteral("a"), QStringLiteral("A"))});
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QCOMPARE(f.model.upsert(token(QStringLiteral("b"), QStringLiteral("B"), 0)), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.model.tokenAt(0).name, QStringLiteral("B"));
        QCOMPARE(f.model.rowOf(QStringLiteral("a")), 1);

        PersonalToken renamed = token(QStringLiteral("a"), QStringLiteral("A2"));
        QCOMPARE(f.model.upsert(renamed), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(f.text(1, PersonalTokenModel::Name), QStringLiteral("A2"));
        QVERIFY(f.model.containsName(QStringLiteral("  A2 ")));
        QVERIFY(!f.model.containsName(QStringLiteral("a2")));
    }

    void removalsAndResets()
    {
        Fixture f;
        f.model.setTokens({token(QStringLiteral("a"), QStringLiteral("A")),
                           token(QStringLiteral("b"), QStringLiteral("B")),
                           token(QStringLiteral("c"), QStringLiteral("C"))});
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(f.model.removeToken(QStringLiteral("b")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QVERIFY(!f.model.removeToken(QStringLiteral("b")));
        QCOMPARE(f.model.rowOf(QStringLiteral("c")), 1);
        QVERIFY(f.model.removeToken(QStringLiteral("a")));
        QVERIFY(f.model.removeToken(QStringLiteral("c")));
        QCOMPARE(f.model.rowCount(), 0);

        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.setTokens({token(QStringLiteral("d"), QStringLiteral("D"))});
        f.model.setTokens({token(QStringLiteral("d"), QStringLiteral("D")),
                           token(QStringLiteral("e"), QStringLiteral("E"))});
        f.model.clear();
        QCOMPARE(reset.count(), 3);
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.index(0, 0).isValid());
    }

    void activeCountBehindTheLimit()
    {
        Fixture f;
        QSignalSpy activeChanged(&f.model, &PersonalTokenModel::activeCountChanged);
        QList<PersonalToken> tokens;
        for (int i = 0; i < 4; ++i)
            tokens.append(token(QString::number(i), QStringLiteral("T%1").arg(i)));
        tokens.append(token(QStringLiteral("soon"), QStringLiteral("Soon"), 6, 7));
        f.model.setTokens(tokens);
        QCOMPARE(f.model.activeCount(), 5);
        QVERIFY(f.model.limitReached());
        QCOMPARE(activeChanged.count(), 1);
        QCOMPARE(activeChanged.last().at(0).toInt(), 5);

        // A day later the 7-day token has expired: it no longer counts, and says so.
        f.now = Now.addDays(1).addSecs(1);
        f.model.refreshTimes();
        QCOMPARE(f.model.activeCount(), 4);
        QVERIFY(!f.model.limitReached());
        QCOMPARE(activeChanged.last().at(0).toInt(), 4);
        QVERIFY(f.text(4, PersonalTokenModel::Expires).startsWith(QStringLiteral("Expired")));

        QVERIFY(f.model.removeToken(QStringLiteral("0")));
        QCOMPARE(activeChanged.last().at(0).toInt(), 3);
        const int signals_ = int(activeChanged.count());
        QVERIFY(f.model.removeToken(QStringLiteral("soon"))); // expired: the count stays
        QCOMPARE(activeChanged.count(), signals_);
    }
};

QTEST_GUILESS_MAIN(tst_PersonalTokenModel)
#include "tst_personaltokenmodel.moc"
