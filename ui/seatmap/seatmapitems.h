#pragma once

#include <QGraphicsItem>

namespace Tribina {

class SeatMapPainter;

/// The items of a SeatMapScene: one per sector, one for the pitch and one for the hover ring.
/// No item per seat: a sector item paints all its seats, and only the part of the sector in
/// option->exposedRect (the Tiled way: one item paints a whole layer).
///
/// Items keep no state of their own beyond an index; everything they draw comes from the
/// scene's SeatMapPainter and its model, so the layout editor can subclass or reuse the sector
/// item to make sectors movable without touching how seats are drawn.
class SeatMapSectorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x5e01 };

    SeatMapSectorItem(SeatMapPainter *painter, int sector);

    int sector() const { return m_sector; }
    /// Call after the model was reset (the sector's geometry may have changed).
    void refreshGeometry();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    SeatMapPainter *m_painter;
    int m_sector;
    QRectF m_bounds;
};

/// The grass and markings under the stands.
class SeatMapPitchItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x5e02 };

    explicit SeatMapPitchItem(SeatMapPainter *painter);
    void refreshGeometry();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    SeatMapPainter *m_painter;
    QRectF m_bounds;
};

/// Highlights what the pointer is over: a ring around a seat, or a sector's outline when the
/// map is too far out for single seats.
class SeatMapHoverItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x5e03 };

    explicit SeatMapHoverItem(SeatMapPainter *painter);

    /// Seat (global index) or -1; sector used when seat is -1; both -1 hides the ring.
    void setTarget(int seat, int sector);
    int seat() const { return m_seat; }
    int sector() const { return m_sector; }

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    SeatMapPainter *m_painter;
    int m_seat = -1;
    int m_sector = -1;
    QRectF m_bounds;
};

} // namespace Tribina
