#include "allocation/snakeconfig.h"
#include "demo/demoseeder.h"
#include "demo/demostadiums.h"
#include "layout/layoutjson.h"
#include "layout/layoutvalidator.h"
#include "layout/rowblock.h"
#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace Tribina;

Q_DECLARE_METATYPE(Tribina::StadiumLayout)

namespace {

// StadiumLayout has no operator== of its own; everything it holds, compared member by member.
bool sameLayout(const StadiumLayout &a, const StadiumLayout &b)
{
    return a.name() == b.name() && a.city() == b.city() && a.country() == b.country()
        && a.address() == b.address() && a.venueType() == b.venueType()
        && a.isNumbered() == b.isNumbered() && a.pitchSize().width() == b.pitchSize().width()
        && a.pitchSize().height() == b.pitchSize().height() && a.sectors() == b.sectors();
}

// Everything the format can express, with awkward values: arcs both ways, several gaps (some
// ineffective), odd/even numbering from the right, every alignment and seat type, text that
// needs escaping, numbers that need all 17 digits, -0, tiny and huge magnitudes, an empty outline.
StadiumLayout awkwardLayout()
{
    StadiumLayout layout(QStringLiteral("Gradski stadion \"Šubićevac\"\n\t\\ – ⚽"),
                         QStringLiteral("Šibenik"), QStringLiteral("HR"), VenueType::Away);
    layout.setAddress(QString(QChar(0x01)) + QStringLiteral("Put Bioca 1 / \u2028 end"));
    layout.setNumbered(false);
    layout.setPitchSize(QSizeF(100.5, 64.25));

    LayoutSector curved(QStringLiteral("Zavoj"), QStringLiteral("C-1"), SectorType::Vip);
    RowBlock block(RowPath::arc({52, 32}, 30.25, 0.1 + 0.2, 90), 3);
    block.setSeatPitch(0.7 + 0.1 / 3);
    block.addAisle(0.5, 1.1);
    block.setNumbering(SeatNumbering(2, NumberingDirection::RightToLeft, NumberingStep::Even));
    block.setLabels(RowLabel::Style::Alphabetic, 26);
    block.setSeatType(0, 0, SeatType::Accessibility);
    block.setSeatType(0, 1, SeatType::Companion);
    block.setSeatType(2, 5, SeatType::Technical);
    curved.addBlock(block);
    curved.fitOutlineToRows(1.0 / 3);
    LayoutRow clockwise(QStringLiteral("ZZ"), RowPath::arc({-0.0, 1e-9}, 1e7, -45.5, -12.75), 9);
    clockwise.setAlignment(LayoutRow::Alignment::End);
    clockwise.setNumbering(SeatNumbering(1, NumberingDirection::LeftToRight, NumberingStep::Odd));
    clockwise.setGaps({{0, 0.8}, {4, 2.5}, {20, 1.0}, {3, -1}}); // two of them ineffective
    clockwise.setSeatType(8, SeatType::Technical);
    clockwise.setSeatType(12, SeatType::Companion); // beyond the row: kept, as the model does
    clockwise.setRemovedSeats({7, 2, -3, 40}); // -3 and 40: beyond the row, kept as the model does
    QList<LayoutRow> rows = curved.rows();
    rows.append(clockwise);
    curved.setRows(rows);
    SnakeConfig snake;
    snake.bestRow = 1;
    snake.traversal = TraversalDirection::BottomToTop;
    snake.strategy = RowStrategy::RightToLeft;
    snake.subSectors = {{{0, 9}, {12, 30}}, {}, {{5, 4}}, {}};
    curved.setSnakeConfig(snake);
    layout.addSector(curved);

    LayoutSector straight(QStringLiteral("Istok"), QStringLiteral("E"));
    straight.setSnakeConfig(SnakeConfig::defaultFor(1));
    LayoutRow row(QStringLiteral("1"), RowPath::straight({-10.123456789012345, -40}, {10, -40.000000000000007}), 25);
    row.setAlignment(LayoutRow::Alignment::Start);
    row.setDepth(1.05);
    straight.addRow(row);
    straight.setOutline(QPolygonF({{-11, -39}, {11, -39}, {11, -42}, {-11, -42}}));
    straight.setLabelPosition({0, -40.5});
    layout.addSector(straight);

    LayoutSector standing(QStringLiteral("Sjever"), QStringLiteral("N"), SectorType::Standing);
    standing.setManualCapacity(1234);
    standing.setLabelPosition({std::numeric_limits<double>::min(), -1e300});
    layout.addSector(standing);

    LayoutSector empty(QString(), QStringLiteral("X"));
    layout.addSector(empty);
    return layout;
}

QByteArray replaced(QByteArray json, const char *from, const char *to)
{
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test data: \"%s\" not in the document", from);
    return json.replace(at, qsizetype(qstrlen(from)), to);
}

} // namespace

