// The stadium editor driven like a user: simulated mouse events on the view's viewport, then
// the document and its undo stack checked (push → check → undo → check).
#include "demo/demostadiums.h"
#include "editor/editorview.h"
#include "editor/findingspanel.h"
#include "editor/rowblocktool.h"
#include "editor/seattypebrushtool.h"
#include "editor/sectoroutlinetool.h"
#include "editor/sectorpropertypanel.h"
#include "editor/selecttool.h"
#include "editor/stadiumeditor.h"
#include "layout/commands/rowcommands.h"
#include "layout/commands/sectorcommands.h"
#include "layout/layoutdocument.h"
#include "layout/layoutvalidator.h"
#include "layout/seatgenerator.h"
#include "seatmap/seatmapdata.h"
#include "seatmap/seatmappainter.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Tribina;

class TestStadiumEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragMovesSectorAsOneUndoStep();
    void ctrlDragRotatesAsOneUndoStep();
    void brushRubberBandSetsSeatTypes();
    void removeAndRestoreSeats();
    void clickingFindingSelectsSector();
    void propertyPanelPushesCommand();
    void rowBlockAddsSector();
    void modifiedFlagFollowsUndo();
    void activationRefusedWithErrors();
    void closeDecision_data();
    void closeDecision();
    void maybeCloseAsksOnlyWhenModified();
    void autosaveWritesOnlyChanges();
    void refreshTime();
    void screenshots();
    void outlineToolAddsSector();
    void renumberRowsFromLetter();
    void exportMapWritesFiles();

private:
    std::unique_ptr<StadiumEditor> makeEditor();
    /// A seated sector whose label position lies inside its outline (clickable there).
    static int clickableSector(const LayoutDocument *document);
    static QPoint toViewport(EditorView *view, QPointF layoutPos)
    {
        return view->layoutToViewport(layoutPos).toPoint();
    }
};

void TestStadiumEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<StadiumEditor> TestStadiumEditor::makeEditor()
{
    auto editor = std::make_unique<StadiumEditor>();
    editor->resize(1400, 900);
    editor->show();
    editor->setLayout(DemoStadiums::homeStadium());
    editor->refreshSeatMap();
    editor->view()->fitToView();
    return editor;
}

int TestStadiumEditor::clickableSector(const LayoutDocument *document)
{
    for (const LayoutSector &sector : document->layout().sectors()) {
        if (sector.isSeated() && sector.outline().size() >= 3
            && sector.outline().containsPoint(sector.labelPosition(), Qt::OddEvenFill)
            && sector.seatCount() > 500)
            return sector.id();
    }
    return 0;
}

void TestStadiumEditor::dragMovesSectorAsOneUndoStep()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    EditorView *view = editor->view();
    const int id = clickableSector(document);
    QVERIFY(id != 0);
    const QPolygonF before = document->sector(id)->outline();
    const QPointF firstSeatBefore = SeatGenerator::seats(*document->sector(id)).constFirst().position;
    const QPoint start = toViewport(view, document->sector(id)->labelPosition());
    QCOMPARE(view->sectorIdAt(start), id);

    QWidget *viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(viewport, start + QPoint(10 * step, 6 * step));
    const QPoint end = start + QPoint(50, 30);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);

    QCOMPARE(document->selectedSectors(), QList<int>{id});
    QCOMPARE(document->undoStack()->count(), 1);
    const QPointF expected = view->viewportToLayout(end) - view->viewportToLayout(start);
    const QPointF moved = document->sector(id)->outline().constFirst() - before.constFirst();
    QVERIFY2(QLineF(moved, expected).length() < 1e-6,
             qPrintable(QStringLiteral("moved (%1, %2), expected (%3, %4)")
                            .arg(moved.x()).arg(moved.y()).arg(expected.x()).arg(expected.y())));
    const QPointF seatMoved =
        SeatGenerator::seats(*document->sector(id)).constFirst().position - firstSeatBefore;
    QVERIFY(QLineF(seatMoved, expected).length() < 1e-6);
    QVERIFY(document->isModified());

    document->undoStack()->undo();
    QCOMPARE(document->sector(id)->outline(), before);
    QVERIFY(!document->isModified());
    document->undoStack()->redo();
    QVERIFY(QLineF(document->sector(id)->outline().constFirst() - before.constFirst(), expected)
                .length() < 1e-6);

    // A second drag is a second step.
    QTest::mousePress(viewport, Qt::LeftButton, {}, end);
    QTest::mouseMove(viewport, end + QPoint(20, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end + QPoint(20, 0));
    QCOMPARE(document->undoStack()->count(), 2);
}

