// SecurityLogModel and SecurityLogFilterProxy, each under QAbstractItemModelTester for its whole
// life: pages fetched through a page source (newest first, fetchMore until the last page, a
// failed page retried only on retry(), answers to an abandoned reload dropped), plain-word
// cells, and the proxy's type and text filters, which leave paging to the model behind them.
#include "SecurityLogFilterProxy.h"
#include "SecurityLogModel.h"
#include "SecurityLogPageSource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

SecurityLogEntry entry(int n, const QString &type = QStringLiteral("token.created"))
{
    SecurityLogEntry e;
    e.id = QStringLiteral("event-%1").arg(n, 4, 10, QLatin1Char('0'));
    e.type = type;
    e.occurredAt = Now.addSecs(-60 * n); // entry 0 is the newest
    e.ip = QStringLiteral("10.0.0.%1").arg(n % 250);
    e.userAgent = QStringLiteral("Tasklane/0.1.0");
    e.details = {{QStringLiteral("tokenName"), QStringLiteral("Token %1").arg(n)}};
    return e;
}

// A log in memory, newest first; the cursor is the index of the next entry among the entries of
// the asked types, as the server's `type` filter pages. Answers only when the test says so,
// like a network would.
class InMemoryLog : public SecurityLogPageSource
{
public:
    explicit InMemoryLog(QList<SecurityLogEntry> entries)
        : m_entries(std::move(entries))
    {}

    void requestLogPage(const QString &cursor, int pageSize, const QStringList &types,
                        PageCallback done) override
    {
        cursors.append(cursor);
        typesAsked.append(types);
        m_pending.append({cursor, pageSize, types, std::move(done)});
    }

    bool answerNext(std::optional<QString> failure = std::nullopt)
    {
        if (m_pending.isEmpty())
            return false;
        const Pending pending = m_pending.takeFirst();
        if (failure) {
            pending.done(SecurityLogPage::failure(*failure));
            return true;
        }
        QList<SecurityLogEntry> matching;
        for (const SecurityLogEntry &e : std::as_const(m_entries)) {
            if (pending.types.isEmpty() || pending.types.contains(e.type))
                matching.append(e);
        }
        const int from = pending.cursor.isEmpty() ? 0 : pending.cursor.toInt();
        const int to = std::min<int>(from + pending.pageSize, int(matching.size()));
        const QList<SecurityLogEntry> page = matching.mid(from, to - from);
        pending.done(
            SecurityLogPage::success(page, to < matching.size() ? QString::number(to) : QString()));
        return true;
    }

    qsizetype pendingCount() const { return m_pending.size(); }
    QStringList cursors;
    QList<QStringList> typesAsked;

private:
    struct Pending
    {
        QString cursor;
        int pageSize;
        QStringList types;
        PageCallback done;
    };
    QList<SecurityLogEntry> m_entries;
    QList<Pending> m_pending;
};

QList<SecurityLogEntry> entries(int count)
{
    QList<SecurityLogEntry> list;
    for (int i = 0; i < count; ++i)
        list.append(entry(i));
    return list;
}

// The model behind its proxy, both under testers for as long as they live.
struct Fixture
{
    explicit Fixture(QList<SecurityLogEntry> log, int pageSize = 10)
        : source(std::move(log))
        , modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setClock([] { return Now; });
        model.setPageSize(pageSize);
        model.setPageSource(&source);
        proxy.setSourceModel(&model);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    ~Fixture()
    {
        proxyTester.reset();
        model.setPageSource(nullptr);
    }

    // Answers requests until the model is idle (the answers arrive through the event loop).
    bool settle()
    {
        return QTest::qWaitFor([this] {
            source.answerNext();
            return !model.isLoading() && source.pendingCount() == 0;
        });
    }

    InMemoryLog source;
    SecurityLogModel model;
    QAbstractItemModelTester modelTester;
    SecurityLogFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
};

} // namespace

