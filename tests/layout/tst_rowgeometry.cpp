#include "layout/layoutrow.h"
#include "layout/layoutsector.h"
#include "layout/rowblock.h"
#include "layout/rowlabel.h"
#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"

#include <QLineF>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace Tribina;

Q_DECLARE_METATYPE(Tribina::NumberingDirection)
Q_DECLARE_METATYPE(Tribina::NumberingStep)
Q_DECLARE_METATYPE(Tribina::RowLabel::Style)

namespace {
constexpr double Eps = 1e-6;

QList<int> numbersOf(const QList<LayoutSeat> &seats)
{
    QList<int> numbers;
    for (const LayoutSeat &seat : seats)
        numbers.append(seat.number);
    return numbers;
}

// Angle of the seat as seen from an arc's centre, radians.
double polarAngle(QPointF p, QPointF centre)
{
    return std::atan2(p.y() - centre.y(), p.x() - centre.x());
}
} // namespace

/// Row geometry and numbering: the rules every seat map, ticket and allocation relies on.
class TestRowGeometry : public QObject
{
    Q_OBJECT

private slots:
    void numbering_data();
    void numbering();
    void rowLabels_data();
    void rowLabels();
    void gaps_data();
    void gaps();
    void straightPositions_data();
    void straightPositions();
    void curvedPositions_data();
    void curvedPositions();
    void offsetGoesAwayFromPitch();
    void counts_data();
    void counts();
    void seatTypesAndCapacities();
    void outlineCoversRows();
};

void TestRowGeometry::numbering_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("first");
    QTest::addColumn<NumberingDirection>("direction");
    QTest::addColumn<NumberingStep>("step");
    QTest::addColumn<QList<int>>("expected"); // physical order, from the path's start

    const auto ltr = NumberingDirection::LeftToRight;
    const auto rtl = NumberingDirection::RightToLeft;
    const auto cons = NumberingStep::Consecutive;
    QTest::newRow("LTR") << 5 << 1 << ltr << cons << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("RTL") << 5 << 1 << rtl << cons << QList<int>{5, 4, 3, 2, 1};
    QTest::newRow("LTR from 101") << 3 << 101 << ltr << cons << QList<int>{101, 102, 103};
    QTest::newRow("odd LTR") << 4 << 1 << ltr << NumberingStep::Odd << QList<int>{1, 3, 5, 7};
    QTest::newRow("odd RTL") << 4 << 1 << rtl << NumberingStep::Odd << QList<int>{7, 5, 3, 1};
    QTest::newRow("even LTR") << 4 << 2 << ltr << NumberingStep::Even << QList<int>{2, 4, 6, 8};
    QTest::newRow("even RTL") << 3 << 2 << rtl << NumberingStep::Even << QList<int>{6, 4, 2};
    QTest::newRow("odd, even first moves up") << 3 << 2 << ltr << NumberingStep::Odd << QList<int>{3, 5, 7};
    QTest::newRow("even, odd first moves up") << 3 << 1 << ltr << NumberingStep::Even << QList<int>{2, 4, 6};
    QTest::newRow("single seat RTL") << 1 << 7 << rtl << cons << QList<int>{7};
    QTest::newRow("empty") << 0 << 1 << ltr << cons << QList<int>{};
}

void TestRowGeometry::numbering()
{
    QFETCH(int, count);
    QFETCH(int, first);
    QFETCH(NumberingDirection, direction);
    QFETCH(NumberingStep, step);
    QFETCH(QList<int>, expected);

    const SeatNumbering numbering(first, direction, step);
    QCOMPARE(numbering.numbers(count), expected);

    LayoutRow row(QStringLiteral("1"), RowPath::straight({0, 0}, {10, 0}), count);
    row.setNumbering(numbering);
    QCOMPARE(numbersOf(SeatGenerator::seats(row, 0)), expected);
    if (count > 0)
        QCOMPARE(numbering.lastNumber(count), *std::max_element(expected.cbegin(), expected.cend()));
}