void TestStadiumEditor::ctrlDragRotatesAsOneUndoStep()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    EditorView *view = editor->view();
    const int id = clickableSector(document);
    const QPolygonF before = document->sector(id)->outline();
    const QPoint start = toViewport(view, document->sector(id)->labelPosition());
    QWidget *viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::ControlModifier, start);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, start + QPoint(0, 15 * step));
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ControlModifier, start + QPoint(0, 60));
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(document->sector(id)->outline() != before);
    document->undoStack()->undo();
    QCOMPARE(document->sector(id)->outline(), before);

    // R rotates by a fixed step, one step per key.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(document->sector(id)->outline() != before);
}

void TestStadiumEditor::brushRubberBandSetsSeatTypes()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    EditorView *view = editor->view();
    const int id = clickableSector(document);
    const QList<LayoutSeat> seatsBefore = SeatGenerator::seats(*document->sector(id));
    // Zoom in on the sector so that the band covers a few rows.
    const QPointF centre = seatsBefore.at(seatsBefore.size() / 2).position;
    view->setZoom(SeatMapPainter::NearScale, SeatMapData::layoutToScene().map(centre));
    editor->setTool(editor->brushTool());
    editor->brushTool()->setSeatType(SeatType::Technical);

    const QRectF band(centre - QPointF(3.1, 2.1), QSizeF(6.2, 4.2));
    const QPoint a = toViewport(view, band.topLeft());
    const QPoint b = toViewport(view, band.bottomRight());
    QWidget *viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, a);
    QTest::mouseMove(viewport, (a + b) / 2);
    QTest::mouseMove(viewport, b);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);

    QCOMPARE(document->undoStack()->count(), 1);
    // The band in layout coordinates as the tool saw it (rounded to pixels).
    const QRectF seen = QRectF(view->viewportToLayout(a), view->viewportToLayout(b)).normalized();
    const QList<LayoutSeat> seatsAfter = SeatGenerator::seats(*document->sector(id));
    QCOMPARE(seatsAfter.size(), seatsBefore.size());
    int inside = 0;
    for (qsizetype i = 0; i < seatsAfter.size(); ++i) {
        if (seen.contains(seatsAfter.at(i).position)) {
            ++inside;
            QCOMPARE(seatsAfter.at(i).type, SeatType::Technical);
        } else {
            QCOMPARE(seatsAfter.at(i).type, seatsBefore.at(i).type);
        }
    }
    QVERIFY2(inside >= 10, qPrintable(QString::number(inside)));

    document->undoStack()->undo();
    const QList<LayoutSeat> seatsUndone = SeatGenerator::seats(*document->sector(id));
    QCOMPARE(seatsUndone, seatsBefore);
}

void TestStadiumEditor::removeAndRestoreSeats()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    EditorView *view = editor->view();
    const int id = clickableSector(document);
    const int seatsBefore = document->sector(id)->seatCount();
    const QList<LayoutSeat> seats = SeatGenerator::seats(*document->sector(id));
    const QPointF centre = seats.at(seats.size() / 2).position;
    view->setZoom(SeatMapPainter::NearScale, SeatMapData::layoutToScene().map(centre));
    editor->setTool(editor->removeSeatsTool());

    // A click removes one seat.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, toViewport(view, centre));
    QCOMPARE(document->sector(id)->seatCount(), seatsBefore - 1);
    // A band removes several more, as one more step.
    const QPoint a = toViewport(view, centre + QPointF(-2.1, -1.1));
    const QPoint b = toViewport(view, centre + QPointF(2.1, 1.1));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
    QCOMPARE(document->undoStack()->count(), 2);
    const int afterBand = document->sector(id)->seatCount();
    QVERIFY(afterBand < seatsBefore - 5);

    document->setSelection({id}, {});
    editor->action(QStringLiteral("actionRestoreSeats"))->trigger();
    QCOMPARE(document->sector(id)->seatCount(), seatsBefore);
    document->undoStack()->undo();
    QCOMPARE(document->sector(id)->seatCount(), afterBand);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->sector(id)->seatCount(), seatsBefore);
    QVERIFY(!document->isModified());
}

