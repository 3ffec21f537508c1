#include "allocation/snakeranking.h"
#include "demo/demostadiums.h"
#include "layout/layoutsector.h"
#include "layout/rowblock.h"
#include "layout/stadiumlayout.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

#include <algorithm>
#include <limits>

using namespace Tribina;

Q_DECLARE_METATYPE(Tribina::TraversalDirection)
Q_DECLARE_METATYPE(Tribina::RowStrategy)
Q_DECLARE_METATYPE(Tribina::SnakeConfig)

namespace {

constexpr auto T2B = TraversalDirection::TopToBottom;
constexpr auto B2T = TraversalDirection::BottomToTop;
constexpr auto Centre = RowStrategy::CenterOutward;
constexpr auto L2R = RowStrategy::LeftToRight;
constexpr auto R2L = RowStrategy::RightToLeft;

// rows straight rows of seats seats each, 1 m pitch and 1 m apart: seat_index = metres.
LayoutSector smallSector(int rows = 3, int seats = 5)
{
    RowBlock block(RowPath::straight({0, 0}, {double(seats), 0}), rows);
    block.setFixedSeats(seats);
    block.setSeatPitch(1.0);
    block.setRowDepth(1.0);
    LayoutSector sector(QStringLiteral("Test"), QStringLiteral("T"));
    sector.addBlock(block);
    return sector;
}

// "row:seat" per seat, best first: failures print readable orders.
QStringList spelled(const QList<SeatKey> &order)
{
    QStringList result;
    for (const SeatKey &key : order)
        result.append(QString::number(key.rowOrder) + QLatin1Char(':') + QString::number(key.seatIndex));
    return result;
}

// "row:a,b,c" per row in visiting order is how the expectations below are written.
QStringList expand(std::initializer_list<std::pair<int, std::initializer_list<int>>> rows)
{
    QStringList result;
    for (const auto &[row, seats] : rows) {
        for (const int seat : seats)
            result.append(QString::number(row) + QLatin1Char(':') + QString::number(seat));
    }
    return result;
}

SnakeConfig config(int bestRow, TraversalDirection traversal, RowStrategy strategy)
{
    SnakeConfig c;
    c.bestRow = bestRow;
    c.traversal = traversal;
    c.strategy = strategy;
    return c;
}

void verifyCoversEverySeatOnce(const LayoutSector &sector, const SnakeRanking &ranking)
{
    QCOMPARE(ranking.size(), sector.seatCount());
    QSet<SeatKey> seen;
    for (int rank = 0; rank < ranking.size(); ++rank) {
        const SeatKey key = ranking.order().at(rank);
        QVERIFY(!seen.contains(key));
        seen.insert(key);
        QCOMPARE(ranking.rankOf(key), rank);
        QVERIFY(!sector.rows().at(key.rowOrder).isRemoved(key.seatIndex));
    }
}

} // namespace

/// The snake: the seat order best-seat allocation follows, on a small 3 × 5 sector where every
/// expected order can be written out by hand.
class TestSnakeRanking : public QObject
{
    Q_OBJECT

private slots:
    void order_data();
    void order();
    void alternatesRowByRow();
    void centreIsMeasuredAlongTheRow();
    void subSectors_data();
    void subSectors();
    void removedSeatsAreNotRanked();
    void coversEverySeatOnce_data();
    void coversEverySeatOnce();
    void sectorWithoutRows();
    void maksimirIsFast();
};

