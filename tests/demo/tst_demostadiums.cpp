#include "demo/demostadiums.h"
#include "layout/seatgenerator.h"

#include <QHash>
#include <QLineF>
#include <QtTest>

#include <cmath>

using namespace Tribina;

/// The demo venues as layouts, before any database: sizes, sector mix and plausible geometry
/// (no seat on the pitch, no two seats on top of each other, every seat inside its sector).
class TestDemoStadiums : public QObject
{
    Q_OBJECT

private slots:
    void homeStadium();
    void stressStadium();
    void awayStadium();
    void geometry_data();
    void geometry();
};

void TestDemoStadiums::homeStadium()
{
    const StadiumLayout home = DemoStadiums::homeStadium();
    qInfo("%s: %d seats, %d capacity, %d sectors", qPrintable(home.name()), home.seatCount(),
          home.capacity(), int(home.sectors().size()));
    QVERIFY(home.seatCount() >= 33000 && home.seatCount() <= 37000);
    QVERIFY(home.sectors().size() >= 16);
    QCOMPARE(home.venueType(), VenueType::Home);
    QVERIFY(home.hasUniqueSectorCodes());

    QHash<SectorType, int> types;
    int accessible = 0;
    int companions = 0;
    int technical = 0;
    for (const LayoutSector &sector : home.sectors()) {
        types[sector.type()] += 1;
        accessible += sector.countOf(SeatType::Accessibility);
        companions += sector.countOf(SeatType::Companion);
        technical += sector.countOf(SeatType::Technical);
        QVERIFY2(sector.hasUniqueRowIdentifiers(), qPrintable(sector.code()));
        QVERIFY2(!sector.outline().isEmpty(), qPrintable(sector.code()));
        if (sector.isSeated()) {
            QVERIFY(sector.rows().size() >= 1);
            for (const LayoutRow &row : sector.rows())
                QVERIFY2(row.seatCount() > 0, qPrintable(sector.code() + QLatin1Char('/') + row.identifier()));
        }
    }
    QVERIFY(types.value(SectorType::Vip) >= 2);
    QVERIFY(types.value(SectorType::Accessibility) >= 1);
    QCOMPARE(types.value(SectorType::Standing), 1);
    QVERIFY(accessible >= 10);
    QCOMPARE(accessible, companions); // every wheelchair place has its companion seat
    QVERIFY(technical > 0);

    const LayoutSector *standing = home.sector(QStringLiteral("N1"));
    QVERIFY(standing && standing->type() == SectorType::Standing);
    QCOMPARE(standing->seatCount(), 0);
    QVERIFY(standing->capacity() > 0);
    QCOMPARE(home.capacity(), home.seatCount() + standing->capacity());
    QVERIFY(home.sector(DemoStadiums::awayFansSectorCode()));
    QVERIFY(home.sector(DemoStadiums::pressSectorCode()));
    // Rows between 15 and 30 deep in the stands.
    for (const QString &code : {QStringLiteral("W1"), QStringLiteral("E2"), QStringLiteral("W3"), QStringLiteral("SE")}) {
        const int rows = int(home.sector(code)->rows().size());
        QVERIFY2(rows >= 15 && rows <= 30, qPrintable(code));
    }
}

void TestDemoStadiums::stressStadium()
{
    const StadiumLayout stress = DemoStadiums::stressStadium();
    qInfo("%s: %d seats in %d sectors", qPrintable(stress.name()), stress.seatCount(),
          int(stress.sectors().size()));
    QVERIFY(stress.seatCount() >= 100000);
    QVERIFY(stress.sectors().size() >= 50);
    QVERIFY(stress.hasUniqueSectorCodes());
}

void TestDemoStadiums::awayStadium()
{
    const StadiumLayout away = DemoStadiums::awayStadium();
    QCOMPARE(away.venueType(), VenueType::Away);
    QCOMPARE(away.country(), QStringLiteral("ES"));
    QVERIFY(!away.isNumbered());
    QCOMPARE(away.seatCount(), 0);
    QVERIFY(away.capacity() > 0);
}

void TestDemoStadiums::geometry_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("home") << 0;
    QTest::newRow("stress") << 1;
}

void TestDemoStadiums::geometry()
{
    QFETCH(int, which);
    const StadiumLayout stadium = which == 0 ? DemoStadiums::homeStadium() : DemoStadiums::stressStadium();

    // Seats in 1 m grid cells; neighbours are looked up in the 3×3 cells around a seat.
    QHash<QPoint, QList<QPointF>> grid;
    const auto cell = [](QPointF p) { return QPoint(int(std::floor(p.x())), int(std::floor(p.y()))); };
    double closest = 1e9;
    for (const LayoutSector &sector : stadium.sectors()) {
        for (const LayoutSeat &seat : SeatGenerator::seats(sector)) {
            const QPointF p = seat.position;
            QVERIFY2(std::abs(p.x()) > 52.5 + 5 || std::abs(p.y()) > 34 + 4,
                     qPrintable(QStringLiteral("%1 seat on the pitch").arg(sector.code())));
            QVERIFY2(sector.outline().containsPoint(p, Qt::OddEvenFill),
                     qPrintable(QStringLiteral("%1 %2/%3 outside its outline")
                                    .arg(sector.code(), seat.rowIdentifier, seat.label())));
            const QPoint c = cell(p);
            for (int dx = -1; dx <= 1; ++dx) {
                for (int dy = -1; dy <= 1; ++dy) {
                    for (const QPointF &other : grid.value(c + QPoint(dx, dy)))
                        closest = std::min(closest, QLineF(p, other).length());
                }
            }
            grid[c].append(p);
        }
    }
    qInfo("closest two seats: %.3f m", closest);
    QVERIFY(closest > 0.7);
}

QTEST_GUILESS_MAIN(TestDemoStadiums)
#include "tst_demostadiums.moc"
