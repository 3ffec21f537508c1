#include "seatmaptestlayout.h"

#include "demo/demostadiums.h"
#include "layout/seatgenerator.h"
#include "seatmap/seatmappalette.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace Tribina;

Q_DECLARE_METATYPE(Tribina::SeatStatus)

namespace {

// The footprint test written out independently of SeatMapSector::seatAt.
bool insideSeat(const SeatMapSector &sector, int i, QPointF p)
{
    const double a = sector.angle[i] * std::numbers::pi / 180.0;
    const QPointF d = p - sector.position(i);
    const double u = d.x() * std::cos(a) + d.y() * std::sin(a);
    const double v = -d.x() * std::sin(a) + d.y() * std::cos(a);
    return std::abs(u) <= sector.seatWidth / 2 && std::abs(v) <= sector.seatDepth / 2;
}

// Random seats (positions, angles, rows) in a few sectors, through the public builder API.
SeatMapData randomData(quint32 seed, int sectors, int seatsPerSector)
{
    QRandomGenerator random(seed);
    SeatMapBuilder builder;
    builder.setStadium(QStringLiteral("Random"), QSizeF(105, 68));
    for (int s = 0; s < sectors; ++s) {
        builder.beginSector({QStringLiteral("R%1").arg(s), QStringLiteral("Random %1").arg(s)});
        const QPointF origin(random.bounded(200.0) - 100, random.bounded(200.0) - 100);
        for (int i = 0; i < seatsPerSector; ++i) {
            const int row = builder.addRow(QString::number(i / 20 + 1));
            SeatMapBuilder::Seat seat;
            seat.x = origin.x() + random.bounded(40.0);
            seat.y = origin.y() + random.bounded(30.0);
            seat.angleDeg = random.bounded(360.0);
            seat.row = row;
            seat.status = SeatStatus(random.bounded(SeatStatusCount));
            builder.addSeat(seat, i % 20 + 1);
        }
    }
    return builder.build();
}

} // namespace

/// The render model: statuses as the database spells them, exact hit tests, rectangle queries
/// that agree with brute force, and change notification that touches only the changed sector.
class TestSeatMapModel : public QObject
{
    Q_OBJECT

private slots:
    void statusSpellingsMatchTheDatabase();
    void layoutBecomesSceneCoordinates();
    void hitTestFindsTheExactSeat();
    void hitTestAgreesWithBruteForce_data();
    void hitTestAgreesWithBruteForce();
    void rectangleQueryAgreesWithBruteForce_data();
    void rectangleQueryAgreesWithBruteForce();
    void statusChangeDirtiesOnlyItsSector();
    void batchAnnouncesEachSectorOnce();
    void availabilityFollowsStatus();
    void selectionModes();
    void builderAcceptsDatabaseRows();
    void describesSeatsForHover();
    void everyStatusHasASecondSignal();
    void stressStadiumFitsTheBudget();
};

void TestSeatMapModel::statusSpellingsMatchTheDatabase()
{
    // Same order as CREATE TYPE seat_status in 0001_core_schema.sql.
    const QStringList expected = {QStringLiteral("AVAILABLE"), QStringLiteral("RESERVED"), QStringLiteral("SOLD"),
                                  QStringLiteral("ALLOCATED"), QStringLiteral("BLOCKED"), QStringLiteral("TECHNICAL"),
                                  QStringLiteral("OFFICIAL"), QStringLiteral("MAINTENANCE"), QStringLiteral("QUARANTINED"),
                                  QStringLiteral("INACTIVE")};
    QCOMPARE(expected.size(), SeatStatusCount);
    for (int i = 0; i < SeatStatusCount; ++i) {
        QCOMPARE(QString(sqlValue(SeatStatus(i))), expected.at(i));
        SeatStatus parsed = SeatStatus::Inactive;
        QVERIFY(fromSqlValue(expected.at(i), &parsed));
        QCOMPARE(parsed, SeatStatus(i));
        QVERIFY(!displayName(SeatStatus(i)).isEmpty());
    }
    SeatStatus untouched = SeatStatus::Sold;
    QVERIFY(!fromSqlValue(u"SOLD_OUT", &untouched));
    QCOMPARE(untouched, SeatStatus::Sold);
}

