#pragma once

#include "cache/cachedmatch.h"
#include "seatmap/seatmapdata.h"
#include "seatmap/seatmappalette.h"

#include <QDateTime>
#include <QHash>
#include <QUuid>

#include <vector>

namespace Tribina {

/// A cached match turned into the seat map's render model, with the tables that lead from a
/// seat on the map (its global index) back to its inventory row and on to the rows' ids.
struct MatchSeatMap
{
    SeatMapData data;
    std::vector<int> snapshotSeat;       ///< global index -> index into MatchSnapshot::seats
    QHash<QUuid, int> seatByInventoryId; ///< inventory id -> global index
    QList<SeatMapPalette::Category> categories; ///< price categories in snapshot order

    /// A hold that has expired counts as available: what the map shows for a seat.
    static SeatStatus effectiveStatus(SeatStatus status, const QDateTime &heldUntil, const QDateTime &now);
    /// Index of the seat's price category in the snapshot's categories (0 when it has none).
    static int categoryIndex(const MatchSnapshot &snapshot, const QUuid &sectorId);
    /// The seat's own category when it has one, else its sector's.
    static int categoryIndex(const MatchSnapshot &snapshot, const QUuid &sectorId, const QUuid &seatCategory);

    static MatchSeatMap build(const MatchSnapshot &snapshot, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Tribina
