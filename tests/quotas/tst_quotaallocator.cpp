// Golden allocations on small layouts: NM with each traversal and within-row strategy, the
// orphan rules, REDOM, and not enough seats. Seats are written "A1:2" (sector A, row_order 1,
// seat_index 2), in the order the allocator returns them (sector by sector, best first).

#include "allocation/quotaallocator.h"
#include "allocation/snakeranking.h"
#include "layout/layoutsector.h"
#include "layout/rowblock.h"

#include <QSet>
#include <QTest>

using namespace Tribina;

namespace {

// Ids: sector * 1000 + row * 100 + seat index.
int seatId(int sector, int row, int index) { return sector * 1000 + row * 100 + index; }

QString label(int id)
{
    return QStringLiteral("%1%2:%3").arg(QChar(u'A' + id / 1000)).arg(id % 1000 / 100).arg(id % 100);
}

LayoutSector straightSector(const QString &code, int rows, int seatsPerRow)
{
    RowBlock block(RowPath::straight({10, 40}, {-10, 40}), rows);
    block.setFixedSeats(seatsPerRow);
    LayoutSector sector(code, code);
    sector.addBlock(block);
    return sector;
}

struct SectorSpec
{
    SnakeConfig snake;
    QSet<QString> taken; ///< "row:index" not free
};

// Builds an inventory of 3 × 6 sectors ranked by their snake configurations.
QuotaInventory inventoryOf(const QList<SectorSpec> &specs)
{
    QuotaInventory inventory;
    for (int s = 0; s < specs.size(); ++s) {
        const LayoutSector sector = straightSector(QString(QChar(u'A' + s)), 3, 6);
        const SnakeRanking ranking(sector, specs.at(s).snake);
        QList<QuotaInventory::Seat> seats;
        for (const SeatKey &key : ranking.order()) {
            const QString name = QStringLiteral("%1:%2").arg(key.rowOrder).arg(key.seatIndex);
            seats.append({seatId(s, key.rowOrder, key.seatIndex), key.rowOrder, key.seatIndex,
                          !specs.at(s).taken.contains(name)});
        }
        inventory.addSector(seats);
    }
    return inventory;
}

SnakeConfig snake(int bestRow, TraversalDirection traversal, RowStrategy strategy)
{
    SnakeConfig config;
    config.bestRow = bestRow;
    config.traversal = traversal;
    config.strategy = strategy;
    return config;
}

QString labels(const QList<int> &ids)
{
    QStringList out;
    for (int id : ids)
        out.append(label(id));
    return out.join(u' ');
}

} // namespace

Q_DECLARE_METATYPE(QuotaAlgorithm)

class TestQuotaAllocator : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void notEnoughSeats();
    void orphanUnavoidableIsReported();
    void evenSplit();
    void takeAndRelease();
    void successiveQuotasNeverOverlap();
};

