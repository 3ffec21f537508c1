#include "seatmap/seatmapdata.h"

#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Tribina {

double SeatMapData::layoutAngleToScene(double layoutDeg)
{
    // (x, y) -> (-x, y) sends direction (cos a, sin a) to (-cos a, sin a) = angle 180 - a.
    double a = std::fmod(180.0 - layoutDeg, 360.0);
    return a < 0 ? a + 360.0 : a;
}

int SeatMapData::seatCount() const
{
    return sectors.empty() ? 0 : sectors.back().firstSeat + sectors.back().seatCount();
}

MapSeatRef SeatMapData::locate(int seat) const
{
    if (seat < 0 || seat >= seatCount())
        return {};
    // Sectors are consecutive ranges: the last one starting at or before seat.
    const auto it = std::upper_bound(sectors.begin(), sectors.end(), seat,
                                     [](int s, const SeatMapSector &sector) { return s < sector.firstSeat; });
    int index = int(it - sectors.begin()) - 1;
    // Skip sectors without seats that start at the same index.
    while (index > 0 && sectors[index].seatCount() == 0)
        --index;
    return {index, seat - sectors[index].firstSeat};
}

void SeatMapData::buildIndex()
{
    const QTransform t = layoutToScene();
    const QRectF pitch = t.mapRect(QRectF(-pitchSize.width() / 2, -pitchSize.height() / 2,
                                          pitchSize.width(), pitchSize.height()));
    bounds = pitch;
    for (const SeatMapSector &sector : sectors)
        bounds = bounds.united(sector.bounds);

    gridOrigin = bounds.topLeft();
    gridColumns = qMax(1, int(std::ceil(bounds.width() / cellSize)));
    gridRows = qMax(1, int(std::ceil(bounds.height() / cellSize)));
    const int cells = gridColumns * gridRows;
    std::vector<std::vector<quint16>> buckets(cells);
    for (int s = 0; s < int(sectors.size()); ++s) {
        const QRectF b = sectors[s].bounds;
        if (b.isEmpty())
            continue;
        const int c0 = qBound(0, int((b.left() - gridOrigin.x()) / cellSize), gridColumns - 1);
        const int c1 = qBound(0, int((b.right() - gridOrigin.x()) / cellSize), gridColumns - 1);
        const int r0 = qBound(0, int((b.top() - gridOrigin.y()) / cellSize), gridRows - 1);
        const int r1 = qBound(0, int((b.bottom() - gridOrigin.y()) / cellSize), gridRows - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                buckets[r * gridColumns + c].push_back(quint16(s));
    }
    cellStart.assign(size_t(cells) + 1, 0);
    sectorIds.clear();
    for (int c = 0; c < cells; ++c) {
        sectorIds.insert(sectorIds.end(), buckets[c].begin(), buckets[c].end());
        cellStart[c + 1] = quint32(sectorIds.size());
    }
    sectorIds.shrink_to_fit();

    // Row ends that touch a neighbouring sector's seats would put the label on a seat, and two
    // sectors meeting at a narrow gap would write their labels over each other: keep the first.
    QHash<quint64, QList<std::pair<QPointF, int>>> placed; // 1 m cells -> labels kept there, by sector
    auto cellKey = [](int cx, int cy) { return (quint64(quint32(cx)) << 32) | quint32(cy); };
    for (int s = 0; s < int(sectors.size()); ++s) {
        SeatMapSector &sector = sectors[s];
        size_t kept = 0;
        const double minDistance = 1.2 * sector.seatWidth;
        for (size_t k = 0; k < sector.rowLabelX.size(); ++k) {
            const QPointF p(sector.rowLabelX[k], sector.rowLabelY[k]);
            if (seatAt(p) >= 0)
                continue;
            const int cx = int(std::floor(p.x()));
            const int cy = int(std::floor(p.y()));
            bool crowded = false;
            for (int dy = -2; dy <= 2 && !crowded; ++dy) {
                for (int dx = -2; dx <= 2 && !crowded; ++dx) {
                    const auto it = placed.constFind(cellKey(cx + dx, cy + dy));
                    if (it == placed.constEnd())
                        continue;
                    // Labels of one sector are a row apart at least; only a neighbour's clash.
                    for (const auto &[q, owner] : *it)
                        crowded = crowded || (owner != s && QLineF(p, q).length() < minDistance);
                }
            }
            if (crowded)
                continue;
            placed[cellKey(cx, cy)].append({p, s});
            sector.rowLabelX[kept] = sector.rowLabelX[k];
            sector.rowLabelY[kept] = sector.rowLabelY[k];
            sector.rowLabelRow[kept] = sector.rowLabelRow[k];
            ++kept;
        }
        sector.rowLabelX.resize(kept);
        sector.rowLabelY.resize(kept);
        sector.rowLabelRow.resize(kept);
        sector.rowLabelX.shrink_to_fit();
        sector.rowLabelY.shrink_to_fit();
        sector.rowLabelRow.shrink_to_fit();
    }
}

int SeatMapData::seatAt(QPointF p) const
{
    const int c = int(std::floor((p.x() - gridOrigin.x()) / cellSize));
    const int r = int(std::floor((p.y() - gridOrigin.y()) / cellSize));
    if (c < 0 || r < 0 || c >= gridColumns || r >= gridRows)
        return -1;
    const int cell = r * gridColumns + c;
    for (quint32 k = cellStart[cell]; k < cellStart[cell + 1]; ++k) {
        const SeatMapSector &sector = sectors[sectorIds[k]];
        const int local = sector.seatAt(p);
        if (local >= 0)
            return sector.firstSeat + local;
    }
    return -1;
}

int SeatMapData::sectorAt(QPointF p) const
{
    const int c = int(std::floor((p.x() - gridOrigin.x()) / cellSize));
    const int r = int(std::floor((p.y() - gridOrigin.y()) / cellSize));
    if (c < 0 || r < 0 || c >= gridColumns || r >= gridRows)
        return -1;
    const int cell = r * gridColumns + c;
    for (quint32 k = cellStart[cell]; k < cellStart[cell + 1]; ++k) {
        const SeatMapSector &sector = sectors[sectorIds[k]];
        if (!sector.bounds.contains(p))
            continue;
        if (sector.outline.isEmpty() || sector.outline.containsPoint(p, Qt::OddEvenFill))
            return sectorIds[k];
    }
    return -1;
}

qsizetype SeatMapData::memoryBytes() const
{
    qsizetype bytes = sizeof(SeatMapData);
    for (const SeatMapSector &sector : sectors)
        bytes += sector.memoryBytes();
    for (const QString &label : labels)
        bytes += qsizetype(sizeof(QString)) + label.capacity() * qsizetype(sizeof(QChar));
    bytes += qsizetype(cellStart.capacity() * sizeof(quint32) + sectorIds.capacity() * sizeof(quint16));
    return bytes;
}

} // namespace Tribina
