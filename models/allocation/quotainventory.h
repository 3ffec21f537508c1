#pragma once

#include <QList>

#include <vector>

namespace Tribina {

/// The seats a quota may be allocated from, as one compact array: per sector its rows in the
/// snake's row order, per row its seats by physical position, each with its snake rank and
/// whether it is still free. Built once from the inventory (the snake order comes from
/// SnakeRanking), then updated with take()/release() while quotas are allocated, so 50 quotas in
/// a row cost one build. Pure, no database.
///
/// Seats are named by the caller's id: any int >= 0, unique across the inventory (the index of
/// the caller's own inventory table, typically). Ids index a vector, so keep them dense.
class QuotaInventory
{
public:
    struct Seat
    {
        int id = -1;
        int rowOrder = 0;  ///< seats.row_order
        int seatIndex = 0; ///< seats.seat_index: neighbours differ by one
        bool free = true;  ///< AVAILABLE (and not technical)
    };

    /// Internal view of one seat.
    struct Slot
    {
        int id = -1;
        int rank = 0;      ///< position in the sector's snake order, 0 = best
        int seatIndex = 0;
        int row = 0;       ///< index into Sector::rows
        bool free = true;
    };
    struct Row
    {
        int rowOrder = 0;
        std::vector<int> places; ///< indices into m_slots, by seatIndex ascending
        int freeCount = 0;
    };
    struct Sector
    {
        std::vector<Row> rows; ///< in snake order (the order the rows' best seats come in)
        int freeCount = 0;
        int seatCount = 0;
    };

    /// Adds a sector; rankedSeats is the sector's seats best first (SnakeRanking::order()).
    /// Returns the sector's index.
    int addSector(const QList<Seat> &rankedSeats);

    int sectorCount() const { return int(m_sectors.size()); }
    const Sector &sector(int index) const { return m_sectors[size_t(index)]; }
    const Slot &slot(int slotIndex) const { return m_slots[size_t(slotIndex)]; }
    int seatCount() const { return int(m_slots.size()); }

    /// The slot of a seat id, or -1.
    int slotOf(int id) const;
    /// Sector index of a seat id, or -1.
    int sectorOf(int id) const;
    bool isFree(int id) const;
    int freeCount(const QList<int> &sectors) const;

    /// Marks seats taken / free again (unknown ids are ignored).
    void take(const QList<int> &ids);
    void release(const QList<int> &ids);

private:
    void setFree(int id, bool free);

    std::vector<Sector> m_sectors;
    std::vector<Slot> m_slots;
    std::vector<int> m_slotOfId;   ///< -1 where no seat has that id
    std::vector<int> m_sectorOfSlot;
};

} // namespace Tribina