void TestQuotaAllocator::golden_data()
{
    QTest::addColumn<QList<SectorSpec>>("sectors");
    QTest::addColumn<QuotaAlgorithm>("algorithm");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("orphans");

    using T = TraversalDirection;
    using R = RowStrategy;
    const auto nm = QuotaAlgorithm::BestSeats;
    const auto redom = QuotaAlgorithm::Distributed;

    // Best row 1 of 3: whole row, then the centred pair of the row behind (odd distance: the
    // snake runs the other way, right side first).
    QTest::newRow("NM top-to-bottom centre-outward")
        << QList<SectorSpec>{{snake(1, T::TopToBottom, R::CenterOutward), {}}} << nm << 8
        << QStringLiteral("A1:2 A1:3 A1:1 A1:4 A1:0 A1:5 A2:3 A2:2") << 0;
    QTest::newRow("NM bottom-to-top centre-outward")
        << QList<SectorSpec>{{snake(1, T::BottomToTop, R::CenterOutward), {}}} << nm << 8
        << QStringLiteral("A1:2 A1:3 A1:1 A1:4 A1:0 A1:5 A0:3 A0:2") << 0;
    // Row 1 runs right to left (snake), so its three best seats are its right end.
    QTest::newRow("NM top-to-bottom left-to-right")
        << QList<SectorSpec>{{snake(0, T::TopToBottom, R::LeftToRight), {}}} << nm << 9
        << QStringLiteral("A0:0 A0:1 A0:2 A0:3 A0:4 A0:5 A1:5 A1:4 A1:3") << 0;
    QTest::newRow("NM bottom-to-top right-to-left")
        << QList<SectorSpec>{{snake(2, T::BottomToTop, R::RightToLeft), {}}} << nm << 4
        << QStringLiteral("A2:5 A2:4 A2:3 A2:2") << 0;
    QTest::newRow("NM bottom-to-top right-to-left two rows")
        << QList<SectorSpec>{{snake(2, T::BottomToTop, R::RightToLeft), {}}} << nm << 8
        << QStringLiteral("A2:5 A2:4 A2:3 A2:2 A2:1 A2:0 A1:0 A1:1") << 0;
    // Seat 1:0 sold: every window of 4 in row 1's run 1..5 leaves one seat alone, so the quota
    // moves to the next row of the snake, where a clean window exists.
    QTest::newRow("NM orphan avoided in next row")
        << QList<SectorSpec>{{snake(1, T::TopToBottom, R::CenterOutward), {QStringLiteral("1:0")}}} << nm << 4
        << QStringLiteral("A2:3 A2:2 A2:4 A2:5") << 0;
    // The snake's first four (2, 3, 1, 4) would leave 1:0 and 1:5 alone; 0..3 leaves two together.
    QTest::newRow("NM orphan avoided within row")
        << QList<SectorSpec>{{snake(1, T::TopToBottom, R::CenterOutward), {}}}
        << nm << 4 << QStringLiteral("A1:2 A1:3 A1:1 A1:0") << 0;
    // A row with a sold seat in the middle is taken whole when the quota needs all its free seats.
    QTest::newRow("NM whole fragmented row")
        << QList<SectorSpec>{{snake(0, T::TopToBottom, R::LeftToRight), {QStringLiteral("0:2")}}} << nm << 5
        << QStringLiteral("A0:0 A0:1 A0:3 A0:4 A0:5") << 0;
    // Sector A cannot hold 6 (only four seats of row 0 are free): all six go to B together.
    QTest::newRow("NM whole quota in one sector")
        << QList<SectorSpec>{{snake(1, T::TopToBottom, R::CenterOutward),
                              {QStringLiteral("1:0"), QStringLiteral("1:1"), QStringLiteral("1:2"), QStringLiteral("1:3"),
                               QStringLiteral("1:4"), QStringLiteral("1:5"), QStringLiteral("2:0"), QStringLiteral("2:1"),
                               QStringLiteral("2:2"), QStringLiteral("2:3"), QStringLiteral("2:4"), QStringLiteral("2:5"),
                               QStringLiteral("0:0"), QStringLiteral("0:5")}},
                             {snake(0, T::TopToBottom, R::LeftToRight), {}}}
        << nm << 6 << QStringLiteral("B0:0 B0:1 B0:2 B0:3 B0:4 B0:5") << 0;
    // Neither sector holds 20 alone: A's 18, then B's best two.
    QTest::newRow("NM spills over sectors")
        << QList<SectorSpec>{{snake(1, T::TopToBottom, R::CenterOutward), {}}, {snake(0, T::TopToBottom, R::LeftToRight), {}}}
        << nm << 20
        << QStringLiteral("A1:2 A1:3 A1:1 A1:4 A1:0 A1:5 A2:3 A2:2 A2:4 A2:1 A2:5 A2:0 A0:3 A0:2 A0:4 A0:1 A0:5 A0:0 B0:0 B0:1")
        << 0;
    // REDOM: 3 per sector, one per row, the row's best seat that leaves no orphan.
    QTest::newRow("REDOM even")
        << QList<SectorSpec>{{snake(1, T::TopToBottom, R::CenterOutward), {}}, {snake(1, T::TopToBottom, R::CenterOutward), {}}}
        << redom << 6 << QStringLiteral("A1:2 A2:3 A0:3 B1:2 B2:3 B0:3") << 0;
    // 7 = 4 + 3; A's 4 = 2 + 1 + 1 over its rows in snake order; each share contiguous.
    QTest::newRow("REDOM remainder to the first")
        << QList<SectorSpec>{{snake(1, T::TopToBottom, R::CenterOutward), {}}, {snake(0, T::TopToBottom, R::LeftToRight), {}}}
        << redom << 7 << QStringLiteral("A1:2 A1:3 A2:3 A0:3 B0:0 B1:5 B2:0") << 0;
    // A has 2 free seats (row 0 only): it gets 2, B the other 4 (2 + 1 + 1).
    QTest::newRow("REDOM capped sector")
        << QList<SectorSpec>{{snake(0, T::TopToBottom, R::LeftToRight),
                              {QStringLiteral("0:2"), QStringLiteral("0:3"), QStringLiteral("0:4"), QStringLiteral("0:5"),
                               QStringLiteral("1:0"), QStringLiteral("1:1"), QStringLiteral("1:2"), QStringLiteral("1:3"),
                               QStringLiteral("1:4"), QStringLiteral("1:5"), QStringLiteral("2:0"), QStringLiteral("2:1"),
                               QStringLiteral("2:2"), QStringLiteral("2:3"), QStringLiteral("2:4"), QStringLiteral("2:5")}},
                             {snake(0, T::TopToBottom, R::LeftToRight), {}}}
        << redom << 6 << QStringLiteral("A0:0 A0:1 B0:0 B0:1 B1:5 B2:0") << 0;
}

