#include "petrol/seatproposer.h"

#include "allocation/quotaallocator.h"
#include "allocation/quotainventory.h"
#include "allocation/snakeranking.h"
#include "layout/stadiumlayout.h"

#include <QHash>

namespace Tribina {

Outcome SeatProposer::propose(int quantity, QList<QUuid> *seats) const
{
    seats->clear();
    if (quantity <= 0)
        return Outcome::failure(tr("Nothing to reserve."));
    if (m_free.size() < quantity)
        return Outcome::failure(tr("The petrol allocation has only %n free seat(s) left.", nullptr,
                                   int(m_free.size())));

    // Free petrol seats per sector code, by their place in the sector.
    QHash<QString, QHash<SeatKey, QUuid>> freeBySector;
    for (const AllocationSeat &s : m_free)
        freeBySector[s.sectorCode].insert(SeatKey{s.rowOrder, s.seatIndex}, s.inventoryId);

    QuotaInventory inventory;
    QList<QUuid> idToInventory;
    QList<int> sectors;
    for (const LayoutSector &sector : m_layout.sectors()) {
        const auto free = freeBySector.constFind(sector.code());
        if (free == freeBySector.constEnd())
            continue;
        QList<QuotaInventory::Seat> ranked;
        const SnakeRanking ranking(sector);
        for (const SeatKey &key : ranking.order()) {
            QuotaInventory::Seat seat;
            seat.id = int(idToInventory.size());
            seat.rowOrder = key.rowOrder;
            seat.seatIndex = key.seatIndex;
            seat.free = free->contains(key);
            idToInventory.append(free->value(key));
            ranked.append(seat);
        }
        sectors.append(inventory.addSector(ranked));
    }

    const QuotaAllocation allocation = QuotaAllocator(inventory).bestSeats(quantity, sectors);
    if (!allocation.ok())
        return Outcome::failure(allocation.error);
    for (int id : allocation.seats)
        seats->append(idToInventory.value(id));
    if (seats->size() != quantity || seats->contains(QUuid()))
        return Outcome::failure(tr("The petrol seats do not match the stadium layout."));
    return {};
}

} // namespace Tribina
