#pragma once

#include "layout/rowblock.h"
#include "layout/stadiumlayout.h"
#include "seatmap/seatmapbuilder.h"
#include "seatmap/seatmapmodel.h"

#include <algorithm>
#include <vector>

namespace Tribina::SeatMapTest {

/// A small stadium for the seat map suites, independent of the demo stadiums so the golden
/// images only change when the renderer does: a regulation 105 x 68 m pitch, a main stand of
/// two sectors (one with an aisle), a curved corner and a standing terrace; 8 rows each.
inline StadiumLayout smallLayout()
{
    StadiumLayout layout(QStringLiteral("Test Arena"), QStringLiteral("Zagreb"), QStringLiteral("HR"), VenueType::Home);
    layout.setPitchSize(QSizeF(105, 68));
    auto seated = [&layout](const QString &code, const RowPath &front, int rows, bool aisle) {
        RowBlock block(front, rows);
        block.setFillSeats();
        if (aisle)
            block.addAisle(0.5);
        LayoutSector sector(QStringLiteral("Sektor ") + code, code);
        sector.addBlock(block);
        sector.fitOutlineToRows();
        layout.addSector(sector);
    };
    // Main stand (+y): rows run towards -x (the spectators' left is +x).
    seated(QStringLiteral("W1"), RowPath::straight({50, 40}, {1, 40}), 8, true);
    seated(QStringLiteral("W2"), RowPath::straight({-1, 40}, {-50, 40}), 8, false);
    // North-west corner around the point (50, 34): a counter-clockwise quarter arc that meets
    // W1's front row.
    seated(QStringLiteral("NW"), RowPath::arc({50, 34}, 6, 0, 90), 8, false);
    // A standing terrace behind the south goal: capacity only.
    LayoutSector terrace(QStringLiteral("Jug - stajanje"), QStringLiteral("S"), SectorType::Standing);
    terrace.setOutline(QPolygonF({{-58, -20}, {-66, -20}, {-66, 20}, {-58, 20}}));
    terrace.setLabelPosition({-62, 0});
    terrace.setManualCapacity(900);
    layout.addSector(terrace);
    return layout;
}

/// Every status, a held seat and a selected one, spread deterministically over the seats.
inline void applyMixedStatuses(SeatMapModel *model)
{
    SeatMapModel::ChangeBatch batch(model);
    for (int seat = 0; seat < model->seatCount(); ++seat) {
        // Knuth's multiplicative hash: every status appears, scattered, the same on every run.
        const int k = int(((quint32(seat) * 2654435761u) >> 11) % 23u);
        SeatStatus status = SeatStatus::Available;
        if (k < SeatStatusCount)
            status = SeatStatus(k);
        model->setStatus(seat, status);
        if (status == SeatStatus::Reserved && seat % 2 == 0)
            model->setHeldByMe(seat, true);
    }
    model->setSectorCategory(1, 1);
    model->select({5, 6, 7});
}

/// A scene point in the aisle of W1 (sector 0): the middle of the widest gap of its front row.
inline QPointF aislePoint(const SeatMapSector &sector)
{
    std::vector<float> xs;
    for (int i = 0; i < sector.seatCount(); ++i)
        if (sector.row[i] == 0)
            xs.push_back(sector.x[i]);
    std::sort(xs.begin(), xs.end());
    size_t widest = 1;
    for (size_t k = 1; k < xs.size(); ++k)
        if (xs[k] - xs[k - 1] > xs[widest] - xs[widest - 1])
            widest = k;
    return QPointF((xs[widest] + xs[widest - 1]) / 2, sector.y[0]);
}

inline SeatMapData smallData()
{
    return SeatMapBuilder::fromLayout(smallLayout());
}

} // namespace Tribina::SeatMapTest
