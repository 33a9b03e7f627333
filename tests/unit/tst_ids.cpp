// Time-ordered ids (UUID version 7): well-formed UUIDs whose text sorts in creation order,
// also within one millisecond, which the security log's newest-first order relies on.
#include "store/Ids.h"

#include <QSet>
#include <QTest>
#include <QUuid>

class tst_Ids : public QObject
{
    Q_OBJECT

private slots:
    void timeOrderedIdsAreVersion7Uuids()
    {
        const qint64 ms = 1'764'480'000'123; // 2025-11-30T05:20:00.123Z
        const QString id = Ids::makeTimeOrdered(ms);
        const QUuid uuid(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.toString(QUuid::WithoutBraces), id); // lower case, no braces
        QCOMPARE(uuid.data3 >> 12, 7); // QUuid::version() knows versions up to 5 only
        QCOMPARE(uuid.variant(), QUuid::DCE);
        // The first 48 bits are the milliseconds.
        QCOMPARE(id.left(13).remove(QLatin1Char('-')).toLongLong(nullptr, 16), ms);
    }

    void theySortInCreationOrder()
    {
        const qint64 ms = 1'764'480'000'000;
        QStringList made;
        // Many in one millisecond, then later ones.
        for (int i = 0; i < 1000; ++i)
            made.append(Ids::makeTimeOrdered(ms));
        for (int i = 1; i <= 10; ++i)
            made.append(Ids::makeTimeOrdered(ms + i));
        QStringList sorted = made;
        sorted.sort();
        QCOMPARE(sorted, made);
        QCOMPARE(QSet<QString>(made.begin(), made.end()).size(), made.size());
    }

    void randomIdsStayRandom()
    {
        QCOMPARE(int(QUuid(Ids::make()).version()), 4);
        QVERIFY(Ids::make() != Ids::make());
    }
};

QTEST_GUILESS_MAIN(tst_Ids)
#include "tst_ids.moc"
