#include "boxoffice/matchwheelchairplaces.h"

#include "allocation/snakeranking.h"
#include "cache/matchseatmap.h"
#include "layout/layoutjson.h"
#include "layout/stadiumlayout.h"
#include "seatmap/seatmapmodel.h"

#include <QSet>

#include <algorithm>

namespace Tribina {

void MatchWheelchairPlaces::build(const MatchSnapshot &snapshot, const MatchSeatMap &map)
{
    m_sectors.clear();
    m_placeOf.clear();
    m_ranked = false;
    m_layoutJson = snapshot.match.layoutJson; // shared, not copied
    for (int sectorIndex = 0; sectorIndex < int(map.data.sectors.size()); ++sectorIndex) {
        const SeatMapSector &mapSector = map.data.sectors[size_t(sectorIndex)];
        const auto seatOf = [&](int global) -> const CachedSeat & {
            return snapshot.seats.at(map.snapshotSeat[size_t(global)]);
        };
        bool hasPlaces = false; // most sectors have none: nothing to keep
        for (int local = 0; local < mapSector.seatCount() && !hasPlaces; ++local)
            hasPlaces = seatOf(mapSector.firstSeat + local).type == SeatType::Accessibility;
        if (!hasPlaces)
            continue;
        Sector sector;
        sector.mapSector = sectorIndex;
        sector.code = mapSector.code;
        for (int local = 0; local < mapSector.seatCount(); ++local) {
            const int global = mapSector.firstSeat + local;
            const CachedSeat &seat = seatOf(global);
            const SeatKey key{seat.rowOrder, seat.seatIndex};
            sector.globalOf.insert(key, global);
            if (seat.type != SeatType::Standard)
                sector.types.insert(key, seat.type);
            if (seat.type == SeatType::Accessibility)
                m_placeOf.insert(global, {int(m_sectors.size()), key});
        }
        m_sectors.push_back(std::move(sector));
    }
}

void MatchWheelchairPlaces::rank()
{
    if (m_ranked)
        return;
    m_ranked = true;
    StadiumLayout layout;
    const bool haveLayout = !m_sectors.empty() && !m_layoutJson.isEmpty() && LayoutJson::read(m_layoutJson, &layout).ok();
    for (Sector &sector : m_sectors) {
        const LayoutSector *layoutSector = nullptr;
        if (haveLayout)
            for (const LayoutSector &s : layout.sectors())
                if (s.code() == sector.code)
                    layoutSector = &s;
        if (layoutSector) {
            sector.allocator = BestAvailable(SnakeRanking(*layoutSector), sector.types);
        } else {
            QList<SeatKey> keys = sector.globalOf.keys();
            std::sort(keys.begin(), keys.end());
            sector.allocator = BestAvailable(keys, sector.types);
        }
        sector.seatOfRank.assign(size_t(sector.allocator.size()), -1);
        for (int r = 0; r < sector.allocator.size(); ++r)
            sector.seatOfRank[size_t(r)] = sector.globalOf.value(sector.allocator.order().at(r), -1);
    }
}

std::vector<char> MatchWheelchairPlaces::availability(const Sector &sector, const SeatMapModel &model, int category,
                                                      const QList<int> &alsoFree) const
{
    const QSet<int> mine(alsoFree.cbegin(), alsoFree.cend());
    std::vector<char> available(sector.seatOfRank.size(), 0);
    for (size_t r = 0; r < sector.seatOfRank.size(); ++r) {
        const int seat = sector.seatOfRank[r];
        available[r] = seat >= 0 && (model.status(seat) == SeatStatus::Available || mine.contains(seat))
            && (category < 0 || model.category(seat) == category);
    }
    return available;
}

MatchWheelchairPlaces::Result MatchWheelchairPlaces::seatsOf(const Sector &sector, const BestAvailable::Choice &choice,
                                                             int places) const
{
    Result result;
    result.requestedPlaces = places;
    result.sectorCode = sector.code;
    for (qsizetype i = 0; i + 1 < choice.seats.size(); i += 2) {
        const int place = sector.seatOfRank[size_t(sector.allocator.rankOf(choice.seats.at(i)))];
        const int companion = sector.seatOfRank[size_t(sector.allocator.rankOf(choice.seats.at(i + 1)))];
        if (place >= 0 && companion >= 0)
            result.seats << place << companion;
    }
    return result;
}

MatchWheelchairPlaces::Result MatchWheelchairPlaces::choose(const SeatMapModel &model, int places, int category,
                                                            int sectorIndex, const QList<int> &alsoFree)
{
    rank();
    Result best;
    best.requestedPlaces = places;
    if (places <= 0)
        return best;
    for (const Sector &sector : m_sectors) {
        if (sectorIndex >= 0 && sector.mapSector != sectorIndex)
            continue;
        const BestAvailable::Choice choice = sector.allocator.choose(
            places, availability(sector, model, category, alsoFree), BestAvailable::Mode::Accessible);
        Result r = seatsOf(sector, choice, places);
        if (r.complete())
            return r;
        if (r.places() > best.places())
            best = r;
    }
    return best;
}

QList<MatchWheelchairPlaces::FreePairs> MatchWheelchairPlaces::freePairs(const SeatMapModel &model, int category,
                                                                         const QList<int> &alsoFree)
{
    rank();
    QList<FreePairs> result;
    for (const Sector &sector : m_sectors)
        if (const int pairs = sector.allocator.freePairs(availability(sector, model, category, alsoFree)); pairs > 0)
            result.append({sector.mapSector, sector.code, pairs});
    return result;
}

int MatchWheelchairPlaces::companionOf(const SeatMapModel &model, int seat, const QList<int> &alsoFree)
{
    const auto place = m_placeOf.constFind(seat);
    if (place == m_placeOf.cend())
        return -1;
    rank();
    const Sector &sector = m_sectors[size_t(place->first)];
    // Any category: the companion sits beside the place whatever its price.
    const int companion = sector.allocator.companionOf(sector.allocator.rankOf(place->second),
                                                       availability(sector, model, -1, alsoFree));
    return companion >= 0 ? sector.seatOfRank[size_t(companion)] : -1;
}

} // namespace Tribina
