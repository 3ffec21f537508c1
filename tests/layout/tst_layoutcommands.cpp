#include "allocation/snakeranking.h"
#include "layout/commands/rowcommands.h"
#include "layout/commands/sectorcommands.h"
#include "layout/commands/seatcommands.h"
#include "layout/commands/snakecommands.h"
#include "layout/commands/venuecommands.h"
#include "layout/layoutdocument.h"
#include "layout/rowblock.h"
#include "layout/seatgenerator.h"
#include "layout/stadiumlayout.h"
#include "layouttestdata.h"

#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace Tribina;
using namespace Tribina::LayoutTestData;

Q_DECLARE_METATYPE(Tribina::MirrorAxis)

// push → check → undo → check (exactly the state before) → redo → check (exactly the state
// after, and the effect again). Returns from the test function on failure.
// (Variadic: the check is a lambda, whose braces do not protect commas from the preprocessor.)
#define ROUND_TRIP(document, command, ...)                                       \
    do {                                                                         \
        roundTrip(document, command, __VA_ARGS__);                               \
        if (QTest::currentTestFailed())                                          \
            return;                                                              \
    } while (false)

/// Every undo command of the layout editor: its effect, an exact undo and redo, and merging
/// of drags and brush strokes into one step. (The document itself: tst_layoutdocument.)
class TestLayoutCommands : public QObject
{
    Q_OBJECT

private slots:
    void addSector();
    void removeSector();
    void moveSector();
    void rotateSector();
    void changeSectorProperties();
    void duplicateSector();
    void mirrorSector_data();
    void mirrorSector();
    void addRowBlock();
    void removeRows();
    void renumberRows();
    void setSeatType();
    void removeAndRestoreSeats();
    void setSnakeConfig();
    void setVenueDetails();
    void dragMergesIntoOneStep();
    void strokesAndGesturesMerge();
    void noOpCommandsLeaveNoStep();

private:
    void roundTrip(LayoutDocument &document, QUndoCommand *command,
                   const std::function<void(const LayoutDocument &)> &check);
};

void TestLayoutCommands::roundTrip(LayoutDocument &document, QUndoCommand *command,
                                   const std::function<void(const LayoutDocument &)> &check)
{
    // Contents compare with ==; the sectors' ids (not part of their value) separately.
    const auto ids = [](const LayoutDocument &d) {
        QList<int> result;
        for (int i = 0; i < d.sectorCount(); ++i)
            result.append(d.sectorIdAt(i));
        return result;
    };
    const StadiumLayout before = document.layout();
    const QList<int> idsBefore = ids(document);
    const int steps = document.undoStack()->count();
    document.push(command);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    check(document);
    if (QTest::currentTestFailed())
        return;
    const StadiumLayout after = document.layout();
    const QList<int> idsAfter = ids(document);
    QVERIFY(after != before);

    document.undoStack()->undo();
    QVERIFY2(document.layout() == before, "undo did not restore the layout exactly");
    QCOMPARE(ids(document), idsBefore);
    document.undoStack()->redo();
    QVERIFY2(document.layout() == after, "redo did not restore the edited layout exactly");
    QCOMPARE(ids(document), idsAfter);
    check(document);
}

void TestLayoutCommands::addSector()
{
    LayoutDocument document(baseLayout());
    LayoutSector terrace(QStringLiteral("Sjever"), QStringLiteral("N1"), SectorType::Standing);
    terrace.setOutline(QPolygonF({{62, -20}, {80, -20}, {80, 20}, {62, 20}}));
    terrace.setManualCapacity(2500);
    terrace.setId(1); // taken by W1: the document must not reuse it
    auto *command = new AddSector(&document, terrace, 1);
    ROUND_TRIP(document, command, [&](const LayoutDocument &d) {
        QCOMPARE(d.sectorCount(), 4);
        const int id = command->sectorId();
        QVERIFY(id > 3);
        QCOMPARE(d.indexOf(id), 1);
        QCOMPARE(d.sector(id)->capacity(), 2500);
    });
}

