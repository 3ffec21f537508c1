#include "allocation/bestavailable.h"
#include "allocation/snakeranking.h"
#include "layout/layoutsector.h"
#include "layout/rowblock.h"

#include <QtTest>

using namespace Tribina;

namespace {

/// A small sector drawn as text, one string per row (row 0 first):
///   '.' available   'X' taken   'A' wheelchair place   'C' companion seat   ' ' no seat
/// The snake visits rows in the given order, row 0 left to right, row 1 right to left, ...
struct Drawn
{
    QList<SeatKey> order;
    QHash<SeatKey, SeatType> types;
    QSet<SeatKey> available;
};

Drawn draw(const QStringList &rows)
{
    Drawn d;
    for (int r = 0; r < rows.size(); ++r) {
        const QString &row = rows[r];
        for (int k = 0; k < row.size(); ++k) {
            const int i = (r % 2 == 0) ? k : int(row.size()) - 1 - k;
            const QChar c = row[i];
            if (c == QLatin1Char(' '))
                continue;
            const SeatKey key{r, i};
            d.order << key;
            if (c == QLatin1Char('A'))
                d.types.insert(key, SeatType::Accessibility);
            if (c == QLatin1Char('C'))
                d.types.insert(key, SeatType::Companion);
            if (c != QLatin1Char('X'))
                d.available.insert(key);
        }
    }
    return d;
}

/// The rows with the chosen seats marked '*'.
QStringList mark(QStringList rows, const QList<SeatKey> &seats)
{
    for (const SeatKey &s : seats)
        rows[s.rowOrder][s.seatIndex] = QLatin1Char('*');
    return rows;
}

} // namespace

/// The best-available group rules on small drawn sectors (issue 6): first block in snake order,
/// no single orphan beside it while another block allows, singles "not together" otherwise,
/// wheelchair places with their companions.
class TestBestAvailable : public QObject
{
    Q_OBJECT
private slots:
    void choose_data()
    {
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("accessible");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("together");
        QTest::addColumn<bool>("orphan");

        QTest::newRow("empty row: first seats")
            << QStringList{u"........"_qs} << 3 << false << QStringList{u"***....."_qs} << true << false;
        QTest::newRow("skips a taken seat")
            << QStringList{u".X......"_qs} << 3 << false << QStringList{u".X***..."_qs} << true << false;
        QTest::newRow("second row walks right to left")
            << QStringList{u"XX.XX.XX"_qs, u"........"_qs} << 3 << false
            << QStringList{u"XX.XX.XX"_qs, u".....***"_qs} << true << false;
        QTest::newRow("avoids an orphan when another block allows")
            << QStringList{u"X.....XX"_qs, u"........"_qs} << 4 << false
            << QStringList{u"X.....XX"_qs, u"....****"_qs} << true << false;
        QTest::newRow("takes the orphan block when no other exists")
            << QStringList{u"X.....XX"_qs} << 4 << false << QStringList{u"X****.XX"_qs} << true << true;
        QTest::newRow("a block that leaves two seats is fine")
            << QStringList{u"X......X"_qs} << 4 << false << QStringList{u"X****..X"_qs} << true << false;
        QTest::newRow("a gap breaks adjacency")
            << QStringList{u"... ...."_qs} << 4 << false << QStringList{u"... ****"_qs} << true << false;
        QTest::newRow("no block: best singles, not together")
            << QStringList{u"X.X.X.X."_qs, u".X.X.X.X"_qs} << 3 << false
            << QStringList{u"X*X*X*X."_qs, u".X.X.X.X"_qs} << false << false;
        QTest::newRow("regular requests skip wheelchair and companion seats")
            << QStringList{u"CA..AC.."_qs} << 2 << false << QStringList{u"CA**AC.."_qs} << true << false;
        QTest::newRow("wheelchair place comes with its companion")
            << QStringList{u"..XA.AC."_qs} << 1 << true << QStringList{u"..XA.**."_qs} << true << false;
        QTest::newRow("companion on the left")
            << QStringList{u"XCA....."_qs} << 1 << true << QStringList{u"X**....."_qs} << true << false;
        QTest::newRow("companion on the right")
            << QStringList{u"..XAC..."_qs} << 1 << true << QStringList{u"..X**..."_qs} << true << false;
        QTest::newRow("a taken companion leaves its place out")
            << QStringList{u"AX.CA..."_qs} << 1 << true << QStringList{u"AX.**..."_qs} << true << false;
        QTest::newRow("no pair across a gap")
            << QStringList{u"A C..... "_qs} << 1 << true << QStringList{u"A C..... "_qs} << false << false;
        QTest::newRow("places in snake order, second row right to left")
            << QStringList{u"X......."_qs, u"AC....CA"_qs} << 1 << true
            << QStringList{u"X......."_qs, u"AC....**"_qs} << true << false;
        QTest::newRow("two places share no companion")
            << QStringList{u"ACA....."_qs} << 2 << true << QStringList{u"**A....."_qs} << true << false;
        QTest::newRow("alternating places and companions all get one")
            << QStringList{u"XXXXXX"_qs, u"ACACAC"_qs} << 3 << true
            << QStringList{u"XXXXXX"_qs, u"******"_qs} << false << false;
        QTest::newRow("not enough seats")
            << QStringList{u"XX.XX"_qs} << 2 << false << QStringList{u"XX*XX"_qs} << false << false;
    }