void TestSnakeRanking::order_data()
{
    QTest::addColumn<int>("bestRow");
    QTest::addColumn<TraversalDirection>("traversal");
    QTest::addColumn<RowStrategy>("strategy");
    QTest::addColumn<QStringList>("expected");

    // Best row 1 of 0..2: TOP_TO_BOTTOM visits 1, 2, 0; BOTTOM_TO_TOP 1, 0, 2. Rows 0 and 2
    // are one row from the best, so both run the other way.
    QTest::newRow("T2B centre") << 1 << T2B << Centre
        << expand({{1, {2, 1, 3, 0, 4}}, {2, {2, 3, 1, 4, 0}}, {0, {2, 3, 1, 4, 0}}});
    QTest::newRow("T2B left-right") << 1 << T2B << L2R
        << expand({{1, {0, 1, 2, 3, 4}}, {2, {4, 3, 2, 1, 0}}, {0, {4, 3, 2, 1, 0}}});
    QTest::newRow("T2B right-left") << 1 << T2B << R2L
        << expand({{1, {4, 3, 2, 1, 0}}, {2, {0, 1, 2, 3, 4}}, {0, {0, 1, 2, 3, 4}}});
    QTest::newRow("B2T centre") << 1 << B2T << Centre
        << expand({{1, {2, 1, 3, 0, 4}}, {0, {2, 3, 1, 4, 0}}, {2, {2, 3, 1, 4, 0}}});
    QTest::newRow("B2T left-right") << 1 << B2T << L2R
        << expand({{1, {0, 1, 2, 3, 4}}, {0, {4, 3, 2, 1, 0}}, {2, {4, 3, 2, 1, 0}}});
    QTest::newRow("B2T right-left") << 1 << B2T << R2L
        << expand({{1, {4, 3, 2, 1, 0}}, {0, {0, 1, 2, 3, 4}}, {2, {0, 1, 2, 3, 4}}});

    // Best row at an end: the traversal either runs through all rows or turns back at once.
    QTest::newRow("T2B from front") << 0 << T2B << L2R
        << expand({{0, {0, 1, 2, 3, 4}}, {1, {4, 3, 2, 1, 0}}, {2, {0, 1, 2, 3, 4}}});
    QTest::newRow("T2B from back") << 2 << T2B << L2R
        << expand({{2, {0, 1, 2, 3, 4}}, {1, {4, 3, 2, 1, 0}}, {0, {0, 1, 2, 3, 4}}});
    QTest::newRow("B2T from front") << 0 << B2T << Centre
        << expand({{0, {2, 1, 3, 0, 4}}, {1, {2, 3, 1, 4, 0}}, {2, {2, 1, 3, 0, 4}}});
    // A best row past the last row is clamped to the last row.
    QTest::newRow("best row clamped") << 7 << B2T << R2L
        << expand({{2, {4, 3, 2, 1, 0}}, {1, {0, 1, 2, 3, 4}}, {0, {4, 3, 2, 1, 0}}});
}

void TestSnakeRanking::order()
{
    QFETCH(int, bestRow);
    QFETCH(TraversalDirection, traversal);
    QFETCH(RowStrategy, strategy);
    QFETCH(QStringList, expected);

    const LayoutSector sector = smallSector();
    const SnakeRanking ranking(sector, config(bestRow, traversal, strategy));
    QCOMPARE(spelled(ranking.order()), expected);
    verifyCoversEverySeatOnce(sector, ranking);
}

void TestSnakeRanking::alternatesRowByRow()
{
    // Seven rows, best in the middle: wherever the traversal goes, physically adjacent rows
    // run opposite ways — also rows 2 and 3, visited far apart (3 first, 2 after row 6).
    const LayoutSector sector = smallSector(7, 4);
    const SnakeRanking ranking(sector, config(3, T2B, L2R));
    for (int r = 0; r < 7; ++r) {
        const bool ascending = ranking.rankOf(r, 0) < ranking.rankOf(r, 3);
        QCOMPARE(ascending, r % 2 == 1); // best row 3 ascends, so do 1 and 5
    }
    // And the visiting order: 3, 4, 5, 6, then back to 2, 1, 0.
    QList<int> rows;
    for (const SeatKey &key : ranking.order()) {
        if (rows.isEmpty() || rows.constLast() != key.rowOrder)
            rows.append(key.rowOrder);
    }
    QCOMPARE(rows, (QList<int>{3, 4, 5, 6, 2, 1, 0}));

    // Even seat counts: the two middle seats first, the preferred side alternating.
    const SnakeRanking centre(sector, config(3, T2B, Centre));
    QCOMPARE(spelled(centre.order().mid(0, 8)), expand({{3, {1, 2, 0, 3}}, {4, {2, 1, 3, 0}}}));
}

void TestSnakeRanking::centreIsMeasuredAlongTheRow()
{
    // Six seats with a 1 m aisle after the fourth: the middle of the row (3.5 m) is seat 3,
    // not between seats 2 and 3 as counting seats would say.
    LayoutSector sector = smallSector(1, 6);
    QList<LayoutRow> rows = sector.rows();
    rows[0].setGaps({{4, 1.0}});
    sector.setRows(rows);
    const SnakeRanking ranking(sector, config(0, T2B, Centre));
    QCOMPARE(spelled(ranking.order()), expand({{0, {3, 2, 1, 4, 0, 5}}}));
}

void TestSnakeRanking::subSectors_data()
{
    QTest::addColumn<SnakeConfig>("snake");
    QTest::addColumn<QStringList>("expected");

    // Two blocks of three seats in every row: the left block is ranked completely first.
    SnakeConfig halves = config(1, T2B, L2R);
    halves.subSectors = {{{0, 2}, {3, 5}}, {{0, 2}, {3, 5}}, {{0, 2}, {3, 5}}};
    QTest::newRow("halves") << halves
        << expand({{1, {0, 1, 2}}, {2, {2, 1, 0}}, {0, {2, 1, 0}},
                   {1, {3, 4, 5}}, {2, {5, 4, 3}}, {0, {5, 4, 3}}});

    // Irregular rows: the front row's split is elsewhere, the back row has none (all of it is
    // in the first block); centre-outward measures from the middle of each block's range.
    SnakeConfig irregular = config(1, T2B, Centre);
    irregular.subSectors = {{{0, 1}, {2, 5}}, {{0, 2}, {3, 5}}};
    QTest::newRow("irregular") << irregular
        << expand({{1, {1, 0, 2}}, {2, {3, 2, 4, 1, 5, 0}}, {0, {1, 0}},
                   {1, {4, 3, 5}}, {0, {4, 3, 5, 2}}});

    // Seats no range covers (row 1's 5) come last; a seat in two ranges (row 0's 2) counts in
    // the first.
    SnakeConfig gaps = config(0, T2B, R2L);
    gaps.subSectors = {{{0, 2}, {2, 5}}, {{0, 1}, {2, 4}}, {{0, 5}}};
    QTest::newRow("uncovered and overlapping") << gaps
        << expand({{0, {2, 1, 0}}, {1, {0, 1}}, {2, {5, 4, 3, 2, 1, 0}},
                   {0, {5, 4, 3}}, {1, {2, 3, 4}},
                   {1, {5}}});
}

