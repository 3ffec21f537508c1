#include "matchbestavailable.h"

#include "allocation/snakeranking.h"
#include "cache/matchseatmap.h"
#include "layout/layoutjson.h"
#include "layout/stadiumlayout.h"
#include "seatmap/seatmapmodel.h"

#include <QHash>

#include <algorithm>

namespace Tribina {

void MatchBestAvailable::build(const MatchSnapshot &snapshot, const MatchSeatMap &map)
{
    m_sectors.clear();
    StadiumLayout layout;
    const bool haveLayout = !snapshot.match.layoutJson.isEmpty() && LayoutJson::read(snapshot.match.layoutJson, &layout).ok();

    QHash<QUuid, QString> codeOf;
    for (const CachedSector &s : snapshot.sectors)
        codeOf.insert(s.sectorId, s.code);

    for (int sectorIndex = 0; sectorIndex < int(map.data.sectors.size()); ++sectorIndex) {
        const SeatMapSector &mapSector = map.data.sectors[size_t(sectorIndex)];
        // The sector's seats by key, with their types.
        QHash<SeatKey, int> globalOf;
        QHash<SeatKey, SeatType> types;
        QList<SeatKey> keys;
        for (int local = 0; local < mapSector.seatCount(); ++local) {
            const int global = mapSector.firstSeat + local;
            const CachedSeat &seat = snapshot.seats.at(map.snapshotSeat[size_t(global)]);
            const SeatKey key{seat.rowOrder, seat.seatIndex};
            globalOf.insert(key, global);
            keys.append(key);
            if (seat.type != SeatType::Standard)
                types.insert(key, seat.type);
        }
        if (keys.isEmpty())
            continue;
        Sector sector;
        sector.mapSector = sectorIndex;
        sector.code = mapSector.code;
        const LayoutSector *layoutSector = nullptr;
        if (haveLayout)
            for (const LayoutSector &s : layout.sectors())
                if (s.code() == mapSector.code)
                    layoutSector = &s;
        if (layoutSector) {
            sector.allocator = BestAvailable(SnakeRanking(*layoutSector), types);
        } else {
            std::sort(keys.begin(), keys.end());
            sector.allocator = BestAvailable(keys, types);
        }
        sector.seatOfRank.assign(size_t(sector.allocator.size()), -1);
        for (int rank = 0; rank < sector.allocator.size(); ++rank)
            sector.seatOfRank[size_t(rank)] = globalOf.value(sector.allocator.order().at(rank), -1);
        m_sectors.push_back(std::move(sector));
    }
}

MatchBestAvailable::Result MatchBestAvailable::chooseIn(const Sector &sector, const SeatMapModel &model, int count,
                                                        int category) const
{
    std::vector<char> available(sector.seatOfRank.size(), 0);
    for (size_t rank = 0; rank < sector.seatOfRank.size(); ++rank) {
        const int seat = sector.seatOfRank[rank];
        available[rank] = seat >= 0 && model.status(seat) == SeatStatus::Available
            && (category < 0 || model.category(seat) == category);
    }
    const BestAvailable::Choice choice = sector.allocator.choose(count, available);
    Result result;
    result.requested = count;
    result.together = choice.together;
    result.sectorCode = sector.code;
    for (const SeatKey &key : choice.seats) {
        const int rank = sector.allocator.rankOf(key);
        if (rank >= 0 && sector.seatOfRank[size_t(rank)] >= 0)
            result.seats.append(sector.seatOfRank[size_t(rank)]);
    }
    return result;
}

MatchBestAvailable::Result MatchBestAvailable::choose(const SeatMapModel &model, int count, int category,
                                                      int sectorIndex) const
{
    Result fallback;
    fallback.requested = count;
    for (const Sector &sector : m_sectors) {
        if (sectorIndex >= 0 && sector.mapSector != sectorIndex)
            continue;
        Result r = chooseIn(sector, model, count, category);
        if (r.complete() && r.together)
            return r;
        if (!fallback.complete() && r.complete())
            fallback = r;
    }
    return fallback;
}

} // namespace Tribina
