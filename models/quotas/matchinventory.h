#pragma once

#include "allocation/quotainventory.h"
#include "domain/outcome.h"
#include "quotas/quotatypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

#include <vector>

class QSqlDatabase;

namespace Tribina {

/// A match's seat inventory ready for the quota allocator: the compact QuotaInventory, ranked
/// by each sector's snake (from the match's layout version), plus what the database and people
/// call each seat. Seat ids in the QuotaInventory are indices into seats().
class MatchInventory
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::MatchInventory)

public:
    struct SeatInfo
    {
        QUuid inventoryId;
        int sector = -1; ///< index into sectors()
        QString rowIdentifier;
        QString seatNumber;
        int rowOrder = 0;
        int seatIndex = 0;
        QString status; ///< match_seat_inventory.status
        double x = 0;   ///< seats.pos_x, layout metres
        double y = 0;
        double angleDeg = 0;
        bool clickable = false; ///< AVAILABLE: may be clicked into a quota (whatever its seat type)
    };

    /// Reads the inventory of a match. Free for the allocator: STANDARD seats AVAILABLE or held
    /// by a counter whose hold has expired.
    static Outcome load(QSqlDatabase &db, const QUuid &matchId, MatchInventory *out);

    const QuotaInventory &allocation() const { return m_allocation; }
    QuotaInventory &allocation() { return m_allocation; }
    const std::vector<SeatInfo> &seats() const { return m_seats; }
    const QList<QuotaSector> &sectors() const { return m_sectors; }

    /// Index of the sector with that id / code, or -1.
    int sectorIndex(const QUuid &sectorId) const;
    int sectorIndexOfCode(const QString &code) const;
    /// The allocator's sector indices for sector ids (unknown ids give -1).
    QList<int> sectorIndices(const QList<QUuid> &sectorIds) const;
    /// Seat id of an inventory row, or -1.
    int seatOf(const QUuid &inventoryId) const { return m_seatOfInventory.value(inventoryId, -1); }

    QList<QUuid> inventoryIds(const QList<int> &seatIds) const;
    QList<QuotaSeatRow> describe(const QList<int> &seatIds) const;

private:
    QuotaInventory m_allocation;
    std::vector<SeatInfo> m_seats;
    QList<QuotaSector> m_sectors;
    QHash<QUuid, int> m_seatOfInventory;
};

} // namespace Tribina
