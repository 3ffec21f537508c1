#include "demo/demobowl.h"

#include "allocation/snakeconfig.h"
#include "layout/rowblock.h"

namespace Tribina {

DemoBowl::DemoBowl(double cornerX, double cornerY) : m_cx(cornerX), m_cy(cornerY) {}

RowPath DemoBowl::side(Side side, double r) const
{
    // Facing the pitch from the main stand (+y) the spectators' left is +x, hence the
    // main stand's rows run towards -x; the other sides follow by turning a quarter each.
    switch (side) {
    case Side::West:
        return RowPath::straight({m_cx, m_cy + r}, {-m_cx, m_cy + r});
    case Side::East:
        return RowPath::straight({-m_cx, -m_cy - r}, {m_cx, -m_cy - r});
    case Side::North:
        return RowPath::straight({m_cx + r, -m_cy}, {m_cx + r, m_cy});
    case Side::South:
        return RowPath::straight({-m_cx - r, m_cy}, {-m_cx - r, -m_cy});
    }
    return {};
}

RowPath DemoBowl::corner(Corner corner, double r) const
{
    switch (corner) {
    case Corner::NorthWest:
        return RowPath::arc({m_cx, m_cy}, r, 0, 90);
    case Corner::SouthWest:
        return RowPath::arc({-m_cx, m_cy}, r, 90, 90);
    case Corner::SouthEast:
        return RowPath::arc({-m_cx, -m_cy}, r, 180, 90);
    case Corner::NorthEast:
        return RowPath::arc({m_cx, -m_cy}, r, 270, 90);
    }
    return {};
}

LayoutSector DemoBowl::sector(const QString &name, const QString &code, SectorType type,
                              const RowPath &front, double from, double to, const Rows &rows)
{
    RowBlock block(front.section(from, to), rows.count);
    block.setRowDepth(rows.depth);
    block.setSeatPitch(rows.pitch);
    block.setFillSeats();
    block.setLabels(rows.labels);
    block.setNumbering(SeatNumbering(1, rows.direction));
    for (const double at : rows.aisles)
        block.addAisle(at);

    LayoutSector sector(name, code, type);
    sector.addBlock(block);
    sector.fitOutlineToRows();
    sector.setSnakeConfig(SnakeConfig::defaultFor(rows.count));
    return sector;
}

std::pair<double, double> DemoBowl::part(const RowPath &front, int i, int parts)
{
    const double length = front.length();
    return {length * i / parts, length * (i + 1) / parts};
}

} // namespace Tribina