void TestSeatMapModel::layoutBecomesSceneCoordinates()
{
    // The main stand (+y in the layout) is at the bottom of the screen (+y in the scene) and
    // its spectators' left (+x in the layout) on the screen's left (-x in the scene).
    const StadiumLayout layout = SeatMapTest::smallLayout();
    const SeatMapData data = SeatMapBuilder::fromLayout(layout);
    QCOMPARE(data.seatCount(), layout.seatCount());
    const QList<LayoutSeat> seats = SeatGenerator::seats(layout.sectors().at(0));
    const SeatMapSector &w1 = data.sectors.at(0);
    QCOMPARE(w1.seatCount(), int(seats.size()));
    for (int i = 0; i < w1.seatCount(); ++i) {
        QCOMPARE(w1.x[i], float(-seats.at(i).position.x()));
        QCOMPARE(w1.y[i], float(seats.at(i).position.y()));
        QCOMPARE(data.labels.at(w1.label[i]), seats.at(i).label());
        QCOMPARE(w1.rows[w1.row[i]].identifier, seats.at(i).rowIdentifier);
    }
    // A row running towards -x in the layout runs left to right on screen: scene angle 0.
    QCOMPARE(w1.angle[0], 0.0f);
    QVERIFY(w1.frontLabelPos.y() < w1.y[0]); // the code is written on the pitch side
    QCOMPARE(data.sectors.at(3).seatCount(), 0);
    QCOMPARE(data.sectors.at(3).manualCapacity, 900);
}

void TestSeatMapModel::hitTestFindsTheExactSeat()
{
    SeatMapModel model;
    model.reset(SeatMapTest::smallData());
    for (int seat = 0; seat < model.seatCount(); ++seat) {
        const MapSeatRef ref = model.locate(seat);
        const SeatMapSector &sector = model.sector(ref.sector);
        const QPointF centre = sector.position(ref.local);
        QCOMPARE(model.seatAt(centre), seat);
        // Near the seat's own edges, along and across its row.
        const double a = sector.angle[ref.local] * std::numbers::pi / 180.0;
        const QPointF along(std::cos(a), std::sin(a));
        const QPointF across(-std::sin(a), std::cos(a));
        QCOMPARE(model.seatAt(centre + along * (0.45 * sector.seatWidth)), seat);
        QCOMPARE(model.seatAt(centre - across * (0.45 * sector.seatDepth)), seat);
    }
    QCOMPARE(model.seatAt(QPointF(0, 0)), -1);         // centre spot
    QCOMPARE(model.seatAt(SeatMapTest::aislePoint(model.sector(0))), -1);
    QCOMPARE(model.sectorAt(QPointF(62, 0)), 3);        // the terrace (scene x = -layout x)
}

void TestSeatMapModel::hitTestAgreesWithBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 3") << 3u;
}

void TestSeatMapModel::hitTestAgreesWithBruteForce()
{
    QFETCH(quint32, seed);
    const SeatMapData data = randomData(seed, 6, 400);
    QRandomGenerator random(seed * 77);
    int hits = 0;
    for (int k = 0; k < 20000; ++k) {
        const QPointF p(data.bounds.left() + random.bounded(data.bounds.width()),
                        data.bounds.top() + random.bounded(data.bounds.height()));
        // Brute force: every seat containing the point; the nearest centre wins.
        int expected = -1;
        double best = 1e9;
        for (const SeatMapSector &sector : data.sectors) {
            for (int i = 0; i < sector.seatCount(); ++i) {
                const double d = QLineF(p, sector.position(i)).length();
                if (insideSeat(sector, i, p) && d < best) {
                    best = d;
                    expected = sector.firstSeat + i;
                }
            }
        }
        const int got = data.seatAt(p);
        if (got != expected) {
            // Overlapping random seats in two sectors: either answer is a seat containing p.
            const MapSeatRef ref = data.locate(got);
            QVERIFY2(got >= 0 && expected >= 0 && insideSeat(data.sectors[ref.sector], ref.local, p),
                     qPrintable(QStringLiteral("point %1,%2: got %3, expected %4").arg(p.x()).arg(p.y()).arg(got).arg(expected)));
        }
        hits += expected >= 0;
    }
    QVERIFY(hits > 100); // the test would prove little if it never hit
}

void TestSeatMapModel::rectangleQueryAgreesWithBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("maxSize");
    QTest::newRow("small rectangles") << 11u << 5.0;
    QTest::newRow("medium rectangles") << 12u << 40.0;
    QTest::newRow("large rectangles") << 13u << 300.0;
}

void TestSeatMapModel::rectangleQueryAgreesWithBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(double, maxSize);
    SeatMapModel model;
    model.reset(randomData(seed, 8, 500));
    QRandomGenerator random(seed);
    const QRectF b = model.data().bounds;
    for (int k = 0; k < 200; ++k) {
        const QRectF rect(b.left() + random.bounded(b.width()), b.top() + random.bounded(b.height()),
                          random.bounded(maxSize), random.bounded(maxSize));
        QList<int> expected;
        for (int seat = 0; seat < model.seatCount(); ++seat) {
            const QPointF p = model.seatPosition(seat);
            if (p.x() >= rect.left() && p.x() <= rect.right() && p.y() >= rect.top() && p.y() <= rect.bottom())
                expected.append(seat);
        }
        QCOMPARE(model.seatsIn(rect), expected);
    }
}

