// SpentRowPurge on a real SQLite database with the migrations applied: which rows are due (ended
// or spent longer ago than the retention, by revocation, by idleness, by the longest lifetime;
// expired access tokens and authorization requests at once), which stay, that the foreign keys
// hold while sessions go with their tokens and codes, that the security log is untouched, and that
// the work comes in batches no larger than asked for.
#include "store/AuthorizationStore.h"
#include "store/ClientStore.h"
#include "store/Database.h"
#include "store/Ids.h"
#include "store/SecurityEventStore.h"
#include "store/SessionStore.h"
#include "store/SpentRowPurge.h"
#include "store/UserStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr qint64 Day = SessionLifetime::DayMs;
constexpr qint64 Now = 1'800'000'000'000LL;
} // namespace

class tst_SpentRowPurge : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<AuthorizationStore> m_authorizations;
    QString m_userId;

    QString session(qint64 createdAtMs, qint64 lastRefreshAtMs, qint64 revokedAtMs = 0)
    {
        Session draft;
        draft.userId = m_userId;
        draft.clientId = QStringLiteral("tasklane-desktop");
        draft.deviceName = QStringLiteral("device");
        draft.ip = QStringLiteral("127.0.0.1");
        draft.userAgent = QStringLiteral("Tasklane/0.1");
        draft.scope = QStringLiteral("tasks:read");
        draft.createdAtMs = createdAtMs;
        draft.lastActiveAtMs = createdAtMs;
        const QString id = m_sessions->create(draft).id;
        m_sessions->markRefreshed(id, lastRefreshAtMs);
        m_sessions->insertRefreshToken(QStringLiteral("rt-current-") + id, id, lastRefreshAtMs);
        AccessTokenRecord access;
        access.id = Ids::make();
        access.sessionId = id;
        access.scope = draft.scope;
        access.expiresAtMs = Now + 3600 * 1000;
        m_sessions->insertAccessToken(QStringLiteral("at-") + id, access, lastRefreshAtMs);
        code(QStringLiteral("code-") + id, createdAtMs + 60 * 1000, id);
        if (revokedAtMs != 0)
            m_sessions->revoke(id, QStringLiteral("revoked"), revokedAtMs);
        return id;
    }

    void code(const QString &hash, qint64 expiresAtMs, const QString &sessionId = {})
    {
        AuthorizationCode c;
        c.codeHash = hash;
        c.clientId = QStringLiteral("tasklane-desktop");
        c.userId = m_userId;
        c.redirectUri = QStringLiteral("http://127.0.0.1/callback");
        c.scope = QStringLiteral("tasks:read");
        c.codeChallenge = QStringLiteral("challenge");
        c.deviceName = QStringLiteral("device");
        c.expiresAtMs = expiresAtMs;
        m_authorizations->insertCode(c);
        if (!sessionId.isEmpty()) {
            m_authorizations->markCodeUsed(hash, expiresAtMs - 30 * 1000);
            m_authorizations->attachSession(hash, sessionId);
        }
    }

    void request(const QString &id, qint64 expiresAtMs)
    {
        AuthorizationRequest r;
        r.id = id;
        r.clientId = QStringLiteral("tasklane-desktop");
        r.redirectUri = QStringLiteral("http://127.0.0.1/callback");
        r.scope = QStringLiteral("tasks:read");
        r.codeChallenge = QStringLiteral("challenge");
        r.deviceName = QStringLiteral("device");
        r.csrfToken = QStringLiteral("csrf");
        r.browserBinding = QStringLiteral("binding");
        r.expiresAtMs = expiresAtMs;
        m_authorizations->insertRequest(r);
    }

    int count(const QString &table, const QString &where = QStringLiteral("1 = 1"))
    {
        auto &q = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where));
        return q.next() ? q.value(0).toInt() : -1;
    }

    bool exists(const QString &table, const QString &column, const QString &value)
    {
        auto &q = m_db->exec(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?").arg(table, column), {value});
        return q.next() && q.value(0).toInt() == 1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        m_db = std::make_unique<Database>(Database::sqliteUrl(file));
        m_db->migrate();
        ClientStore(*m_db).ensureBuiltinClients();
        User user;
        user.username = QStringLiteral("carol");
        user.email = QStringLiteral("carol@example.org");
        user.displayName = QStringLiteral("Carol");
        const auto created = UserStore(*m_db).create(user, QStringLiteral("not-a-real-hash"));
        QVERIFY(created);
        m_userId = created->id;
        m_sessions = std::make_unique<SessionStore>(*m_db, SessionLifetime{30, 90});
        m_authorizations = std::make_unique<AuthorizationStore>(*m_db);
    }

    void removesWhatIsDueAndKeepsTheRest()
    {
        // Retention 30 days: what ended before day -30 goes.
        const QString revokedLongAgo = session(Now - 100 * Day, Now - 50 * Day, Now - 40 * Day);
        const QString revokedLately = session(Now - 100 * Day, Now - 50 * Day, Now - 10 * Day);
        const QString idleLongAgo = session(Now - 70 * Day, Now - 61 * Day); // ended day -31
        const QString idleLately = session(Now - 70 * Day, Now - 59 * Day);  // ended day -29
        const QString oldLongAgo = session(Now - 121 * Day, Now - 1 * Day);  // ended day -31
        const QString oldLately = session(Now - 119 * Day, Now - 1 * Day);   // ends day -29
        const QString live = session(Now - 5 * Day, Now - 1 * Day);
        // Rotated refresh tokens of a live session: one rotated long ago, one lately.
        m_sessions->insertRefreshToken(QStringLiteral("rt-old"), live, Now - 40 * Day);
        m_sessions->markRefreshTokenUsed(QStringLiteral("rt-old"), Now - 31 * Day);
        m_sessions->insertRefreshToken(QStringLiteral("rt-recent"), live, Now - 30 * Day);
        m_sessions->markRefreshTokenUsed(QStringLiteral("rt-recent"), Now - 29 * Day);
        // An expired access token of the live session.
        AccessTokenRecord expired;
        expired.id = Ids::make();
        expired.sessionId = live;
        expired.scope = QStringLiteral("tasks:read");
        expired.expiresAtMs = Now - 1;
        m_sessions->insertAccessToken(QStringLiteral("at-expired"), expired, Now - 3600 * 1000);
        // Codes never exchanged, and pending sign-ins.
        code(QStringLiteral("code-old"), Now - 31 * Day);
        code(QStringLiteral("code-recent"), Now - 29 * Day);
        request(QStringLiteral("req-expired"), Now - 1);
        request(QStringLiteral("req-pending"), Now + 10 * 60 * 1000);
        // The security log mentions a session that is about to go.
        SecurityEvent event;
        event.userId = m_userId;
        event.type = SecurityEventType::SignInSucceeded;
        event.occurredAtMs = Now - 100 * Day;
        event.sessionId = revokedLongAgo;
        SecurityEventStore(*m_db).record(event);

        SpentRowPurge purge(*m_db, SessionLifetime{30, 90}, 30, 2);
        const auto first = purge.runBatch(Now);
        QCOMPARE(first.sessions, 2); // three are due; batches of two
        QVERIFY(!purge.done());
        const auto rest = purge.runAll(Now);
        QVERIFY(purge.done());
        QCOMPARE(first.sessions + rest.sessions, 3);
        // What a session takes with it is counted with the session, so only these are exact;
        // the rest is checked by what is left.
        QCOMPARE(first.accessTokens + rest.accessTokens, 1);
        QCOMPARE(first.authorizationRequests + rest.authorizationRequests, 1);

        for (const QString &gone : {revokedLongAgo, idleLongAgo, oldLongAgo}) {
            QVERIFY2(!exists(QStringLiteral("sessions"), QStringLiteral("id"), gone),
                     qPrintable(gone));
            QCOMPARE(count(QStringLiteral("refresh_tokens"),
                           QStringLiteral("session_id = '%1'").arg(gone)),
                     0);
            QCOMPARE(count(QStringLiteral("access_tokens"),
                           QStringLiteral("session_id = '%1'").arg(gone)),
                     0);
            QCOMPARE(count(QStringLiteral("authorization_codes"),
                           QStringLiteral("session_id = '%1'").arg(gone)),
                     0);
        }
        for (const QString &kept : {revokedLately, idleLately, oldLately, live})
            QVERIFY2(exists(QStringLiteral("sessions"), QStringLiteral("id"), kept),
                     qPrintable(kept));
        QVERIFY(!exists(QStringLiteral("refresh_tokens"), QStringLiteral("token_hash"),
                        QStringLiteral("rt-old")));
        QVERIFY(exists(QStringLiteral("refresh_tokens"), QStringLiteral("token_hash"),
                       QStringLiteral("rt-recent")));
        QVERIFY(exists(QStringLiteral("refresh_tokens"), QStringLiteral("token_hash"),
                       QStringLiteral("rt-current-") + live));
        QVERIFY(!exists(QStringLiteral("access_tokens"), QStringLiteral("token_hash"),
                        QStringLiteral("at-expired")));
        QVERIFY(exists(QStringLiteral("access_tokens"), QStringLiteral("token_hash"),
                       QStringLiteral("at-") + live));
        QVERIFY(!exists(QStringLiteral("authorization_codes"), QStringLiteral("code_hash"),
                        QStringLiteral("code-old")));
        QVERIFY(exists(QStringLiteral("authorization_codes"), QStringLiteral("code_hash"),
                       QStringLiteral("code-recent")));
        QVERIFY(!exists(QStringLiteral("authorization_requests"), QStringLiteral("id"),
                        QStringLiteral("req-expired")));
        QVERIFY(exists(QStringLiteral("authorization_requests"), QStringLiteral("id"),
                       QStringLiteral("req-pending")));
        // Left: the current refresh tokens of the four sessions that stay, and rt-recent; their
        // access tokens; the live session's code (the others expired with their sign-in) and
        // code-recent; the pending request.
        QCOMPARE(count(QStringLiteral("refresh_tokens")), 5);
        // Those of the three sessions that stay and were not revoked (revoking deletes them).
        QCOMPARE(count(QStringLiteral("access_tokens")), 3);
        QCOMPARE(count(QStringLiteral("authorization_codes")), 2);
        QCOMPARE(count(QStringLiteral("authorization_requests")), 1);
        QCOMPARE(count(QStringLiteral("sessions")), 4);
        QCOMPARE(count(QStringLiteral("security_events"),
                       QStringLiteral("session_id = '%1'").arg(revokedLongAgo)),
                 1);

        // Nothing more is due: a second run finds nothing.
        QCOMPARE(purge.runAll(Now).total(), 0);
    }

    void lifetimeEndsAndTheirReasons()
    {
        const SessionLifetime lifetime{30, 90};
        Session s;
        s.createdAtMs = Now;
        s.lastRefreshAtMs = Now;
        QCOMPARE(lifetime.endsAtMs(s), Now + 30 * Day);
        QCOMPARE(lifetime.endOf(s, Now + 30 * Day - 1), SessionLifetime::End::None);
        QCOMPARE(lifetime.endOf(s, Now + 30 * Day), SessionLifetime::End::Idle);
        s.lastRefreshAtMs = Now + 80 * Day;
        QCOMPARE(lifetime.endsAtMs(s), Now + 90 * Day);
        QCOMPARE(lifetime.endOf(s, Now + 90 * Day), SessionLifetime::End::MaxAge);
        QCOMPARE(lifetime.describe(SessionLifetime::End::Idle),
                 QStringLiteral("The session ended after 30 days without use."));
        QCOMPARE(lifetime.describe(SessionLifetime::End::MaxAge),
                 QStringLiteral("The session ended: a session lasts at most 90 days."));
        QCOMPARE(SessionLifetime({1, 1}).describe(SessionLifetime::End::Idle),
                 QStringLiteral("The session ended after 1 day without use."));
    }
};

QTEST_GUILESS_MAIN(tst_SpentRowPurge)
#include "tst_spentrowpurge.moc"