void TestRowGeometry::rowLabels_data()
{
    QTest::addColumn<RowLabel::Style>("style");
    QTest::addColumn<int>("ordinal");
    QTest::addColumn<QString>("label");

    const auto alpha = RowLabel::Style::Alphabetic;
    const auto num = RowLabel::Style::Numeric;
    QTest::newRow("1") << num << 1 << QStringLiteral("1");
    QTest::newRow("30") << num << 30 << QStringLiteral("30");
    QTest::newRow("A") << alpha << 1 << QStringLiteral("A");
    QTest::newRow("B") << alpha << 2 << QStringLiteral("B");
    QTest::newRow("Z") << alpha << 26 << QStringLiteral("Z");
    QTest::newRow("Z→AA") << alpha << 27 << QStringLiteral("AA");
    QTest::newRow("AB") << alpha << 28 << QStringLiteral("AB");
    QTest::newRow("AZ") << alpha << 52 << QStringLiteral("AZ");
    QTest::newRow("BA") << alpha << 53 << QStringLiteral("BA");
    QTest::newRow("ZZ") << alpha << 702 << QStringLiteral("ZZ");
    QTest::newRow("AAA") << alpha << 703 << QStringLiteral("AAA");
}

void TestRowGeometry::rowLabels()
{
    QFETCH(RowLabel::Style, style);
    QFETCH(int, ordinal);
    QFETCH(QString, label);

    QCOMPARE(RowLabel::label(style, ordinal), label);
    RowLabel::Style parsed = style == RowLabel::Style::Numeric ? RowLabel::Style::Alphabetic
                                                               : RowLabel::Style::Numeric;
    QCOMPARE(RowLabel::ordinal(label, &parsed), ordinal);
    QCOMPARE(parsed, style);
    QVERIFY(RowLabel::label(style, 0).isEmpty());
    QCOMPARE(RowLabel::ordinal(u"a1"), 0);
}

void TestRowGeometry::gaps_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<RowGap>>("gaps");
    QTest::addColumn<NumberingDirection>("direction");
    QTest::addColumn<QList<double>>("xs");     // seat centres, path from (0,0) along +x, pitch 1
    QTest::addColumn<QList<int>>("numbers");

    const auto ltr = NumberingDirection::LeftToRight;
    const auto rtl = NumberingDirection::RightToLeft;
    QTest::newRow("no gap") << 4 << QList<RowGap>{} << ltr
                            << QList<double>{0.5, 1.5, 2.5, 3.5} << QList<int>{1, 2, 3, 4};
    QTest::newRow("one gap") << 4 << QList<RowGap>{{2, 1.5}} << ltr
                             << QList<double>{0.5, 1.5, 4.0, 5.0} << QList<int>{1, 2, 3, 4};
    QTest::newRow("two gaps") << 5 << QList<RowGap>{{1, 1.0}, {3, 2.0}} << ltr
                              << QList<double>{0.5, 2.5, 3.5, 6.5, 7.5} << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("gap, RTL: space moves with the seats, numbers do not skip")
        << 4 << QList<RowGap>{{1, 1.0}} << rtl
        << QList<double>{0.5, 2.5, 3.5, 4.5} << QList<int>{4, 3, 2, 1};
    QTest::newRow("gaps at the ends are ignored") << 3 << QList<RowGap>{{0, 5.0}, {3, 5.0}} << ltr
                                                  << QList<double>{0.5, 1.5, 2.5} << QList<int>{1, 2, 3};
}

void TestRowGeometry::gaps()
{
    QFETCH(int, count);
    QFETCH(QList<RowGap>, gaps);
    QFETCH(NumberingDirection, direction);
    QFETCH(QList<double>, xs);
    QFETCH(QList<int>, numbers);

    LayoutRow row(QStringLiteral("A"), RowPath::straight({0, 0}, {100, 0}), count);
    row.setSeatPitch(1.0);
    row.setAlignment(LayoutRow::Alignment::Start);
    row.setGaps(gaps);
    row.setNumbering(SeatNumbering(1, direction));

    const QList<LayoutSeat> seats = SeatGenerator::seats(row, 3);
    QCOMPARE(seats.size(), count);
    QCOMPARE(numbersOf(seats), numbers);
    for (int i = 0; i < count; ++i) {
        QVERIFY2(std::abs(seats.at(i).position.x() - xs.at(i)) < Eps,
                 qPrintable(QStringLiteral("seat %1 at x=%2").arg(i).arg(seats.at(i).position.x())));
        QCOMPARE(seats.at(i).position.y(), 0.0);
        QCOMPARE(seats.at(i).seatIndex, i);
        QCOMPARE(seats.at(i).rowOrder, 3);
        QCOMPARE(seats.at(i).rowIdentifier, QStringLiteral("A"));
    }
    QVERIFY(std::abs(row.runLength() - (xs.last() + 0.5)) < Eps);
}

