#pragma once

#include "cache/cachedmatch.h"
#include "quotas/matchinventory.h"
#include "seatmap/seatmapdata.h"
#include "seatmap/seatmappalette.h"

#include <QHash>
#include <QList>

#include <vector>

namespace Tribina {

/// The seat map of a match as the quota manager shows it: every quota's seats in the quota's
/// colour. Quota seats are drawn as Available seats of a "price category" per quota (category 0
/// is the plain free seat), so the one renderer colours them without knowing about quotas; the
/// palette categories are named after the quotas, which gives the legend for free.
struct QuotaMap
{
    SeatMapData data;
    std::vector<int> inventorySeatOfMapSeat; ///< map seat (global index) -> MatchInventory seat id
    std::vector<int> mapSeatOfInventorySeat;
    std::vector<int> quotaOfMapSeat;         ///< index into quotas, -1: none
    QList<SeatMapPalette::Category> categories;
    QList<QUuid> quotas;                     ///< the quotas, in category order (category = index + 1)
    QStringList quotaNames;

    /// owners: inventory id -> quota id (live quota seats); quotaNames in the same order as
    /// quotaIds. With a snapshot the geometry (sector outlines, rows, standing sectors) is the
    /// counter's own map (MatchSeatMap::build), recoloured by quota; without one the sectors are
    /// drawn as their seats' bounding boxes.
    static QuotaMap build(const MatchInventory &inventory, const QHash<QUuid, QUuid> &owners,
                          const QList<QUuid> &quotaIds, const QStringList &quotaNames,
                          const MatchSnapshot *snapshot = nullptr);
    /// A distinct colour per quota.
    static QColor quotaColour(int index);
};

} // namespace Tribina
