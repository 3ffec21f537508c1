#include "layout/seatgenerator.h"

#include "layout/layoutrow.h"
#include "layout/layoutsector.h"

namespace Tribina {

QList<LayoutSeat> SeatGenerator::seats(const LayoutRow &row, int rowOrder)
{
    QList<LayoutSeat> result;
    result.reserve(row.activeSeatCount());
    const QList<int> &removed = row.removedSeats();
    auto nextRemoved = removed.cbegin();
    for (int position = 0; position < row.seatCount(); ++position) {
        // removedSeats() is sorted: walk it alongside instead of searching per seat.
        while (nextRemoved != removed.cend() && *nextRemoved < position)
            ++nextRemoved;
        if (nextRemoved != removed.cend() && *nextRemoved == position)
            continue;
        const double s = row.seatDistance(position);
        LayoutSeat seat;
        seat.rowIdentifier = row.identifier();
        seat.number = row.seatNumber(position);
        seat.position = row.path().pointAt(s);
        seat.angleDeg = row.path().angleAt(s);
        seat.type = row.seatType(position);
        seat.rowOrder = rowOrder;
        seat.seatIndex = position;
        result.append(seat);
    }
    return result;
}

QList<LayoutSeat> SeatGenerator::seats(const LayoutSector &sector)
{
    QList<LayoutSeat> result;
    if (sector.type() == SectorType::Standing)
        return result;
    result.reserve(sector.seatCount());
    const QList<LayoutRow> &rows = sector.rows();
    for (int i = 0; i < rows.size(); ++i)
        result.append(seats(rows.at(i), i));
    return result;
}

} // namespace Tribina