void TestSeatMapModel::statusChangeDirtiesOnlyItsSector()
{
    SeatMapModel model;
    model.reset(SeatMapTest::smallData());
    QSignalSpy spy(&model, &SeatMapModel::sectorChanged);
    const int seat = model.sector(2).firstSeat + 17; // in the corner sector
    const int availableBefore = model.sector(2).availableCount();
    QVERIFY(model.setStatus(seat, SeatStatus::Sold));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 2);
    const QRectF dirty = spy.at(0).at(1).toRectF();
    QVERIFY(dirty.contains(model.seatPosition(seat)));
    QVERIFY(dirty.width() < 2 && dirty.height() < 2); // the seat, not the sector
    QCOMPARE(model.sector(2).availableCount(), availableBefore - 1);
    QCOMPARE(model.sector(2).statusCounts[int(SeatStatus::Sold)], 1);
    // The same status again changes nothing and announces nothing.
    QVERIFY(!model.setStatus(seat, SeatStatus::Sold));
    QCOMPARE(spy.size(), 1);
    // Inside a batch the dirty sector is pending, and only that one.
    model.beginChanges();
    model.setStatus(model.sector(0).firstSeat + 3, SeatStatus::Blocked);
    QCOMPARE(model.pendingDirtySectors(), QList<int>{0});
    QCOMPARE(spy.size(), 1);
    model.endChanges();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), 0);
    QVERIFY(model.pendingDirtySectors().isEmpty());
}

void TestSeatMapModel::batchAnnouncesEachSectorOnce()
{
    SeatMapModel model;
    model.reset(SeatMapTest::smallData());
    QSignalSpy spy(&model, &SeatMapModel::sectorChanged);
    {
        SeatMapModel::ChangeBatch batch(&model);
        for (int i = 0; i < 40; ++i) {
            model.setStatus(model.sector(0).firstSeat + i, SeatStatus::Sold);
            model.setStatus(model.sector(1).firstSeat + i, SeatStatus::Reserved);
        }
    }
    QCOMPARE(spy.size(), 2);
    QList<int> sectors{spy.at(0).at(0).toInt(), spy.at(1).at(0).toInt()};
    std::sort(sectors.begin(), sectors.end());
    QCOMPARE(sectors, (QList<int>{0, 1}));
}

void TestSeatMapModel::availabilityFollowsStatus()
{
    SeatMapModel model;
    model.reset(SeatMapTest::smallData());
    const SeatMapSector &w2 = model.sector(1);
    QCOMPARE(w2.availability(), 1.0);
    {
        SeatMapModel::ChangeBatch batch(&model);
        for (int i = 0; i < w2.seatCount() / 2; ++i)
            model.setStatus(w2.firstSeat + i, SeatStatus::Sold);
        model.setStatus(w2.firstSeat + w2.seatCount() - 1, SeatStatus::Technical);
    }
    // Technical places do not count as sellable.
    QCOMPARE(w2.sellableCount(), w2.seatCount() - 1);
    QCOMPARE(w2.availableCount(), w2.seatCount() - w2.seatCount() / 2 - 1);
    QVERIFY(std::abs(w2.availability() - double(w2.availableCount()) / w2.sellableCount()) < 1e-12);
}

void TestSeatMapModel::selectionModes()
{
    using Mode = SeatMapModel::SelectionMode;
    SeatMapModel model;
    model.reset(SeatMapTest::smallData());
    QSignalSpy spy(&model, &SeatMapModel::selectionChanged);
    QVERIFY(model.select({3, 1, 2}));
    QCOMPARE(model.selection(), (QList<int>{1, 2, 3}));
    QCOMPARE(spy.size(), 1);
    QVERIFY(model.select({2, 200}, Mode::Add));
    QCOMPARE(model.selection(), (QList<int>{1, 2, 3, 200}));
    QVERIFY(model.select({1, 3}, Mode::Remove));
    QCOMPARE(model.selection(), (QList<int>{2, 200}));
    QVERIFY(model.select({2, 5}, Mode::Toggle));
    QCOMPARE(model.selection(), (QList<int>{5, 200}));
    QVERIFY(model.select({200}, Mode::Replace));
    QCOMPARE(model.selection(), QList<int>{200});
    QVERIFY(!model.select({200}, Mode::Replace)); // unchanged: no signal
    QCOMPARE(spy.size(), 5);
    QVERIFY(model.flags(200) & SeatFlag::Selected);
    QVERIFY(model.clearSelection());
    QCOMPARE(model.selectionCount(), 0);
    QVERIFY(!(model.flags(200) & SeatFlag::Selected));
}