void TestLayoutCommands::removeSector()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int nw = document.sectorIdAt(2);
    ROUND_TRIP(document, new RemoveSector(&document, {nw, w1}), [&](const LayoutDocument &d) {
        QCOMPARE(d.sectorCount(), 1);
        QCOMPARE(d.layout().sectors().constFirst().code(), QStringLiteral("W2"));
        QCOMPARE(d.indexOf(w1), -1);
    });
    document.undoStack()->undo();
    QCOMPARE(document.indexOf(w1), 0); // same places, same ids (== compares contents only)
    QCOMPARE(document.indexOf(nw), 2);
    QCOMPARE(document.sectorIdAt(1), w1 + 1);
}

void TestLayoutCommands::moveSector()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int nw = document.sectorIdAt(2);
    const StadiumLayout before = document.layout();
    const QPointF delta(2.5, -1.25);
    ROUND_TRIP(document, new MoveSector(&document, {w1, nw}, delta), [&](const LayoutDocument &d) {
        for (const int index : {0, 2}) {
            const LayoutSector &was = before.sectors().at(index);
            const LayoutSector &is = d.layout().sectors().at(index);
            verifySeatsMapped(was, is, [&](QPointF p) { return p + delta; });
            QCOMPARE(is.outline(), was.outline().translated(delta));
            QCOMPARE(is.labelPosition(), was.labelPosition() + delta);
        }
        QCOMPARE(d.layout().sectors().at(1), before.sectors().at(1));
    });
}

void TestLayoutCommands::rotateSector()
{
    LayoutDocument document(baseLayout());
    const int nw = document.sectorIdAt(2);
    const LayoutSector before = *document.sector(nw);
    const QPointF pivot = before.labelPosition();
    ROUND_TRIP(document, new RotateSector(&document, {nw}, pivot, 37.5), [&](const LayoutDocument &d) {
        const LayoutSector &after = *d.sector(nw);
        verifySeatsMapped(before, after, [&](QPointF p) { return RowPath::rotatedPoint(p, 37.5, pivot); });
        QVERIFY(near(after.labelPosition(), pivot));
        QVERIFY(near(after.outline().first(), RowPath::rotatedPoint(before.outline().first(), 37.5, pivot)));
    });
}

void TestLayoutCommands::changeSectorProperties()
{
    LayoutDocument document(baseLayout());
    const int w2 = document.sectorIdAt(1);
    SectorProperties properties = SectorProperties::of(*document.sector(w2));
    properties.name = QStringLiteral("VIP Zapad");
    properties.code = QStringLiteral("VIP-W");
    properties.type = SectorType::Vip;
    properties.manualCapacity = 40;
    properties.outline = QPolygonF({{-12, 39}, {0, 39}, {0, 43}, {-12, 43}});
    properties.labelPosition = {-6, 41};
    ROUND_TRIP(document, new ChangeSectorProperties(&document, w2, properties), [&](const LayoutDocument &d) {
        QCOMPARE(SectorProperties::of(*d.sector(w2)), properties);
        QCOMPARE(d.sectorIdByCode(QStringLiteral("VIP-W")), w2);
        QCOMPARE(d.sector(w2)->seatCount(), 30); // rows untouched
    });
}

void TestLayoutCommands::duplicateSector()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const LayoutSector source = *document.sector(w1);
    const QPointF offset(0, 5);
    ROUND_TRIP(document, new DuplicateSector(&document, w1, offset), [&](const LayoutDocument &d) {
        QCOMPARE(d.sectorCount(), 4);
        const LayoutSector &copy = d.layout().sectors().at(1); // right after its source
        QCOMPARE(copy.code(), QStringLiteral("W1-2"));
        QVERIFY(copy.id() != w1 && copy.id() > 0);
        QVERIFY(copy.name().contains(source.name()));
        QCOMPARE(copy.snakeConfig(), source.snakeConfig());
        verifySeatsMapped(source, copy, [&](QPointF p) { return p + offset; });
    });
}

void TestLayoutCommands::mirrorSector_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<MirrorAxis>("axis");
    QTest::newRow("main stand onto the east stand") << 0 << MirrorAxis::LongAxis;
    QTest::newRow("corner onto the south-west") << 2 << MirrorAxis::HalfwayLine;
    QTest::newRow("corner onto the north-east") << 2 << MirrorAxis::LongAxis;
}