/// The layout file format: lossless, canonical, strict, and its errors say where.
class TestLayoutJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void isPlainJson();
    void maksimirGolden();
    void documentedExample();
    void malformed_data();
    void malformed();
    void nonFiniteNumbersAreRefused();
    void files();
    void rowColumnsSpellTheFormat();
};

void TestLayoutJson::roundTrip_data()
{
    QTest::addColumn<StadiumLayout>("layout");
    QTest::newRow("maksimir") << DemoStadiums::homeStadium();
    QTest::newRow("stress") << DemoStadiums::stressStadium();
    QTest::newRow("away") << DemoStadiums::awayStadium();
    QTest::newRow("awkward") << awkwardLayout();
    QTest::newRow("empty") << StadiumLayout();
}

void TestLayoutJson::roundTrip()
{
    QFETCH(StadiumLayout, layout);
    QElapsedTimer timer;
    timer.start();
    const QByteArray first = LayoutJson::write(layout);
    const qint64 writeMs = timer.restart();

    StadiumLayout read;
    const Outcome outcome = LayoutJson::read(first, &read);
    const qint64 readMs = timer.elapsed();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QVERIFY(sameLayout(read, layout));
    QCOMPARE(LayoutJson::write(read), first);
    qInfo("%s: %lld bytes, %d seats; write %lld ms, read %lld ms", QTest::currentDataTag(),
          qint64(first.size()), layout.seatCount(), writeMs, readMs);

    // Equal to the last bit, not just fuzzily (QPointF's == is fuzzy): the seats generated from
    // the read layout are exactly those of the original.
    for (qsizetype s = 0; s < layout.sectors().size(); ++s) {
        const QList<LayoutSeat> before = SeatGenerator::seats(layout.sectors().at(s));
        const QList<LayoutSeat> after = SeatGenerator::seats(read.sectors().at(s));
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).position.x(), before.at(i).position.x());
            QCOMPARE(after.at(i).position.y(), before.at(i).position.y());
            QCOMPARE(after.at(i).angleDeg, before.at(i).angleDeg);
            QCOMPARE(after.at(i).number, before.at(i).number);
            QCOMPARE(after.at(i).type, before.at(i).type);
        }
    }
    QCOMPARE(read.capacity(), layout.capacity());
}

void TestLayoutJson::isPlainJson()
{
    // Any JSON tool can read it, and it says what it is up front.
    const QByteArray json = LayoutJson::write(awkwardLayout());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(json.startsWith("{\n  \"format\": \"tribina-layout\",\n  \"version\": 1,\n"));
    QVERIFY(json.endsWith("}\n"));
    QCOMPARE(document[QLatin1String("venue")][QLatin1String("name")].toString(), awkwardLayout().name());
    QCOMPARE(document[QLatin1String("sectors")][0][QLatin1String("rows")][0][QLatin1String("path")][QLatin1String("kind")].toString(),
             QStringLiteral("ARC"));
    // Non-ASCII text stays readable UTF-8; only what JSON requires is escaped.
    QVERIFY(json.contains("\"Šibenik\""));
    QVERIFY(json.contains("\\\"Šubićevac\\\"\\n\\t\\\\"));
    QVERIFY(json.contains("\"address\": \"\\u0001Put"));
    QVERIFY(!json.contains("-0,"));
}

