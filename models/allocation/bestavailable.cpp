#include "allocation/bestavailable.h"

#include "allocation/snakeranking.h"

#include <algorithm>
#include <limits>

namespace Tribina {

BestAvailable::BestAvailable(const SnakeRanking &ranking, const QHash<SeatKey, SeatType> &types)
{
    build(ranking.order(), types);
}

BestAvailable::BestAvailable(const QList<SeatKey> &order, const QHash<SeatKey, SeatType> &types)
{
    build(order, types);
}

void BestAvailable::build(const QList<SeatKey> &order, const QHash<SeatKey, SeatType> &types)
{
    m_keys = order;
    const int n = int(order.size());
    m_rankOf.reserve(n);
    m_type.assign(n, SeatType::Standard);
    for (int r = 0; r < n; ++r) {
        m_rankOf.insert(order[r], r);
        m_type[r] = types.value(order[r], SeatType::Standard);
        const int row = order[r].rowOrder;
        const int idx = order[r].seatIndex;
        m_rowFirst[row] = m_rowFirst.contains(row) ? std::min(m_rowFirst[row], idx) : idx;
        m_rowLast[row] = m_rowLast.contains(row) ? std::max(m_rowLast[row], idx) : idx;
    }
    int offset = 0;
    QList<int> rows = m_rowFirst.keys();
    std::sort(rows.begin(), rows.end());
    for (int row : rows) {
        m_rowBase[row] = offset;
        offset += m_rowLast[row] - m_rowFirst[row] + 1;
    }
    m_rowRanks.assign(offset, -1);
    for (int r = 0; r < n; ++r)
        m_rowRanks[m_rowBase[order[r].rowOrder] + order[r].seatIndex - m_rowFirst[order[r].rowOrder]] = r;
    m_left.assign(n, -1);
    m_right.assign(n, -1);
    for (int r = 0; r < n; ++r) {
        m_left[r] = rankAt(order[r].rowOrder, order[r].seatIndex - 1);
        m_right[r] = rankAt(order[r].rowOrder, order[r].seatIndex + 1);
    }
}

int BestAvailable::rankAt(int row, int seatIndex) const
{
    const auto first = m_rowFirst.constFind(row);
    if (first == m_rowFirst.cend() || seatIndex < *first || seatIndex > m_rowLast.value(row))
        return -1;
    return m_rowRanks[m_rowBase.value(row) + seatIndex - *first];
}

std::vector<char> BestAvailable::availabilityOf(const QSet<SeatKey> &available) const
{
    std::vector<char> flags(m_keys.size(), 0);
    for (const SeatKey &key : available) {
        const int r = rankOf(key);
        if (r >= 0)
            flags[r] = 1;
    }
    return flags;
}

bool BestAvailable::sellable(int rank, const std::vector<char> &available) const
{
    return rank >= 0 && rank < int(available.size()) && available[rank] && m_type[rank] == SeatType::Standard;
}

BestAvailable::Choice BestAvailable::choose(int count, const std::vector<char> &available, Mode mode) const
{
    if (mode == Mode::Accessible)
        return chooseAccessible(count, available);
    Choice choice;
    choice.requested = count;
    const int n = int(m_keys.size());
    if (count <= 0 || n == 0)
        return choice;

    // Walk the snake, growing runs of visited sellable seats. other[r] is the rank at the other
    // end of r's run (kept valid at run ends); visited marks the seats walked so far.
    std::vector<int> other(n, -1);
    std::vector<char> visited(n, 0);
    QList<SeatKey> singles;
    int orphanStart = -1, orphanRow = 0; // the first block found that leaves an orphan
    const auto orphanOutside = [&](int row, int startIdx, int endIdx) {
        // A single sellable seat directly beside the block, then nothing sellable beyond it.
        const auto side = [&](int near, int far) {
            return sellable(rankAt(row, near), available) && !sellable(rankAt(row, far), available);
        };
        return side(startIdx - 1, startIdx - 2) || side(endIdx + 1, endIdx + 2);
    };

    for (int r = 0; r < n; ++r) {
        if (!sellable(r, available))
            continue;
        if (singles.size() < count)
            singles << m_keys[r];
        visited[r] = 1;
        int lo = r, hi = r;
        if (m_left[r] >= 0 && visited[m_left[r]])
            lo = other[m_left[r]];
        if (m_right[r] >= 0 && visited[m_right[r]])
            hi = other[m_right[r]];
        other[lo] = hi;
        other[hi] = lo;
        const int row = m_keys[r].rowOrder;
        const int loIdx = m_keys[lo].seatIndex, hiIdx = m_keys[hi].seatIndex, idx = m_keys[r].seatIndex;
        if (hiIdx - loIdx + 1 < count)
            continue;
        // Windows of count seats inside [loIdx, hiIdx] that contain idx: best rank sum first,
        // the first without an orphan wins.
        const int first = std::max(loIdx, idx - count + 1);
        const int last = std::min(idx, hiIdx - count + 1);
        int bestStart = -1;
        qint64 bestSum = std::numeric_limits<qint64>::max();
        int anyStart = -1;
        qint64 anySum = std::numeric_limits<qint64>::max();
        qint64 sum = 0;
        for (int s = first; s < first + count; ++s)
            sum += rankAt(row, s);
        for (int s = first; s <= last; ++s) {
            if (s > first)
                sum += rankAt(row, s + count - 1) - rankAt(row, s - 1);
            if (sum < anySum) {
                anySum = sum;
                anyStart = s;
            }
            if (!orphanOutside(row, s, s + count - 1) && sum < bestSum) {
                bestSum = sum;
                bestStart = s;
            }
        }
        if (bestStart >= 0) {
            for (int s = bestStart; s < bestStart + count; ++s)
                choice.seats << SeatKey{row, s};
            choice.together = true;
            return choice;
        }
        if (orphanStart < 0) {
            orphanStart = anyStart;
            orphanRow = row;
        }
    }
    if (orphanStart >= 0) {
        for (int s = orphanStart; s < orphanStart + count; ++s)
            choice.seats << SeatKey{orphanRow, s};
        choice.together = true;
        choice.leavesOrphan = true;
        return choice;
    }
    choice.seats = singles;
    choice.together = count == 1 && !singles.isEmpty();
    return choice;
}

bool BestAvailable::freeOfType(int rank, SeatType type, const std::vector<char> &available) const
{
    return rank >= 0 && rank < int(available.size()) && available[size_t(rank)] && m_type[size_t(rank)] == type;
}

bool BestAvailable::pairTowards(int place, int dir, const std::vector<char> &available,
                                QHash<int, int> &companionOfPlace, QHash<int, int> &placeOfCompanion) const
{
    // A row is a line, so the only way to free a companion is to move every place beyond it
    // one seat further along: walk until a free companion ends the chain, then shift.
    const auto beside = [&](int rank) { return dir < 0 ? m_left[size_t(rank)] : m_right[size_t(rank)]; };
    QList<int> chain{place};
    for (int current = place;;) {
        const int companion = beside(current);
        if (!freeOfType(companion, SeatType::Companion, available))
            return false;
        const int owner = placeOfCompanion.value(companion, -1);
        if (owner < 0)
            break;
        if (owner != beside(companion) || companionOfPlace.value(owner) != companion)
            return false; // cannot happen on a line; refuse rather than break a pair
        chain.append(owner);
        current = owner;
    }
    for (qsizetype k = chain.size() - 1; k >= 0; --k) {
        const int p = chain.at(k);
        const int companion = beside(p);
        companionOfPlace.insert(p, companion);
        placeOfCompanion.insert(companion, p);
    }
    return true;
}

BestAvailable::Choice BestAvailable::chooseAccessible(int count, const std::vector<char> &available) const
{
    Choice choice;
    choice.requested = count * 2;
    QHash<int, int> companionOfPlace, placeOfCompanion;
    QList<int> places; // in snake order
    const auto freeCompanion = [&](int rank) {
        return freeOfType(rank, SeatType::Companion, available) && !placeOfCompanion.contains(rank);
    };
    for (int r = 0; r < int(m_keys.size()) && places.size() < count; ++r) {
        if (!freeOfType(r, SeatType::Accessibility, available))
            continue;
        // A free companion beside it first; otherwise move a neighbour's companion along.
        int direct = freeCompanion(m_left[size_t(r)]) ? m_left[size_t(r)] : -1;
        if (direct < 0 && freeCompanion(m_right[size_t(r)]))
            direct = m_right[size_t(r)];
        if (direct >= 0) {
            companionOfPlace.insert(r, direct);
            placeOfCompanion.insert(direct, r);
        } else if (!pairTowards(r, -1, available, companionOfPlace, placeOfCompanion)
                   && !pairTowards(r, +1, available, companionOfPlace, placeOfCompanion)) {
            continue;
        }
        places.append(r);
    }
    for (int place : std::as_const(places))
        choice.seats << m_keys[place] << m_keys[companionOfPlace.value(place)];
    choice.together = choice.seats.size() == 2;
    return choice;
}

int BestAvailable::freePairs(const std::vector<char> &available) const
{
    return int(chooseAccessible(size(), available).seats.size() / 2);
}

int BestAvailable::companionOf(int rank, const std::vector<char> &available) const
{
    if (rank < 0 || rank >= size() || m_type[size_t(rank)] != SeatType::Accessibility)
        return -1;
    const int left = m_left[size_t(rank)], right = m_right[size_t(rank)];
    const bool leftFree = freeOfType(left, SeatType::Companion, available);
    const bool rightFree = freeOfType(right, SeatType::Companion, available);
    if (leftFree && rightFree) {
        // Leave the companion that the free wheelchair place beyond it needs as its only one.
        const auto onlyHope = [&](int companion, const std::vector<int> &side) {
            const int place = side[size_t(companion)];
            return freeOfType(place, SeatType::Accessibility, available)
                && !freeOfType(side[size_t(place)], SeatType::Companion, available);
        };
        return onlyHope(left, m_left) && !onlyHope(right, m_right) ? right : left;
    }
    return leftFree ? left : rightFree ? right : -1;
}

} // namespace Tribina
