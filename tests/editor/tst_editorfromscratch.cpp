// An administrator builds a stadium from nothing in the editor, the way the issue describes it:
// new layout, four stands and four curved corners with the row-block tool, names and codes typed
// into the property panel, a VIP main stand, wheelchair places and companions painted with the
// brush, a snake order per sector through its dialog, then Save draft and Activate… against the
// real PostgreSQL. Only the editor's widgets and actions are used; the database is checked last.
#include "db/dbsession.h"
#include "editor/editorview.h"
#include "editor/rowblocktool.h"
#include "editor/seattypebrushtool.h"
#include "editor/sectorpropertypanel.h"
#include "editor/stadiumeditor.h"
#include "layout/commands/rowcommands.h"
#include "layout/layoutdocument.h"
#include "layout/layoutvalidator.h"
#include "layout/seatgenerator.h"
#include "layout/layoutservice.h"
#include "seatmap/seatmapdata.h"
#include "seatmap/seatmappainter.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Tribina;

namespace {

/// Answers the next modal dialog as soon as it opens (exec() blocks the test otherwise).
/// Returns the watcher: delete it when no dialog is expected any more.
QTimer *whenModalOpens(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
    return timer;
}

struct Stand
{
    QString name;
    QString code;
    QPointF anchor;
    RowBlockTool::Parameters parameters;
};

RowBlockTool::Parameters straight(int rows, int seats, double directionDeg)
{
    RowBlockTool::Parameters p;
    p.rows = rows;
    p.seatsPerRow = seats;
    p.directionDeg = directionDeg;
    return p;
}

RowBlockTool::Parameters corner(double startAngleDeg)
{
    RowBlockTool::Parameters p;
    p.curved = true;
    p.rows = 8;
    p.seatsPerRow = 30;
    p.radius = 72;
    p.startAngleDeg = startAngleDeg;
    p.sweepDeg = 18;
    return p;
}

} // namespace

class TestEditorFromScratch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildValidateSaveActivate();
    void cleanupTestCase();

private:
    int addBlock(StadiumEditor &editor, const Stand &stand);
    static void typeInto(QLineEdit *edit, const QString &text);

    DbSession m_session;
    QSqlDatabase m_db;
};

void TestEditorFromScratch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = TestDatabase::fresh(QStringLiteral("editor_scratch"));
    QVERIFY(m_db.isOpen());
    const QString login = TestDatabase::addStaff(m_db, QStringLiteral("editor_scratch_admin"),
                                                 QStringLiteral("tribina_admin"));
    m_session.open(TestDatabase::settings(QStringLiteral("editor_scratch"), login),
                   QStringLiteral("secret"))
        .waitForFinished();
    QVERIFY(m_session.isOpen());
}

void TestEditorFromScratch::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    edit->insert(text); // QTest::keyClicks only types ASCII; the names have Croatian letters
    QTest::keyClick(edit, Qt::Key_Return); // editingFinished → one undo command
}

int TestEditorFromScratch::addBlock(StadiumEditor &editor, const Stand &stand)
{
    LayoutDocument *document = editor.document();
    document->clearSelection();
    editor.setTool(editor.rowBlockTool());
    editor.rowBlockTool()->setParameters(stand.parameters);
    editor.rowBlockTool()->setAnchor(stand.anchor);
    QTest::keyClick(editor.view(), Qt::Key_Return);
    const int id = document->selectedSectors().value(0);
    if (id == 0)
        return 0;
    typeInto(editor.propertyPanel()->nameEdit(), stand.name);
    typeInto(editor.propertyPanel()->codeEdit(), stand.code);
    return id;
}

