#pragma once

#include "allocation/snakeconfig.h"
#include "layout/layoutseat.h"

#include <QList>

namespace Tribina {

class LayoutSector;

/// The order in which the best-seat allocator hands out a sector's seats: the "snake" of its
/// SnakeConfig, computed from the sector's rows alone (pure, no database; 35,000 seats in a
/// few milliseconds). The counter, quotas and petrol allocate by it; the editor numbers the
/// seats with it as a heat map.
///
/// Rules:
/// - Rows. The best row first, then the rows on the traversal's side of it, nearest first, to
///   the end; then the rows on the other side, again nearest first. TOP_TO_BOTTOM from best
///   row k of n: k, k+1, ..., n-1, k-1, ..., 0; BOTTOM_TO_TOP: k, k-1, ..., 0, k+1, ..., n-1.
///   Filling outwards from the best row keeps a party close to it; the far side comes last
///   because it is the side the configuration says is worse.
/// - Within a row, by the strategy: LEFT_TO_RIGHT (seat_index ascending), RIGHT_TO_LEFT
///   (descending) or CENTER_OUTWARD (by distance from the middle of the row along its path,
///   aisles included, nearer first; seats at equal distance left before right).
/// - The snake. Direction alternates row by row: a row at an odd distance from the best row
///   runs the other way (CENTER_OUTWARD: takes the right side first). Parity of the distance,
///   not of the visiting order, so physically adjacent rows always run opposite ways — also
///   after the jump back to the far side, where row k-1 continues from row k's end.
/// - Sub-sectors (SnakeConfig::subSectors). Each block is ranked completely with the rules
///   above, restricted to its range in each row (CENTER_OUTWARD measures from the middle of the
///   range), before the next block; seats no range covers form a last block. A seat in two
///   ranges of its row belongs to the first.
/// - Every existing seat is ranked exactly once; removed seats are not ranked. Seat types are
///   not filtered here: which seats may be sold (technical, blocked, sold) is the allocator's
///   business, the geometry is this class's.
class SnakeRanking
{
public:
    SnakeRanking() = default;
    SnakeRanking(const LayoutSector &sector, const SnakeConfig &config);
    /// With the sector's own configuration (SnakeConfig::defaultFor() when it has none).
    explicit SnakeRanking(const LayoutSector &sector);

    /// Seats best first.
    const QList<SeatKey> &order() const { return m_order; }
    int size() const { return int(m_order.size()); }
    bool isEmpty() const { return m_order.isEmpty(); }

    /// 0-based rank of a seat (0 = best), -1 for a removed or unknown seat.
    int rankOf(SeatKey seat) const { return rankOf(seat.rowOrder, seat.seatIndex); }
    int rankOf(int rowOrder, int seatIndex) const;

private:
    void compute(const LayoutSector &sector, const SnakeConfig &config);

    QList<SeatKey> m_order;
    QList<int> m_rowStart; ///< index into m_rank of each row's seat 0; one extra entry at the end
    QList<int> m_rank;     ///< rank per place, row after row; -1 for removed places
};

} // namespace Tribina