void TestQuotaAllocator::golden()
{
    QFETCH(QList<SectorSpec>, sectors);
    QFETCH(QuotaAlgorithm, algorithm);
    QFETCH(int, quantity);
    QFETCH(QString, expected);
    QFETCH(int, orphans);

    const QuotaInventory inventory = inventoryOf(sectors);
    QList<int> allowed;
    for (int s = 0; s < sectors.size(); ++s)
        allowed.append(s);
    const QuotaAllocation result = QuotaAllocator(inventory).allocate(algorithm, quantity, allowed);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(labels(result.seats), expected);
    QCOMPARE(result.seats.size(), quantity);
    for (int id : result.seats)
        QVERIFY2(inventory.isFree(id), qPrintable(label(id)));
    QCOMPARE(QuotaAllocator::orphansBeside(inventory, result.seats), orphans);
}

void TestQuotaAllocator::notEnoughSeats()
{
    const QuotaInventory inventory = inventoryOf({{SnakeConfig::defaultFor(3), {QStringLiteral("0:0")}}});
    for (QuotaAlgorithm algorithm : {QuotaAlgorithm::BestSeats, QuotaAlgorithm::Distributed}) {
        const QuotaAllocation result = QuotaAllocator(inventory).allocate(algorithm, 18, {0});
        QVERIFY(!result.ok());
        QVERIFY(result.seats.isEmpty());
        QCOMPARE(result.freeSeats, 17);
        QVERIFY2(result.error.contains(QLatin1String("18")) && result.error.contains(QLatin1String("17")),
                 qPrintable(result.error));
    }
    QVERIFY(!QuotaAllocator(inventory).bestSeats(0, {0}).ok());
    QVERIFY(!QuotaAllocator(inventory).bestSeats(1, {}).ok());
    QVERIFY(!QuotaAllocator(inventory).bestSeats(1, {5}).ok());
}

void TestQuotaAllocator::orphanUnavoidableIsReported()
{
    // 5 of every row of 6: whatever row, one seat stays alone; NM takes the best row's best window.
    const QuotaInventory inventory = inventoryOf({{snake(1, TraversalDirection::TopToBottom, RowStrategy::CenterOutward), {}}});
    const QuotaAllocation result = QuotaAllocator(inventory).bestSeats(5, {0});
    QVERIFY(result.ok());
    QCOMPARE(labels(result.seats), QStringLiteral("A1:2 A1:3 A1:1 A1:4 A1:0"));
    QCOMPARE(QuotaAllocator::orphansBeside(inventory, result.seats), 1);
}

void TestQuotaAllocator::evenSplit()
{
    QCOMPARE(QuotaAllocator::evenSplit(7, {10, 10, 10}), (QList<int>{3, 2, 2}));
    QCOMPARE(QuotaAllocator::evenSplit(7, {1, 10, 10}), (QList<int>{1, 3, 3}));
    QCOMPARE(QuotaAllocator::evenSplit(9, {1, 2, 3}), (QList<int>{1, 2, 3}));
    QCOMPARE(QuotaAllocator::evenSplit(0, {4}), (QList<int>{0}));
}

void TestQuotaAllocator::takeAndRelease()
{
    QuotaInventory inventory = inventoryOf({{SnakeConfig::defaultFor(3), {}}});
    QCOMPARE(inventory.freeCount({0}), 18);
    inventory.take({seatId(0, 1, 2), seatId(0, 1, 3), 99999});
    QCOMPARE(inventory.freeCount({0}), 16);
    QVERIFY(!inventory.isFree(seatId(0, 1, 2)));
    inventory.release({seatId(0, 1, 2)});
    QCOMPARE(inventory.freeCount({0}), 17);
    QVERIFY(inventory.isFree(seatId(0, 1, 2)));
}

void TestQuotaAllocator::successiveQuotasNeverOverlap()
{
    QuotaInventory inventory = inventoryOf({{SnakeConfig::defaultFor(3), {}}, {SnakeConfig::defaultFor(3), {}}});
    QSet<int> given;
    for (int i = 0; i < 9; ++i) {
        const QuotaAllocation result = QuotaAllocator(inventory).allocate(
            i % 2 ? QuotaAlgorithm::Distributed : QuotaAlgorithm::BestSeats, 4, {0, 1});
        QVERIFY2(result.ok(), qPrintable(result.error));
        for (int id : result.seats) {
            QVERIFY2(!given.contains(id), qPrintable(label(id)));
            given.insert(id);
        }
        inventory.take(result.seats);
    }
    QCOMPARE(inventory.freeCount({0, 1}), 0);
    QVERIFY(!QuotaAllocator(inventory).bestSeats(1, {0, 1}).ok());
}

QTEST_GUILESS_MAIN(TestQuotaAllocator)
#include "tst_quotaallocator.moc"
