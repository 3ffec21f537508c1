#include "seatmap/seatmapview.h"

#include "seatmap/pitchpainter.h"
#include "seatmap/seatmapitems.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmapscene.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QRubberBand>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Tribina {

SeatMapView::SeatMapView(QWidget *parent) : QGraphicsView(parent)
{
    setDragMode(QGraphicsView::NoDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor); // zoomBy() keeps the anchor itself
    setResizeAnchor(QGraphicsView::NoAnchor);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    // Items keep inside their bounds (margins included); no extra pixels needed.
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->grabGesture(Qt::PinchGesture);
    setSelectableStatuses({SeatStatus::Available, SeatStatus::Reserved, SeatStatus::Sold,
                           SeatStatus::Allocated, SeatStatus::Blocked, SeatStatus::Technical,
                           SeatStatus::Official, SeatStatus::Maintenance, SeatStatus::Quarantined});
}

void SeatMapView::setSeatMapScene(SeatMapScene *scene)
{
    if (m_scene)
        disconnect(m_scene->model(), nullptr, this, nullptr);
    m_scene = scene;
    setScene(scene);
    m_hoverSeat = -1;
    m_hoverSector = -1;
    if (!scene)
        return;
    setBackgroundBrush(scene->palette().background());
    connect(scene->model(), &SeatMapModel::selectionChanged, this, &SeatMapView::emitSelection);
    connect(scene->model(), &SeatMapModel::modelReset, this, [this] {
        m_hoverSeat = -1;
        m_hoverSector = -1;
        if (m_autoFit)
            fitToView();
    });
    fitToView();
}

SeatMapScene *SeatMapView::seatMapScene() const
{
    return m_scene;
}

SeatMapModel *SeatMapView::model() const
{
    return m_scene ? m_scene->model() : nullptr;
}

double SeatMapView::pixelsPerMetre() const
{
    return SeatMapPainter::pixelsPerMetre(transform());
}

SeatMapPainter::Detail SeatMapView::detail() const
{
    return SeatMapPainter::detailFor(pixelsPerMetre());
}

double SeatMapView::fitScale() const
{
    if (!m_scene || m_scene->model()->data().bounds.isEmpty())
        return 1.0;
    const QRectF b = m_scene->model()->data().bounds;
    const QSize v = viewport()->size();
    return 0.97 * qMin(v.width() / b.width(), v.height() / b.height());
}

void SeatMapView::applyScale(double ppm)
{
    const double s = qBound(fitScale() * 0.6, ppm, MaxPixelsPerMetre);
    setTransform(QTransform::fromScale(s, s));
    if (!qFuzzyCompare(s, m_lastReportedScale)) {
        m_lastReportedScale = s;
        emit zoomChanged(s);
    }
}

void SeatMapView::zoomBy(double factor, QPointF viewportPos)
{
    m_autoFit = false;
    const QPoint anchor = viewportPos.toPoint();
    const QPointF scenePos = mapToScene(anchor);
    applyScale(pixelsPerMetre() * factor);
    // Scroll so the scene point under the cursor is back under it.
    const QPoint moved = mapFromScene(scenePos) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
    if (m_hoverSeat >= 0 || m_hoverSector >= 0)
        updateHover(anchor);
}

void SeatMapView::zoomBy(double factor)
{
    zoomBy(factor, QRectF(viewport()->rect()).center());
}

void SeatMapView::setZoom(double ppm, QPointF sceneCentre)
{
    m_autoFit = false;
    applyScale(ppm);
    centerOn(sceneCentre);
}

void SeatMapView::fitToView()
{
    if (!m_scene)
        return;
    applyScale(fitScale());
    centerOn(m_scene->model()->data().bounds.center());
    m_autoFit = true;
}

void SeatMapView::zoomToSector(int sector)
{
    if (!m_scene || sector < 0 || sector >= m_scene->model()->sectorCount())
        return;
    const QRectF b = m_scene->model()->sector(sector).bounds;
    const QSize v = viewport()->size();
    // Close enough to tell seats apart, never beyond the near level's threshold at once.
    const double s = qMin(0.85 * qMin(v.width() / b.width(), v.height() / b.height()), SeatMapPainter::NearScale * 1.5);
    setZoom(qMax(s, SeatMapPainter::MiddleScale * 1.2), b.center());
}

