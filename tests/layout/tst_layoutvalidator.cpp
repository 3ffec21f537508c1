#include "demo/demostadiums.h"
#include "layout/layoutdocument.h"
#include "layout/layoutvalidator.h"
#include "layout/rowblock.h"
#include "layout/stadiumlayout.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>

using namespace Tribina;

Q_DECLARE_METATYPE(Tribina::StadiumLayout)
Q_DECLARE_METATYPE(Tribina::LayoutFinding::Severity)

namespace {

using Kind = LayoutFinding::Kind;

// A seated sector of three straight rows of ten seats (row "1" in front), its front row on
// the line y = 0 from x to x + 10, with outline and snake: valid on its own.
LayoutSector seated(const QString &code, double x)
{
    RowBlock block(RowPath::straight({x, 0}, {x + 10, 0}), 3);
    block.setFixedSeats(10);
    LayoutSector sector(QStringLiteral("Sektor ") + code, code);
    sector.addBlock(block);
    sector.fitOutlineToRows();
    sector.setSnakeConfig(SnakeConfig::defaultFor(3));
    return sector;
}

// Two seated sectors side by side (W1 left, W2 right) and a standing one behind them.
StadiumLayout cleanLayout()
{
    StadiumLayout layout(QStringLiteral("Test"), QStringLiteral("Zagreb"), QStringLiteral("HR"), VenueType::Home);
    layout.addSector(seated(QStringLiteral("W1"), 0));
    layout.addSector(seated(QStringLiteral("W2"), 11));
    LayoutSector standing(QStringLiteral("Stajanje"), QStringLiteral("N1"), SectorType::Standing);
    standing.setOutline(QPolygonF({{0, -10}, {21, -10}, {21, -5}, {0, -5}}));
    standing.setLabelPosition(LayoutSector::centroid(standing.outline()));
    standing.setManualCapacity(800);
    layout.addSector(standing);
    return layout;
}

// The layout with one sector changed by edit.
template<typename Edit>
StadiumLayout with(int sectorIndex, Edit edit)
{
    StadiumLayout layout = cleanLayout();
    LayoutSector sector = layout.sectors().at(sectorIndex);
    edit(sector);
    layout.replaceSector(sectorIndex, sector);
    return layout;
}

template<typename Edit>
StadiumLayout withRow(int sectorIndex, int rowOrder, Edit edit)
{
    return with(sectorIndex, [&](LayoutSector &sector) {
        LayoutRow row = sector.rows().at(rowOrder);
        edit(row);
        sector.setRow(rowOrder, row);
    });
}

QList<int> kindsOf(const QList<LayoutFinding> &findings)
{
    QList<int> kinds;
    for (const LayoutFinding &finding : findings) {
        if (!kinds.contains(int(finding.kind)))
            kinds.append(int(finding.kind));
    }
    std::sort(kinds.begin(), kinds.end());
    return kinds;
}

QString describe(const QList<LayoutFinding> &findings)
{
    QStringList lines;
    for (const LayoutFinding &finding : findings)
        lines.append(finding.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// LayoutValidator: one broken layout per kind of finding, what each finding names, and that
/// clean layouts (the demo stadiums among them) give none.
class TestLayoutValidator : public QObject
{
    Q_OBJECT

private slots:
    void cleanLayoutHasNoFindings();
    void findings_data();
    void findings();
    void overlapIsFoundAcrossSectors();
    void demoStadiumsValidateClean();
    void findingSelectsOnTheMap();
};

void TestLayoutValidator::cleanLayoutHasNoFindings()
{
    const QList<LayoutFinding> findings = LayoutValidator::validate(cleanLayout());
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    QVERIFY(LayoutValidator::validate(StadiumLayout()).isEmpty());
}

void TestLayoutValidator::findings_data()
{
    QTest::addColumn<StadiumLayout>("layout");
    QTest::addColumn<QList<int>>("kinds");     // every kind found, sorted
    QTest::addColumn<int>("count");            // findings in all
    QTest::addColumn<LayoutFinding::Severity>("severity"); // of the first finding
    QTest::addColumn<QString>("sector");       // what the first finding names
    QTest::addColumn<QString>("row");
    QTest::addColumn<int>("seat");             // 0: none

    const auto kinds = [](std::initializer_list<Kind> list) {
        QList<int> result;
        for (const Kind kind : list)
            result.append(int(kind));
        std::sort(result.begin(), result.end());
        return result;
    };
    const auto E = LayoutFinding::Severity::Error;
    const auto W = LayoutFinding::Severity::Warning;
    const QString none;

    QTest::newRow("duplicate sector code")
        << with(1, [](LayoutSector &s) { s.setCode(QStringLiteral("W1")); })
        << kinds({Kind::DuplicateSectorCode}) << 1 << E << QStringLiteral("W1") << none << 0;
    QTest::newRow("empty sector code")
        << with(1, [](LayoutSector &s) { s.setCode({}); })
        << kinds({Kind::InvalidSectorCode}) << 1 << E << QString() << none << 0;
    QTest::newRow("sector code too long")
        << with(0, [](LayoutSector &s) { s.setCode(QStringLiteral("ZAPADNA-TRIBINA-DONJI-1")); })
        << kinds({Kind::InvalidSectorCode}) << 1 << E << QStringLiteral("ZAPADNA-TRIBINA-DONJI-1") << none << 0;
    QTest::newRow("sector without capacity")
        << with(2, [](LayoutSector &s) { s.setManualCapacity(0); })
        << kinds({Kind::SectorWithoutCapacity}) << 1 << W << QStringLiteral("N1") << none << 0;
    QTest::newRow("standing sector with rows")
        << with(2, [](LayoutSector &s) { s.addBlock(RowBlock(RowPath::straight({0, -6}, {20, -6}), 2)); })
        << kinds({Kind::StandingSectorWithRows}) << 1 << W << QStringLiteral("N1") << none << 0;
    QTest::newRow("missing outline")
        << with(0, [](LayoutSector &s) { s.setOutline({}); })
        << kinds({Kind::MissingOutline}) << 1 << W << QStringLiteral("W1") << none << 0;
    // Row 3 relabelled "1": its seats repeat the labels of the front row.
    QTest::newRow("duplicate row identifier and seat labels")
        << withRow(1, 2, [](LayoutRow &r) { r.setIdentifier(QStringLiteral("1")); })
        << kinds({Kind::DuplicateRowIdentifier, Kind::DuplicateSeatLabel}) << 2 << E
        << QStringLiteral("W2") << QStringLiteral("1") << 0;
    // A row split by a stair into two parts with one identifier, odd and even numbers: the
    // labels differ, but row_identifier must be unique per sector in the database.
    QTest::newRow("duplicate row identifier, distinct labels")
        << with(0, [](LayoutSector &s) {
               QList<LayoutRow> rows = s.rows();
               rows[0].setNumbering(SeatNumbering(1, NumberingDirection::LeftToRight, NumberingStep::Odd));
               rows[1].setNumbering(SeatNumbering(2, NumberingDirection::LeftToRight, NumberingStep::Even));
               rows[1].setIdentifier(QStringLiteral("1"));
               s.setRows(rows);
           })
        << kinds({Kind::DuplicateRowIdentifier}) << 1 << E << QStringLiteral("W1") << QStringLiteral("1") << 0;
    QTest::newRow("empty row identifier")
        << withRow(0, 1, [](LayoutRow &r) { r.setIdentifier({}); })
        << kinds({Kind::InvalidRowIdentifier}) << 1 << E << QStringLiteral("W1") << QString() << 0;
    QTest::newRow("row identifier too long")
        << withRow(0, 1, [](LayoutRow &r) { r.setIdentifier(QStringLiteral("GALERIJA-12")); })
        << kinds({Kind::InvalidRowIdentifier}) << 1 << E << QStringLiteral("W1") << QStringLiteral("GALERIJA-12") << 0;
    QTest::newRow("empty row")
        << withRow(1, 1, [](LayoutRow &r) { r.setSeatCount(0); })
        << kinds({Kind::EmptyRow}) << 1 << W << QStringLiteral("W2") << QStringLiteral("2") << 0;
    QTest::newRow("row with every seat removed")
        << withRow(1, 0, [](LayoutRow &r) {
               for (int p = 0; p < r.seatCount(); ++p)
                   r.setRemoved(p, true);
           })
        << kinds({Kind::EmptyRow}) << 1 << W << QStringLiteral("W2") << QStringLiteral("1") << 0;
    // Rows 2 and 3 pushed forward onto the front row.
    QTest::newRow("overlapping seats")
        << with(0, [](LayoutSector &s) {
               QList<LayoutRow> rows = s.rows();
               rows[2].setPath(rows[0].path().offset(0.4));
               s.setRows(rows);
           })
        << kinds({Kind::OverlappingSeats}) << 2 << E << QStringLiteral("W1") << QStringLiteral("3") << 1;
    // The outline cut off at x = 4.5: seats 5–10 (at x = 4.6 ... 8.6) of every row lie outside.
    QTest::newRow("seats outside the outline")
        << with(0, [](LayoutSector &s) { s.setOutline(QPolygonF({{-1, 1}, {4.5, 1}, {4.5, -3}, {-1, -3}})); })
        << kinds({Kind::SeatOutsideOutline}) << 3 << W << QStringLiteral("W1") << QStringLiteral("1") << 5;
    QTest::newRow("missing snake")
        << with(1, [](LayoutSector &s) { s.setSnakeConfig(std::nullopt); })
        << kinds({Kind::MissingSnakeConfig}) << 1 << E << QStringLiteral("W2") << none << 0;
    QTest::newRow("snake best row missing")
        << with(1, [](LayoutSector &s) { s.setSnakeConfig(SnakeConfig::defaultFor(12)); })
        << kinds({Kind::InvalidSnakeConfig}) << 1 << E << QStringLiteral("W2") << none << 0;
    QTest::newRow("snake sub-sectors overlap")
        << with(1, [](LayoutSector &s) {
               SnakeConfig snake = SnakeConfig::defaultFor(3);
               snake.subSectors = {{{0, 4}, {5, 9}}, {{0, 5}, {5, 9}}};
               s.setSnakeConfig(snake);
           })
        << kinds({Kind::InvalidSnakeConfig}) << 1 << W << QStringLiteral("W2") << QStringLiteral("2") << 0;
}

void TestLayoutValidator::findings()
{
    QFETCH(StadiumLayout, layout);
    QFETCH(QList<int>, kinds);
    QFETCH(int, count);
    QFETCH(LayoutFinding::Severity, severity);
    QFETCH(QString, sector);
    QFETCH(QString, row);
    QFETCH(int, seat);

    const QList<LayoutFinding> findings = LayoutValidator::validate(layout);
    QVERIFY2(!findings.isEmpty(), "no findings");
    QCOMPARE(kindsOf(findings), kinds);
    QCOMPARE(int(findings.size()), count);

    const LayoutFinding &first = findings.constFirst();
    QCOMPARE(first.severity, severity);
    QCOMPARE(first.sectorCode, sector);
    QCOMPARE(first.rowIdentifier, row);
    QCOMPARE(first.hasRow(), !row.isEmpty() || first.kind == Kind::InvalidRowIdentifier);
    QCOMPARE(first.seatNumber, seat);
    QCOMPARE(first.hasSeat(), seat != 0);
    QVERIFY(first.sectorIndex >= 0 && first.sectorIndex < layout.sectors().size());
    QCOMPARE(layout.sectors().at(first.sectorIndex).code(), sector);
    QCOMPARE(LayoutValidator::hasErrors(findings), severity == LayoutFinding::Severity::Error);
    for (const LayoutFinding &finding : findings) {
        QVERIFY(!finding.message.isEmpty());
        if (!finding.sectorCode.isEmpty())
            QVERIFY2(finding.message.contains(finding.sectorCode), qPrintable(finding.message));
        if (finding.hasSeat()) {
            QVERIFY(!finding.seats.isEmpty());
            QCOMPARE(finding.seats.constFirst().seatIndex, finding.seatIndex);
            QCOMPARE(finding.seats.constFirst().rowOrder, finding.rowOrder);
        }
        // Something to look at: on the sector's own area, not at the origin.
        QVERIFY2(!finding.position.isNull() || layout.sectors().at(finding.sectorIndex).outline().isEmpty(),
                 qPrintable(finding.message));
    }
    qInfo("%s", qPrintable(first.message));
}

void TestLayoutValidator::overlapIsFoundAcrossSectors()
{
    // W2 dragged over W1: each of its rows overlaps the W1 row at the same depth, and the
    // finding names both.
    StadiumLayout layout = cleanLayout();
    LayoutSector w2 = layout.sectors().at(1);
    w2.translate({-10.6, 0});
    layout.replaceSector(1, w2);
    const QList<LayoutFinding> findings = LayoutValidator::validate(layout);
    QCOMPARE(kindsOf(findings), QList<int>{int(Kind::OverlappingSeats)});
    QCOMPARE(int(findings.size()), 3);
    for (int r = 0; r < 3; ++r) {
        const LayoutFinding &finding = findings.at(r);
        QCOMPARE(finding.sectorCode, QStringLiteral("W2"));
        QCOMPARE(finding.rowOrder, r);
        QCOMPARE(int(finding.seats.size()), 10);
        QVERIFY2(finding.message.contains(QStringLiteral("W1")), qPrintable(finding.message));
    }
}

void TestLayoutValidator::demoStadiumsValidateClean()
{
    // The demo builds its sectors without snake configurations; the seeder stores
    // SnakeConfig::defaultFor() for each. Those are the only findings; with them, none.
    StadiumLayout home = DemoStadiums::homeStadium();
    QElapsedTimer timer;
    timer.start();
    const QList<LayoutFinding> raw = LayoutValidator::validate(home);
    qInfo("validating %d seats of Maksimir: %lld ms", home.seatCount(), timer.elapsed());
    for (const LayoutFinding &finding : raw)
        QVERIFY2(finding.kind == Kind::MissingSnakeConfig, qPrintable(finding.message));

    QList<LayoutSector> sectors = home.sectors();
    for (LayoutSector &sector : sectors) {
        if (!sector.snakeConfig())
            sector.setSnakeConfig(SnakeConfig::defaultFor(int(sector.rows().size())));
    }
    home.setSectors(sectors);
    const QList<LayoutFinding> findings = LayoutValidator::validate(home);
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));

    const QList<LayoutFinding> away = LayoutValidator::validate(DemoStadiums::awayStadium());
    QVERIFY2(away.isEmpty(), qPrintable(describe(away)));
}

void TestLayoutValidator::findingSelectsOnTheMap()
{
    LayoutDocument document(with(0, [](LayoutSector &s) {
        s.setOutline(QPolygonF({{-1, 1}, {4.5, 1}, {4.5, -3}, {-1, -3}}));
    }));
    const QList<LayoutFinding> findings = document.validate();
    QCOMPARE(int(findings.size()), 3);
    const LayoutFinding &outside = findings.at(1); // row "2"
    QCOMPARE(outside.sectorId, document.sectorIdByCode(QStringLiteral("W1")));

    QSignalSpy selection(&document, &LayoutDocument::selectionChanged);
    document.selectFinding(outside);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(document.selectedSectors(), QList<int>{outside.sectorId});
    QList<SeatRef> expected;
    for (int p = 4; p < 10; ++p)
        expected.append(SeatRef{outside.sectorId, {1, p}});
    QCOMPARE(document.selectedSeats(), expected);

    // A finding about a row without seats of its own selects the row.
    LayoutDocument duplicates(withRow(1, 2, [](LayoutRow &r) { r.setIdentifier(QStringLiteral("2")); }));
    const QList<LayoutFinding> rowFindings = duplicates.validate();
    QCOMPARE(rowFindings.constFirst().kind, Kind::DuplicateRowIdentifier);
    duplicates.selectFinding(rowFindings.constFirst());
    QCOMPARE(int(duplicates.selectedSeats().size()), 10);
    QCOMPARE(duplicates.selectedSeats().constFirst().seat, (SeatKey{2, 0}));
}

QTEST_GUILESS_MAIN(TestLayoutValidator)
#include "tst_layoutvalidator.moc"