void TestLayoutCommands::mirrorSector()
{
    QFETCH(int, index);
    QFETCH(MirrorAxis, axis);
    LayoutDocument document(baseLayout());
    const int sourceId = document.sectorIdAt(index);
    LayoutSector source = *document.sector(sourceId);
    // A removed seat and a technical one must land on their mirrored places too.
    source.setRow(1, [&] {
        LayoutRow row = source.rows().at(1);
        row.setRemoved(2, true);
        row.setSeatType(3, SeatType::Technical);
        return row;
    }());
    document.setLayout([&] {
        StadiumLayout layout = document.layout();
        layout.replaceSector(index, source);
        return layout;
    }());

    ROUND_TRIP(document, new MirrorSector(&document, sourceId, axis, QStringLiteral("E1"), QStringLiteral("Istok 1")),
               [&](const LayoutDocument &d) {
        QCOMPARE(d.sectorCount(), 4);
        const LayoutSector &mirror = d.layout().sectors().at(index + 1);
        QCOMPARE(mirror.code(), QStringLiteral("E1"));
        QCOMPARE(mirror.name(), QStringLiteral("Istok 1"));
        // Same tickets at mirrored places: row and number, type, and the removed seat.
        verifySeatsMapped(source, mirror, [&](QPointF p) { return RowPath::mirroredPoint(p, axis); });
        QCOMPARE(mirror.seatCount(), source.seatCount());
        // Rows still run with the pitch on the left: the front row stays nearest the pitch.
        const QPointF front = mirror.rows().first().path().pointAt(mirror.rows().first().path().length() / 2);
        const QPointF back = mirror.rows().last().path().pointAt(mirror.rows().last().path().length() / 2);
        QVERIFY(std::hypot(front.x(), front.y()) < std::hypot(back.x(), back.y()));
        // The snake ranks the mirrored seats like their originals (LEFT_TO_RIGHT becomes
        // RIGHT_TO_LEFT, ranges flip).
        const SnakeRanking original(source);
        const SnakeRanking mirrored(mirror);
        QCOMPARE(mirrored.size(), original.size());
        if (source.snakeConfig()->strategy != RowStrategy::CenterOutward) {
            for (int rank = 0; rank < original.size(); ++rank) {
                const SeatKey key = original.order().at(rank);
                const SeatKey image{key.rowOrder, source.rows().at(key.rowOrder).seatCount() - 1 - key.seatIndex};
                QCOMPARE(mirrored.rankOf(image), rank);
            }
        }
        // The opposite stand is a valid sector of its own.
        QVERIFY2(d.validate().isEmpty(), qPrintable(d.validate().value(0).message));
    });
}

void TestLayoutCommands::addRowBlock()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const LayoutSector before = *document.sector(w1);
    RowBlock upper(before.rows().last().path().offset(3.0), 2);
    upper.setFixedSeats(12);
    upper.setLabels(RowLabel::Style::Numeric, 4);
    ROUND_TRIP(document, new AddRowBlock(&document, w1, upper), [&](const LayoutDocument &d) {
        const LayoutSector &after = *d.sector(w1);
        QCOMPARE(int(after.rows().size()), 5);
        QCOMPARE(after.rows().at(3).identifier(), QStringLiteral("4"));
        QCOMPARE(after.seatCount(), 30 + 24);
        QCOMPARE(after.outline(), before.outline()); // a drawn outline is the user's
        QCOMPARE(after.snakeConfig(), before.snakeConfig());
    });

    // Into a new sector without outline: it gets one around its rows.
    auto *add = new AddSector(&document, LayoutSector(QStringLiteral("Novi"), QStringLiteral("X1")));
    document.push(add);
    const int x1 = add->sectorId();
    RowBlock block(RowPath::straight({30, -45}, {40, -45}), 3);
    block.setFixedSeats(8);
    ROUND_TRIP(document, new AddRowBlock(&document, x1, block), [&](const LayoutDocument &d) {
        QCOMPARE(d.sector(x1)->seatCount(), 24);
        QVERIFY(!d.sector(x1)->outline().isEmpty());
    });
}

