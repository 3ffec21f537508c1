#pragma once

#include "allocation/bestavailable.h"
#include "cache/cachedmatch.h"

#include <QList>
#include <QString>

#include <vector>

namespace Tribina {

struct MatchSeatMap;
class SeatMapModel;

/// "Best N" on a match's live seat map: one BestAvailable (the snake of models/allocation) per
/// sector, built from the layout the cache keeps, and fed with what the map shows as available
/// right now. Runs on the GUI thread against the local map: no round trip before the hold.
class MatchBestAvailable
{
public:
    struct Result
    {
        QList<int> seats;      ///< global seat indices, best first
        bool together = false; ///< one block of adjacent seats
        int requested = 0;
        QString sectorCode;
        bool complete() const { return seats.size() >= requested && requested > 0; }
    };

    /// Builds the rankings (layout JSON of the match; without it, rows and seats in order).
    void build(const MatchSnapshot &snapshot, const MatchSeatMap &map);
    bool isEmpty() const { return m_sectors.empty(); }

    /// The best count seats: in sector (index into the map, -1 any) and price category
    /// (index, -1 any). Any sector: the first sector (in the map's order) that has a block
    /// together wins; when none has, the best single seats of the first that has enough.
    Result choose(const SeatMapModel &model, int count, int category = -1, int sector = -1) const;

private:
    struct Sector
    {
        int mapSector = -1;
        QString code;
        BestAvailable allocator;
        std::vector<int> seatOfRank; ///< global index by rank (-1: no such seat on the map)
    };
    Result chooseIn(const Sector &sector, const SeatMapModel &model, int count, int category) const;

    std::vector<Sector> m_sectors;
};

} // namespace Tribina
