// Which sectors the counter sells by quantity (QuantitySectors), from a hand-made cached match
// turned into its live seat map: the rule of SQL sector_sold_by_quantity (0014), and only
// sectors that are on sale, priced and have places, with their free places counted on the map.
#include "boxoffice/quantitysectors.h"
#include "cache/matchseatmap.h"
#include "seatmap/seatmapmodel.h"

#include <QtTest>

using namespace Tribina;

class TestQuantitySectors : public QObject
{
    Q_OBJECT

    static CachedSector sector(const QString &code, double x, bool numbered, const QUuid &category,
                               SectorType type = SectorType::Standard, const QString &status = QStringLiteral("ACTIVE"))
    {
        CachedSector s;
        s.sectorId = QUuid::createUuid();
        s.matchSectorId = QUuid::createUuid();
        s.code = code;
        s.name = QStringLiteral("Sektor ") + code;
        s.type = type;
        s.outline = QPolygonF(QRectF(x, 40, 8, 4));
        s.capacity = 4;
        s.categoryId = category;
        s.isNumbered = numbered;
        s.status = status;
        return s;
    }

    /// N numbered, F free seating (one of four sold), C free but closed, U free but unpriced,
    /// T standing without places.
    static MatchSnapshot snapshot(bool matchNumbered)
    {
        MatchSnapshot m;
        m.match.id = QUuid::createUuid();
        m.match.isNumbered = matchNumbered;
        m.match.venueName = QStringLiteral("Test");
        const QUuid k1 = QUuid::createUuid();
        m.categories = {CachedCategory{k1, QStringLiteral("K1"), 1250, QStringLiteral("EUR"), QString()}};
        m.sectors = {sector(QStringLiteral("N"), -40, true, k1), sector(QStringLiteral("F"), -20, false, k1),
                     sector(QStringLiteral("C"), 0, false, k1, SectorType::Standard, QStringLiteral("CLOSED")),
                     sector(QStringLiteral("U"), 20, false, {}),
                     sector(QStringLiteral("T"), 40, true, k1, SectorType::Standing)};
        for (const CachedSector &s : std::as_const(m.sectors)) {
            if (s.type == SectorType::Standing)
                continue;
            for (int i = 0; i < 4; ++i) {
                CachedSeat seat;
                seat.inventoryId = QUuid::createUuid();
                seat.seatId = QUuid::createUuid();
                seat.sectorId = s.sectorId;
                seat.row = QStringLiteral("1");
                seat.number = QString::number(i + 1);
                seat.seatIndex = i;
                seat.x = s.outline.boundingRect().left() + 1 + i;
                seat.y = 42;
                seat.status = s.code == QLatin1String("F") && i == 0 ? SeatStatus::Sold : SeatStatus::Available;
                m.seats.append(seat);
            }
        }
        return m;
    }

    static QStringList listed(const MatchSnapshot &m)
    {
        SeatMapModel model;
        model.reset(MatchSeatMap::build(m).data);
        QStringList out;
        for (const QuantitySector &q : QuantitySectors::list(m, model))
            out << QStringLiteral("%1 %2 %3 %4/%5").arg(q.code, q.category).arg(q.priceCents).arg(q.available).arg(q.places);
        return out;
    }

private slots:
    void numberedMatchListsItsFreeSeatingSectorsOnly()
    {
        const MatchSnapshot m = snapshot(true);
        QCOMPARE(listed(m), QStringList{QStringLiteral("F K1 1250 3/4")});
        QVERIFY(!QuantitySectors::soldByQuantity(m, QStringLiteral("N")));
        QVERIFY(QuantitySectors::soldByQuantity(m, QStringLiteral("F")));
        QVERIFY(QuantitySectors::soldByQuantity(m, QStringLiteral("T"))); // standing: no numbers either
        QVERIFY(!QuantitySectors::soldByQuantity(m, QStringLiteral("nonexistent")));
    }

    void nonNumberedMatchSellsEverySectorByQuantity()
    {
        const MatchSnapshot m = snapshot(false);
        QCOMPARE(listed(m), (QStringList{QStringLiteral("N K1 1250 4/4"), QStringLiteral("F K1 1250 3/4")}));
        QVERIFY(QuantitySectors::soldByQuantity(m, QStringLiteral("N")));
    }

    void anEmptySnapshotListsNothing()
    {
        SeatMapModel model;
        QVERIFY(QuantitySectors::list(MatchSnapshot{}, model).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuantitySectors)
#include "tst_quantitysectors.moc"