void TestLayoutCommands::removeRows()
{
    LayoutDocument document(baseLayout());
    const int nw = document.sectorIdAt(2);
    const LayoutSector before = *document.sector(nw);
    ROUND_TRIP(document, new RemoveRows(&document, nw, {0, 3}), [&](const LayoutDocument &d) {
        const LayoutSector &after = *d.sector(nw);
        QCOMPARE(int(after.rows().size()), 2);
        QCOMPARE(after.rows().at(0), before.rows().at(1));
        QCOMPARE(after.rows().at(1), before.rows().at(2));
        // The best row (2) moved up with its row; row 0's sub-sector ranges went with it.
        QCOMPARE(after.snakeConfig()->bestRow, 1);
        QVERIFY(after.snakeConfig()->subSectors.isEmpty());
    });
}

void TestLayoutCommands::renumberRows()
{
    LayoutDocument document(baseLayout());
    const int w2 = document.sectorIdAt(1);
    RowRenumbering renumbering;
    renumbering.firstIdentifier = QStringLiteral("A");
    renumbering.frontToBack = false; // labelled from the top: the back row is "A"
    renumbering.seats = SeatNumbering(101, NumberingDirection::RightToLeft, NumberingStep::Odd);
    ROUND_TRIP(document, new RenumberRows(&document, w2, {}, renumbering), [&](const LayoutDocument &d) {
        const LayoutSector &after = *d.sector(w2);
        QCOMPARE(after.rows().at(0).identifier(), QStringLiteral("C"));
        QCOMPARE(after.rows().at(2).identifier(), QStringLiteral("A"));
        const QList<LayoutSeat> seats = SeatGenerator::seats(after.rows().at(0), 0);
        QCOMPARE(seats.last().number, 101);
        QCOMPARE(seats.first().number, 119);
    });

    // Only some rows, identifiers only: the seats keep their numbers.
    RowRenumbering labels;
    labels.firstIdentifier = QStringLiteral("7");
    ROUND_TRIP(document, new RenumberRows(&document, w2, {1, 2}, labels), [&](const LayoutDocument &d) {
        const LayoutSector &after = *d.sector(w2);
        QCOMPARE(after.rows().at(0).identifier(), QStringLiteral("C"));
        QCOMPARE(after.rows().at(1).identifier(), QStringLiteral("7"));
        QCOMPARE(after.rows().at(2).identifier(), QStringLiteral("8"));
        QCOMPARE(after.rows().at(2).numbering().firstNumber(), 101);
    });
}

void TestLayoutCommands::setSeatType()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int w2 = document.sectorIdAt(1);
    const QList<SeatRef> seats{{w1, {2, 4}}, {w1, {2, 5}}, {w2, {0, 0}}};
    ROUND_TRIP(document, new SetSeatType(&document, seats, SeatType::Technical), [&](const LayoutDocument &d) {
        QCOMPARE(d.sector(w1)->rows().at(2).seatType(4), SeatType::Technical);
        QCOMPARE(d.sector(w1)->rows().at(2).seatType(5), SeatType::Technical);
        QCOMPARE(d.sector(w2)->rows().at(0).seatType(0), SeatType::Technical); // was a wheelchair place
        QCOMPARE(d.sector(w1)->countOf(SeatType::Technical), 2);
        QCOMPARE(d.sector(w2)->countOf(SeatType::Accessibility), 0);
    });
    // Back to standard: the row compares equal to one never typed.
    ROUND_TRIP(document, new SetSeatType(&document, {{w1, {2, 4}}, {w1, {2, 5}}}, SeatType::Standard),
               [&](const LayoutDocument &d) { QCOMPARE(d.sector(w1)->rows().at(2).seatTypes().size(), qsizetype(0)); });
}

