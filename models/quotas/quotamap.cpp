#include "quotas/quotamap.h"

#include "cache/matchseatmap.h"
#include "seatmap/seatmapbuilder.h"

#include <QCoreApplication>

namespace Tribina {

QColor QuotaMap::quotaColour(int index)
{
    // Golden-angle hues, saturated enough to stand out from the grey of the free seats.
    const int hue = int(std::fmod(25.0 + index * 137.508, 360.0));
    return QColor::fromHsv(hue, 170 + (index % 3) * 30, 200 - (index % 2) * 40);
}

namespace {

/// A seat's look on the quota map: a quota's allocated seat becomes an "available" seat of the
/// quota's category (so the palette colours it), everything else keeps its status in category 0.
void colourSeat(quint8 *status, quint8 *category, int quota)
{
    if (quota >= 0 && *status == quint8(SeatStatus::Allocated)) {
        *status = quint8(SeatStatus::Available);
        *category = quint8(quota + 1);
    } else {
        *category = 0;
    }
}

} // namespace

QuotaMap QuotaMap::build(const MatchInventory &inventory, const QHash<QUuid, QUuid> &owners,
                         const QList<QUuid> &quotaIds, const QStringList &quotaNames,
                         const MatchSnapshot *snapshot)
{
    QuotaMap map;
    map.quotas = quotaIds;
    map.quotaNames = quotaNames;
    map.categories.append({QCoreApplication::translate("Tribina::QuotaMap", "Free"), QColor(0x9A, 0xA5, 0xB1)});
    QHash<QUuid, int> quotaIndex;
    for (int i = 0; i < quotaIds.size(); ++i) {
        quotaIndex.insert(quotaIds.at(i), i);
        map.categories.append({quotaNames.value(i), quotaColour(i)});
    }

    const auto &seats = inventory.seats();
    map.mapSeatOfInventorySeat.assign(seats.size(), -1);

    if (snapshot && snapshot->isValid()) {
        // The counter's map, seat for seat; only the colours are the quotas'.
        MatchSeatMap counterMap = MatchSeatMap::build(*snapshot);
        map.data = std::move(counterMap.data);
        const int mapSeats = map.data.seatCount();
        map.inventorySeatOfMapSeat.assign(size_t(mapSeats), -1);
        map.quotaOfMapSeat.assign(size_t(mapSeats), -1);
        for (int mapSeat = 0; mapSeat < mapSeats; ++mapSeat) {
            const int k = mapSeat < int(counterMap.snapshotSeat.size()) ? counterMap.snapshotSeat[size_t(mapSeat)] : -1;
            const MapSeatRef ref = map.data.locate(mapSeat);
            if (k < 0 || !ref.isValid())
                continue;
            SeatMapSector &sector = map.data.sectors[size_t(ref.sector)];
            const QUuid &inventoryId = snapshot->seats.at(k).inventoryId;
            const int id = inventory.seatOf(inventoryId);
            const int quota = quotaIndex.value(owners.value(inventoryId), -1);
            colourSeat(&sector.status[size_t(ref.local)], &sector.category[size_t(ref.local)], quota);
            map.quotaOfMapSeat[size_t(mapSeat)] = sector.category[size_t(ref.local)] > 0 ? quota : -1;
            if (id < 0)
                continue; // not in the quota manager's inventory: shown, never clickable
            map.inventorySeatOfMapSeat[size_t(mapSeat)] = id;
            map.mapSeatOfInventorySeat[size_t(id)] = mapSeat;
        }
        return map;
    }
    // Seats of each sector together, in row and position order.
    std::vector<std::vector<int>> bySector(size_t(inventory.sectors().size()));
    for (int id = 0; id < int(seats.size()); ++id)
        bySector[size_t(seats[size_t(id)].sector)].push_back(id);

    SeatMapBuilder builder;
    builder.setStadium(QString(), QSizeF(105, 68));
    for (int s = 0; s < inventory.sectors().size(); ++s) {
        std::vector<int> &ids = bySector[size_t(s)];
        if (ids.empty())
            continue;
        std::sort(ids.begin(), ids.end(), [&](int a, int b) {
            return std::tie(seats[size_t(a)].rowOrder, seats[size_t(a)].seatIndex)
                < std::tie(seats[size_t(b)].rowOrder, seats[size_t(b)].seatIndex);
        });
        SeatMapBuilder::Sector sector;
        sector.code = inventory.sectors().at(s).code;
        sector.name = inventory.sectors().at(s).name;
        builder.beginSector(sector);
        builder.reserveSeats(int(ids.size()));
        for (int id : ids) {
            const MatchInventory::SeatInfo &info = seats[size_t(id)];
            SeatMapBuilder::Seat seat;
            seat.x = info.x;
            seat.y = info.y;
            seat.angleDeg = info.angleDeg;
            seat.row = builder.addRow(info.rowIdentifier);
            seat.label = info.seatNumber;
            SeatStatus status = SeatStatus::Available;
            fromSqlValue(info.status, &status);
            const int quota = quotaIndex.value(owners.value(info.inventoryId), -1);
            if (quota >= 0 && status == SeatStatus::Allocated) {
                // A quota's seat: drawn in the quota's colour.
                status = SeatStatus::Available;
                seat.category = quota + 1;
            }
            seat.status = status;
            const int mapSeat = builder.addSeat(seat);
            if (mapSeat >= int(map.inventorySeatOfMapSeat.size())) {
                map.inventorySeatOfMapSeat.resize(size_t(mapSeat) + 1, -1);
                map.quotaOfMapSeat.resize(size_t(mapSeat) + 1, -1);
            }
            map.inventorySeatOfMapSeat[size_t(mapSeat)] = id;
            map.quotaOfMapSeat[size_t(mapSeat)] = quota;
            map.mapSeatOfInventorySeat[size_t(id)] = mapSeat;
        }
    }
    map.data = builder.build();
    return map;
}

} // namespace Tribina