void TestLayoutJson::maksimirGolden()
{
    // resources/demo/maksimir.layout.json is the demo stadium as the seeder stores it, exported
    // by `tribina-admin layout export`; it must stay what the generator builds.
    // TRIBINA_UPDATE_GOLDEN=1 rewrites it.
    const StadiumLayout maksimir = DemoSeeder::storedLayout(DemoStadiums::homeStadium());
    const QString path = qEnvironmentVariable("TRIBINA_SOURCE_DIR") + QStringLiteral("/resources/demo/maksimir.layout.json");
    const QByteArray expected = LayoutJson::write(maksimir);
    if (qEnvironmentVariableIntValue("TRIBINA_UPDATE_GOLDEN") == 1)
        QVERIFY(LayoutJson::writeFile(path, maksimir).ok());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QVERIFY2(file.readAll() == expected,
             "the demo stadium changed: re-export it (TRIBINA_UPDATE_GOLDEN=1 ctest -R tst_layoutjson)");
    StadiumLayout read;
    QVERIFY(LayoutJson::readFile(path, &read).ok());
    QVERIFY(sameLayout(read, maksimir));
}

void TestLayoutJson::documentedExample()
{
    // The example in LAYOUT-FORMAT.md is a canonical, valid document with what the text says.
    QFile doc(qEnvironmentVariable("TRIBINA_SOURCE_DIR") + QStringLiteral("/resources/demo/LAYOUT-FORMAT.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype begin = text.indexOf("```json\n");
    QVERIFY(begin >= 0);
    const qsizetype end = text.indexOf("```", begin + 8);
    const QByteArray example = text.mid(begin + 8, end - begin - 8);
    StadiumLayout layout;
    const Outcome outcome = LayoutJson::read(example, &layout);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
    QCOMPARE(LayoutJson::write(layout), example);
    QCOMPARE(layout.seatCount(), 88);
    QCOMPARE(layout.capacity(), 3288);
    for (const LayoutFinding &finding : LayoutValidator::validate(layout))
        QVERIFY2(!finding.isError(), qPrintable(finding.message));
}

void TestLayoutJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray good = LayoutJson::write(awkwardLayout());
    QTest::newRow("not json") << QByteArray("{\n  \"format\": \"tribina-layout\",\n  oops\n}")
                              << QStringLiteral("not valid JSON at line 3, column ");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("other format") << replaced(good, "\"tribina-layout\"", "\"tiled-map\"")
                                  << QStringLiteral("format: not a Tribina layout");
    QTest::newRow("newer version") << replaced(good, "\"version\": 1", "\"version\": 2")
                                   << QStringLiteral("version: format version 2 is newer");
    QTest::newRow("version as text") << replaced(good, "\"version\": 1", "\"version\": \"1\"")
                                     << QStringLiteral("version: expected a number, found text");
    QTest::newRow("missing city") << replaced(good, "\"city\": \"Šibenik\",", "")
                                  << QStringLiteral("venue.city: missing");
    QTest::newRow("unknown top-level key") << replaced(good, "\"pitch\"", "\"extra\": 1, \"pitch\"")
                                           << QStringLiteral("extra: unknown key");
    QTest::newRow("numbered as text") << replaced(good, "\"numbered\": false", "\"numbered\": \"no\"")
                                      << QStringLiteral("venue.numbered: expected true or false, found text");
    QTest::newRow("venue type") << replaced(good, "\"type\": \"AWAY\"", "\"type\": \"FOREIGN\"")
                                << QStringLiteral("venue.type: unknown value \"FOREIGN\" (expected one of: HOME, AWAY)");
    QTest::newRow("pitch width") << replaced(good, "\"width\": 64.25", "\"width\": null")
                                 << QStringLiteral("pitch.width: expected a number, found null");
    QTest::newRow("sector type") << replaced(good, "\"type\": \"VIP\"", "\"type\": \"LOUNGE\"")
                                 << QStringLiteral("sectors[0].type: unknown value \"LOUNGE\"");
    QTest::newRow("radius as text") << replaced(good, "\"radius\": 30.25", "\"radius\": \"30.25\"")
                                    << QStringLiteral("sectors[0].rows[0].path.radius: expected a number, found text");
    QTest::newRow("path kind") << replaced(good, "\"kind\": \"STRAIGHT\"", "\"kind\": \"BEZIER\"")
                               << QStringLiteral("sectors[1].rows[0].path.kind: unknown value \"BEZIER\"");
    QTest::newRow("arc key on a line") << replaced(good, "\"end\": [10,", "\"radius\": 3, \"end\": [10,")
                                       << QStringLiteral("sectors[1].rows[0].path.radius: unknown key");
    QTest::newRow("typo in a row") << replaced(good, "\"depth\": 1.05", "\"dpeth\": 1.05")
                                   << QStringLiteral("sectors[1].rows[0].dpeth: unknown key");
    QTest::newRow("negative seats") << replaced(good, "\"seats\": 25", "\"seats\": -25")
                                    << QStringLiteral("sectors[1].rows[0].seats: must be at least 0, found -25");
    QTest::newRow("fractional seats") << replaced(good, "\"seats\": 25", "\"seats\": 25.5")
                                      << QStringLiteral("sectors[1].rows[0].seats: expected a whole number, found 25.5");
    QTest::newRow("manual capacity") << replaced(good, "\"manualCapacity\": 1234", "\"manualCapacity\": -1")
                                     << QStringLiteral("sectors[2].manualCapacity: must be at least 0");
    QTest::newRow("point of three") << replaced(good, "[11, -39]", "[11, -39, 0]")
                                    << QStringLiteral("sectors[1].outline[1]: expected a point [x, y], found an array of 3 item");
    QTest::newRow("coordinate as text") << replaced(good, "[11, -39]", "[11, \"-39\"]")
                                        << QStringLiteral("sectors[1].outline[1][1]: expected a number, found text");
    QTest::newRow("outline not a list") << replaced(good, "\"outline\": []", "\"outline\": {}")
                                        << QStringLiteral("sectors[2].outline: expected an array of points, found an object");
    QTest::newRow("rows not a list") << replaced(good, "\"rows\": []", "\"rows\": 0")
                                     << QStringLiteral("sectors[2].rows: expected an array, found a number");
    QTest::newRow("numbering step") << replaced(good, "\"step\": \"ODD\"", "\"step\": \"PRIME\"")
                                    << QStringLiteral("sectors[0].rows[3].numbering.step: unknown value \"PRIME\" (expected one of: CONSECUTIVE, ODD, EVEN)");
    QTest::newRow("gap width") << replaced(good, "{\"afterSeats\": 4, \"width\": 2.5}", "{\"afterSeats\": 4}")
                               << QStringLiteral("sectors[0].rows[3].gaps[1].width: missing");
    QTest::newRow("seat type") << replaced(good, "\"type\": \"COMPANION\"", "\"type\": \"DOG\"")
                               << QStringLiteral("sectors[0].rows[0].seatTypes[1].type: unknown value \"DOG\"");
    QTest::newRow("duplicate seat") << replaced(good, "{\"position\": 1, \"type\": \"COMPANION\"}",
                                                "{\"position\": 0, \"type\": \"COMPANION\"}")
                                    << QStringLiteral("sectors[0].rows[0].seatTypes[1].position: seat position 0 is listed twice");
    QTest::newRow("removed twice") << replaced(good, "\"removedSeats\": [-3, 2, 7, 40]", "\"removedSeats\": [-3, 2, 7, 2]")
                                   << QStringLiteral("sectors[0].rows[3].removedSeats[3]: seat position 2 is listed twice");
    QTest::newRow("removed as text") << replaced(good, "\"removedSeats\": [-3, 2, 7, 40]", "\"removedSeats\": [-3, \"2\"]")
                                     << QStringLiteral("sectors[0].rows[3].removedSeats[1]: expected a number, found text");
    QTest::newRow("snake strategy") << replaced(good, "\"strategy\": \"RIGHT_TO_LEFT\"", "\"strategy\": \"RANDOM\"")
                                    << QStringLiteral("sectors[0].snake.strategy: unknown value \"RANDOM\" (expected one of: CENTER_OUTWARD, LEFT_TO_RIGHT, RIGHT_TO_LEFT)");
    QTest::newRow("snake range") << replaced(good, "[[[0, 9], [12, 30]]", "[[[0, 9], [12]]")
                                 << QStringLiteral("sectors[0].snake.subSectors[0][1]: expected a range [first, last], found an array of 1 item");
    QTest::newRow("snake best row") << replaced(good, "\"bestRow\": 1,", "")
                                    << QStringLiteral("sectors[0].snake.bestRow: missing");
    QTest::newRow("sector not an object") << replaced(good, "\"sectors\": [\n", "\"sectors\": [\n    7,\n")
                                          << QStringLiteral("sectors[0]: expected an object, found a number");
}

void TestLayoutJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    StadiumLayout layout = DemoStadiums::awayStadium();
    const Outcome outcome = LayoutJson::read(json, &layout);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(error), qPrintable(outcome.error()));
    QCOMPARE(layout.name(), DemoStadiums::awayStadiumName()); // untouched on failure
}