void TestStadiumEditor::clickingFindingSelectsSector()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    // Give the second sector the first one's code: a duplicate code error.
    const int first = document->sectorIdAt(0);
    const int second = document->sectorIdAt(1);
    SectorProperties properties = SectorProperties::of(*document->sector(second));
    properties.code = document->sector(first)->code();
    document->push(new ChangeSectorProperties(document, second, properties));
    document->clearSelection();

    FindingsPanel *panel = editor->findingsPanel();
    panel->refreshNow();
    qsizetype row = -1;
    for (qsizetype i = 0; i < panel->findings().size(); ++i) {
        if (panel->findings().at(i).kind == LayoutFinding::Kind::DuplicateSectorCode)
            row = i;
    }
    QVERIFY(row >= 0);
    const int expected = panel->findings().at(row).sectorId;
    QVERIFY(expected == first || expected == second);

    QListWidget *list = panel->list();
    QListWidgetItem *item = list->item(int(row));
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(document->selectedSectors(), QList<int>{expected});
}

void TestStadiumEditor::propertyPanelPushesCommand()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    const int id = clickableSector(document);
    document->setSelection({id}, {});
    const QString oldName = document->sector(id)->name();
    QLineEdit *name = editor->propertyPanel()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Sjever dolje"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document->sector(id)->name(), QStringLiteral("Sjever dolje"));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    QCOMPARE(document->sector(id)->name(), oldName);
    QCOMPARE(name->text(), oldName);
}

void TestStadiumEditor::rowBlockAddsSector()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    const int sectors = document->sectorCount();
    document->clearSelection();
    editor->setTool(editor->rowBlockTool());
    RowBlockTool::Parameters p;
    p.rows = 4;
    p.seatsPerRow = 12;
    editor->rowBlockTool()->setParameters(p);
    editor->rowBlockTool()->setAnchor(QPointF(0, 200));
    QTest::keyClick(editor->view(), Qt::Key_Return);
    QCOMPARE(document->sectorCount(), sectors + 1);
    QCOMPARE(document->undoStack()->count(), 1);
    const int id = document->selectedSectors().value(0);
    QVERIFY(document->sector(id));
    QCOMPARE(document->sector(id)->seatCount(), 48);
    document->undoStack()->undo();
    QCOMPARE(document->sectorCount(), sectors);
}

void TestStadiumEditor::modifiedFlagFollowsUndo()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    QVERIFY(!document->isModified());
    document->push(new MoveSector(document, {document->sectorIdAt(0)}, QPointF(1, 0)));
    QVERIFY(document->isModified());
    document->undoStack()->undo();
    QVERIFY(!document->isModified());
    document->undoStack()->redo();
    document->markSaved();
    QVERIFY(!document->isModified());
}

void TestStadiumEditor::activationRefusedWithErrors()
{
    LayoutDocument document(DemoStadiums::homeStadium());
    QVERIFY(!LayoutValidator::hasErrors(document.validate()));
    QVERIFY(StadiumEditor::activationProblem(document.validate(), false, 3).isEmpty());
    QVERIFY(!StadiumEditor::activationProblem(document.validate(), true, 3).isEmpty());
    QVERIFY(!StadiumEditor::activationProblem(document.validate(), false, 0).isEmpty());

    const int first = document.sectorIdAt(0);
    const int second = document.sectorIdAt(1);
    SectorProperties properties = SectorProperties::of(*document.sector(second));
    properties.code = document.sector(first)->code();
    document.push(new ChangeSectorProperties(&document, second, properties));
    const QList<LayoutFinding> findings = document.validate();
    QVERIFY(LayoutValidator::hasErrors(findings));
    const QString problem = StadiumEditor::activationProblem(findings, false, 3);
    QVERIFY(!problem.isEmpty());
    for (const LayoutFinding &finding : findings) {
        if (finding.isError())
            QVERIFY2(problem.contains(finding.message), qPrintable(problem));
    }
}