QRectF SeatMapView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void SeatMapView::setSelectableStatuses(const QList<SeatStatus> &statuses)
{
    m_selectableMask = 0;
    for (const SeatStatus s : statuses)
        m_selectableMask |= quint16(1u << int(s));
}

bool SeatMapView::isSelectable(int seat) const
{
    const SeatMapModel *m = model();
    if (!m || seat < 0 || seat >= m->seatCount())
        return false;
    // A seat already selected can always be deselected, whatever its status became.
    return (m_selectableMask & (1u << int(m->status(seat)))) || m->isSelected(seat);
}

QList<int> SeatMapView::selectableOnly(const QList<int> &seats) const
{
    QList<int> result;
    result.reserve(seats.size());
    for (const int seat : seats)
        if (isSelectable(seat))
            result.append(seat);
    return result;
}

QString SeatMapView::describeAt(QPoint viewportPos) const
{
    const SeatMapModel *m = model();
    if (!m)
        return {};
    const QPointF scenePos = mapToScene(viewportPos);
    const int seat = detail() == SeatMapPainter::Detail::Far ? -1 : m->seatAt(scenePos);
    if (seat >= 0)
        return m->describeSeat(seat);
    return m->describeSector(m->sectorAt(scenePos));
}

void SeatMapView::updateHover(QPoint viewportPos)
{
    const SeatMapModel *m = model();
    if (!m)
        return;
    const QPointF scenePos = mapToScene(viewportPos);
    // Far out a seat is two pixels wide: point at sectors instead.
    const int seat = detail() == SeatMapPainter::Detail::Far ? -1 : m->seatAt(scenePos);
    const int sector = seat >= 0 ? -1 : m->sectorAt(scenePos);
    if (seat == m_hoverSeat && sector == m_hoverSector)
        return;
    m_hoverSeat = seat;
    m_hoverSector = sector;
    m_scene->hoverItem()->setTarget(seat, sector);
    viewport()->setCursor(seat >= 0 && m_selectionEnabled && isSelectable(seat) ? Qt::PointingHandCursor
                                                                               : Qt::ArrowCursor);
    emit hoverChanged(seat, seat >= 0 ? m->describeSeat(seat) : m->describeSector(sector));
}

void SeatMapView::emitSelection()
{
    if (const SeatMapModel *m = model())
        emit selectionChanged(m->selection());
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    case QEvent::Gesture: {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gesture->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        // Touchpads on Wayland/macOS deliver pinch as native zoom steps.
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value(), native->position());
            return true;
        }
        if (native->gestureType() == Qt::SmartZoomNativeGesture) {
            fitToView();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0)
        zoomBy(std::pow(WheelStep, delta.y() / 120.0), event->position());
    else if (delta.x() != 0)
        panBy(QPointF(delta.x() / 2.0, 0));
    event->accept();
}

void SeatMapView::panBy(QPointF delta)
{
    m_autoFit = false;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::lround(delta.y())));
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_lastPos = pos;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pending;
    }
    event->accept();
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    switch (m_drag) {
    case Drag::None:
        updateHover(pos);
        break;
    case Drag::Pan:
        panBy(pos - m_lastPos);
        break;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        if (!m_selectionEnabled) {
            m_drag = Drag::Pan; // without selection, a left drag pans
            panBy(pos - m_lastPos);
            break;
        }
        m_drag = Drag::RubberBand;
        if (!m_rubberBand)
            m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
        m_rubberBand->show();
        break;
    case Drag::RubberBand:
        m_rubberBand->setGeometry(QRect(m_pressPos, pos).normalized());
        break;
    }
    m_lastPos = pos;
    event->accept();
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::RubberBand) {
        m_rubberBand->hide();
        finishRubberBand(pos, event->modifiers());
    } else if (drag == Drag::Pending && event->button() == Qt::LeftButton) {
        clickAt(pos, event->modifiers());
    } else if (drag == Drag::Pan) {
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
    }
    event->accept();
}

