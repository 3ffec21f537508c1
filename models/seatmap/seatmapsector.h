#pragma once

#include "layout/layoutenums.h"
#include "seatmap/seatstatus.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <array>
#include <vector>

namespace Tribina {

/// One row of a sector in the render model: its identifier and its two end seats (local
/// indices), where the near level of detail writes the row's label.
struct SeatMapRow
{
    QString identifier;
    quint32 endA = 0;
    quint32 endB = 0;
};

/// The seats of one sector as parallel arrays (struct of arrays), in scene coordinates (see
/// SeatMapData::layoutToScene), with a uniform grid over the seat centres for hit tests and
/// rectangle queries.
///
/// Why arrays and not objects: a 100,000-seat stadium must paint in a few milliseconds and fit
/// in a few megabytes. Painting walks x/y/status linearly (cache friendly), batching seats by
/// style; a seat is 19 bytes plus 4 in the grid, against hundreds of bytes for a QGraphicsItem.
///
/// A plain aggregate: SeatMapBuilder fills it, SeatMapModel mutates status/category/flags and
/// keeps statusCounts in step; everything else is fixed once built.
struct SeatMapSector
{
    QString code;
    QString name;
    SectorType type = SectorType::Standard;
    QPolygonF outline;    ///< scene coordinates; may be empty (then bounds is drawn)
    QPointF labelPos;     ///< scene coordinates
    QRectF bounds;        ///< outline and every seat rectangle
    float seatWidth = 0.8f; ///< along the row, metres (the seat pitch)
    float seatDepth = 0.9f; ///< across the row, metres (the row depth)
    int firstSeat = 0;    ///< global index of local seat 0 (sectors are numbered consecutively)
    int manualCapacity = 0; ///< capacity of a sector without seats (standing)

    // Per seat, index = local seat index.
    std::vector<float> x;
    std::vector<float> y;
    std::vector<float> angle;      ///< direction of the row in scene coordinates, degrees
    std::vector<quint8> status;    ///< SeatStatus
    std::vector<quint8> category;  ///< index into the palette's price category colours
    std::vector<quint8> flags;     ///< SeatFlag bits
    std::vector<quint16> label;    ///< index into SeatMapData::labels (the seat number)
    std::vector<quint16> row;      ///< index into rows

    std::vector<SeatMapRow> rows;

    // Where row labels go at the near level: the middle of each aisle that interrupts a row and
    // just beyond each free row end (ends that touch a neighbouring sector's seats get none).
    std::vector<float> rowLabelX;
    std::vector<float> rowLabelY;
    std::vector<quint16> rowLabelRow;
    QPointF frontLabelPos; ///< in front of the front row's middle: the sector code's place

    // Uniform grid over the seat centres: the seats of cell c are
    // cellSeats[cellStart[c] .. cellStart[c + 1]).
    QPointF gridOrigin;
    float cellSize = 2.0f;
    int gridColumns = 0;
    int gridRows = 0;
    std::vector<quint32> cellStart;
    std::vector<quint32> cellSeats;

    std::array<int, SeatStatusCount> statusCounts{};
    int styledFlagCount = 0; ///< seats with HeldByMe or Selected: the far level draws only these

    int seatCount() const { return int(x.size()); }
    SeatStatus seatStatus(int local) const { return SeatStatus(status[local]); }
    QPointF position(int local) const { return QPointF(x[local], y[local]); }
    /// Radius of the circle around a seat centre that holds its whole rectangle.
    double seatRadius() const;
    /// The axis-aligned scene rectangle of the seat's (turned) footprint.
    QRectF seatRect(int local) const;

    int availableCount() const { return statusCounts[int(SeatStatus::Available)]; }
    /// Seats that could be sold at all (neither technical nor inactive).
    int sellableCount() const;
    /// Available share of the sellable seats, 0..1 (0 for a sector without sellable seats).
    double availability() const;

    /// Rebuilds the grid and bounds from the seat arrays. Called once by the builder.
    void buildIndex();
    /// Computes the row label anchors and frontLabelPos from the seats (builder, once).
    void buildLabelAnchors();
    /// The seat whose footprint contains the scene point, or -1. Nearest centre wins.
    int seatAt(QPointF scenePos) const;
    /// Calls f(local) for every seat whose centre lies in rect (scene coordinates).
    template<typename F>
    void forEachSeatIn(const QRectF &rect, F &&f) const;
    /// Local seat indices whose centre lies in rect.
    std::vector<int> seatsIn(const QRectF &rect) const;

    /// Bytes held by the arrays (their capacity), for the memory budget.
    qsizetype memoryBytes() const;

    /// Grid cell range [c0, c1] x [r0, r1] covering rect; false if rect misses the grid.
    bool cellRange(const QRectF &rect, int *c0, int *r0, int *c1, int *r1) const;
};

template<typename F>
void SeatMapSector::forEachSeatIn(const QRectF &rect, F &&f) const
{
    if (x.empty() || !rect.intersects(bounds))
        return;
    const float left = float(rect.left());
    const float right = float(rect.right());
    const float top = float(rect.top());
    const float bottom = float(rect.bottom());
    // When the rectangle holds the whole sector, the cells are pure overhead.
    if (rect.contains(bounds)) {
        for (int i = 0; i < seatCount(); ++i)
            f(i);
        return;
    }
    int c0, r0, c1, r1;
    if (!cellRange(rect, &c0, &r0, &c1, &r1))
        return;
    for (int r = r0; r <= r1; ++r) {
        const bool innerRow = r > r0 && r < r1;
        for (int c = c0; c <= c1; ++c) {
            const int cell = r * gridColumns + c;
            const quint32 end = cellStart[cell + 1];
            // Inner cells lie entirely inside the rectangle: no per-seat test needed.
            if (innerRow && c > c0 && c < c1) {
                for (quint32 k = cellStart[cell]; k < end; ++k)
                    f(int(cellSeats[k]));
                continue;
            }
            for (quint32 k = cellStart[cell]; k < end; ++k) {
                const quint32 i = cellSeats[k];
                const float sx = x[i];
                const float sy = y[i];
                if (sx >= left && sx <= right && sy >= top && sy <= bottom)
                    f(int(i));
            }
        }
    }
}

} // namespace Tribina
