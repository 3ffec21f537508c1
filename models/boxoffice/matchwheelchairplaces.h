#pragma once

#include "allocation/bestavailable.h"
#include "cache/cachedmatch.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Tribina {

struct MatchSeatMap;
class SeatMapModel;

/// Wheelchair places with their companion seats on a match's live seat map: the counter's
/// accessible "Best N" (BestAvailable::Mode::Accessible, ranked by each sector's snake), the
/// companion for a wheelchair place the clerk clicks, and where pairs are still free. Only the
/// sectors that have wheelchair places are looked at, and their snakes are ranked (the layout
/// JSON read, ~20 ms for the demo stadium) on first use, not with every map reload. Runs on the
/// GUI thread against the local map, like MatchBestAvailable.
class MatchWheelchairPlaces
{
public:
    struct Result
    {
        QList<int> seats;         ///< global seat indices in pairs: wheelchair place, its companion
        int requestedPlaces = 0;
        QString sectorCode;
        int places() const { return int(seats.size() / 2); }
        bool complete() const { return requestedPlaces > 0 && places() >= requestedPlaces; }
    };
    struct FreePairs
    {
        int mapSector = -1;
        QString code;
        int pairs = 0;
    };

    /// Takes the sectors with wheelchair places from the map; their rankings follow on first use
    /// (layout JSON of the match; without it, rows and seats in order).
    void build(const MatchSnapshot &snapshot, const MatchSeatMap &map);
    /// The map has no wheelchair places at all.
    bool isEmpty() const { return m_sectors.empty(); }

    /// places wheelchair places, each with an adjacent free companion seat, in sector (index
    /// into the map, -1 any: the first sector in the map's order that has them all) and price
    /// category (index, -1 any). alsoFree: seats to count as available (the clerk's own holds).
    /// Incomplete when no sector has enough: then the most pairs one sector has.
    Result choose(const SeatMapModel &model, int places, int category = -1, int sector = -1,
                  const QList<int> &alsoFree = {});
    /// Sectors that still have free pairs (category -1: any), in the map's order.
    QList<FreePairs> freePairs(const SeatMapModel &model, int category = -1, const QList<int> &alsoFree = {});

    bool isWheelchairPlace(int seat) const { return m_placeOf.contains(seat); }
    /// The free companion seat beside a wheelchair place (-1: none, or no wheelchair place).
    int companionOf(const SeatMapModel &model, int seat, const QList<int> &alsoFree = {});

private:
    struct Sector
    {
        int mapSector = -1;
        QString code;
        QHash<SeatKey, int> globalOf;   ///< the sector's seats on the map
        QHash<SeatKey, SeatType> types; ///< those that are not Standard
        BestAvailable allocator;        ///< ranked on first use (rank())
        std::vector<int> seatOfRank;    ///< global index by rank (-1: no such seat on the map)
    };
    void rank();
    std::vector<char> availability(const Sector &sector, const SeatMapModel &model, int category,
                                   const QList<int> &alsoFree) const;
    Result seatsOf(const Sector &sector, const BestAvailable::Choice &choice, int places) const;

    std::vector<Sector> m_sectors;
    QHash<int, std::pair<int, SeatKey>> m_placeOf; ///< wheelchair place (global) -> (m_sectors index, key)
    QByteArray m_layoutJson;
    bool m_ranked = false;
};

} // namespace Tribina
