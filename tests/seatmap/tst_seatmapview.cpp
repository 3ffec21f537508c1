#include "seatmaptestlayout.h"

#include "seatmap/seatmapitems.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Tribina;

/// The seat map under simulated mouse and keyboard input, offscreen: click and rubber-band
/// selection, hover text, zooming around the cursor.
class TestSeatMapView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickSelectsThatSeat();
    void modifierClicks();
    void clickOutsideSeatsClears();
    void rubberBandSelectsTheSeatsInside();
    void altRubberBandRemoves();
    void onlySelectableStatusesAreSelected();
    void hoverDescribesTheSeat();
    void wheelZoomsAroundTheCursor();
    void keyboardZoomAndFit();
    void farClickZoomsToTheSector();
    void statusChangeRepaintsOnlyThatSeat();

private:
    QPoint viewportPos(int seat) const;
    QRectF bandRect() const;

    SeatMapModel *m_model = nullptr;
    SeatMapScene *m_scene = nullptr;
    SeatMapView *m_view = nullptr;
};

void TestSeatMapView::init()
{
    m_model = new SeatMapModel;
    m_model->reset(SeatMapTest::smallData());
    m_scene = new SeatMapScene(m_model);
    m_view = new SeatMapView;
    m_view->setSeatMapScene(m_scene);
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    // Close enough for single seats: the main stand at the near level.
    m_view->setZoom(30, m_model->sector(0).bounds.center());
    QCOMPARE(m_view->detail(), SeatMapPainter::Detail::Near);
}

void TestSeatMapView::cleanup()
{
    delete m_view;
    delete m_scene;
    delete m_model;
}

QPoint TestSeatMapView::viewportPos(int seat) const
{
    return m_view->mapFromScene(m_model->seatPosition(seat));
}

void TestSeatMapView::clickSelectsThatSeat()
{
    QSignalSpy selection(m_view, &SeatMapView::selectionChanged);
    QSignalSpy clicked(m_view, &SeatMapView::seatClicked);
    const int seat = m_model->sector(0).firstSeat + 30;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPos(seat));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.at(0).at(0).toInt(), seat);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.at(0).at(0).value<QList<int>>(), QList<int>{seat});
    QCOMPARE(m_model->selection(), QList<int>{seat});
    // Another plain click replaces it.
    const int other = seat + 1;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPos(other));
    QCOMPARE(m_model->selection(), QList<int>{other});
}

void TestSeatMapView::modifierClicks()
{
    const int a = m_model->sector(0).firstSeat + 40;
    const int b = a + 2;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPos(a));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, viewportPos(b));
    QCOMPARE(m_model->selection(), (QList<int>{a, b}));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, viewportPos(a));
    QCOMPARE(m_model->selection(), QList<int>{b});
}

void TestSeatMapView::clickOutsideSeatsClears()
{
    m_model->select({1, 2, 3});
    QSignalSpy selection(m_view, &SeatMapView::selectionChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(SeatMapTest::aislePoint(m_model->sector(0))));
    QCOMPARE(m_model->selectionCount(), 0);
    QCOMPARE(selection.size(), 1);
    QVERIFY(selection.at(0).at(0).value<QList<int>>().isEmpty());
}

QRectF TestSeatMapView::bandRect() const
{
    // Rows 2 to 4 of W1, about five seats to the left of its aisle.
    const SeatMapSector &w1 = m_model->sector(0);
    const double x = SeatMapTest::aislePoint(w1).x();
    return QRectF(QPointF(x - 5.2, w1.y[0] + 0.5), QPointF(x - 1.2, w1.y[0] + 3.0));
}

void TestSeatMapView::rubberBandSelectsTheSeatsInside()
{
    QSignalSpy selection(m_view, &SeatMapView::selectionChanged);
    const QRectF band = bandRect();
    const QPoint from = m_view->mapFromScene(band.topLeft());
    const QPoint to = m_view->mapFromScene(band.bottomRight());
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view->viewport(), (from + to) / 2);
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    const QList<int> expected = m_model->seatsIn(m_view->mapToScene(QRect(from, to).normalized()).boundingRect());
    QVERIFY(expected.size() >= 12); // several seats of several rows
    QCOMPARE(m_model->selection(), expected);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.at(0).at(0).value<QList<int>>(), expected);
    for (const int seat : expected)
        QVERIFY(band.adjusted(-0.1, -0.1, 0.1, 0.1).contains(m_model->seatPosition(seat)));
}

void TestSeatMapView::altRubberBandRemoves()
{
    const QList<int> all = m_model->seatsIn(m_model->sector(0).bounds);
    m_model->select(all);
    const QPoint from = m_view->mapFromScene(bandRect().topLeft());
    const QPoint to = m_view->mapFromScene(bandRect().bottomRight());
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::AltModifier, from);
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, Qt::AltModifier, to);
    const QList<int> removed = m_model->seatsIn(m_view->mapToScene(QRect(from, to).normalized()).boundingRect());
    QCOMPARE(m_model->selectionCount(), int(all.size() - removed.size()));
    for (const int seat : removed)
        QVERIFY(!m_model->isSelected(seat));
}