void TestLayoutCommands::removeAndRestoreSeats()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int nw = document.sectorIdAt(2);
    const int nwSeats = document.sector(nw)->seatCount();
    const QList<SeatRef> seats{{w1, {0, 0}}, {w1, {1, 9}}, {nw, {3, 2}}};
    ROUND_TRIP(document, new RemoveSeats(&document, seats), [&](const LayoutDocument &d) {
        QCOMPARE(d.sector(w1)->seatCount(), 28);
        QCOMPARE(d.sector(nw)->seatCount(), nwSeats - 1);
        QCOMPARE(d.sector(w1)->countOf(SeatType::Accessibility), 0); // the removed wheelchair place
        const QList<LayoutSeat> row = SeatGenerator::seats(d.sector(w1)->rows().at(1), 1);
        QCOMPARE(int(row.size()), 9);
        QCOMPARE(row.last().seatIndex, 8);
        QCOMPARE(row.last().number, 9); // the others keep their numbers
    });
    ROUND_TRIP(document, new RestoreSeats(&document, {{w1, {0, 0}}}), [&](const LayoutDocument &d) {
        QCOMPARE(d.sector(w1)->seatCount(), 29);
        QCOMPARE(d.sector(w1)->rows().at(0).seatType(0), SeatType::Accessibility); // type kept
    });
}

void TestLayoutCommands::setSnakeConfig()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    SnakeConfig snake;
    snake.bestRow = 2;
    snake.traversal = TraversalDirection::BottomToTop;
    snake.strategy = RowStrategy::RightToLeft;
    snake.subSectors = {{}, {{0, 4}, {5, 9}}};
    ROUND_TRIP(document, new SetSnakeConfig(&document, w1, snake), [&](const LayoutDocument &d) {
        QCOMPARE(d.sector(w1)->snakeConfig(), std::optional<SnakeConfig>(snake));
        QCOMPARE(SnakeRanking(*d.sector(w1)).order().constFirst(), (SeatKey{2, 9}));
    });
    ROUND_TRIP(document, new SetSnakeConfig(&document, w1, std::nullopt), [&](const LayoutDocument &d) {
        QVERIFY(!d.sector(w1)->snakeConfig());
        QCOMPARE(d.validate().constFirst().kind, LayoutFinding::Kind::MissingSnakeConfig);
    });
}

void TestLayoutCommands::setVenueDetails()
{
    LayoutDocument document(baseLayout());
    QSignalSpy venueChanged(&document, &LayoutDocument::venueChanged);
    VenueDetails venue = document.layout().venue();
    venue.name = QStringLiteral("Gradski vrt");
    venue.city = QStringLiteral("Osijek");
    venue.address = QStringLiteral("Ulica Hrvatske Republike 1");
    venue.venueType = VenueType::Away;
    venue.numbered = false;
    ROUND_TRIP(document, new SetVenueDetails(&document, venue), [&](const LayoutDocument &d) {
        QCOMPARE(d.layout().venue(), venue);
        QCOMPARE(d.layout().name(), QStringLiteral("Gradski vrt"));
        QVERIFY(!d.layout().isNumbered());
    });
    QCOMPARE(venueChanged.count(), 3); // push, undo, redo
}

void TestLayoutCommands::dragMergesIntoOneStep()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int w2 = document.sectorIdAt(1);
    const StadiumLayout before = document.layout();
    const LayoutSector w1Before = *document.sector(w1);

    const int drag = document.newGesture();
    for (int step = 0; step < 50; ++step)
        document.push(new MoveSector(&document, {w1, w2}, {0.1, -0.05}, drag));
    QCOMPARE(document.undoStack()->count(), 1);
    const auto *merged = static_cast<const MoveSector *>(document.undoStack()->command(0));
    QVERIFY(near(merged->delta(), {5.0, -2.5}));
    verifySeatsMapped(w1Before, *document.sector(w1), [](QPointF p) { return p + QPointF(5.0, -2.5); });
    const StadiumLayout after = document.layout();

    document.undoStack()->undo();
    QVERIFY(document.layout() == before);
    document.undoStack()->redo();
    QVERIFY(document.layout() == after);

    // The next drag is a step of its own, and so is an unmerged (gesture 0) move.
    const int next = document.newGesture();
    QVERIFY(next != drag);
    document.push(new MoveSector(&document, {w1, w2}, {1, 0}, next));
    document.push(new MoveSector(&document, {w1, w2}, {1, 0}, next));
    QCOMPARE(document.undoStack()->count(), 2);
    // Another selection in the same gesture does not merge.
    document.push(new MoveSector(&document, {w1}, {1, 0}, next));
    QCOMPARE(document.undoStack()->count(), 3);
    // Nor do moves without a gesture (arrow keys: one step per press).
    document.push(new MoveSector(&document, {w1, w2}, {1, 0}));
    document.push(new MoveSector(&document, {w1, w2}, {1, 0}));
    QCOMPARE(document.undoStack()->count(), 5);

    // A drag that ends where it began leaves no step behind. (Half metres along y keep the
    // sums exact, so "where it began" is bit for bit.)
    const int back = document.newGesture();
    document.push(new MoveSector(&document, {w2}, {0, 0.5}, back));
    QCOMPARE(document.undoStack()->count(), 6);
    document.push(new MoveSector(&document, {w2}, {0, -0.5}, back));
    QCOMPARE(document.undoStack()->count(), 5);

    document.undoStack()->setIndex(0);
    QVERIFY(document.layout() == before);
}