void TestRowGeometry::straightPositions_data()
{
    QTest::addColumn<QPointF>("start");
    QTest::addColumn<QPointF>("end");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("angle");

    // The main stand (+y) faces -y, so its rows run from +x to -x (angle 180°).
    QTest::newRow("main stand") << QPointF(52, 42) << QPointF(-52, 42) << 130 << 180.0;
    QTest::newRow("opposite stand") << QPointF(-52, -42) << QPointF(52, -42) << 130 << 0.0;
    QTest::newRow("behind a goal") << QPointF(62, -32) << QPointF(62, 32) << 80 << 90.0;
    QTest::newRow("diagonal, short") << QPointF(0, 0) << QPointF(3, 4) << 4 << 53.13010235415598;
}

void TestRowGeometry::straightPositions()
{
    QFETCH(QPointF, start);
    QFETCH(QPointF, end);
    QFETCH(int, count);
    QFETCH(double, angle);

    LayoutRow row(QStringLiteral("1"), RowPath::straight(start, end), count);
    const QList<LayoutSeat> seats = SeatGenerator::seats(row, 0);
    QCOMPARE(seats.size(), count);
    const QPointF mid = (start + end) / 2;
    // Centred run: the middle of the first and last seats is the middle of the path.
    const QPointF runMid = (seats.first().position + seats.last().position) / 2;
    QVERIFY(QLineF(mid, runMid).length() < Eps);
    for (int i = 0; i < count; ++i) {
        QVERIFY(std::abs(seats.at(i).angleDeg - angle) < 1e-9);
        if (i > 0)
            QVERIFY(std::abs(QLineF(seats.at(i - 1).position, seats.at(i).position).length()
                             - LayoutRow::DefaultSeatPitch) < Eps);
        // On the line through start and end.
        const QLineF toSeat(start, seats.at(i).position);
        const QLineF line(start, end);
        const double cross = line.dx() * toSeat.dy() - line.dy() * toSeat.dx();
        QVERIFY(std::abs(cross) < 1e-6);
    }
}

void TestRowGeometry::curvedPositions_data()
{
    QTest::addColumn<double>("radius");
    QTest::addColumn<double>("startAngle");
    QTest::addColumn<double>("sweep");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<RowGap>>("gaps");

    QTest::newRow("corner, 90° CCW") << 10.0 << 0.0 << 90.0 << 19 << QList<RowGap>{};
    QTest::newRow("corner, large radius") << 31.6 << 90.0 << 90.0 << 62 << QList<RowGap>{};
    QTest::newRow("clockwise") << 20.0 << 180.0 << -60.0 << 26 << QList<RowGap>{};
    QTest::newRow("with stair") << 15.0 << 270.0 << 90.0 << 27 << QList<RowGap>{{13, 1.2}};
}