    void choose()
    {
        QFETCH(QStringList, rows);
        QFETCH(int, count);
        QFETCH(bool, accessible);
        QFETCH(QStringList, expected);
        QFETCH(bool, together);
        QFETCH(bool, orphan);
        const Drawn d = draw(rows);
        const BestAvailable best(d.order, d.types);
        const BestAvailable::Choice c = best.choose(count, best.availabilityOf(d.available),
                                                    accessible ? BestAvailable::Mode::Accessible
                                                               : BestAvailable::Mode::Regular);
        QCOMPARE(mark(rows, c.seats), expected);
        QCOMPARE(c.together, together);
        QCOMPARE(c.leavesOrphan, orphan);
    }

    void wheelchairPairs()
    {
        // Snake of the second row right to left: A4 takes C3 first, then A2 C1; A0 still gets
        // one because the others move right.
        const QStringList rows{u"XXXXXX"_qs, u"ACACAC"_qs};
        const Drawn d = draw(rows);
        const BestAvailable best(d.order, d.types);
        const std::vector<char> all = best.availabilityOf(d.available);
        QCOMPARE(best.freePairs(all), 3);
        BestAvailable::Choice c = best.choose(3, all, BestAvailable::Mode::Accessible);
        QVERIFY(c.complete());
        for (int i = 0; i < c.seats.size(); i += 2) {
            QCOMPARE(best.typeOf(best.rankOf(c.seats.at(i))), SeatType::Accessibility);
            QCOMPARE(best.typeOf(best.rankOf(c.seats.at(i + 1))), SeatType::Companion);
            QCOMPARE(qAbs(c.seats.at(i).seatIndex - c.seats.at(i + 1).seatIndex), 1);
            QCOMPARE(c.seats.at(i).rowOrder, c.seats.at(i + 1).rowOrder);
        }
        // Wheelchair places first in snake order: A4, A2, A0.
        QCOMPARE(c.seats.at(0), (SeatKey{1, 4}));
        QCOMPARE(c.seats.at(2), (SeatKey{1, 2}));
        QCOMPARE(c.seats.at(4), (SeatKey{1, 0}));
        // Four asked, three there: incomplete, and the three are offered.
        c = best.choose(4, all, BestAvailable::Mode::Accessible);
        QVERIFY(!c.complete());
        QCOMPARE(c.seats.size(), 6);

        // A clerk's own pick: A2 gets C3, leaving C1 to A0, which has no other.
        QCOMPARE(best.companionOf(best.rankOf({1, 2}), all), best.rankOf({1, 3}));
        QCOMPARE(best.companionOf(best.rankOf({1, 0}), all), best.rankOf({1, 1}));
        QCOMPARE(best.companionOf(best.rankOf({1, 1}), all), -1); // a companion seat is no place
        QCOMPARE(best.companionOf(best.rankOf({0, 1}), all), -1);
        QSet<SeatKey> fewer = d.available;
        fewer.remove({1, 1});
        const std::vector<char> withoutC1 = best.availabilityOf(fewer);
        QCOMPARE(best.companionOf(best.rankOf({1, 0}), withoutC1), -1);
        QCOMPARE(best.freePairs(withoutC1), 2);
        // Regular requests leave the whole row alone.
        QVERIFY(best.choose(1, all).seats.isEmpty());
    }

    void followsTheSectorSnake()
    {
        // A real sector: 5 rows of 9, centre-outward from the middle row. 3 seats go to the
        // middle of the best row.
        LayoutSector sector(QStringLiteral("Test"), QStringLiteral("T"));
        RowBlock block(RowPath::straight({10, 40}, {-10, 40}), 5);
        block.setFixedSeats(9);
        sector.addBlock(block);
        const SnakeRanking ranking(sector);
        QCOMPARE(ranking.size(), 45);
        const BestAvailable best(ranking);
        QSet<SeatKey> all(ranking.order().cbegin(), ranking.order().cend());
        BestAvailable::Choice c = best.choose(3, best.availabilityOf(all));
        QVERIFY(c.together);
        QCOMPARE(c.seats.size(), 3);
        const int bestRow = ranking.order().first().rowOrder;
        for (const SeatKey &s : c.seats) {
            QCOMPARE(s.rowOrder, bestRow);
            QVERIFY(qAbs(s.seatIndex - 4) <= 2);
        }
        // Every seat chosen is available, and nothing is chosen twice.
        for (const SeatKey &s : c.seats)
            all.remove(s);
        c = best.choose(40, best.availabilityOf(all));
        QCOMPARE(QSet<SeatKey>(c.seats.cbegin(), c.seats.cend()).size(), 40);
        for (const SeatKey &s : c.seats)
            QVERIFY(all.contains(s));
    }
};

QTEST_GUILESS_MAIN(TestBestAvailable)
#include "tst_bestavailable.moc"
