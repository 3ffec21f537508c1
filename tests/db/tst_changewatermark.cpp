// ChangeWatermark without a database: sequences of change numbers and snapshot marks as a server
// would produce them, including commits out of change-number order.
#include "db/changewatermark.h"

#include <QTest>

using namespace Tribina;

class TestChangeWatermark : public QObject
{
    Q_OBJECT
private slots:
    void startsAtZero();
    void quietServerAdvancesOneFetchLater();
    void openTransactionHoldsTheWatermark();
    void longTransactionUnderManyCommits();
    void commitBetweenFetchAndMarkIsReadAgain();
    void overlapIsReadAgainAndClamped();
    void restartFromACachedWatermark();
    void checkpointsStayFewWhileXminIsHeld();
};

void TestChangeWatermark::startsAtZero()
{
    ChangeWatermark w;
    QCOMPARE(w.safe(), 0);
    QCOMPARE(w.highest(), 0);
    QCOMPARE(w.fetchAfter(), 0);
}

void TestChangeWatermark::quietServerAdvancesOneFetchLater()
{
    ChangeWatermark w(0);
    // Fetch 1 sees 1..10; nothing is running when the mark is read (xmin == xmax).
    for (qint64 n = 1; n <= 10; ++n)
        w.seen(n);
    w.advance(500, 500);
    QCOMPARE(w.highest(), 10);
    QCOMPARE(w.safe(), 0); // the mark came after the fetch: something may have ended in between
    QCOMPARE(w.fetchAfter(), 0);
    // Fetch 2 (from 0) started after that mark: now 10 is safe.
    w.advance(500, 500);
    QCOMPARE(w.safe(), 10);
    QCOMPARE(w.fetchAfter(), 10);
    // Nothing new: stays.
    w.advance(501, 501);
    QCOMPARE(w.safe(), 10);
}

void TestChangeWatermark::openTransactionHoldsTheWatermark()
{
    ChangeWatermark w(0);
    w.restart(100);
    // Transaction 700 draws 101 and stays open; transaction 701 draws 102 and commits.
    w.seen(102);
    w.advance(700, 702); // 700 still running
    w.advance(700, 702);
    w.advance(700, 703);
    QCOMPARE(w.safe(), 100); // 101 may still come
    QCOMPARE(w.fetchAfter(), 100);
    // 700 commits: the next fetch (from 100) reads 101.
    w.seen(101);
    w.advance(703, 703);
    QCOMPARE(w.safe(), 100); // verified, but this fetch ran before the mark
    w.advance(703, 703);
    QCOMPARE(w.safe(), 102);
    QCOMPARE(w.highest(), 102);
}

void TestChangeWatermark::longTransactionUnderManyCommits()
{
    // The case an overlap window cannot cover: transaction 10 draws 1,001 and stays open while
    // others draw and commit 1,002 .. 5,001; every fetch sees their rows.
    ChangeWatermark w;
    w.restart(1000);
    qint64 xid = 11;
    for (qint64 n = 1002; n <= 5001; n += 100) {
        w.seen(n + 99 > 5001 ? 5001 : n + 99);
        w.advance(10, ++xid); // transaction 10 is the oldest still running
        QVERIFY2(w.fetchAfter() < 1001, qPrintable(QString::number(w.fetchAfter())));
    }
    QCOMPARE(w.highest(), 5001);
    QCOMPARE(w.safe(), 1000);
    // Transaction 10 commits 1,001; the next fetch still starts at or below it.
    QVERIFY(w.fetchAfter() < 1001);
    w.seen(1001);
    w.advance(xid + 1, xid + 1);
    w.advance(xid + 1, xid + 1);
    QCOMPARE(w.safe(), 5001);
}

void TestChangeWatermark::commitBetweenFetchAndMarkIsReadAgain()
{
    // Transaction 50 draws 201 and is running during fetch 2; it commits right after that fetch,
    // before the mark is read. The mark shows nothing running, but fetch 2 did not see 201: the
    // next fetch must still start below it.
    ChangeWatermark w(0);
    w.restart(200);
    w.seen(250);         // fetch 1: others' numbers up to 250
    w.advance(50, 60);   // transaction 50 running
    w.seen(260);         // fetch 2: still not 201
    w.advance(60, 60);   // 50 ended between fetch 2 and this mark
    QVERIFY(w.fetchAfter() < 201);
    w.seen(201);         // fetch 3 reads it
    w.advance(60, 60);
    QCOMPARE(w.safe(), 260);
}

void TestChangeWatermark::overlapIsReadAgainAndClamped()
{
    ChangeWatermark w(32);
    w.restart(10);
    QCOMPARE(w.fetchAfter(), 0);
    w.restart(1000);
    QCOMPARE(w.fetchAfter(), 968);
    QCOMPARE(ChangeWatermark().fetchAfter(), 0);
}

void TestChangeWatermark::restartFromACachedWatermark()
{
    ChangeWatermark w(0);
    w.seen(900);
    w.advance(5, 9);
    w.restart(400);
    QCOMPARE(w.safe(), 400);
    QCOMPARE(w.highest(), 400);
    QCOMPARE(w.pendingCheckpoints(), 0);
    // The old checkpoint (900) is gone: a quiet server does not make 900 safe.
    w.advance(100, 100);
    w.advance(100, 100);
    QCOMPARE(w.safe(), 400);
}

void TestChangeWatermark::checkpointsStayFewWhileXminIsHeld()
{
    ChangeWatermark w;
    qint64 xmax = 100;
    for (int i = 0; i < 10'000; ++i) {
        if (i % 10 == 0)
            w.seen(1000 + i); // a change now and then
        if (i % 3 == 0)
            ++xmax;
        w.advance(99, xmax); // transaction 99 holds xmin back throughout
    }
    QVERIFY2(w.pendingCheckpoints() <= 1001, qPrintable(QString::number(w.pendingCheckpoints())));
    QCOMPARE(w.safe(), 0);
    w.advance(xmax, xmax);
    w.advance(xmax, xmax);
    QCOMPARE(w.safe(), w.highest());
    QCOMPARE(w.pendingCheckpoints(), 0);
}

QTEST_GUILESS_MAIN(TestChangeWatermark)
#include "tst_changewatermark.moc"