void TestSeatMapView::onlySelectableStatusesAreSelected()
{
    m_view->setSelectableStatuses({SeatStatus::Available});
    const int sold = m_model->sector(0).firstSeat + 30;
    m_model->setStatus(sold, SeatStatus::Sold);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPos(sold));
    QCOMPARE(m_model->selectionCount(), 0);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewportPos(sold + 1));
    QCOMPARE(m_model->selection(), QList<int>{sold + 1});
}

void TestSeatMapView::hoverDescribesTheSeat()
{
    QSignalSpy hover(m_view, &SeatMapView::hoverChanged);
    const int seat = m_model->sector(0).firstSeat + 25;
    m_model->setStatus(seat, SeatStatus::Reserved);
    QTest::mouseMove(m_view->viewport(), viewportPos(seat));
    QTRY_VERIFY(!hover.isEmpty());
    QCOMPARE(hover.last().at(0).toInt(), seat);
    const QString text = hover.last().at(1).toString();
    QVERIFY2(text.contains(QStringLiteral("W1")) && text.contains(QStringLiteral("row ") + m_model->rowIdentifier(seat))
                 && text.contains(QStringLiteral("seat ") + m_model->seatLabel(seat)) && text.contains(QStringLiteral("Reserved")),
             qPrintable(text));
    QCOMPARE(m_view->hoveredSeat(), seat);
    QCOMPARE(m_scene->hoverItem()->seat(), seat);
    QCOMPARE(m_view->describeAt(viewportPos(seat)), text);
}

void TestSeatMapView::wheelZoomsAroundTheCursor()
{
    const QPoint cursor(200, 150);
    const QPointF before = m_view->mapToScene(cursor);
    const double scale = m_view->pixelsPerMetre();
    QWheelEvent wheel(QPointF(cursor), QPointF(m_view->viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(std::abs(m_view->pixelsPerMetre() - scale / SeatMapView::WheelStep) < 1e-6);
    // The point under the cursor stays put (to within the pixel grid of the scroll bars).
    const QPointF after = m_view->mapToScene(cursor);
    QVERIFY2(QLineF(before, after).length() * m_view->pixelsPerMetre() <= 1.5,
             qPrintable(QStringLiteral("moved %1 px").arg(QLineF(before, after).length() * m_view->pixelsPerMetre())));
    QSignalSpy zoom(m_view, &SeatMapView::zoomChanged);
    QWheelEvent in(QPointF(cursor), QPointF(m_view->viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, 240),
                   Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &in);
    QCOMPARE(zoom.size(), 1);
    QVERIFY(std::abs(m_view->pixelsPerMetre() - scale * SeatMapView::WheelStep) < 1e-6);
    QVERIFY(QLineF(before, m_view->mapToScene(cursor)).length() * m_view->pixelsPerMetre() <= 1.5);
}

void TestSeatMapView::keyboardZoomAndFit()
{
    const double scale = m_view->pixelsPerMetre();
    QTest::keyClick(m_view, Qt::Key_Minus);
    QVERIFY(m_view->pixelsPerMetre() < scale);
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(std::abs(m_view->pixelsPerMetre() - scale) < 1e-6);
    QTest::keyClick(m_view, Qt::Key_0);
    // Fit: the whole map is visible.
    QVERIFY(m_view->visibleSceneRect().contains(m_model->data().bounds));
    const QPointF centre = m_view->visibleSceneRect().center();
    QTest::keyClick(m_view, Qt::Key_Right);
    QVERIFY(m_view->visibleSceneRect().center().x() > centre.x());
}

void TestSeatMapView::farClickZoomsToTheSector()
{
    m_view->setZoom(3, m_model->data().bounds.center());
    QCOMPARE(m_view->detail(), SeatMapPainter::Detail::Far);
    const QPointF inW2 = m_model->sector(1).bounds.center();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->mapFromScene(inW2));
    QVERIFY(m_view->detail() != SeatMapPainter::Detail::Far);
    QVERIFY(m_view->visibleSceneRect().contains(m_model->sector(1).bounds));
    QCOMPARE(m_model->selectionCount(), 0); // far clicks navigate, they do not select
}

void TestSeatMapView::statusChangeRepaintsOnlyThatSeat()
{
    // The sector item is asked to repaint the changed seat's rectangle, not the whole sector.
    class Probe : public QObject
    {
    public:
        QRegion painted;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                painted += static_cast<QPaintEvent *>(event)->region();
            return false;
        }
    } probe;
    QCoreApplication::processEvents();
    m_view->viewport()->installEventFilter(&probe);
    const int seat = m_model->sector(0).firstSeat + 30;
    m_model->setStatus(seat, SeatStatus::Sold);
    QTRY_VERIFY(!probe.painted.isEmpty());
    const QRect area = probe.painted.boundingRect();
    QVERIFY(area.contains(viewportPos(seat)));
    const double seatPx = m_model->sector(0).seatWidth * m_view->pixelsPerMetre();
    QVERIFY2(area.width() < 4 * seatPx && area.height() < 4 * seatPx,
             qPrintable(QStringLiteral("%1x%2").arg(area.width()).arg(area.height())));
    m_view->viewport()->removeEventFilter(&probe);
}

QTEST_MAIN(TestSeatMapView)
#include "tst_seatmapview.moc"