void TestLayoutCommands::strokesAndGesturesMerge()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int nw = document.sectorIdAt(2);
    const StadiumLayout before = document.layout();

    // One brush stroke across two sectors: one step.
    const int stroke = document.newGesture();
    for (int p = 0; p < 6; ++p)
        document.push(new SetSeatType(&document, {{w1, {2, p}}}, SeatType::Technical, stroke));
    document.push(new SetSeatType(&document, {{nw, {0, 0}}, {nw, {0, 1}}}, SeatType::Technical, stroke));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(int(static_cast<const SetSeatType *>(document.undoStack()->command(0))->seats().size()), 8);
    QCOMPARE(document.sector(w1)->countOf(SeatType::Technical), 6);
    QCOMPARE(document.sector(nw)->countOf(SeatType::Technical), 2);
    // Switching the brush's type starts a new step.
    document.push(new SetSeatType(&document, {{w1, {2, 9}}}, SeatType::Companion, stroke));
    QCOMPARE(document.undoStack()->count(), 2);

    // Rotation by a handle: one step per drag around one pivot.
    const int turn = document.newGesture();
    for (int i = 0; i < 10; ++i)
        document.push(new RotateSector(&document, {nw}, {52, 32}, 3.0, turn));
    QCOMPARE(document.undoStack()->count(), 3);
    QCOMPARE(static_cast<const RotateSector *>(document.undoStack()->command(2))->angle(), 30.0);

    // Dragging an outline vertex.
    const int vertex = document.newGesture();
    for (int i = 1; i <= 5; ++i) {
        SectorProperties properties = SectorProperties::of(*document.sector(w1));
        properties.outline[0] += QPointF(0.2, 0);
        document.push(new ChangeSectorProperties(&document, w1, properties, vertex));
    }
    QCOMPARE(document.undoStack()->count(), 4);

    // Removing seats with an eraser stroke, then restoring them with another.
    const int erase = document.newGesture();
    document.push(new RemoveSeats(&document, {{w1, {1, 0}}}, erase));
    document.push(new RemoveSeats(&document, {{w1, {1, 1}}}, erase));
    QCOMPARE(document.undoStack()->count(), 5);
    const int restore = document.newGesture();
    document.push(new RestoreSeats(&document, {{w1, {1, 0}}}, restore));
    document.push(new RestoreSeats(&document, {{w1, {1, 1}}}, restore));
    // Restoring what the stroke removed cancels it out: both are undo steps still (they are
    // two commands), but the document is back where the eraser began.
    QCOMPARE(document.undoStack()->count(), 6);
    QCOMPARE(document.sector(w1)->seatCount(), 30);

    document.undoStack()->setIndex(0);
    QVERIFY(document.layout() == before);
}

void TestLayoutCommands::noOpCommandsLeaveNoStep()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    document.push(new RestoreSeats(&document, {{w1, {0, 0}}}));         // not removed
    document.push(new SetSeatType(&document, {{w1, {1, 1}}}, SeatType::Standard)); // already
    document.push(new MoveSector(&document, {w1}, {0, 0}));
    document.push(new RemoveSector(&document, {4711}));
    document.push(new DuplicateSector(&document, 4711, {1, 1}));
    document.push(new SetSnakeConfig(&document, w1, document.sector(w1)->snakeConfig()));
    document.push(new SetSeatType(&document, {{w1, {7, 7}}}, SeatType::Technical)); // no such seat
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

QTEST_GUILESS_MAIN(TestLayoutCommands)
#include "tst_layoutcommands.moc"
