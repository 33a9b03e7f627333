// Database::selectFirst, the read every API request makes for its bearer credential, on real
// SQLite files. Outside a transaction it runs on SqliteReader (a second connection through
// SQLite's own API); inside one, on the Qt SQL connection. Both must read the same row the
// same way, and the reader must see every commit, from this connection or another, at once.
// selectFirstCached keeps a found row only while Database::dataVersion() stays put.
#include "store/Database.h"
#include "store/StoreError.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Row
{
    QString name;
    qint64 count = 0;
    bool noteIsNull = false;
    QString note;

    bool operator==(const Row &other) const
    {
        return name == other.name && count == other.count && noteIsNull == other.noteIsNull &&
               note == other.note;
    }
};

const QString SelectById =
    QStringLiteral("SELECT name, count, note FROM things WHERE id = ? AND count >= ?");

Row rowFrom(const SqlRow &row)
{
    return Row{row.text(0), row.integer(1), row.isNull(2), row.text(2)};
}

std::optional<Row> thing(Database &db, const QString &id)
{
    return db.selectFirst(SelectById, {id, -1}, rowFrom);
}

std::optional<Row> cachedThing(Database &db, LookupCache<Row> &cache, const QString &id)
{
    return db.selectFirstCached(cache, id, SelectById, {id, -1}, rowFrom);
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    int m_files = 0; // a fresh file for every test function and data row
    std::unique_ptr<Database> m_db;

    void insert(Database &db, const QString &id, const QVariant &name, qint64 count,
                const QVariant &note)
    {
        db.exec(QStringLiteral("INSERT INTO things (id, name, count, note) VALUES (?, ?, ?, ?)"),
                {id, name, count, note});
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_url = Database::sqliteUrl(m_dir.filePath(QStringLiteral("%1.db").arg(++m_files)));
        m_db = std::make_unique<Database>(m_url);
        m_db->exec(QStringLiteral("CREATE TABLE things (id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                                  "count BIGINT NOT NULL, note TEXT)"));
    }

    void cleanup() { m_db.reset(); }

    void bothConnectionsReadARowAlike_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<QVariant>("note");
        QTest::newRow("ascii") << QStringLiteral("plain") << qint64(7)
                               << QVariant(QStringLiteral("a note"));
        QTest::newRow("null note") << QStringLiteral("n") << qint64(0) << QVariant();
        QTest::newRow("empty note") << QString() << qint64(-1) << QVariant(QStringLiteral(""));
        QTest::newRow("not ascii") << QStringLiteral("Zoë 日本 🙂") << (qint64(1) << 53)
                                   << QVariant(QStringLiteral("naïve\ttab\nline"));
    }

    void bothConnectionsReadARowAlike()
    {
        QFETCH(QString, name);
        QFETCH(qint64, count);
        QFETCH(QVariant, note);
        insert(*m_db, QStringLiteral("t1"), name.isNull() ? QStringLiteral("") : name, count, note);

        const auto outside = thing(*m_db, QStringLiteral("t1"));
        const auto inside = m_db->transaction([&] { return thing(*m_db, QStringLiteral("t1")); });
        QVERIFY(outside);
        QVERIFY(inside);
        QCOMPARE(outside->name, name.isNull() ? QStringLiteral("") : name);
        QCOMPARE(outside->count, count);
        QCOMPARE(outside->noteIsNull, note.isNull());
        QCOMPARE(outside->note, note.toString());
        QVERIFY(*outside == *inside);
        QVERIFY(!thing(*m_db, QStringLiteral("missing")));
    }

    void aReadSeesWhatAnotherConnectionCommittedAtOnce()
    {
        Database other(m_url);
        QVERIFY(!thing(*m_db, QStringLiteral("t1")));
        insert(other, QStringLiteral("t1"), QStringLiteral("first"), 1, {});
        QCOMPARE(thing(*m_db, QStringLiteral("t1"))->name, QStringLiteral("first"));

        other.exec(QStringLiteral("UPDATE things SET name = ? WHERE id = ?"),
                   {QStringLiteral("second"), QStringLiteral("t1")});
        QCOMPARE(thing(*m_db, QStringLiteral("t1"))->name, QStringLiteral("second"));

        // Not before the other connection commits.
        other.transaction([&] {
            other.exec(QStringLiteral("DELETE FROM things WHERE id = ?"), {QStringLiteral("t1")});
            QVERIFY(thing(*m_db, QStringLiteral("t1")));
        });
        QVERIFY(!thing(*m_db, QStringLiteral("t1")));
    }

    void aReadSeesThisConnectionsCommitsAndItsOwnTransaction()
    {
        insert(*m_db, QStringLiteral("t1"), QStringLiteral("committed"), 1, {});
        QCOMPARE(thing(*m_db, QStringLiteral("t1"))->name, QStringLiteral("committed"));

        // Uncommitted writes are visible to reads inside the same transaction...
        m_db->transaction([&] {
            insert(*m_db, QStringLiteral("t2"), QStringLiteral("pending"), 2, {});
            QCOMPARE(thing(*m_db, QStringLiteral("t2"))->name, QStringLiteral("pending"));
        });
        QCOMPARE(thing(*m_db, QStringLiteral("t2"))->name, QStringLiteral("pending"));

        // ...and gone after a rollback.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, m_db->transaction([&] {
            insert(*m_db, QStringLiteral("t3"), QStringLiteral("rolled back"), 3, {});
            QVERIFY(thing(*m_db, QStringLiteral("t3")));
            throw std::runtime_error("undo");
        }));
        QVERIFY(!thing(*m_db, QStringLiteral("t3")));
    }

    void aReadHoldsNoSnapshotThatBlocksAWriter()
    {
        insert(*m_db, QStringLiteral("t1"), QStringLiteral("one"), 1, {});
        QVERIFY(thing(*m_db, QStringLiteral("t1")));
        // A checkpoint that must wait for no reader: TRUNCATE fails while a snapshot is open.
        auto &checkpoint = m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // 0: not blocked
    }

    void aBadStatementIsAStoreErrorAndTheNextReadWorks()
    {
        insert(*m_db, QStringLiteral("t1"), QStringLiteral("one"), 1, {});
        const auto noTable = [&] {
            m_db->selectFirst(QStringLiteral("SELECT x FROM no_such_table WHERE id = ?"),
                              {QStringLiteral("t1")},
                              [](const SqlRow &row) { return row.text(0); });
        };
        QVERIFY_THROWS_EXCEPTION(StoreError, noTable());
        const auto tooFewValues = [&] {
            m_db->selectFirst(SelectById, {QStringLiteral("t1")},
                              [](const SqlRow &row) { return row.text(0); });
        };
        QVERIFY_THROWS_EXCEPTION(StoreError, tooFewValues());
        QCOMPARE(thing(*m_db, QStringLiteral("t1"))->name, QStringLiteral("one"));
    }

    void aMappingThatThrowsLeavesTheReaderUsable()
    {
        insert(*m_db, QStringLiteral("t1"), QStringLiteral("one"), 1, {});
        const auto failing = [&] {
            m_db->selectFirst(SelectById, {QStringLiteral("t1"), 0},
                              [](const SqlRow &) -> int { throw std::runtime_error("map"); });
        };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, failing());
        QCOMPARE(thing(*m_db, QStringLiteral("t1"))->name, QStringLiteral("one"));
        // The reset statement holds no snapshot either.
        auto &checkpoint = m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0);
    }

    void theDataVersionMovesWithEveryCommit()
    {
        Database other(m_url);
        const auto start = m_db->dataVersion();
        QVERIFY(start);
        QVERIFY(!thing(*m_db, QStringLiteral("t1")));
        QCOMPARE(m_db->dataVersion(), start); // reading changes nothing

        insert(*m_db, QStringLiteral("t1"), QStringLiteral("mine"), 1, {});
        const auto afterMine = m_db->dataVersion();
        QVERIFY(afterMine && *afterMine != *start);

        insert(other, QStringLiteral("t2"), QStringLiteral("theirs"), 2, {});
        const auto afterTheirs = m_db->dataVersion();
        QVERIFY(afterTheirs && *afterTheirs != *afterMine);

        // Inside a transaction there is none: it would not show the transaction's own writes.
        m_db->transaction([&] { QVERIFY(!m_db->dataVersion()); });
    }

    void aCachedRowLastsUntilAnyCommit()
    {
        Database other(m_url);
        LookupCache<Row> cache;
        insert(*m_db, QStringLiteral("t1"), QStringLiteral("one"), 1, {});
        QCOMPARE(cachedThing(*m_db, cache, QStringLiteral("t1"))->name, QStringLiteral("one"));

        // Changed behind the cache's back, without a word to it: by another process...
        other.exec(QStringLiteral("UPDATE things SET name = ? WHERE id = ?"),
                   {QStringLiteral("two"), QStringLiteral("t1")});
        QCOMPARE(cachedThing(*m_db, cache, QStringLiteral("t1"))->name, QStringLiteral("two"));
        // ...and by this connection.
        m_db->exec(QStringLiteral("UPDATE things SET name = ? WHERE id = ?"),
                   {QStringLiteral("three"), QStringLiteral("t1")});
        QCOMPARE(cachedThing(*m_db, cache, QStringLiteral("t1"))->name, QStringLiteral("three"));
        other.exec(QStringLiteral("DELETE FROM things WHERE id = ?"), {QStringLiteral("t1")});
        QVERIFY(!cachedThing(*m_db, cache, QStringLiteral("t1")));

        // A row that is not there is looked up again next time.
        insert(other, QStringLiteral("t1"), QStringLiteral("back"), 4, {});
        QCOMPARE(cachedThing(*m_db, cache, QStringLiteral("t1"))->name, QStringLiteral("back"));
    }

    void aCachedRowIsServedWhileNothingChanges()
    {
        LookupCache<Row> cache;
        insert(*m_db, QStringLiteral("t1"), QStringLiteral("one"), 1, {});
        QVERIFY(cachedThing(*m_db, cache, QStringLiteral("t1")));
        // Proof that the second read is the cache's: the key names a row the query would not
        // find, so only the stored entry can answer. (Keys are the caller's business.)
        const auto version = m_db->dataVersion();
        QVERIFY(version);
        cache.insert(QStringLiteral("alias"), *version, Row{QStringLiteral("kept"), 9, true, {}});
        QCOMPARE(cachedThing(*m_db, cache, QStringLiteral("alias"))->name, QStringLiteral("kept"));
        QCOMPARE(cachedThing(*m_db, cache, QStringLiteral("t1"))->name, QStringLiteral("one"));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
