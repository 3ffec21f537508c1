#include "seatmap/seatmapitems.h"

#include "seatmap/pitchpainter.h"
#include "seatmap/seatmapmodel.h"
#include "seatmap/seatmappainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Tribina {

SeatMapSectorItem::SeatMapSectorItem(SeatMapPainter *painter, int sector)
    : m_painter(painter), m_sector(sector)
{
    // exposedRect is only filled in with this flag; without it every update repaints the
    // whole sector.
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(1);
    refreshGeometry();
}

void SeatMapSectorItem::refreshGeometry()
{
    prepareGeometryChange();
    m_bounds = m_painter->sectorPaintBounds(m_sector);
}

void SeatMapSectorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // On screen exposedRect is the repainted part; QGraphicsView::render() and printing pass the
    // whole bounding rect and clip instead, so the clip narrows it down too.
    QRectF exposed = option->exposedRect;
    if (painter->hasClipping())
        exposed &= painter->clipBoundingRect();
    m_painter->paintSector(painter, m_sector, exposed);
}

SeatMapPitchItem::SeatMapPitchItem(SeatMapPainter *painter) : m_painter(painter)
{
    setZValue(0);
    refreshGeometry();
}

void SeatMapPitchItem::refreshGeometry()
{
    prepareGeometryChange();
    // Half a metre of room for lines drawn a pixel wide at overview scales.
    m_bounds = PitchPainter::area(m_painter->model()->data().pitchSize).adjusted(-0.5, -0.5, 0.5, 0.5);
}

void SeatMapPitchItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_painter->paintPitch(painter);
}

SeatMapHoverItem::SeatMapHoverItem(SeatMapPainter *painter) : m_painter(painter)
{
    setZValue(10);
    setAcceptedMouseButtons(Qt::NoButton);
}

void SeatMapHoverItem::setTarget(int seat, int sector)
{
    if (seat == m_seat && sector == m_sector)
        return;
    prepareGeometryChange();
    m_seat = seat;
    m_sector = seat >= 0 ? -1 : sector;
    const SeatMapModel *model = m_painter->model();
    if (m_seat >= 0) {
        // The ring is a cosmetic pen of a few pixels; a metre of margin covers it down to the
        // middle level's scale.
        m_bounds = model->seatRect(m_seat).adjusted(-1, -1, 1, 1);
    } else if (m_sector >= 0) {
        m_bounds = model->sector(m_sector).bounds.adjusted(-2, -2, 2, 2);
    } else {
        m_bounds = QRectF();
    }
    update();
}

void SeatMapHoverItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor ring = m_painter->palette().hoverRing();
    if (m_seat >= 0) {
        m_painter->paintSeatHighlight(painter, m_seat, ring);
        return;
    }
    if (m_sector < 0)
        return;
    const SeatMapSector &sector = m_painter->model()->sector(m_sector);
    QPen pen(ring, 2.5);
    pen.setCosmetic(true);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (sector.outline.isEmpty())
        painter->drawRect(sector.bounds);
    else
        painter->drawPolygon(sector.outline);
}

} // namespace Tribina
