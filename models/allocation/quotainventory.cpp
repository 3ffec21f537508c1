#include "allocation/quotainventory.h"

#include <QHash>

#include <algorithm>

namespace Tribina {

int QuotaInventory::addSector(const QList<Seat> &rankedSeats)
{
    const int sectorIndex = int(m_sectors.size());
    Sector sector;
    QHash<int, int> rowOfOrder; // row_order -> index into sector.rows (snake order)
    const int firstSlot = int(m_slots.size());
    for (qsizetype rank = 0; rank < rankedSeats.size(); ++rank) {
        const Seat &seat = rankedSeats.at(rank);
        auto it = rowOfOrder.constFind(seat.rowOrder);
        int row;
        if (it == rowOfOrder.cend()) {
            row = int(sector.rows.size());
            rowOfOrder.insert(seat.rowOrder, row);
            sector.rows.push_back(Row{seat.rowOrder, {}, 0});
        } else {
            row = *it;
        }
        const int slotIndex = int(m_slots.size());
        m_slots.push_back(Slot{seat.id, int(rank), seat.seatIndex, row, seat.free});
        m_sectorOfSlot.push_back(sectorIndex);
        sector.rows[size_t(row)].places.push_back(slotIndex);
        if (seat.free) {
            ++sector.rows[size_t(row)].freeCount;
            ++sector.freeCount;
        }
        if (seat.id >= 0) {
            if (size_t(seat.id) >= m_slotOfId.size())
                m_slotOfId.resize(size_t(seat.id) + 1, -1);
            m_slotOfId[size_t(seat.id)] = slotIndex;
        }
    }
    sector.seatCount = int(m_slots.size()) - firstSlot;
    for (Row &row : sector.rows) {
        std::sort(row.places.begin(), row.places.end(), [this](int a, int b) {
            return m_slots[size_t(a)].seatIndex < m_slots[size_t(b)].seatIndex;
        });
    }
    m_sectors.push_back(std::move(sector));
    return sectorIndex;
}

int QuotaInventory::slotOf(int id) const
{
    if (id < 0 || size_t(id) >= m_slotOfId.size())
        return -1;
    return m_slotOfId[size_t(id)];
}

int QuotaInventory::sectorOf(int id) const
{
    const int s = slotOf(id);
    return s < 0 ? -1 : m_sectorOfSlot[size_t(s)];
}

bool QuotaInventory::isFree(int id) const
{
    const int s = slotOf(id);
    return s >= 0 && m_slots[size_t(s)].free;
}

int QuotaInventory::freeCount(const QList<int> &sectors) const
{
    int count = 0;
    for (int s : sectors) {
        if (s >= 0 && s < sectorCount())
            count += m_sectors[size_t(s)].freeCount;
    }
    return count;
}

void QuotaInventory::take(const QList<int> &ids)
{
    for (int id : ids)
        setFree(id, false);
}

void QuotaInventory::release(const QList<int> &ids)
{
    for (int id : ids)
        setFree(id, true);
}

void QuotaInventory::setFree(int id, bool free)
{
    const int s = slotOf(id);
    if (s < 0)
        return;
    Slot &slot = m_slots[size_t(s)];
    if (slot.free == free)
        return;
    slot.free = free;
    Sector &sector = m_sectors[size_t(m_sectorOfSlot[size_t(s)])];
    const int delta = free ? 1 : -1;
    sector.freeCount += delta;
    sector.rows[size_t(slot.row)].freeCount += delta;
}

} // namespace Tribina
