#include "layout/commands/rowcommands.h"
#include "layout/commands/sectorcommands.h"
#include "layout/commands/seatcommands.h"
#include "layout/commands/snakecommands.h"
#include "layout/layoutdocument.h"
#include "layouttestdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Tribina;
using namespace Tribina::LayoutTestData;

/// LayoutDocument around the commands: sector ids, the fine-grained change signals a scene
/// updates from, the selection, the clean state behind "unsaved changes", and drafts.
class TestLayoutDocument : public QObject
{
    Q_OBJECT

private slots:
    void documentAssignsIds();
    void signalsNameWhatChanged();
    void selectionFollowsEdits();
    void cleanStateAndRevision();
    void draftRoundTrip();
};

void TestLayoutDocument::documentAssignsIds()
{
    LayoutDocument document(baseLayout());
    QCOMPARE(document.sectorCount(), 3);
    QSet<int> ids;
    for (int i = 0; i < 3; ++i) {
        const int id = document.sectorIdAt(i);
        QVERIFY(id > 0);
        ids.insert(id);
        QCOMPARE(document.indexOf(id), i);
        QCOMPARE(document.sector(id)->code(), document.layout().sectors().at(i).code());
    }
    QCOMPARE(int(ids.size()), 3);
    QCOMPARE(document.sectorIdByCode(QStringLiteral("NW")), document.sectorIdAt(2));
    QVERIFY(!document.sector(999));
    QCOMPARE(document.uniqueSectorCode(QStringLiteral("E1")), QStringLiteral("E1"));
    QCOMPARE(document.uniqueSectorCode(QStringLiteral("W1")), QStringLiteral("W1-2"));
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestLayoutDocument::signalsNameWhatChanged()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int w2 = document.sectorIdAt(1);
    QSignalSpy changed(&document, &LayoutDocument::sectorChanged);
    QSignalSpy seats(&document, &LayoutDocument::seatsChanged);
    QSignalSpy snake(&document, &LayoutDocument::snakeConfigChanged);
    QSignalSpy added(&document, &LayoutDocument::sectorAdded);
    QSignalSpy aboutToRemove(&document, &LayoutDocument::sectorAboutToBeRemoved);
    QSignalSpy removed(&document, &LayoutDocument::sectorRemoved);
    QSignalSpy contents(&document, &LayoutDocument::contentsChanged);
    const auto clear = [&] {
        for (QSignalSpy *spy : {&changed, &seats, &snake, &added, &aboutToRemove, &removed, &contents})
            spy->clear();
    };

    document.push(new MoveSector(&document, {w2}, {1, 0}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), w2);
    QCOMPARE(seats.size(), 1);
    QCOMPARE(seats.first().first().toInt(), w2);
    QCOMPARE(snake.size(), 0);
    QCOMPARE(contents.size(), 1);

    clear();
    document.push(new SetSeatType(&document, {{w1, {0, 5}}}, SeatType::Technical));
    QCOMPARE(changed.size(), 0); // only seats: the scene repaints one sector's seats
    QCOMPARE(seats.size(), 1);
    QCOMPARE(seats.first().first().toInt(), w1);

    clear();
    document.push(new SetSnakeConfig(&document, w1, SnakeConfig::defaultFor(1)));
    QCOMPARE(snake.size(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(seats.size(), 0);

    clear();
    document.push(new RemoveSector(&document, {w1}));
    QCOMPARE(aboutToRemove.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toInt(), w1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    document.undoStack()->undo();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).toInt(), w1);
    QCOMPARE(added.first().at(1).toInt(), 0);

    QSignalSpy reset(&document, &LayoutDocument::layoutReset);
    document.setLayout(baseLayout());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestLayoutDocument::selectionFollowsEdits()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    const int w2 = document.sectorIdAt(1);
    QSignalSpy selection(&document, &LayoutDocument::selectionChanged);
    document.setSelection({w1, w2, w1, 4711}, {{w1, {2, 0}}, {w1, {0, 3}}, {w1, {9, 9}}});
    QCOMPARE(selection.size(), 1);
    QCOMPARE(document.selectedSectors(), (QList<int>{w1, w2}));
    QCOMPARE(int(document.selectedSeats().size()), 2); // the seat of row 10 does not exist

    // Rows go: so do their selected seats.
    document.push(new RemoveRows(&document, w1, {2}));
    QCOMPARE(selection.size(), 2);
    QCOMPARE(document.selectedSeats(), (QList<SeatRef>{{w1, {0, 3}}}));

    // A sector goes: so does everything selected in it. Undo does not reselect (selection is
    // not history), but edits never leave it dangling.
    document.push(new RemoveSector(&document, {w1}));
    QCOMPARE(document.selectedSectors(), QList<int>{w2});
    QVERIFY(document.selectedSeats().isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.selectedSectors(), QList<int>{w2});

    document.clearSelection();
    QVERIFY(document.selectedSectors().isEmpty());
    const qsizetype emitted = selection.size();
    document.clearSelection();
    QCOMPARE(selection.size(), emitted); // nothing changed, nothing said
}

void TestLayoutDocument::cleanStateAndRevision()
{
    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    QSignalSpy clean(&document, &LayoutDocument::cleanChanged);
    const quint64 revision = document.revision();

    document.push(new MoveSector(&document, {w1}, {1, 1}));
    QVERIFY(document.isModified());
    QCOMPARE(clean.size(), 1);
    QCOMPARE(clean.last().first().toBool(), false);
    QVERIFY(document.revision() > revision);

    document.markSaved();
    QVERIFY(!document.isModified());
    // A drag right after saving does not merge into the saved step.
    const int drag = document.newGesture();
    document.push(new MoveSector(&document, {w1}, {1, 1}, drag));
    document.push(new MoveSector(&document, {w1}, {1, 1}, drag));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
}

void TestLayoutDocument::draftRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("draft.json"));

    LayoutDocument document(baseLayout());
    const int w1 = document.sectorIdAt(0);
    document.push(new RemoveSeats(&document, {{w1, {1, 4}}}));
    document.push(new SetSeatType(&document, {{w1, {2, 2}}}, SeatType::Technical));
    const Outcome saved = document.saveDraft(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));

    LayoutDocument recovered;
    const Outcome loaded = recovered.loadDraft(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(recovered.isModified()); // a recovered draft is not saved yet
    QCOMPARE(recovered.sectorCount(), document.sectorCount());
    // Ids belong to a session and are not part of a sector's value: the contents are equal.
    QVERIFY(recovered.layout() == document.layout());
    QVERIFY(!recovered.loadDraft(dir.filePath(QStringLiteral("missing.json"))).ok());
}

QTEST_GUILESS_MAIN(TestLayoutDocument)
#include "tst_layoutdocument.moc"
