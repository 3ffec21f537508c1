#pragma once

#include "seatmap/seatmapsector.h"

#include <QSizeF>
#include <QStringList>
#include <QTransform>

#include <vector>

namespace Tribina {

/// Where a global seat index lives: its sector and its index within the sector's arrays.
struct MapSeatRef
{
    int sector = -1;
    int local = -1;
    bool isValid() const { return sector >= 0; }
};

/// The whole render model of one stadium (and, once statuses are loaded, one match): its
/// sectors as struct-of-arrays, the seat number labels they share and a coarse grid that finds
/// the sectors under a point. Built by SeatMapBuilder, owned and mutated by SeatMapModel.
///
/// Seats are numbered globally 0..seatCount()-1, sector after sector in build order; a loader
/// that feeds the builder from database rows keeps its own index -> seat id table.
///
/// Scene coordinates are the layout's metres turned half a circle (see layoutToScene()), so the
/// main stand (+y in the layout) is at the bottom of the screen and its spectators' left is on
/// the screen's left: the plan seen from the main stand, the way broadcasters and clerks see it.
struct SeatMapData
{
    QString stadiumName;
    QSizeF pitchSize{105, 68};
    std::vector<SeatMapSector> sectors;
    QStringList labels; ///< distinct seat number labels; seats refer to them by index
    QRectF bounds;      ///< all sectors and the pitch, scene coordinates

    // Coarse grid over the sectors' bounds: the sectors whose bounds touch cell c are
    // sectorIds[cellStart[c] .. cellStart[c + 1]).
    QPointF gridOrigin;
    double cellSize = 8.0;
    int gridColumns = 0;
    int gridRows = 0;
    std::vector<quint32> cellStart;
    std::vector<quint16> sectorIds;

    /// Layout metres (origin centre spot, +y main stand, y up) to scene coordinates (y down).
    static QTransform layoutToScene() { return QTransform(-1, 0, 0, 1, 0, 0); }
    /// A row direction in layout degrees (counter-clockwise from +x) as a scene angle.
    static double layoutAngleToScene(double layoutDeg);

    int seatCount() const;
    MapSeatRef locate(int seat) const;
    int globalIndex(int sector, int local) const { return sectors[sector].firstSeat + local; }

    /// Rebuilds bounds and the sector grid (each sector's own grid is built by the builder).
    void buildIndex();
    /// The seat (global index) whose footprint contains the scene point, or -1.
    int seatAt(QPointF scenePos) const;
    /// The sector whose outline contains the scene point, or -1.
    int sectorAt(QPointF scenePos) const;

    qsizetype memoryBytes() const;
};

} // namespace Tribina
