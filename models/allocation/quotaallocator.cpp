#include "allocation/quotaallocator.h"

#include <algorithm>
#include <limits>

namespace Tribina {

QLatin1String sqlValue(QuotaAlgorithm algorithm)
{
    return algorithm == QuotaAlgorithm::Distributed ? QLatin1String("REDOM") : QLatin1String("NM");
}

bool fromSqlValue(QStringView value, QuotaAlgorithm *out)
{
    if (value == QLatin1String("NM")) {
        *out = QuotaAlgorithm::BestSeats;
        return true;
    }
    if (value == QLatin1String("REDOM")) {
        *out = QuotaAlgorithm::Distributed;
        return true;
    }
    return false;
}

QuotaAllocation QuotaAllocator::allocate(QuotaAlgorithm algorithm, int quantity,
                                         const QList<int> &sectors) const
{
    return algorithm == QuotaAlgorithm::Distributed ? distributed(quantity, sectors)
                                                    : bestSeats(quantity, sectors);
}

QString QuotaAllocator::checkQuantity(int quantity, const QList<int> &sectors, int *freeSeats) const
{
    *freeSeats = m_inventory.freeCount(sectors);
    if (quantity <= 0)
        return tr("The quantity must be at least 1.");
    if (sectors.isEmpty())
        return tr("The quota has no allowed sectors.");
    for (int s : sectors) {
        if (s < 0 || s >= m_inventory.sectorCount())
            return tr("An allowed sector is not part of the match's inventory.");
    }
    if (*freeSeats < quantity)
        return tr("Not enough free seats: %1 needed, %2 free in the allowed sectors. Nothing was allocated.")
            .arg(quantity)
            .arg(*freeSeats);
    return {};
}

QList<int> QuotaAllocator::idsOf(QList<int> places) const
{
    // Slots of one sector are numbered consecutively in rank order, so slot order is
    // sector-then-rank order as long as sectors are kept apart by the callers.
    std::sort(places.begin(), places.end());
    QList<int> ids;
    ids.reserve(places.size());
    for (int s : places)
        ids.append(m_inventory.slot(s).id);
    return ids;
}

QuotaAllocation QuotaAllocator::bestSeats(int quantity, const QList<int> &sectors) const
{
    QuotaAllocation result;
    result.error = checkQuantity(quantity, sectors, &result.freeSeats);
    if (!result.ok())
        return result;
    // The whole quota in one sector when any can hold it: a party is not split over two stands.
    for (int s : sectors) {
        if (m_inventory.sector(s).freeCount >= quantity) {
            result.seats = idsOf(bestSeatsInSector(s, quantity));
            return result;
        }
    }
    int remaining = quantity;
    for (int s : sectors) {
        if (remaining == 0)
            break;
        const int n = std::min(remaining, m_inventory.sector(s).freeCount);
        if (n > 0) {
            result.seats += idsOf(bestSeatsInSector(s, n));
            remaining -= n;
        }
    }
    return result;
}

QList<int> QuotaAllocator::bestSeatsInSector(int sectorIndex, int n) const
{
    const QuotaInventory::Sector &sector = m_inventory.sector(sectorIndex);
    QList<int> places;
    const int rowCount = int(sector.rows.size());
    for (int r = 0; r < rowCount && n > 0; ++r) {
        const QuotaInventory::Row &row = sector.rows[size_t(r)];
        if (row.freeCount == 0)
            continue;
        if (row.freeCount <= n) {
            for (int s : row.places) {
                if (m_inventory.slot(s).free)
                    places.append(s);
            }
            n -= row.freeCount;
            continue;
        }
        Window window = windowInRow(row, n);
        if (window.places.isEmpty()) {
            places += bestRankedInRow(row, n);
            break;
        }
        if (window.orphans > 0) {
            for (int next = r + 1, tried = 0; next < rowCount && tried < OrphanLookahead; ++next) {
                const QuotaInventory::Row &later = sector.rows[size_t(next)];
                if (later.freeCount < n)
                    continue;
                ++tried;
                Window clean = windowInRow(later, n);
                if (!clean.places.isEmpty() && clean.orphans == 0) {
                    window = clean;
                    break;
                }
            }
        }
        places += window.places;
        break;
    }
    return places;
}

QuotaAllocator::Window QuotaAllocator::windowInRow(const QuotaInventory::Row &row, int n) const
{
    Window best;
    long long bestSum = std::numeric_limits<long long>::max();
    int bestStart = -1;
    const int count = int(row.places.size());
    int runStart = 0;
    while (runStart < count) {
        // A run: consecutive free seats whose positions follow each other.
        if (!m_inventory.slot(row.places[size_t(runStart)]).free) {
            ++runStart;
            continue;
        }
        int runEnd = runStart; // inclusive
        while (runEnd + 1 < count) {
            const auto &here = m_inventory.slot(row.places[size_t(runEnd)]);
            const auto &next = m_inventory.slot(row.places[size_t(runEnd + 1)]);
            if (!next.free || next.seatIndex != here.seatIndex + 1)
                break;
            ++runEnd;
        }
        const int length = runEnd - runStart + 1;
        if (length >= n) {
            long long sum = 0;
            for (int i = runStart; i < runStart + n; ++i)
                sum += m_inventory.slot(row.places[size_t(i)]).rank;
            for (int p = 0; p + n <= length; ++p) {
                if (p > 0) {
                    sum -= m_inventory.slot(row.places[size_t(runStart + p - 1)]).rank;
                    sum += m_inventory.slot(row.places[size_t(runStart + p + n - 1)]).rank;
                }
                const int left = p;
                const int right = length - n - p;
                const int orphans = (left == 1 ? 1 : 0) + (right == 1 ? 1 : 0);
                if (bestStart < 0 || orphans < best.orphans
                    || (orphans == best.orphans && sum < bestSum)) {
                    bestStart = runStart + p;
                    best.orphans = orphans;
                    bestSum = sum;
                }
            }
        }
        runStart = runEnd + 1;
    }
    if (bestStart >= 0) {
        for (int i = bestStart; i < bestStart + n; ++i)
            best.places.append(row.places[size_t(i)]);
    }
    return best;
}

QList<int> QuotaAllocator::bestRankedInRow(const QuotaInventory::Row &row, int n) const
{
    QList<int> free;
    for (int s : row.places) {
        if (m_inventory.slot(s).free)
            free.append(s);
    }
    std::sort(free.begin(), free.end(), [this](int a, int b) {
        return m_inventory.slot(a).rank < m_inventory.slot(b).rank;
    });
    free.resize(std::min<qsizetype>(n, free.size()));
    return free;
}

QuotaAllocation QuotaAllocator::distributed(int quantity, const QList<int> &sectors) const
{
    QuotaAllocation result;
    result.error = checkQuantity(quantity, sectors, &result.freeSeats);
    if (!result.ok())
        return result;
    QList<int> sectorCaps;
    for (int s : sectors)
        sectorCaps.append(m_inventory.sector(s).freeCount);
    const QList<int> sectorShares = evenSplit(quantity, sectorCaps);
    for (qsizetype i = 0; i < sectors.size(); ++i) {
        if (sectorShares.at(i) == 0)
            continue;
        const QuotaInventory::Sector &sector = m_inventory.sector(sectors.at(i));
        QList<int> rowIndices;
        QList<int> rowCaps;
        for (int r = 0; r < int(sector.rows.size()); ++r) {
            if (sector.rows[size_t(r)].freeCount > 0) {
                rowIndices.append(r);
                rowCaps.append(sector.rows[size_t(r)].freeCount);
            }
        }
        const QList<int> rowShares = evenSplit(sectorShares.at(i), rowCaps);
        QList<int> places;
        for (qsizetype j = 0; j < rowIndices.size(); ++j) {
            const int share = rowShares.at(j);
            if (share == 0)
                continue;
            const QuotaInventory::Row &row = sector.rows[size_t(rowIndices.at(j))];
            const Window window = windowInRow(row, share);
            places += window.places.isEmpty() ? bestRankedInRow(row, share) : window.places;
        }
        result.seats += idsOf(places);
    }
    return result;
}

QList<int> QuotaAllocator::evenSplit(int total, const QList<int> &caps)
{
    QList<int> shares(caps.size(), 0);
    int remaining = total;
    while (remaining > 0) {
        int open = 0;
        for (qsizetype i = 0; i < caps.size(); ++i) {
            if (shares.at(i) < caps.at(i))
                ++open;
        }
        if (open == 0)
            break;
        const int each = remaining / open;
        int extra = remaining % open;
        for (qsizetype i = 0; i < caps.size() && remaining > 0; ++i) {
            const int room = caps.at(i) - shares.at(i);
            if (room <= 0)
                continue;
            int give = each;
            if (extra > 0) {
                ++give;
                --extra;
            }
            give = std::min(give, room);
            shares[i] += give;
            remaining -= give;
        }
    }
    return shares;
}

int QuotaAllocator::orphansBeside(const QuotaInventory &inventory, const QList<int> &seats)
{
    QList<int> chosenSlots;
    for (int id : seats) {
        const int s = inventory.slotOf(id);
        if (s >= 0)
            chosenSlots.append(s);
    }
    std::sort(chosenSlots.begin(), chosenSlots.end());
    auto chosen = [&](int slot) { return std::binary_search(chosenSlots.cbegin(), chosenSlots.cend(), slot); };
    auto freeAfter = [&](int slot) { return inventory.slot(slot).free && !chosen(slot); };

    QList<int> orphans;
    for (int s : chosenSlots) {
        const int sectorIndex = inventory.sectorOf(inventory.slot(s).id);
        const QuotaInventory::Row &row = inventory.sector(sectorIndex).rows[size_t(inventory.slot(s).row)];
        const auto pos = std::find(row.places.cbegin(), row.places.cend(), s) - row.places.cbegin();
        for (int side : {-1, 1}) {
            const qsizetype n = pos + side;
            if (n < 0 || n >= qsizetype(row.places.size()))
                continue;
            const int neighbour = row.places[size_t(n)];
            if (inventory.slot(neighbour).seatIndex != inventory.slot(s).seatIndex + side || !freeAfter(neighbour))
                continue;
            // The neighbour is free; it is an orphan when its other side offers no free seat.
            const qsizetype beyond = n + side;
            const bool company = beyond >= 0 && beyond < qsizetype(row.places.size())
                && inventory.slot(row.places[size_t(beyond)]).seatIndex == inventory.slot(neighbour).seatIndex + side
                && freeAfter(row.places[size_t(beyond)]);
            if (!company && !orphans.contains(neighbour))
                orphans.append(neighbour);
        }
    }
    return int(orphans.size());
}

} // namespace Tribina