void TestSnakeRanking::subSectors()
{
    QFETCH(SnakeConfig, snake);
    QFETCH(QStringList, expected);

    const LayoutSector sector = smallSector(3, 6);
    const SnakeRanking ranking(sector, snake);
    QCOMPARE(spelled(ranking.order()), expected);
    verifyCoversEverySeatOnce(sector, ranking);
}

void TestSnakeRanking::removedSeatsAreNotRanked()
{
    LayoutSector sector = smallSector();
    QList<LayoutRow> rows = sector.rows();
    rows[1].setRemoved(2, true); // the very best seat, e.g. a camera platform
    rows[0].setRemoved(0, true);
    sector.setRows(rows);
    const SnakeRanking ranking(sector, config(1, T2B, Centre));
    QCOMPARE(spelled(ranking.order()),
             expand({{1, {1, 3, 0, 4}}, {2, {2, 3, 1, 4, 0}}, {0, {2, 3, 1, 4}}}));
    QCOMPARE(ranking.rankOf(1, 2), -1);
    QCOMPARE(ranking.rankOf(0, 0), -1);
    QCOMPARE(ranking.rankOf(5, 0), -1);
    QCOMPARE(ranking.rankOf(0, 9), -1);
    verifyCoversEverySeatOnce(sector, ranking);
}

void TestSnakeRanking::coversEverySeatOnce_data()
{
    QTest::addColumn<int>("bestRow");
    for (int best = 0; best < 5; ++best)
        QTest::addRow("best row %d", best) << best;
}

void TestSnakeRanking::coversEverySeatOnce()
{
    QFETCH(int, bestRow);
    // Every traversal × strategy, with and without blocks, on uneven rows with aisles.
    RowBlock block(RowPath::arc({0, 0}, 20, 30, 60), 5);
    block.setFixedSeats(11, 2);
    block.addAisle(0.4);
    LayoutSector sector(QStringLiteral("Curved"), QStringLiteral("C"));
    sector.addBlock(block);
    QList<LayoutRow> rows = sector.rows();
    rows[2].setRemoved(4, true);
    sector.setRows(rows);
    for (const TraversalDirection traversal : {T2B, B2T}) {
        for (const RowStrategy strategy : {Centre, L2R, R2L}) {
            SnakeConfig snake = config(bestRow, traversal, strategy);
            verifyCoversEverySeatOnce(sector, SnakeRanking(sector, snake));
            snake.subSectors = {{{0, 3}, {4, 10}}, {}, {{2, 8}}, {{0, 0}, {1, 20}}};
            verifyCoversEverySeatOnce(sector, SnakeRanking(sector, snake));
        }
    }
}

void TestSnakeRanking::sectorWithoutRows()
{
    LayoutSector standing(QStringLiteral("Stajanje"), QStringLiteral("N1"), SectorType::Standing);
    standing.setManualCapacity(3000);
    QVERIFY(SnakeRanking(standing).isEmpty());
    QCOMPARE(SnakeRanking(standing).rankOf(0, 0), -1);
    QVERIFY(SnakeRanking(LayoutSector()).isEmpty());
}

void TestSnakeRanking::maksimirIsFast()
{
    const StadiumLayout stadium = DemoStadiums::homeStadium();
    qint64 best = std::numeric_limits<qint64>::max();
    int seats = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        seats = 0;
        for (const LayoutSector &sector : stadium.sectors())
            seats += SnakeRanking(sector).size();
        best = std::min(best, timer.nsecsElapsed());
    }
    QCOMPARE(seats, stadium.seatCount());
    qInfo("ranking all %d seats of Maksimir: %.2f ms (best of 5)", seats, best / 1e6);
    // The budget is 5 ms in a release build; a debug build on a busy machine gets ten times that.
    QVERIFY2(best < 50'000'000, qPrintable(QString::number(best / 1e6) + QStringLiteral(" ms")));
}

QTEST_GUILESS_MAIN(TestSnakeRanking)
#include "tst_snakeranking.moc"