void TestRowGeometry::curvedPositions()
{
    QFETCH(double, radius);
    QFETCH(double, startAngle);
    QFETCH(double, sweep);
    QFETCH(int, count);
    QFETCH(QList<RowGap>, gaps);

    const QPointF centre(52, 32);
    const RowPath path = RowPath::arc(centre, radius, startAngle, sweep);
    QVERIFY(std::abs(path.length() - radius * std::abs(sweep) * std::numbers::pi / 180) < Eps);
    QVERIFY(path.isCurved());

    LayoutRow row(QStringLiteral("1"), path, count);
    row.setGaps(gaps);
    QVERIFY(row.runLength() <= path.length() + Eps);
    const QList<LayoutSeat> seats = SeatGenerator::seats(row, 0);
    QCOMPARE(seats.size(), count);

    const double pitch = row.seatPitch();
    const double direction = sweep < 0 ? -1 : 1;
    for (int i = 0; i < count; ++i) {
        const LayoutSeat &seat = seats.at(i);
        // Every seat sits on the circle ...
        QVERIFY(std::abs(QLineF(centre, seat.position).length() - radius) < Eps);
        // ... facing along the tangent.
        const double radial = polarAngle(seat.position, centre) * 180 / std::numbers::pi;
        double diff = std::fmod(seat.angleDeg - radial - direction * 90 + 720, 360);
        QVERIFY2(diff < 1e-6 || diff > 360 - 1e-6, qPrintable(QString::number(diff)));
        if (i == 0)
            continue;
        // Spacing along the arc equals the pitch (plus any gap), not the chord.
        double step = std::remainder(polarAngle(seat.position, centre)
                                         - polarAngle(seats.at(i - 1).position, centre),
                                     2 * std::numbers::pi)
            * radius * direction;
        double expected = pitch;
        for (const RowGap &gap : gaps)
            expected += gap.afterSeats == i ? gap.width : 0;
        QVERIFY2(std::abs(step - expected) < 1e-6,
                 qPrintable(QStringLiteral("seat %1: arc step %2").arg(i).arg(step)));
        const double chord = QLineF(seats.at(i - 1).position, seat.position).length();
        QVERIFY(std::abs(chord - 2 * radius * std::sin(expected / (2 * radius))) < 1e-6);
    }
}

void TestRowGeometry::offsetGoesAwayFromPitch()
{
    // Main stand: rows run towards -x, the next row is further up the +y side.
    const RowPath main = RowPath::straight({52, 42}, {-52, 42}).offset(0.9);
    QCOMPARE(main.start(), QPointF(52, 42.9));
    QCOMPARE(main.end(), QPointF(-52, 42.9));
    // Opposite stand: further down the -y side.
    const RowPath east = RowPath::straight({-52, -42}, {52, -42}).offset(0.9);
    QVERIFY(std::abs(east.start().y() + 42.9) < Eps);
    // A counter-clockwise corner arc grows, a clockwise one shrinks.
    QCOMPARE(RowPath::arc({0, 0}, 10, 0, 90).offset(0.9).radius(), 10.9);
    QCOMPARE(RowPath::arc({0, 0}, 10, 90, -90).offset(0.9).radius(), 9.1);
}

void TestRowGeometry::counts_data()
{
    QTest::addColumn<bool>("curved");
    QTest::addColumn<bool>("fill");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("seatsPerRow");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QList<int>>("expectedPerRow");

    QTest::newRow("straight fill: 10 m / 0.8 m") << false << true << 3 << 0 << 0 << QList<int>{12, 12, 12};
    QTest::newRow("straight fixed") << false << false << 2 << 8 << 0 << QList<int>{8, 8};
    QTest::newRow("straight widening") << false << false << 3 << 8 << 2 << QList<int>{8, 10, 12};
    // Arc of 90° at radius 10 + i·0.9: lengths 15.71, 17.12, 18.53, 19.95 → seats at 0.8 m.
    QTest::newRow("curved fill grows") << true << true << 4 << 0 << 0 << QList<int>{19, 21, 23, 24};
}

void TestRowGeometry::counts()
{
    QFETCH(bool, curved);
    QFETCH(bool, fill);
    QFETCH(int, rows);
    QFETCH(int, seatsPerRow);
    QFETCH(int, delta);
    QFETCH(QList<int>, expectedPerRow);

    RowBlock block(curved ? RowPath::arc({0, 0}, 10, 0, 90) : RowPath::straight({0, 0}, {10, 0}), rows);
    if (fill)
        block.setFillSeats();
    else
        block.setFixedSeats(seatsPerRow, delta);
    block.setLabels(RowLabel::Style::Alphabetic, 25);

    const QList<LayoutRow> generated = block.rows();
    QCOMPARE(generated.size(), rows);
    int total = 0;
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(generated.at(i).seatCount(), expectedPerRow.at(i));
        QCOMPARE(block.seatsInRow(i), expectedPerRow.at(i));
        QVERIFY(generated.at(i).runLength() <= generated.at(i).path().length() + Eps || !fill);
        total += expectedPerRow.at(i);
    }
    QCOMPARE(block.seatCount(), total);
    QCOMPARE(generated.first().identifier(), QStringLiteral("Y"));
    if (rows > 2)
        QCOMPARE(generated.at(2).identifier(), QStringLiteral("AA"));

    LayoutSector sector(QStringLiteral("Test"), QStringLiteral("T1"));
    sector.addBlock(block);
    QCOMPARE(sector.seatCount(), total);
    QCOMPARE(sector.capacity(), total);
    QVERIFY(sector.hasUniqueRowIdentifiers());
    const QList<LayoutSeat> seats = SeatGenerator::seats(sector);
    QCOMPARE(seats.size(), total);
    QCOMPARE(seats.last().rowOrder, rows - 1);
}

