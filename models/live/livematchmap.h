#pragma once

#include "db/changewatermark.h"
#include "domain/outcome.h"
#include "matchsetup/matchsetuptypes.h"
#include "seatmap/seatmapdata.h"
#include "seatmap/seatstatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <vector>

class QSqlDatabase;

namespace Tribina {

/// A match's seat map as the database has it: the render data (SeatMapData, from the seats of
/// the match's layout version) plus what ties each drawn seat to its inventory row, the price
/// categories (palette index i + 1; 0 is "no category") and, per sector, its match
/// configuration's category. Each seat's category is its own (match_seat_inventory
/// .price_category_id, migration 0006) or else its sector's.
struct LiveMatchMap
{
    QUuid matchId;
    SeatMapData data;
    std::vector<QUuid> inventoryIds;   ///< per global seat; null: no inventory row yet
    std::vector<qint64> changeNumbers; ///< per global seat: change_no of the row applied (0: none)
    std::vector<QUuid> seatCategories; ///< per global seat: its own category, null when none
    QList<QUuid> sectorIds;            ///< per sector index: sectors.id
    QList<QUuid> sectorCategories;     ///< per sector index: match_sectors.price_category_id
    QList<SetupPriceCategory> categories;
    QHash<QUuid, int> seatOfInventory;
    ChangeWatermark watermark;         ///< where the next delta starts (see ChangeWatermark)

    /// Palette index of a category id: 1.. for known ones, 0 for none or unknown.
    int categoryIndex(const QUuid &category) const;
    /// The category a seat sells at (its own, else its sector's), as a palette index.
    int effectiveCategory(int seat) const;
    /// The seat's database status from its row (expired holds count as available).
    static SeatStatus liveStatus(const QString &status, const QDateTime &heldUntil);
};

/// Changes of one match since a change number: seat rows, and the small tables in full.
struct LiveMatchDelta
{
    struct Seat
    {
        QUuid inventoryId;
        SeatStatus status = SeatStatus::Available;
        QUuid category; ///< the seat's own
        qint64 changeNo = 0;
    };
    QList<Seat> seats;
    QList<SetupPriceCategory> categories;
    QHash<QUuid, QUuid> sectorCategories; ///< sectors.id -> match_sectors.price_category_id
    SnapshotMark mark; ///< read after the seat rows: feeds ChangeWatermark::advance()
};

/// Reads LiveMatchMap and LiveMatchDelta. Blocking calls on the database thread.
class LiveMatchMapReader
{
    Q_DECLARE_TR_FUNCTIONS(LiveMatchMapReader)
public:
    explicit LiveMatchMapReader(QSqlDatabase &db) : m_db(db) {}

    /// The whole map; its watermark has seen every row and the snapshot read after them.
    Outcome load(const QUuid &match, LiveMatchMap *map);
    /// Inventory rows with change_no > after (in change order), categories and sector categories
    /// in full, then the snapshot mark.
    Outcome fetchDelta(const QUuid &match, qint64 after, LiveMatchDelta *delta);

private:
    Outcome readMark(SnapshotMark *mark);
    Outcome readSmallTables(const QUuid &match, QList<SetupPriceCategory> *categories,
                            QHash<QUuid, QUuid> *sectorCategories);

    QSqlDatabase &m_db;
};

} // namespace Tribina
