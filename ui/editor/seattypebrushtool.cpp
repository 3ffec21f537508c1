#include "editor/seattypebrushtool.h"

#include "editor/editorview.h"
#include "layout/commands/seatcommands.h"
#include "layout/layoutdocument.h"
#include "layout/seatgenerator.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace Tribina {

SeatTypeBrushTool::SeatTypeBrushTool(LayoutDocument *document, EditorView *view, Mode mode,
                                     QObject *parent)
    : AbstractTool(document, view, parent)
    , m_mode(mode)
{
}

QString SeatTypeBrushTool::name() const
{
    return m_mode == Mode::Remove ? tr("Remove seats") : tr("Seat type brush");
}

bool SeatTypeBrushTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressed = true;
    m_band = false;
    m_pressPos = m_currentPos = event->position().toPoint();
    return true;
}

bool SeatTypeBrushTool::mouseMove(QMouseEvent *event)
{
    if (!m_pressed)
        return false;
    m_currentPos = event->position().toPoint();
    if (!m_band
        && (m_currentPos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_band = true;
    if (m_band)
        emit overlayChanged();
    return true;
}

bool SeatTypeBrushTool::mouseRelease(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return false;
    m_pressed = false;
    m_currentPos = event->position().toPoint();
    const QList<SeatRef> seats = m_band ? seatsIn(bandInLayout())
                                        : seatAt(view()->viewportToLayout(m_currentPos));
    m_band = false;
    emit overlayChanged();
    apply(seats);
    return true;
}

void SeatTypeBrushTool::paintOverlay(QPainter *painter, const QRectF &)
{
    if (!m_band)
        return;
    painter->save();
    painter->resetTransform();
    QPen pen(m_mode == Mode::Remove ? QColor(0xe5, 0x39, 0x35) : QColor(0x1e, 0x88, 0xe5), 1,
             Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(QColor(pen.color().red(), pen.color().green(), pen.color().blue(), 40));
    painter->drawRect(QRect(m_pressPos, m_currentPos).normalized());
    painter->restore();
}

QRectF SeatTypeBrushTool::bandInLayout() const
{
    const QPointF a = view()->viewportToLayout(m_pressPos);
    const QPointF b = view()->viewportToLayout(m_currentPos);
    return QRectF(a, b).normalized();
}

QList<SeatRef> SeatTypeBrushTool::seatsIn(const QRectF &layoutRect) const
{
    QList<SeatRef> result;
    for (const LayoutSector &sector : document()->layout().sectors()) {
        if (!sector.isSeated())
            continue;
        const QList<LayoutSeat> seats = SeatGenerator::seats(sector);
        for (const LayoutSeat &seat : seats) {
            if (layoutRect.contains(seat.position))
                result.append(SeatRef{sector.id(), seat.key()});
        }
    }
    return result;
}

QList<SeatRef> SeatTypeBrushTool::seatAt(QPointF layoutPos) const
{
    for (const LayoutSector &sector : document()->layout().sectors()) {
        if (!sector.isSeated())
            continue;
        const double radius = sector.rows().constFirst().seatPitch() / 2;
        const QList<LayoutSeat> seats = SeatGenerator::seats(sector);
        for (const LayoutSeat &seat : seats) {
            const QPointF d = seat.position - layoutPos;
            if (QPointF::dotProduct(d, d) <= radius * radius)
                return {SeatRef{sector.id(), seat.key()}};
        }
    }
    return {};
}

void SeatTypeBrushTool::apply(const QList<SeatRef> &seats)
{
    if (seats.isEmpty())
        return;
    const int gesture = document()->newGesture();
    if (m_mode == Mode::Remove)
        document()->push(new RemoveSeats(document(), seats, gesture));
    else
        document()->push(new SetSeatType(document(), seats, m_type, gesture));
}

} // namespace Tribina