void TestLayoutJson::nonFiniteNumbersAreRefused()
{
    // JSON cannot carry NaN: the writer puts null there so that reading says where it was.
    StadiumLayout layout = awkwardLayout();
    layout.setPitchSize(QSizeF(std::nan(""), 68));
    StadiumLayout read;
    const Outcome outcome = LayoutJson::read(LayoutJson::write(layout), &read);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().startsWith(QStringLiteral("pitch.length: expected a number, found null")),
             qPrintable(outcome.error()));
}

void TestLayoutJson::files()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("maksimir.layout.json"));
    QVERIFY(LayoutJson::writeFile(path, DemoStadiums::homeStadium()).ok());
    StadiumLayout read;
    QVERIFY(LayoutJson::readFile(path, &read).ok());
    QVERIFY(sameLayout(read, DemoStadiums::homeStadium()));

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    Outcome outcome = LayoutJson::readFile(missing, &read);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().contains(missing));
    outcome = LayoutJson::writeFile(dir.filePath(QStringLiteral("no/such/dir/x.json")), read);
    QVERIFY(!outcome);
    QVERIFY(outcome.error().contains(QStringLiteral("x.json")));

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(replaced(LayoutJson::write(DemoStadiums::awayStadium()), "\"manualCapacity\": 120", "\"manualCapacity\": true"));
    bad.close();
    outcome = LayoutJson::readFile(bad.fileName(), &read);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().endsWith(QStringLiteral("bad.json: sectors[1].manualCapacity: expected a number, found true or false")),
             qPrintable(outcome.error()));
}

void TestLayoutJson::rowColumnsSpellTheFormat()
{
    // row_configurations.path and .gaps hold the same spelling as the document.
    const RowPath arc = RowPath::arc({52, -32}, 10.5, 270, 90);
    QCOMPARE(LayoutJson::pathJson(arc),
             QByteArray("{\"kind\": \"ARC\", \"centre\": [52, -32], \"radius\": 10.5, \"startAngle\": 270, \"sweep\": 90}"));
    QCOMPARE(LayoutJson::pathJson(RowPath::straight({1, 2}, {3.25, -4})),
             QByteArray("{\"kind\": \"STRAIGHT\", \"start\": [1, 2], \"end\": [3.25, -4]}"));
    QCOMPARE(LayoutJson::gapsJson({{12, 1.2}, {30, 0.8}}),
             QByteArray("[{\"afterSeats\": 12, \"width\": 1.2}, {\"afterSeats\": 30, \"width\": 0.8}]"));
    QCOMPARE(LayoutJson::gapsJson({}), QByteArray("[]"));
}

QTEST_GUILESS_MAIN(TestLayoutJson)
#include "tst_layoutjson.moc"