void TestEditorFromScratch::buildValidateSaveActivate()
{
    LayoutService service(m_session);
    StadiumEditor editor(&service);
    editor.resize(1400, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    // New layout asks for the stadium's identity first: a stadium cannot be stored without it.
    whenModalOpens([](QWidget *modal) {
        auto *name = modal->findChild<QLineEdit *>(QStringLiteral("stadiumName"));
        auto *city = modal->findChild<QLineEdit *>(QStringLiteral("stadiumCity"));
        QVERIFY(name && city);
        auto *ok = modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        name->clear();
        QVERIFY(!ok->isEnabled()); // no name: OK stays disabled
        name->insert(QStringLiteral("Stadion Kantrida"));
        city->insert(QStringLiteral("Rijeka"));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    editor.action(QStringLiteral("actionNew"))->trigger();
    LayoutDocument *document = editor.document();
    QCOMPARE(document->sectorCount(), 0);
    QCOMPARE(document->layout().name(), QStringLiteral("Stadion Kantrida"));
    QCOMPARE(document->layout().city(), QStringLiteral("Rijeka"));
    QVERIFY(!document->isModified());

    // Main stand on the positive y side, the opposite stand, the two ends, four curved corners.
    const QList<Stand> stands{
        {QStringLiteral("Zapad — glavna tribina"), QStringLiteral("W1"), {-20, 40}, straight(14, 80, 0)},
        {QStringLiteral("Istok"), QStringLiteral("E1"), {20, -40}, straight(14, 80, 180)},
        {QStringLiteral("Sjever"), QStringLiteral("N1"), {62, -15}, straight(12, 60, 90)},
        {QStringLiteral("Jug"), QStringLiteral("S1"), {-62, 15}, straight(12, 60, 270)},
        {QStringLiteral("Kut SZ"), QStringLiteral("K1"), {0, 0}, corner(33)},
        {QStringLiteral("Kut SI"), QStringLiteral("K2"), {0, 0}, corner(123)},
        {QStringLiteral("Kut JI"), QStringLiteral("K3"), {0, 0}, corner(213)},
        {QStringLiteral("Kut JZ"), QStringLiteral("K4"), {0, 0}, corner(303)},
    };
    QList<int> ids;
    for (const Stand &stand : stands) {
        const int id = addBlock(editor, stand);
        QVERIFY2(id != 0, qPrintable(stand.code));
        QCOMPARE(document->sector(id)->code(), stand.code);
        QCOMPARE(document->sector(id)->name(), stand.name);
        ids.append(id);
    }
    QCOMPARE(document->sectorCount(), stands.size());

    // An upper tier on the main stand: the row-block tool adds to the selected sector.
    const int main = ids.first();
    const int mainSeatsBefore = document->sector(main)->seatCount();
    document->setSelection({main}, {});
    editor.setTool(editor.rowBlockTool());
    RowBlockTool::Parameters tier = straight(6, 70, 0);
    editor.rowBlockTool()->setParameters(tier);
    editor.rowBlockTool()->setAnchor(QPointF(-17.5, 55));
    QTest::keyClick(editor.view(), Qt::Key_Return);
    QCOMPARE(document->sector(main)->seatCount(), mainSeatsBefore + 6 * 70);
    // Both blocks start at row 1; the renumbering (what the Renumber dialog applies) makes the
    // rows count on through the upper tier.
    bool duplicateRows = false;
    for (const LayoutFinding &finding : document->validate())
        duplicateRows |= finding.kind == LayoutFinding::Kind::DuplicateRowIdentifier;
    QVERIFY(duplicateRows);
    QVERIFY(editor.renumberSelected({QStringLiteral("1"), true, std::nullopt}));
    QCOMPARE(document->sector(main)->rows().constLast().identifier(), QStringLiteral("20"));

    // The main stand is VIP: chosen in the property panel's type box.
    document->setSelection({main}, {});
    auto *type = editor.propertyPanel()->findChild<QComboBox *>();
    QVERIFY(type);
    const int vip = type->findData(int(SectorType::Vip));
    QVERIFY(vip >= 0);
    type->setCurrentIndex(vip);
    emit type->activated(vip);
    QCOMPARE(document->sector(main)->type(), SectorType::Vip);

    // Wheelchair places in the front row of the south end, painted with the brush (rubber band).
    const int south = ids.at(3);
    const QList<LayoutSeat> southSeats = SeatGenerator::seats(*document->sector(south));
    const QPointF first = southSeats.at(10).position;
    const QPointF last = southSeats.at(13).position;
    EditorView *view = editor.view();
    view->setZoom(SeatMapPainter::NearScale, SeatMapData::layoutToScene().map((first + last) / 2));
    editor.setTool(editor.brushTool());
    editor.brushTool()->setSeatType(SeatType::Accessibility);
    const QRectF band = QRectF(first, last).normalized().adjusted(-0.15, -0.15, 0.15, 0.15);
    const QPoint a = view->layoutToViewport(band.topLeft()).toPoint();
    const QPoint b = view->layoutToViewport(band.bottomRight()).toPoint();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(view->viewport(), b);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
    int wheelchairs = 0;
    for (const LayoutSeat &seat : SeatGenerator::seats(*document->sector(south)))
        wheelchairs += seat.type == SeatType::Accessibility ? 1 : 0;
    QVERIFY2(wheelchairs >= 2, qPrintable(QString::number(wheelchairs)));

    // Before the snake orders exist, the validator says so for every sector.
    int missingSnake = 0;
    for (const LayoutFinding &finding : document->validate())
        missingSnake += finding.kind == LayoutFinding::Kind::MissingSnakeConfig ? 1 : 0;
    QCOMPARE(missingSnake, stands.size());

    // A snake order per sector, through the dialog: tick "sell in snake order", OK.
    for (int id : std::as_const(ids)) {
        document->setSelection({id}, {});
        whenModalOpens([](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            QVERIFY(dialog);
            auto *enabled = dialog->findChild<QCheckBox *>();
            QVERIFY(enabled);
            enabled->setChecked(true);
            dialog->accept();
        });
        editor.action(QStringLiteral("actionSnake"))->trigger();
        QVERIFY2(document->sector(id)->snakeConfig().has_value(),
                 qPrintable(document->sector(id)->code()));
    }

    const QList<LayoutFinding> findings = document->validate();
    for (const LayoutFinding &finding : findings)
        QVERIFY2(!finding.isError(), qPrintable(finding.message));
    const int capacity = document->layout().capacity();
    QCOMPARE(capacity, 2 * 14 * 80 + 2 * 12 * 60 + 4 * 8 * 30 + 6 * 70);

    // Activation is refused while the draft is not saved.
    QVERIFY(!StadiumEditor::activationProblem(findings, document->isModified(), 0).isEmpty());

    QString saveError;
    QTimer *failureWatch = whenModalOpens([&saveError](QWidget *modal) { // only a failure opens a box here
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            saveError = box->text();
            box->reject();
        }
    });
    editor.action(QStringLiteral("actionSaveDraft"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!document->isModified() || !saveError.isEmpty(), 20000);
    QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
    delete failureWatch;

    whenModalOpens([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    editor.action(QStringLiteral("actionActivate"))->trigger();

    // The database now holds the active layout with exactly the editor's seats.
    auto activeSeats = [this] {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral(
            "SELECT count(*) FROM seats s JOIN sectors c ON c.id = s.sector_id"
            " JOIN stadium_layouts l ON l.id = c.stadium_layout_id"
            " JOIN stadiums st ON st.id = l.stadium_id"
            " WHERE l.status = 'ACTIVE' AND st.name = 'Stadion Kantrida'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    int seatsInDocument = 0;
    for (const LayoutSector &sector : document->layout().sectors())
        seatsInDocument += sector.seatCount();
    QTRY_COMPARE_WITH_TIMEOUT(activeSeats(), seatsInDocument, 20000);

    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FILTER (WHERE s.seat_type = 'ACCESSIBILITY'),"
        "       count(DISTINCT c.code), bool_or(c.sector_type = 'VIP')"
        " FROM seats s JOIN sectors c ON c.id = s.sector_id"
        " JOIN stadium_layouts l ON l.id = c.stadium_layout_id AND l.status = 'ACTIVE'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), wheelchairs);
    QCOMPARE(q.value(1).toInt(), int(stands.size()));
    QVERIFY(q.value(2).toBool());
}

void TestEditorFromScratch::cleanupTestCase()
{
    m_session.close();
}

QTEST_MAIN(TestEditorFromScratch)
#include "tst_editorfromscratch.moc"
