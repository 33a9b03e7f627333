// The administration models, each under QAbstractItemModelTester for its whole life:
// AdminUser and AuditLogEntry JSON mapping (as docs/api.md 12.8 writes them) and plain words;
// AdminUserModel paged through a page source with the search text passed on as `q` (a new
// search starts again from the first page and drops answers to the old one), the
// administrator's own row, a disabled account, a row replaced after a change, sorting keys;
// AuditLogModel newest first with the administrator, action, target and details in words, a
// command-line entry, a failed page retried only on retry().
#include "AdminUserModel.h"
#include "AuditLogModel.h"
#include "JsonTime.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <optional>

namespace {

const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

// A listing in memory; the cursor is the index of the next item. Answers only when the test
// says so, like a network would. Filters by `text` the way the server does (a substring of the
// item's search text, case-insensitive).
template<typename Item> class InMemorySource : public PageSource<Item>
{
public:
    using Callback = typename PageSource<Item>::PageCallback;
    using Matcher = std::function<bool(const Item &, const QString &)>;

    InMemorySource(QList<Item> items, Matcher matches)
        : m_items(std::move(items))
        , m_matches(std::move(matches))
    {}

    void requestPage(const PageRequest &request, Callback done) override
    {
        requests.append(request);
        m_pending.append({request, std::move(done)});
    }

    bool answerNext(std::optional<QString> failure = std::nullopt)
    {
        if (m_pending.isEmpty())
            return false;
        const auto [request, done] = m_pending.takeFirst();
        if (failure) {
            done(Page<Item>::failure(*failure));
            return true;
        }
        QList<Item> matching;
        for (const Item &item : std::as_const(m_items)) {
            if (request.text.isEmpty() || m_matches(item, request.text))
                matching.append(item);
        }
        const int from = request.cursor.isEmpty() ? 0 : request.cursor.toInt();
        const int to = std::min<int>(from + request.pageSize, int(matching.size()));
        done(Page<Item>::success(matching.mid(from, to - from),
                                 to < matching.size() ? QString::number(to) : QString()));
        return true;
    }

    qsizetype pendingCount() const { return m_pending.size(); }
    QList<PageRequest> requests;

private:
    struct Pending
    {
        PageRequest request;
        Callback done;
    };
    QList<Item> m_items;
    Matcher m_matches;
    QList<Pending> m_pending;
};

AdminUser user(int n)
{
    AdminUser u;
    u.id = QStringLiteral("user-%1").arg(n, 3, 10, QLatin1Char('0'));
    u.username = QStringLiteral("user%1").arg(n, 3, 10, QLatin1Char('0'));
    u.displayName = QStringLiteral("User Number %1").arg(n);
    u.email = u.username + QStringLiteral("@example.org");
    u.createdAt = Now.addDays(-100);
    u.activeSessions = n % 3;
    u.activeTokens = n % 4;
    if (n % 5 != 0)
        u.lastSignInAt = Now.addSecs(-3600 * n);
    return u;
}

QList<AdminUser> users(int count)
{
    QList<AdminUser> list;
    for (int i = 0; i < count; ++i)
        list.append(user(i));
    return list;
}

bool userMatches(const AdminUser &u, const QString &text)
{
    return u.username.contains(text, Qt::CaseInsensitive) ||
           u.email.contains(text, Qt::CaseInsensitive) ||
           u.displayName.contains(text, Qt::CaseInsensitive);
}

AuditLogEntry audit(int n, const QString &action, const QJsonObject &details = {})
{
    AuditLogEntry e;
    e.id = QStringLiteral("audit-%1").arg(n, 3, 10, QLatin1Char('0'));
    e.occurredAt = Now.addSecs(-60 * n); // entry 0 is the newest
    e.adminId = QStringLiteral("admin-id");
    e.adminUsername = QStringLiteral("alice");
    e.action = action;
    e.targetUserId = QStringLiteral("bob-id");
    e.targetUsername = QStringLiteral("bob");
    e.details = details;
    e.ip = QStringLiteral("127.0.0.1");
    e.userAgent = QStringLiteral("Tasklane/0.1.0 (Debian GNU/Linux 12)");
    return e;
}

template<typename Model, typename Item> struct Fixture
{
    Fixture(QList<Item> items, typename InMemorySource<Item>::Matcher matches, int pageSize = 10)
        : source(std::move(items), std::move(matches))
        , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setClock([] { return Now; });
        model.setPageSize(pageSize);
        model.setPageSource(&source);
    }
    ~Fixture() { model.setPageSource(nullptr); }