void TestStadiumEditor::closeDecision_data()
{
    QTest::addColumn<bool>("modified");
    QTest::addColumn<QMessageBox::StandardButton>("answer");
    QTest::addColumn<StadiumEditor::CloseDecision>("decision");
    using D = StadiumEditor::CloseDecision;
    QTest::newRow("clean") << false << QMessageBox::NoButton << D::Proceed;
    QTest::newRow("clean, cancel ignored") << false << QMessageBox::Cancel << D::Proceed;
    QTest::newRow("save") << true << QMessageBox::Save << D::SaveThenProceed;
    QTest::newRow("discard") << true << QMessageBox::Discard << D::Proceed;
    QTest::newRow("cancel") << true << QMessageBox::Cancel << D::Stay;
    QTest::newRow("escape") << true << QMessageBox::NoButton << D::Stay;
}

void TestStadiumEditor::closeDecision()
{
    QFETCH(bool, modified);
    QFETCH(QMessageBox::StandardButton, answer);
    QFETCH(StadiumEditor::CloseDecision, decision);
    QCOMPARE(StadiumEditor::closeDecision(modified, answer), decision);
}

void TestStadiumEditor::maybeCloseAsksOnlyWhenModified()
{
    auto editor = makeEditor();
    int asked = 0;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    editor->setClosePrompt([&] {
        ++asked;
        return answer;
    });
    QVERIFY(editor->maybeClose());
    QCOMPARE(asked, 0);
    LayoutDocument *document = editor->document();
    document->push(new MoveSector(document, {document->sectorIdAt(0)}, QPointF(1, 0)));
    QVERIFY(!editor->maybeClose());
    QCOMPARE(asked, 1);
    answer = QMessageBox::Discard;
    QVERIFY(editor->maybeClose());
    QCOMPARE(asked, 2);
}

void TestStadiumEditor::autosaveWritesOnlyChanges()
{
    auto editor = makeEditor();
    QFile::remove(StadiumEditor::autosaveFileName());
    QVERIFY(!editor->autosave());
    LayoutDocument *document = editor->document();
    document->push(new MoveSector(document, {document->sectorIdAt(0)}, QPointF(1, 0)));
    QVERIFY(editor->autosave());
    QVERIFY(QFile::exists(StadiumEditor::autosaveFileName()));
    QVERIFY(!editor->autosave());
    LayoutDocument reloaded;
    QVERIFY(reloaded.loadDraft(StadiumEditor::autosaveFileName()).ok());
    QCOMPARE(reloaded.sectorCount(), document->sectorCount());
}

void TestStadiumEditor::refreshTime()
{
    // A drag rebuilds the seat map (throttled); it has to stay well under a frame budget of a few.
    auto editor = makeEditor();
    QElapsedTimer timer;
    timer.start();
    editor->refreshSeatMap();
    const qint64 ms = timer.elapsed();
    qInfo("seat map of %d seats rebuilt in %lld ms", editor->document()->layout().seatCount(), ms);
    QVERIFY(ms < 2000);
}

void TestStadiumEditor::screenshots()
{
    // TRIBINA_EDITOR_SCREENSHOTS=<dir> writes the three PNGs there (packaging/screenshots).
    QString dir = qEnvironmentVariable("TRIBINA_EDITOR_SCREENSHOTS");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("tribina-editor-screenshots"));
    QVERIFY(QDir().mkpath(dir));
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    EditorView *view = editor->view();
    const int id = clickableSector(document);
    document->setSelection({id}, {});
    QApplication::processEvents();
    const QPointF focus = SeatMapData::layoutToScene().map(document->sector(id)->labelPosition());

    view->fitToView();
    QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("editor-far.png"))));
    view->setZoom((SeatMapPainter::MiddleScale + SeatMapPainter::NearScale) / 2, focus);
    QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("editor-mid.png"))));
    editor->action(QStringLiteral("actionShowRanking"))->setChecked(true);
    view->setZoom(SeatMapPainter::NearScale * 1.2, focus);
    QVERIFY(editor->grab().save(QDir(dir).filePath(QStringLiteral("editor-near.png"))));
}

