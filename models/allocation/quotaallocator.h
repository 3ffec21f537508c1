#pragma once

#include "allocation/quotainventory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Tribina {

/// quotas.allocation_algorithm
enum class QuotaAlgorithm {
    BestSeats,   ///< NM
    Distributed, ///< REDOM
};

QLatin1String sqlValue(QuotaAlgorithm algorithm);
bool fromSqlValue(QStringView value, QuotaAlgorithm *out);

/// The seats chosen for a quota, or why none were.
struct QuotaAllocation
{
    QList<int> seats; ///< seat ids, sector by sector (in the order allowed), best first
    QString error;    ///< translated; empty on success
    int freeSeats = 0; ///< free seats in the allowed sectors when it was computed

    bool ok() const { return error.isEmpty(); }
};

/// Chooses a quota's seats in a QuotaInventory (pure; the database commits them with
/// quota_allocate(), which re-checks every seat). Never allocates part of a quota: when the
/// allowed sectors have fewer free seats than asked for, the result is an error and no seats.
///
/// NM (best seats) — keep the party together, as good as possible:
/// - The first allowed sector (in the quota's order) that can hold the whole quota gets it all;
///   when none can, the sectors are filled in order, each as far as it goes.
/// - Within a sector, rows in snake order (best row first, then by the traversal). A row whose
///   free seats the quota still needs entirely is taken whole (nothing left beside the quota).
/// - The last, partial row gets one contiguous window of free seats: the window that leaves no
///   single free seat (an orphan nobody will buy) at either end of its run, then the one with the
///   best snake ranks — so CENTER_OUTWARD centres it and LEFT_TO_RIGHT/RIGHT_TO_LEFT start at that
///   row's snake end. If every window in that row leaves an orphan, the next OrphanLookahead rows
///   are tried for a clean window; if none has one, the best window with the orphan is taken.
///   A row without a long enough run gets its best-ranked free seats.
/// REDOM (distributed) — spread, for partners who should not sit in one block:
/// - The quantity is split as evenly as possible over the allowed sectors (the first sectors
///   get the remainder; a sector with too few free seats gets what it has and the rest goes to
///   the others), then each sector's share as evenly over its rows with free seats, in snake
///   order; each row's share is one contiguous window chosen like NM's last row.
class QuotaAllocator
{
    Q_DECLARE_TR_FUNCTIONS(Tribina::QuotaAllocator)

public:
    static constexpr int OrphanLookahead = 2;

    explicit QuotaAllocator(const QuotaInventory &inventory) : m_inventory(inventory) {}

    /// sectors: indices into the inventory, in the quota's order.
    QuotaAllocation allocate(QuotaAlgorithm algorithm, int quantity, const QList<int> &sectors) const;
    QuotaAllocation bestSeats(int quantity, const QList<int> &sectors) const;
    QuotaAllocation distributed(int quantity, const QList<int> &sectors) const;

    /// Free seats that would be left alone (free, but with no free neighbour in their row)
    /// directly beside the given seats once they are taken: what NM avoids.
    static int orphansBeside(const QuotaInventory &inventory, const QList<int> &seats);

    /// Splits total over caps as evenly as possible (earlier entries get the remainder), never
    /// more than a cap; the sum is min(total, sum of caps).
    static QList<int> evenSplit(int total, const QList<int> &caps);

private:
    struct Window
    {
        QList<int> places; ///< slot indices, best rank first
        int orphans = 0;
    };
    /// The best contiguous window of n free seats in the row, or an empty window when no run of
    /// free seats is long enough.
    Window windowInRow(const QuotaInventory::Row &row, int n) const;
    /// n free seats of the row in rank order (the fallback when no run is long enough).
    QList<int> bestRankedInRow(const QuotaInventory::Row &row, int n) const;
    QList<int> bestSeatsInSector(int sector, int n) const;
    QString checkQuantity(int quantity, const QList<int> &sectors, int *freeSeats) const;
    QList<int> idsOf(QList<int> places) const;

    const QuotaInventory &m_inventory;
};

} // namespace Tribina