class tst_SecurityLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<SecurityLogEntry>(); }

    void nothingLoadsBeforeReload()
    {
        Fixture f(entries(5));
        QVERIFY(!f.model.canFetchMore({}));
        f.model.fetchMore({});
        QCOMPARE(f.source.pendingCount(), 0);
        QVERIFY(!f.model.isLoaded());
    }

    void pagesUntilTheLast()
    {
        Fixture f(entries(25));
        QSignalSpy loading(&f.model, &SecurityLogModel::loadingChanged);
        QSignalSpy pages(&f.model, &SecurityLogModel::pageLoaded);
        f.model.reload();
        QVERIFY(f.model.isLoading());
        QCOMPARE(f.source.pendingCount(), 1); // the tester's fetchMore did not ask twice
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 10);
        QVERIFY(f.model.isLoaded());
        QVERIFY(f.model.hasMorePages());
        QVERIFY(f.model.canFetchMore({}));
        QCOMPARE(pages.last().at(0).toBool(), true);

        f.model.fetchMore({});
        QVERIFY(f.settle());
        f.proxy.fetchMore({}); // through the proxy, as a view does
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 25);
        QVERIFY(!f.model.hasMorePages());
        QVERIFY(!f.model.canFetchMore({}));
        QCOMPARE(pages.last().at(0).toBool(), false);
        QCOMPARE(f.source.cursors,
                 QStringList({QString(), QStringLiteral("10"), QStringLiteral("20")}));
        QVERIFY(loading.count() >= 6);
        // Newest first, as the server sent them.
        QCOMPARE(f.model.entryAt(0).id, QStringLiteral("event-0000"));
        QCOMPARE(f.model.entryAt(24).id, QStringLiteral("event-0024"));
        QCOMPARE(f.model.rowOf(QStringLiteral("event-0013")), 13);
        f.model.fetchMore({});
        QCOMPARE(f.source.pendingCount(), 0);
    }

    void cellsInPlainWords()
    {
        QList<SecurityLogEntry> log{entry(0), entry(3, QStringLiteral("sign_in.failed"))};
        log[1].details = {{QStringLiteral("reason"), QStringLiteral("wrong_password")}};
        log[1].userAgent.clear();
        Fixture f(log);
        f.model.reload();
        QVERIFY(f.settle());
        const auto text = [&f](int row, int column, int role = Qt::DisplayRole) {
            return f.model.index(row, column).data(role).toString();
        };
        QVERIFY2(text(0, SecurityLogModel::Time).startsWith(QStringLiteral("just now (")),
                 qPrintable(text(0, SecurityLogModel::Time)));
        QVERIFY(text(1, SecurityLogModel::Time).startsWith(QStringLiteral("3 minutes ago (")));
        QCOMPARE(text(0, SecurityLogModel::Event), QStringLiteral("Token created"));
        QCOMPARE(text(0, SecurityLogModel::Details), QStringLiteral("\u201cToken 0\u201d"));
        QCOMPARE(text(0, SecurityLogModel::IpAddress), QStringLiteral("10.0.0.0"));
        QCOMPARE(text(0, SecurityLogModel::Software), QStringLiteral("Tasklane 0.1"));
        QCOMPARE(text(1, SecurityLogModel::Event), QStringLiteral("Sign-in failed"));
        QCOMPARE(text(1, SecurityLogModel::Details), QStringLiteral("Wrong password"));
        QCOMPARE(text(1, SecurityLogModel::Software), QString());
        QVERIFY(f.model.index(1, 0).data(SecurityLogModel::AttentionRole).toBool());
        QVERIFY(!f.model.index(0, 0).data(SecurityLogModel::AttentionRole).toBool());
        QVERIFY(text(1, SecurityLogModel::Event, Qt::ToolTipRole)
                    .contains(QStringLiteral("If this was not you")));
        QCOMPARE(text(1, SecurityLogModel::Event, SecurityLogModel::TypeRole),
                 QStringLiteral("sign_in.failed"));
        QCOMPARE(text(1, SecurityLogModel::Event, SecurityLogModel::IdRole),
                 QStringLiteral("event-0003"));
        QCOMPARE(f.model.index(0, 0).data(SecurityLogModel::EntryRole).value<SecurityLogEntry>(),
                 log.at(0));
        QVERIFY(
            f.model.index(0, SecurityLogModel::Time).data(SecurityLogModel::SortRole).toLongLong() >
            f.model.index(1, SecurityLogModel::Time).data(SecurityLogModel::SortRole).toLongLong());
    }

    void failedPageWaitsForRetry()
    {
        Fixture f(entries(15));
        QSignalSpy failed(&f.model, &SecurityLogModel::loadFailed);
        f.model.reload();
        QVERIFY(f.source.answerNext(QStringLiteral("The server is down.")));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("The server is down."));
        QVERIFY(f.model.hasFailed());
        QVERIFY(f.model.isLoaded());
        QVERIFY(!f.model.canFetchMore({}));
        f.model.fetchMore({});
        QCOMPARE(f.source.pendingCount(), 0);

        f.model.retry();
        QVERIFY(f.settle());
        QVERIFY(!f.model.hasFailed());
        QCOMPARE(f.model.rowCount(), 10);
        QCOMPARE(f.source.cursors, QStringList({QString(), QString()}));
    }

    void reloadDropsAnswersToTheOldListing()
    {
        Fixture f(entries(15));
        f.model.reload();
        QVERIFY(f.settle());
        f.model.fetchMore({}); // page 2 requested...
        QCOMPARE(f.source.pendingCount(), 1);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.reload(); // ...and abandoned
        QCOMPARE(reset.count(), 1);
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(f.source.answerNext()); // the old page 2 answers: dropped
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 10);
        QCOMPARE(f.model.entryAt(0).id, QStringLiteral("event-0000"));

        f.model.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.canFetchMore({}));
        QVERIFY(!f.model.isLoaded());
    }

    void repeatedEntriesAreListedOnce()
    {
        QList<SecurityLogEntry> log = entries(4);
        log.insert(2, log.at(1)); // a page that repeats an entry
        Fixture f(log);
        f.model.reload();
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 4);
    }

    void theServerFiltersByKindTheProxyByText()
    {
        QList<SecurityLogEntry> log;
        log.append(entry(0, QStringLiteral("token.created")));
        log.append(entry(1, QStringLiteral("sign_in.succeeded")));
        log[1].details = {{QStringLiteral("clientName"), QStringLiteral("Tasklane for desktop")},
                          {QStringLiteral("deviceName"), QStringLiteral("Laptop")}};
        log.append(entry(2, QStringLiteral("token.revoked")));
        log.append(entry(3, QStringLiteral("session.revoked")));
        log[3].details = {{QStringLiteral("deviceName"), QStringLiteral("Phone")},
                          {QStringLiteral("reason"), QStringLiteral("revoked")}};
        Fixture f(log);
        f.model.reload();
        QVERIFY(f.settle());
        QCOMPARE(f.proxy.rowCount(), 4);
        QVERIFY(!f.proxy.isFiltering());

        // The kind is the server's filter: the model reloads with only those types.
        f.model.setTypeFilter(SecurityLogEntry::typesOf(SecurityLogEntry::Category::Token));
        QVERIFY(f.settle());
        QVERIFY(!f.proxy.isFiltering());
        QCOMPARE(f.model.rowCount(), 2);
        QCOMPARE(f.proxy.rowCount(), 2);
        QCOMPARE(f.proxy.index(0, 0).data(SecurityLogModel::IdRole).toString(),
                 QStringLiteral("event-0000"));
        QCOMPARE(f.proxy.index(1, 0).data(SecurityLogModel::IdRole).toString(),
                 QStringLiteral("event-0002"));

        f.proxy.setFilterText(QStringLiteral("  TOKEN 2 "));
        QCOMPARE(f.proxy.rowCount(), 1);
        QCOMPARE(f.proxy.index(0, 0).data(SecurityLogModel::IdRole).toString(),
                 QStringLiteral("event-0002"));

        f.proxy.setFilterText(QString());
        f.model.setTypeFilter({});
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 4);
        f.proxy.setFilterText(QStringLiteral("phone"));
        QCOMPARE(f.proxy.rowCount(), 1);
        QCOMPARE(f.proxy.index(0, 0).data(SecurityLogModel::TypeRole).toString(),
                 QStringLiteral("session.revoked"));
        f.proxy.setFilterText(QStringLiteral("10.0.0.1")); // the address column
        QCOMPARE(f.proxy.rowCount(), 1);
        f.proxy.setFilterText(QStringLiteral("signed in"));
        QCOMPARE(f.proxy.rowCount(), 1);
        f.proxy.setFilterText(QString());
        QCOMPARE(f.proxy.rowCount(), 4);

        // Sorting by a header sorts times as times (oldest first when ascending).
        f.proxy.sort(SecurityLogModel::Time, Qt::AscendingOrder);
        QCOMPARE(f.proxy.index(0, 0).data(SecurityLogModel::IdRole).toString(),
                 QStringLiteral("event-0003"));
    }

    void aKindIsPagedByTheServerAlone()
    {
        QList<SecurityLogEntry> log;
        for (int i = 0; i < 30; ++i)
            log.append(entry(i, i % 3 == 0 ? QStringLiteral("token.revoked")
                                           : QStringLiteral("sign_in.succeeded")));
        Fixture f(log, 4);
        f.model.reload();
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 4);

        // A kind starts again from the newest entry of that kind, 4 a page, 10 in all.
        f.model.setTypeFilter({QStringLiteral("token.revoked"), QStringLiteral("token.revoked")});
        QCOMPARE(f.model.typeFilter(), QStringList{QStringLiteral("token.revoked")});
        QVERIFY(f.settle());
        QCOMPARE(f.source.typesAsked.last(), QStringList{QStringLiteral("token.revoked")});
        QCOMPARE(f.model.rowCount(), 4);
        while (f.proxy.canFetchMore({})) {
            f.proxy.fetchMore({});
            QVERIFY(f.settle());
        }
        QCOMPARE(f.model.rowCount(), 10);
        for (int row = 0; row < f.model.rowCount(); ++row)
            QCOMPARE(f.model.entryAt(row).type, QStringLiteral("token.revoked"));
        for (const QStringList &asked : std::as_const(f.source.typesAsked).mid(1))
            QCOMPARE(asked, QStringList{QStringLiteral("token.revoked")});

        // The same set again changes nothing; another one reloads.
        const qsizetype asks = f.source.typesAsked.size();
        f.model.setTypeFilter({QStringLiteral("token.revoked")});
        QCOMPARE(f.source.typesAsked.size(), asks);
        f.model.setTypeFilter({});
        QVERIFY(f.settle());
        QVERIFY(f.source.typesAsked.last().isEmpty());
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.entryAt(1).type, QStringLiteral("sign_in.succeeded"));
    }

    void aPageOfTheKindBeforeIsDropped()
    {
        QList<SecurityLogEntry> log;
        for (int i = 0; i < 6; ++i)
            log.append(entry(i, i % 2 == 0 ? QStringLiteral("token.revoked")
                                           : QStringLiteral("sign_in.succeeded")));
        Fixture f(log);
        f.model.setTypeFilter({QStringLiteral("token.revoked")});
        QCOMPARE(f.source.pendingCount(), 1);
        // Changed before the answer came: the token page must not land in the sign-in list.
        f.model.setTypeFilter({QStringLiteral("sign_in.succeeded")});
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 3);
        for (int row = 0; row < f.model.rowCount(); ++row)
            QCOMPARE(f.model.entryAt(row).type, QStringLiteral("sign_in.succeeded"));
    }
};

QTEST_GUILESS_MAIN(tst_SecurityLogModel)
#include "tst_securitylogmodel.moc"
