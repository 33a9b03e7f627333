// PersonalTokenStore and the unique-violation handling under it, on a real SQLite database:
// the partial unique index turns a duplicate active name into "name taken" (not a failure),
// other constraint failures stay failures, revocation returns what it revoked, and a use from
// a new IP is reported once.
#include "store/Database.h"
#include "store/Ids.h"
#include "store/PersonalTokenStore.h"
#include "store/StoreError.h"
#include "store/UserStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_PersonalTokenStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<PersonalTokenStore> m_tokens;
    QString m_userId;
    QString m_otherUserId;

    QString newUser(const QString &name)
    {
        User user;
        user.username = name;
        user.email = name + QStringLiteral("@example.org");
        user.displayName = name;
        const auto created = m_users->create(user, QStringLiteral("not-a-real-hash"));
        return created ? created->id : QString();
    }

    PersonalAccessToken token(const QString &userId, const QString &name)
    {
        PersonalAccessToken t;
        t.id = Ids::make();
        t.userId = userId;
        t.name = name;
        t.scope = QStringLiteral("tasks:read");
        t.createdAtMs = Clock::nowMs();
        return t;
    }

    static QString hashFor(const PersonalAccessToken &t) { return QStringLiteral("hash-") + t.id; }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        m_db = std::make_unique<Database>(Database::sqliteUrl(file));
        m_db->migrate();
        m_users = std::make_unique<UserStore>(*m_db);
        m_tokens = std::make_unique<PersonalTokenStore>(*m_db);
        m_userId = newUser(QStringLiteral("ada"));
        m_otherUserId = newUser(QStringLiteral("bob"));
        QVERIFY(!m_userId.isEmpty() && !m_otherUserId.isEmpty());
    }

    void cleanup()
    {
        m_tokens.reset();
        m_users.reset();
        m_db.reset();
    }

    void aDuplicateActiveNameIsRefusedByTheIndex()
    {
        const PersonalAccessToken first = token(m_userId, QStringLiteral("ci"));
        QVERIFY(m_tokens->insert(hashFor(first), first));
        // What a request that raced past the name check meets: the index, not a failure.
        const PersonalAccessToken second = token(m_userId, QStringLiteral("ci"));
        QVERIFY(!m_tokens->insert(hashFor(second), second));
        QCOMPARE(m_tokens->listForUser(m_userId, Clock::nowMs()).size(), 1);
        // Another user, or the same user once the first is revoked, may use the name.
        const PersonalAccessToken theirs = token(m_otherUserId, QStringLiteral("ci"));
        QVERIFY(m_tokens->insert(hashFor(theirs), theirs));
        QVERIFY(m_tokens->revoke(m_userId, first.id, Clock::nowMs()));
        QVERIFY(m_tokens->insert(hashFor(second), second));
    }

    void otherConstraintFailuresStayFailures()
    {
        // A token of a user that does not exist breaks the foreign key: a real failure.
        const PersonalAccessToken orphan = token(Ids::make(), QStringLiteral("orphan"));
        try {
            m_tokens->insert(hashFor(orphan), orphan);
            QFAIL("the insert should have failed");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Failure);
        }
        // A NOT NULL column left out: a failure too.
        try {
            m_db->exec(QStringLiteral("INSERT INTO users (id) VALUES (?)"), {Ids::make()});
            QFAIL("the insert should have failed");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Failure);
        }
        // A primary key taken: a unique violation.
        try {
            const PersonalAccessToken first = token(m_userId, QStringLiteral("one"));
            PersonalAccessToken sameId = token(m_userId, QStringLiteral("two"));
            sameId.id = first.id;
            QVERIFY(m_tokens->insert(hashFor(first), first));
            m_db->exec(QStringLiteral("INSERT INTO personal_access_tokens (id, user_id, name, "
                                      "token_hash, scope, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {sameId.id, sameId.userId, sameId.name, QStringLiteral("other-hash"),
                        sameId.scope, sameId.createdAtMs});
            QFAIL("the insert should have failed");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::UniqueViolation);
        }
    }

    void aRefusedInsertRollsBackWithItsTransaction()
    {
        const PersonalAccessToken first = token(m_userId, QStringLiteral("ci"));
        QVERIFY(m_tokens->insert(hashFor(first), first));
        const PersonalAccessToken other = token(m_userId, QStringLiteral("other"));
        const PersonalAccessToken duplicate = token(m_userId, QStringLiteral("ci"));
        try {
            m_db->transaction([&] {
                m_users->lockForUpdate(m_userId);
                QVERIFY(m_tokens->insert(hashFor(other), other));
                if (!m_tokens->insert(hashFor(duplicate), duplicate))
                    throw std::runtime_error("name taken");
            });
            QFAIL("the transaction should have thrown");
        } catch (const std::runtime_error &) {
        }
        // Nothing of the failed transaction stayed, and the connection works on.
        QCOMPARE(m_tokens->listForUser(m_userId, Clock::nowMs()).size(), 1);
        QVERIFY(!m_tokens->nameTaken(m_userId, QStringLiteral("other")));
        QVERIFY(m_tokens->insert(hashFor(other), other));
    }

    void revokeReturnsTheRevokedToken()
    {
        const PersonalAccessToken t = token(m_userId, QStringLiteral("Backup script"));
        QVERIFY(m_tokens->insert(hashFor(t), t));
        QVERIFY(!m_tokens->revoke(m_otherUserId, t.id, Clock::nowMs()));
        const auto revoked = m_tokens->revoke(m_userId, t.id, Clock::nowMs());
        QVERIFY(revoked);
        QCOMPARE(revoked->id, t.id);
        QCOMPARE(revoked->name, QStringLiteral("Backup script"));
        QVERIFY(revoked->revokedAtMs != 0);
        QVERIFY(!m_tokens->revoke(m_userId, t.id, Clock::nowMs()));
        QVERIFY(!m_tokens->revoke(m_userId, Ids::make(), Clock::nowMs()));
    }

    // Rotation (docs/api.md 12.4a): the old row keeps working until the end of its overlap,
    // which lies in revoked_at, frees its name for the replacement at once, and is rotated once.
    void aRotatedTokenWorksUntilItsOverlapEnds()
    {
        const qint64 now = Clock::nowMs();
        const PersonalAccessToken old = token(m_userId, QStringLiteral("deploy"));
        QVERIFY(m_tokens->insert(hashFor(old), old));
        const PersonalAccessToken fresh = token(m_userId, QStringLiteral("deploy"));
        QVERIFY(m_tokens->markRotated(old.id, fresh.id, now + 1000));
        QVERIFY(!m_tokens->markRotated(old.id, Ids::make(), now + 1000)); // once only
        QVERIFY(m_tokens->insert(hashFor(fresh), fresh));                 // the name is free
        QCOMPARE(m_tokens->countActive(m_userId, now), 1);

        QCOMPARE(m_tokens->listForUser(m_userId, now).size(), 2);
        QCOMPARE(m_tokens->listForUser(m_userId, now + 1000).size(), 1);
        const auto found = m_tokens->findForBearer(hashFor(old));
        QVERIFY(found);
        QCOMPARE(found->token.replacedById, fresh.id);
        QVERIFY(!found->token.isRevoked(now + 999));
        QVERIFY(found->token.isRevoked(now + 1000));

        // Revoked during the overlap: at once.
        QVERIFY(m_tokens->revoke(m_userId, old.id, now));
        QVERIFY(m_tokens->findForBearer(hashFor(old))->token.isRevoked(now));
        QVERIFY(!m_tokens->markRotated(old.id, Ids::make(), now + 1000));
    }

    void aUseFromANewIpIsReportedOnce()
    {
        const PersonalAccessToken t = token(m_userId, QStringLiteral("script"));
        QVERIFY(m_tokens->insert(hashFor(t), t));
        const qint64 now = Clock::nowMs();
        const auto read = [&] { return m_tokens->findForBearer(hashFor(t))->token; };

        const PersonalAccessToken unused = read();
        QVERIFY(m_tokens->touch(unused, QStringLiteral("192.0.2.1"), QStringLiteral("a"), now));
        // A second request that read the token before the first one wrote: not reported again.
        QVERIFY(!m_tokens->touch(unused, QStringLiteral("192.0.2.1"), QStringLiteral("a"), now));
        QVERIFY(!m_tokens->touch(read(), QStringLiteral("192.0.2.1"), QStringLiteral("a"), now));
        QVERIFY(m_tokens->touch(read(), QStringLiteral("192.0.2.7"), QStringLiteral("b"), now + 1));
        QVERIFY(m_tokens->touch(read(), QStringLiteral("192.0.2.1"), QStringLiteral("c"), now + 2));
        const PersonalAccessToken last = read();
        QCOMPARE(last.lastUsedIp, QStringLiteral("192.0.2.1"));
        QCOMPARE(last.lastUsedUserAgent, QStringLiteral("c"));
        QCOMPARE(last.lastUsedAtMs, now + 2);
    }
};

QTEST_GUILESS_MAIN(tst_PersonalTokenStore)
#include "tst_personaltokenstore.moc"