void TestSeatMapModel::builderAcceptsDatabaseRows()
{
    // A loader feeds rows in its own order (by seat number, rows interleaved) with text labels.
    SeatMapBuilder builder;
    builder.setStadium(QStringLiteral("DB"), QSizeF(105, 68));
    builder.beginSector({QStringLiteral("E1"), QStringLiteral("Istok 1")});
    for (int n = 10; n >= 1; --n) {
        for (const QString &row : {QStringLiteral("B"), QStringLiteral("A")}) {
            const int r = builder.addRow(row);
            const double y = row == QStringLiteral("A") ? -40.0 : -40.9;
            const QString label = QString::number(n) + (n == 10 ? QStringLiteral("a") : QString());
            builder.addSeat({double(n), y, 0.0, r, label, n == 3 ? SeatStatus::Sold : SeatStatus::Available, 2});
        }
    }
    builder.beginSector({QStringLiteral("N1"), QStringLiteral("Sjever"), SectorType::Standing, {}, {}, 0.8, 0.9, 500});
    const SeatMapData data = builder.build();
    SeatMapModel model;
    model.reset(data);
    QCOMPARE(model.seatCount(), 20);
    QCOMPARE(model.sectorCount(), 2);
    QCOMPARE(model.sector(0).rows.size(), size_t(2));
    const int seat = model.findSeat(QStringLiteral("E1"), QStringLiteral("A"), QStringLiteral("10a"));
    QVERIFY(seat >= 0);
    QCOMPARE(model.seatPosition(seat), QPointF(-10, -40));
    QCOMPARE(model.category(seat), 2);
    QCOMPARE(model.sector(0).statusCounts[int(SeatStatus::Sold)], 2);
    // Row ends are found whatever the order: seats 1 and 10 of each row.
    const SeatMapSector &e1 = model.sector(0);
    for (const SeatMapRow &row : e1.rows) {
        const QList<float> ends{e1.x[row.endA], e1.x[row.endB]};
        QVERIFY(ends.contains(-1.0f) && ends.contains(-10.0f));
    }
    QCOMPARE(model.locate(19).sector, 0);
    QVERIFY(!model.locate(20).isValid());
}

void TestSeatMapModel::describesSeatsForHover()
{
    SeatMapModel model;
    model.reset(SeatMapTest::smallData());
    const int seat = model.sector(1).firstSeat;
    model.setStatus(seat, SeatStatus::Sold);
    const QString text = model.describeSeat(seat);
    QVERIFY2(text.contains(QStringLiteral("W2")) && text.contains(QStringLiteral("row 1"))
                 && text.contains(QStringLiteral("seat ") + model.seatLabel(seat)) && text.contains(QStringLiteral("Sold")),
             qPrintable(text));
    QVERIFY(model.describeSector(3).contains(QStringLiteral("900")));
}

void TestSeatMapModel::everyStatusHasASecondSignal()
{
    // Colour is never the only signal: each status but Available has its own glyph (or look),
    // so no two statuses differ by colour alone.
    const SeatMapPalette palette;
    QSet<int> looks;
    for (int s = 0; s < SeatStatusCount; ++s) {
        const SeatMapPalette::Style &style = palette.style(palette.styleIndex(quint8(s), 0, 0));
        if (SeatStatus(s) != SeatStatus::Available && SeatStatus(s) != SeatStatus::Inactive)
            QVERIFY(style.glyph != SeatMapPalette::Glyph::None);
        looks.insert(int(style.glyph) * 4 + (style.hollow ? 1 : 0));
    }
    QCOMPARE(looks.size(), SeatStatusCount);
    QVERIFY(palette.style(palette.styleIndex(quint8(SeatStatus::Reserved), 0, SeatFlag::HeldByMe)).outline);
    QCOMPARE(palette.style(palette.styleIndex(0, 0, SeatFlag::Selected)).glyph, SeatMapPalette::Glyph::Check);
    QVERIFY(palette.legend().size() >= SeatStatusCount + 2);
}

void TestSeatMapModel::stressStadiumFitsTheBudget()
{
    SeatMapModel model;
    model.reset(SeatMapBuilder::fromLayout(DemoStadiums::stressStadium()));
    QVERIFY(model.seatCount() >= 100000);
    QVERIFY2(model.memoryBytes() < 16 * 1024 * 1024, qPrintable(QString::number(model.memoryBytes())));
}

QTEST_GUILESS_MAIN(TestSeatMapModel)
#include "tst_seatmapmodel.moc"