void SeatMapView::clickAt(QPoint pos, Qt::KeyboardModifiers modifiers)
{
    SeatMapModel *m = model();
    if (!m)
        return;
    const QPointF scenePos = mapToScene(pos);
    if (detail() == SeatMapPainter::Detail::Far) {
        zoomToSector(m->sectorAt(scenePos));
        return;
    }
    const int seat = m->seatAt(scenePos);
    if (seat >= 0)
        emit seatClicked(seat);
    if (!m_selectionEnabled)
        return;
    if (seat < 0) {
        if (!(modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
            m->clearSelection();
        return;
    }
    if (!isSelectable(seat))
        return;
    const auto mode = (modifiers & Qt::ControlModifier) ? SeatMapModel::SelectionMode::Toggle
        : (modifiers & Qt::ShiftModifier)               ? SeatMapModel::SelectionMode::Add
                                                        : SeatMapModel::SelectionMode::Replace;
    m->select({seat}, mode);
}

void SeatMapView::finishRubberBand(QPoint pos, Qt::KeyboardModifiers modifiers)
{
    SeatMapModel *m = model();
    if (!m)
        return;
    const QRectF band = mapToScene(QRect(m_pressPos, pos).normalized()).boundingRect();
    const QList<int> seats = selectableOnly(m->seatsIn(band));
    auto mode = SeatMapModel::SelectionMode::Replace;
    if (modifiers & Qt::AltModifier)
        mode = SeatMapModel::SelectionMode::Remove;
    else if (modifiers & (Qt::ShiftModifier | Qt::ControlModifier))
        mode = SeatMapModel::SelectionMode::Add;
    m->select(seats, mode);
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    const QSize v = viewport()->size();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(WheelStep * WheelStep);
        break;
    case Qt::Key_Minus:
        zoomBy(1.0 / (WheelStep * WheelStep));
        break;
    case Qt::Key_0:
        fitToView();
        break;
    case Qt::Key_Left:
        panBy(QPointF(v.width() / 8.0, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-v.width() / 8.0, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, v.height() / 8.0));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -v.height() / 8.0));
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        break;
    case Qt::Key_Escape:
        if (SeatMapModel *m = model())
            m->clearSelection();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SeatMapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
    emit visibleRectChanged(visibleSceneRect());
}

void SeatMapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    if (!m_scene) {
        QGraphicsView::drawBackground(painter, rect);
        return;
    }
    // The pitch item paints every pixel of its area: leave it out of the background, which
    // saves a full-screen fill whenever the view is zoomed onto the grass. Without
    // antialiasing both fills cover whole pixels, so no seam shows between them.
    const QRectF pitch = PitchPainter::area(m_scene->model()->data().pitchSize) & rect;
    const QBrush brush = backgroundBrush();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (pitch.isEmpty()) {
        painter->fillRect(rect, brush);
    } else {
        painter->fillRect(QRectF(rect.topLeft(), QPointF(rect.right(), pitch.top())), brush);
        painter->fillRect(QRectF(QPointF(rect.left(), pitch.bottom()), rect.bottomRight()), brush);
        painter->fillRect(QRectF(QPointF(rect.left(), pitch.top()), pitch.bottomLeft()), brush);
        painter->fillRect(QRectF(pitch.topRight(), QPointF(rect.right(), pitch.bottom())), brush);
    }
    painter->restore();
}

void SeatMapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleRectChanged(visibleSceneRect());
}

void SeatMapView::leaveEvent(QEvent *event)
{
    if (m_scene && (m_hoverSeat >= 0 || m_hoverSector >= 0)) {
        m_hoverSeat = -1;
        m_hoverSector = -1;
        m_scene->hoverItem()->setTarget(-1, -1);
        emit hoverChanged(-1, QString());
    }
    QGraphicsView::leaveEvent(event);
}

} // namespace Tribina
