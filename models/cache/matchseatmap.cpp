#include "matchseatmap.h"

#include "seatmap/seatmapbuilder.h"

#include <QColor>

namespace Tribina {

SeatStatus MatchSeatMap::effectiveStatus(SeatStatus status, const QDateTime &heldUntil, const QDateTime &now)
{
    if (status == SeatStatus::Reserved && heldUntil.isValid() && heldUntil <= now)
        return SeatStatus::Available;
    return status;
}

int MatchSeatMap::categoryIndex(const MatchSnapshot &snapshot, const QUuid &sectorId)
{
    for (const CachedSector &sector : snapshot.sectors) {
        if (sector.sectorId != sectorId)
            continue;
        for (int i = 0; i < snapshot.categories.size(); ++i)
            if (snapshot.categories.at(i).id == sector.categoryId)
                return i;
        break;
    }
    return 0;
}

int MatchSeatMap::categoryIndex(const MatchSnapshot &snapshot, const QUuid &sectorId, const QUuid &seatCategory)
{
    if (!seatCategory.isNull())
        for (int i = 0; i < snapshot.categories.size(); ++i)
            if (snapshot.categories.at(i).id == seatCategory)
                return i;
    return categoryIndex(snapshot, sectorId);
}

MatchSeatMap MatchSeatMap::build(const MatchSnapshot &snapshot, const QDateTime &now)
{
    MatchSeatMap map;
    for (int i = 0; i < snapshot.categories.size(); ++i) {
        const CachedCategory &c = snapshot.categories.at(i);
        const QColor colour(c.colour);
        map.categories.append({c.name, colour.isValid() ? colour : SeatMapPalette::defaultCategoryColour(i)});
    }

    // Seats by sector, in the snapshot's order within each.
    QHash<QUuid, QList<int>> seatsOfSector;
    for (int i = 0; i < snapshot.seats.size(); ++i)
        seatsOfSector[snapshot.seats.at(i).sectorId].append(i);

    SeatMapBuilder builder;
    builder.setStadium(snapshot.match.venueName, QSizeF(105, 68));
    map.seatByInventoryId.reserve(snapshot.seats.size());
    map.snapshotSeat.reserve(size_t(snapshot.seats.size()));
    for (const CachedSector &sector : snapshot.sectors) {
        const QList<int> seats = seatsOfSector.value(sector.sectorId);
        if (seats.isEmpty() && sector.type != SectorType::Standing)
            continue;
        SeatMapBuilder::Sector s;
        s.code = sector.code;
        s.name = sector.name;
        s.type = sector.type;
        s.outline = sector.outline;
        s.labelPosition = sector.hasLabelPosition ? sector.labelPosition : sector.outline.boundingRect().center();
        s.manualCapacity = seats.isEmpty() ? sector.capacity : 0;
        builder.beginSector(s);
        builder.reserveSeats(int(seats.size()));
        const quint8 category = quint8(categoryIndex(snapshot, sector.sectorId));
        for (int k : seats) {
            const CachedSeat &seat = snapshot.seats.at(k);
            SeatMapBuilder::Seat b;
            b.x = seat.x;
            b.y = seat.y;
            b.angleDeg = seat.angle;
            b.row = builder.addRow(seat.row);
            b.label = seat.number;
            b.status = effectiveStatus(seat.status, seat.heldUntil, now);
            b.category = seat.categoryId.isNull() ? category : categoryIndex(snapshot, sector.sectorId, seat.categoryId);
            b.type = seat.type;
            const int index = builder.addSeat(b);
            map.seatByInventoryId.insert(seat.inventoryId, index);
            if (size_t(index) >= map.snapshotSeat.size())
                map.snapshotSeat.resize(size_t(index) + 1, -1);
            map.snapshotSeat[size_t(index)] = k;
        }
    }
    map.data = builder.build();
    return map;
}

} // namespace Tribina