void TestRowGeometry::seatTypesAndCapacities()
{
    RowBlock block(RowPath::straight({0, 0}, {8, 0}), 2);
    block.setFixedSeats(10);
    block.addAisle(0.5, 1.2);
    block.setSeatType(0, 0, SeatType::Accessibility);
    block.setSeatType(0, 1, SeatType::Companion);
    block.setSeatType(1, 9, SeatType::Technical);

    LayoutSector seated(QStringLiteral("Zapad 1"), QStringLiteral("W1"));
    seated.addBlock(block);
    QCOMPARE(seated.rows().first().effectiveGaps(), (QList<RowGap>{{5, 1.2}}));
    QCOMPARE(seated.countOf(SeatType::Accessibility), 1);
    QCOMPARE(seated.countOf(SeatType::Companion), 1);
    QCOMPARE(seated.countOf(SeatType::Technical), 1);
    QCOMPARE(seated.countOf(SeatType::Standard), 17);
    const QList<LayoutSeat> seats = SeatGenerator::seats(seated);
    QCOMPARE(seats.at(0).type, SeatType::Accessibility);
    QCOMPARE(seats.at(1).type, SeatType::Companion);
    QCOMPARE(seats.at(19).type, SeatType::Technical);

    LayoutSector standing(QStringLiteral("Sjever"), QStringLiteral("N1"), SectorType::Standing);
    standing.setManualCapacity(2500);
    standing.addBlock(block); // rows of a standing sector are not seats
    QCOMPARE(standing.seatCount(), 0);
    QCOMPARE(standing.capacity(), 2500);
    QVERIFY(SeatGenerator::seats(standing).isEmpty());
    QVERIFY(!standing.isSeated());

    StadiumLayout stadium(QStringLiteral("Test"), QStringLiteral("Zagreb"), QStringLiteral("HR"),
                          VenueType::Home);
    stadium.addSector(seated);
    stadium.addSector(standing);
    QCOMPARE(stadium.seatCount(), 20);
    QCOMPARE(stadium.capacity(), 2520);
    QVERIFY(stadium.hasUniqueSectorCodes());
    QCOMPARE(stadium.sector(QStringLiteral("N1"))->capacity(), 2500);
    QVERIFY(!stadium.sector(QStringLiteral("X")));
}

void TestRowGeometry::outlineCoversRows()
{
    RowBlock block(RowPath::arc({52, 32}, 10, 0, 90), 10);
    LayoutSector sector(QStringLiteral("Sjeverozapad"), QStringLiteral("NW"));
    sector.addBlock(block);
    sector.fitOutlineToRows();
    QVERIFY(sector.outline().size() > 4);
    const QList<LayoutSeat> seats = SeatGenerator::seats(sector);
    for (const LayoutSeat &seat : seats)
        QVERIFY(sector.outline().containsPoint(seat.position, Qt::OddEvenFill));
    QVERIFY(sector.outline().containsPoint(sector.labelPosition(), Qt::OddEvenFill));
    // The label of a corner lies on its diagonal.
    const QPointF label = sector.labelPosition() - QPointF(52, 32);
    QVERIFY(std::abs(label.x() - label.y()) < 0.05);
}

QTEST_GUILESS_MAIN(TestRowGeometry)
#include "tst_rowgeometry.moc"