QTEST_MAIN(TestStadiumEditor)
void TestStadiumEditor::outlineToolAddsSector()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    EditorView *view = editor->view();
    QWidget *viewport = view->viewport();
    const int sectors = document->sectorCount();
    document->clearSelection();
    editor->setTool(editor->outlineTool());
    QVERIFY(editor->action(QStringLiteral("actionToolOutline"))->isChecked());

    const QPoint centre = viewport->rect().center();
    const QList<QPoint> clicks{centre + QPoint(-120, -60), centre + QPoint(120, -60),
                               centre + QPoint(0, 90)};
    for (const QPoint &click : clicks) {
        QTest::mouseMove(viewport, click);
        QTest::mouseClick(viewport, Qt::LeftButton, {}, click);
    }
    QCOMPARE(editor->outlineTool()->points().size(), 3);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, clicks.constLast());
    QCOMPARE(editor->outlineTool()->points().size(), 0);

    QCOMPARE(document->sectorCount(), sectors + 1);
    QCOMPARE(document->undoStack()->count(), 1);
    const int id = document->selectedSectors().value(0);
    const LayoutSector *sector = document->sector(id);
    QVERIFY(sector);
    QCOMPARE(sector->type(), SectorType::Standard);
    QCOMPARE(sector->outline().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QPointF expected = view->viewportToLayout(clicks.at(i));
        QVERIFY2(QLineF(sector->outline().at(i), expected).length() < 0.1,
                 qPrintable(QStringLiteral("point %1").arg(i)));
    }
    document->undoStack()->undo();
    QCOMPARE(document->sectorCount(), sectors);

    // Esc cancels; fewer than three points do not commit.
    document->clearSelection();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, clicks.at(0));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, clicks.at(1));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(document->sectorCount(), sectors);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(editor->outlineTool()->points().size(), 0);
}

void TestStadiumEditor::renumberRowsFromLetter()
{
    auto editor = makeEditor();
    LayoutDocument *document = editor->document();
    const int id = clickableSector(document);
    QVERIFY(id);
    document->setSelection({id}, {});
    QVERIFY(editor->action(QStringLiteral("actionRenumber"))->isEnabled());
    const LayoutSector *sector = document->sector(id);
    QVERIFY(sector->rows().size() >= 2);
    const QString oldFront = sector->rows().constFirst().identifier();
    QVERIFY(oldFront != QStringLiteral("A"));

    RowRenumbering renumbering;
    renumbering.firstIdentifier = QStringLiteral("A");
    renumbering.frontToBack = true;
    renumbering.seats = SeatNumbering(1, NumberingDirection::LeftToRight);
    QVERIFY(editor->renumberSelected(renumbering));
    QCOMPARE(document->undoStack()->count(), 1);
    sector = document->sector(id);
    QCOMPARE(sector->rows().constFirst().identifier(), QStringLiteral("A"));
    QCOMPARE(sector->rows().at(1).identifier(), QStringLiteral("B"));

    document->undoStack()->undo();
    QCOMPARE(document->sector(id)->rows().constFirst().identifier(), oldFront);

    document->clearSelection();
    QVERIFY(!editor->action(QStringLiteral("actionRenumber"))->isEnabled());
    QVERIFY(!editor->renumberSelected(renumbering));
}

void TestStadiumEditor::exportMapWritesFiles()
{
    auto editor = makeEditor();
    QVERIFY(editor->action(QStringLiteral("actionExportMap")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {QStringLiteral("map.png"), QStringLiteral("map.pdf")}) {
        const QString fileName = dir.filePath(name);
        QVERIFY(editor->exportMap(fileName));
        QVERIFY2(QFileInfo(fileName).size() > 0, qPrintable(name));
    }
}

#include "tst_stadiumeditor.moc"