    // Answers requests until the model is idle (the answers arrive through the event loop).
    bool settle()
    {
        return QTest::qWaitFor([this] {
            source.answerNext();
            return !model.isLoading() && source.pendingCount() == 0;
        });
    }

    InMemorySource<Item> source;
    Model model;
    QAbstractItemModelTester tester;
};

using UserFixture = Fixture<AdminUserModel, AdminUser>;
using AuditFixture = Fixture<AuditLogModel, AuditLogEntry>;

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class tst_AdminModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AdminUser>();
        qRegisterMetaType<AuditLogEntry>();
    }

    void adminUserJson()
    {
        const QJsonObject wire{
            {QStringLiteral("id"), QStringLiteral("0b5d2f9c")},
            {QStringLiteral("username"), QStringLiteral("carol")},
            {QStringLiteral("email"), QStringLiteral("carol@example.org")},
            {QStringLiteral("displayName"), QStringLiteral("Carol")},
            {QStringLiteral("role"), QStringLiteral("admin")},
            {QStringLiteral("disabled"), true},
            {QStringLiteral("createdAt"), QStringLiteral("2026-01-02T03:04:05.006Z")},
            {QStringLiteral("twoFactorEnabled"), true},
            {QStringLiteral("activeSessions"), 2},
            {QStringLiteral("activeTokens"), 3},
            {QStringLiteral("lastSignInAt"), QJsonValue(QJsonValue::Null)},
        };
        const AdminUser carol = AdminUser::fromJson(wire);
        QCOMPARE(carol.id, QStringLiteral("0b5d2f9c"));
        QCOMPARE(carol.username, QStringLiteral("carol"));
        QCOMPARE(carol.email, QStringLiteral("carol@example.org"));
        QCOMPARE(carol.name(), QStringLiteral("Carol"));
        QVERIFY(carol.isAdmin());
        QVERIFY(carol.disabled);
        QCOMPARE(carol.createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC));
        QVERIFY(carol.twoFactorEnabled);
        QCOMPARE(carol.activeSessions, 2);
        QCOMPARE(carol.activeTokens, 3);
        QVERIFY(!carol.lastSignInAt.isValid());
        QCOMPARE(carol.roleText(), QStringLiteral("Administrator"));
        QCOMPARE(carol.statusText(), QStringLiteral("Disabled"));
        QCOMPARE(carol.twoFactorText(), QStringLiteral("On"));
        QCOMPARE(carol.toJson(), wire);
        QCOMPARE(AdminUser::fromJson(carol.toJson()), carol);

        AdminUser bob = user(7);
        bob.displayName.clear();
        QCOMPARE(bob.name(), bob.username);
        QCOMPARE(AdminUser::fromJson(bob.toJson()), bob);
        QCOMPARE(bob.roleText(), QStringLiteral("User"));
        QCOMPARE(bob.statusText(), QStringLiteral("Active"));
        QCOMPARE(bob.twoFactorText(), QStringLiteral("Off"));
    }

    void auditEntryJsonAndWords()
    {
        const QJsonObject wire{
            {QStringLiteral("id"), QStringLiteral("a1")},
            {QStringLiteral("occurredAt"), QStringLiteral("2026-11-22T11:55:00.000Z")},
            {QStringLiteral("adminId"), QStringLiteral("admin-id")},
            {QStringLiteral("adminUsername"), QStringLiteral("alice")},
            {QStringLiteral("action"), QStringLiteral("user.revoke_all")},
            {QStringLiteral("targetUserId"), QStringLiteral("bob-id")},
            {QStringLiteral("targetUsername"), QStringLiteral("bob")},
            {QStringLiteral("details"), QJsonObject{{QStringLiteral("sessionsRevoked"), 2},
                                                    {QStringLiteral("tokensRevoked"), 1}}},
            {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("userAgent"), QStringLiteral("Tasklane/0.1.0")},
        };
        const AuditLogEntry entry = AuditLogEntry::fromJson(wire);
        QCOMPARE(entry.toJson(), wire);
        QCOMPARE(entry.occurredAt, Now.addSecs(-300));
        QCOMPARE(entry.adminText(), QStringLiteral("alice"));
        QCOMPARE(entry.title(), QStringLiteral("Revoked everything"));
        QCOMPARE(entry.detailText(), QStringLiteral("2 sessions and 1 token revoked"));

        QJsonObject cli = wire;
        cli.insert(QStringLiteral("adminId"), QJsonValue(QJsonValue::Null));
        cli.insert(QStringLiteral("adminUsername"), QStringLiteral("cli"));
        cli.insert(QStringLiteral("action"), QStringLiteral("user.disable"));
        cli.insert(QStringLiteral("details"), QJsonObject{{QStringLiteral("sessionsRevoked"), 0},
                                                          {QStringLiteral("tokensRevoked"), 0}});
        cli.insert(QStringLiteral("ip"), QJsonValue(QJsonValue::Null));
        cli.insert(QStringLiteral("userAgent"), QJsonValue(QJsonValue::Null));
        const AuditLogEntry byCli = AuditLogEntry::fromJson(cli);
        QVERIFY(byCli.byCommandLine());
        QCOMPARE(byCli.adminText(), QStringLiteral("Command line"));
        QCOMPARE(byCli.title(), QStringLiteral("Disabled the account"));
        QCOMPARE(byCli.detailText(), QStringLiteral("Nothing was left to revoke"));
        QCOMPARE(byCli.toJson(), cli);

        const auto words = [](const QString &action, const QJsonObject &details = {}) -> QString {
            const AuditLogEntry e = audit(0, action, details);
            return e.title() + QStringLiteral(" | ") + e.detailText();
        };
        QCOMPARE(words(QStringLiteral("session.revoke"),
                       {{QStringLiteral("deviceName"), QStringLiteral("Laptop")}}),
                 QStringLiteral("Signed a session out | \u201cLaptop\u201d"));
        QCOMPARE(words(QStringLiteral("session.revoke")),
                 QStringLiteral("Signed a session out | An unnamed device"));
        QCOMPARE(words(QStringLiteral("token.revoke"),
                       {{QStringLiteral("tokenName"), QStringLiteral("Backup")}}),
                 QStringLiteral("Revoked a token | \u201cBackup\u201d"));
        QCOMPARE(words(QStringLiteral("user.revoke_all"), {{QStringLiteral("sessionsRevoked"), 1},
                                                           {QStringLiteral("tokensRevoked"), 3}}),
                 QStringLiteral("Revoked everything | 1 session and 3 tokens revoked"));
        QCOMPARE(words(QStringLiteral("user.reset_2fa")), QStringLiteral("Reset two-factor | "));
        QCOMPARE(words(QStringLiteral("user.enable")), QStringLiteral("Enabled the account | "));
        QCOMPARE(words(QStringLiteral("user.create"),
                       {{QStringLiteral("role"), QStringLiteral("admin")}}),
                 QStringLiteral("Created the account | An administrator"));
        QCOMPARE(
            words(QStringLiteral("user.reset_password"),
                  {{QStringLiteral("sessionsRevoked"), 2}, {QStringLiteral("tokensRevoked"), 0}}),
            QStringLiteral("Reset the password | 2 sessions and 0 tokens revoked"));
        QCOMPARE(words(QStringLiteral("user.set_role"),
                       {{QStringLiteral("to"), QStringLiteral("user")}}),
                 QStringLiteral("Changed the role | No longer an administrator"));
        QCOMPARE(words(QStringLiteral("user.promote")), QStringLiteral("user.promote | "));
        QCOMPARE(words(QStringLiteral("service_client.rotate"),
                       {{QStringLiteral("clientName"), QStringLiteral("Nightly export")}}),
                 QStringLiteral("Rotated a service account's secret | \u201cNightly export\u201d"));
        for (const QString &action : AuditLogEntry::knownActions())
            QVERIFY2(audit(0, action).title() != action, qPrintable(action));
    }

    void usersPageUntilTheLast()
    {
        UserFixture f(users(25), userMatches);
        QVERIFY(!f.model.canFetchMore({}));
        QSignalSpy pages(&f.model, &AdminUserModel::pageLoaded);
        f.model.reload();
        QVERIFY(f.model.isLoading());
        QCOMPARE(f.source.pendingCount(), 1);
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 10);
        QVERIFY(f.model.isLoaded());
        QVERIFY(f.model.canFetchMore({}));
        while (f.model.canFetchMore({})) {
            f.model.fetchMore({});
            QVERIFY(f.settle());
        }
        QCOMPARE(f.model.rowCount(), 25);
        QVERIFY(!f.model.hasMorePages());
        QCOMPARE(pages.last().at(0).toBool(), false);
        QCOMPARE(f.source.requests.size(), 3);
        QCOMPARE(f.source.requests.at(1).cursor, QStringLiteral("10"));
        QCOMPARE(f.source.requests.at(2).cursor, QStringLiteral("20"));
        QCOMPARE(f.source.requests.at(2).pageSize, 10);
        QCOMPARE(f.model.userAt(24).id, QStringLiteral("user-024"));
        QCOMPARE(f.model.rowOf(QStringLiteral("user-013")), 13);
    }

    void searchGoesToTheSourceAndStartsAgain()
    {
        UserFixture f(users(25), userMatches);
        f.model.reload();
        QVERIFY(f.settle());
        f.model.fetchMore({}); // page 2 of the whole list requested...
        QCOMPARE(f.source.pendingCount(), 1);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.setSearchText(QStringLiteral("  NUMBER 1 ")); // ...and abandoned
        QCOMPARE(reset.count(), 1);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.searchText(), QStringLiteral("NUMBER 1"));
        QVERIFY(f.settle());
        QCOMPARE(f.source.requests.last().text, QStringLiteral("NUMBER 1"));
        QCOMPARE(f.source.requests.last().cursor, QString());
        // "User Number 1" and 10-19: the answer to the abandoned page 2 was dropped.
        QCOMPARE(f.model.rowCount(), 10);
        QCOMPARE(f.model.userAt(0).id, QStringLiteral("user-001"));
        QCOMPARE(f.model.userAt(1).id, QStringLiteral("user-010"));
        f.model.fetchMore({});
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 11);
        QCOMPARE(f.source.requests.last().text, QStringLiteral("NUMBER 1"));

        // The same text again does not reload; another one does.
        const qsizetype asked = f.source.requests.size();
        f.model.setSearchText(QStringLiteral("NUMBER 1"));
        QCOMPARE(f.source.requests.size(), asked);
        f.model.setSearchText(QStringLiteral("nobody"));
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(f.model.isLoaded());
        f.model.setSearchText(QString());
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 10);
    }

    void userCellsInPlainWords()
    {
        QList<AdminUser> list = users(3);
        list[0].role = UserRole::Admin;
        list[0].twoFactorEnabled = true;
        list[2].disabled = true;
        UserFixture f(list, userMatches);
        f.model.setCurrentUserId(QStringLiteral("user-000"));
        f.model.reload();
        QVERIFY(f.settle());
        const QAbstractItemModel &m = f.model;
        QCOMPARE(text(m, 0, AdminUserModel::Username), QStringLiteral("user000 (you)"));
        QVERIFY(m.index(0, 0).data(AdminUserModel::CurrentUserRole).toBool());
        QCOMPARE(text(m, 1, AdminUserModel::Username), QStringLiteral("user001"));
        QVERIFY(!m.index(1, 0).data(AdminUserModel::CurrentUserRole).toBool());
        QCOMPARE(text(m, 1, AdminUserModel::DisplayName), QStringLiteral("User Number 1"));
        QCOMPARE(text(m, 1, AdminUserModel::Username, Qt::ToolTipRole),
                 QStringLiteral("User Number 1 <user001@example.org>"));
        QCOMPARE(text(m, 1, AdminUserModel::Email), QStringLiteral("user001@example.org"));
        QCOMPARE(text(m, 0, AdminUserModel::Role), QStringLiteral("Administrator"));
        QCOMPARE(text(m, 1, AdminUserModel::Role), QStringLiteral("User"));
        QCOMPARE(text(m, 0, AdminUserModel::TwoFactor), QStringLiteral("On"));
        QCOMPARE(text(m, 1, AdminUserModel::TwoFactor), QStringLiteral("Off"));
        QCOMPARE(text(m, 1, AdminUserModel::Status), QStringLiteral("Active"));
        QCOMPARE(text(m, 2, AdminUserModel::Status), QStringLiteral("Disabled"));
        QVERIFY(m.index(2, 0).data(AdminUserModel::DisabledRole).toBool());
        QVERIFY(text(m, 2, AdminUserModel::Username, Qt::ToolTipRole)
                    .contains(QStringLiteral("cannot sign in")));
        QCOMPARE(text(m, 1, AdminUserModel::Sessions), QStringLiteral("1"));
        QCOMPARE(text(m, 2, AdminUserModel::Tokens), QStringLiteral("2"));
        QCOMPARE(text(m, 0, AdminUserModel::LastSignIn), QStringLiteral("Never"));
        QCOMPARE(text(m, 1, AdminUserModel::LastSignIn), QStringLiteral("an hour ago"));
        QCOMPARE(text(m, 2, AdminUserModel::LastSignIn), QStringLiteral("2 hours ago"));
        QCOMPARE(text(m, 1, AdminUserModel::Sessions, Qt::AccessibleTextRole),
                 QStringLiteral("Sessions: 1"));
        QCOMPARE(text(m, 1, AdminUserModel::Username, AdminUserModel::IdRole),
                 QStringLiteral("user-001"));
        QCOMPARE(m.index(1, 0).data(AdminUserModel::AccountRole).value<AdminUser>(), list.at(1));
        // Counts and times sort as numbers; never signed in sorts first.
        QCOMPARE(m.index(2, AdminUserModel::Tokens).data(AdminUserModel::SortRole).toInt(), 2);
        QVERIFY(m.index(0, AdminUserModel::LastSignIn).data(AdminUserModel::SortRole).toLongLong() <
                m.index(2, AdminUserModel::LastSignIn).data(AdminUserModel::SortRole).toLongLong());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&f.model);
        proxy.setSortRole(AdminUserModel::SortRole);
        proxy.sort(AdminUserModel::LastSignIn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(AdminUserModel::IdRole).toString(),
                 QStringLiteral("user-001"));

        // Who "you" are can change (another administrator signs in).
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setCurrentUserId(QStringLiteral("user-001"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(m, 0, AdminUserModel::Username), QStringLiteral("user000"));
        QCOMPARE(text(m, 1, AdminUserModel::Username), QStringLiteral("user001 (you)"));
    }

    void replacedUserShowsTheChange()
    {
        UserFixture f(users(3), userMatches);
        f.model.reload();
        QVERIFY(f.settle());
        AdminUser bob = f.model.userAt(1);
        bob.activeSessions = 0;
        bob.activeTokens = 0;
        bob.disabled = true;
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(f.model.replaceItem(bob));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(f.model.userAt(1), bob);
        QCOMPARE(text(f.model, 1, AdminUserModel::Status), QStringLiteral("Disabled"));
        QCOMPARE(f.model.rowCount(), 3);
        QVERIFY(!f.model.replaceItem(user(99)));
        QCOMPARE(f.model.rowCount(), 3);
    }

    void failedUserPageWaitsForRetry()
    {
        UserFixture f(users(5), userMatches);
        QSignalSpy failed(&f.model, &AdminUserModel::loadFailed);
        f.model.reload();
        QVERIFY(f.source.answerNext(QString()));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("The users could not be loaded."));
        QVERIFY(f.model.hasFailed());
        f.model.fetchMore({});
        QCOMPARE(f.source.pendingCount(), 0);
        f.model.retry();
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 5);
        QVERIFY(!f.model.hasFailed());

        f.model.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(!f.model.isLoaded());
        QVERIFY(!f.model.canFetchMore({}));
    }

    void auditLogNewestFirstInWords()
    {
        QList<AuditLogEntry> log;
        log.append(
            audit(0, QStringLiteral("user.revoke_all"),
                  {{QStringLiteral("sessionsRevoked"), 1}, {QStringLiteral("tokensRevoked"), 1}}));
        log.append(audit(2, QStringLiteral("token.revoke"),
                         {{QStringLiteral("tokenId"), QStringLiteral("t1")},
                          {QStringLiteral("tokenName"), QStringLiteral("Backup script")}}));
        AuditLogEntry byCli = audit(5, QStringLiteral("user.disable"));
        byCli.adminId.clear();
        byCli.adminUsername = QStringLiteral("cli");
        byCli.ip.clear();
        byCli.userAgent.clear();
        log.append(byCli);
        for (int i = 10; i < 30; ++i)
            log.append(audit(i, QStringLiteral("user.enable")));
        AuditFixture f(log, [](const AuditLogEntry &, const QString &) { return true; });
        f.model.reload();
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 10);
        const QAbstractItemModel &m = f.model;
        QVERIFY2(text(m, 0, AuditLogModel::Time).startsWith(QStringLiteral("just now (")),
                 qPrintable(text(m, 0, AuditLogModel::Time)));
        QVERIFY(text(m, 1, AuditLogModel::Time).startsWith(QStringLiteral("2 minutes ago (")));
        QCOMPARE(text(m, 0, AuditLogModel::Admin), QStringLiteral("alice"));
        QCOMPARE(text(m, 0, AuditLogModel::Action), QStringLiteral("Revoked everything"));
        QCOMPARE(text(m, 0, AuditLogModel::Target), QStringLiteral("bob"));
        QCOMPARE(text(m, 0, AuditLogModel::Details),
                 QStringLiteral("1 session and 1 token revoked"));
        QCOMPARE(text(m, 0, AuditLogModel::IpAddress), QStringLiteral("127.0.0.1"));
        QCOMPARE(text(m, 0, AuditLogModel::Software), QStringLiteral("Tasklane 0.1 on Linux"));
        QCOMPARE(text(m, 1, AuditLogModel::Details), QStringLiteral("\u201cBackup script\u201d"));
        QCOMPARE(text(m, 2, AuditLogModel::Admin), QStringLiteral("Command line"));
        QVERIFY(text(m, 2, AuditLogModel::Admin, Qt::ToolTipRole)
                    .contains(QStringLiteral("command line")));
        QCOMPARE(text(m, 2, AuditLogModel::Software), QString());
        QCOMPARE(text(m, 1, AuditLogModel::Action, AuditLogModel::ActionRole),
                 QStringLiteral("token.revoke"));
        QCOMPARE(text(m, 1, 0, AuditLogModel::IdRole), QStringLiteral("audit-002"));
        QCOMPARE(m.index(1, 0).data(AuditLogModel::EntryRole).value<AuditLogEntry>(), log.at(1));
        QVERIFY(m.index(0, AuditLogModel::Time).data(AuditLogModel::SortRole).toLongLong() >
                m.index(1, AuditLogModel::Time).data(AuditLogModel::SortRole).toLongLong());

        while (f.model.canFetchMore({})) {
            f.model.fetchMore({});
            QVERIFY(f.settle());
        }
        QCOMPARE(f.model.rowCount(), 23);
        QCOMPARE(f.model.entryAt(22).id, QStringLiteral("audit-029"));

        // Time passes: the relative times say so.
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setClock([] { return Now.addSecs(3600); });
        QCOMPARE(changed.count(), 1);
        QVERIFY(text(m, 0, AuditLogModel::Time).startsWith(QStringLiteral("an hour ago (")));
    }

    void failedAuditPageSaysSo()
    {
        AuditFixture f({audit(0, QStringLiteral("user.enable"))},
                       [](const AuditLogEntry &, const QString &) { return true; });
        QSignalSpy failed(&f.model, &AuditLogModel::loadFailed);
        f.model.reload();
        QVERIFY(f.source.answerNext(QStringLiteral("Administrators only.")));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Administrators only."));
        f.model.retry();
        QVERIFY(f.settle());
        QCOMPARE(f.model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_AdminModels)
#include "tst_adminmodels.moc"
